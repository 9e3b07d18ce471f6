import type { GuideCatalog } from './guide.catalog';

/** The portal procedure, one step a message; portal labels quoted as the portal shows them in this language. */
export const guideFr: GuideCatalog = {
  open: () =>
    `Ouvrez « Gestion des accès pour entreprises et organisations » sur le portail socialsecurity.be.`,
  accessButton: () =>
    `Cliquez sur le bouton « Gestion des accès ».`,
  login: () =>
    `Connectez-vous : carte d'identité électronique (eID), itsme, code unique d'une application mobile, token ou codes d'accès.`,
  organisation: () =>
    `Choisissez l'organisation dans la liste (par exemple « Hôpitaux IRIS Sud ; N° INAMI : 710087-50 »), puis cliquez sur le lien de votre rôle (Responsable, Co-Responsable ou Gestionnaire d'accès).`,
  quality: () =>
    `Dans la « Liste des qualités », choisissez « Prestataire de soins : hôpital ». Si elle n'est pas active, cochez « Activer la qualité ». Cliquez sur « Suivant ».`,
  user: () =>
    `Cherchez la personne dans la liste des utilisateurs (filtres Nom, Prénom, NISS…) et cliquez sur la première icône sous « Action ». Si elle n'y est pas, tapez son NISS sous « Ajouter un utilisateur » et cliquez sur « Suivant » : remplissez le nom d'utilisateur (deux fois), le mot de passe (deux fois), le nom, le prénom et l'adresse e-mail.`,
  application: ({ app }) =>
    `Sous « Applications sécurisées », cochez « ${app} » et enregistrez.`,
  confirm: () =>
    `Vérifiez le récapitulatif et cliquez sur « Confirmer ». L'accès sera actif dans un délai de 20 minutes au plus.`,
  functionWho: () =>
    `Un médecin(-spécialiste) ou un pharmacien hospitalier n'a besoin de rien d'autre : c'est terminé. Pour un collaborateur de l'un d'eux, allez dans le menu « Gestion Qualité » > « Fonctions et hiérarchie de responsabilité ».`,
  functionPerson: () =>
    `Dans « Aperçu des personnes et des fonctions », cliquez sur la première icône à droite du collaborateur.`,
  functionChoose: () =>
    `Choisissez « collaborateur médecin-spécialiste » ou « collaborateur pharmacien hospitalier » dans le menu déroulant, indiquez la date de début (jj-mm-aaaa) et cliquez sur « Ajouter ».`,
  functionCheck: () =>
    `La fonction apparaît sous « Fonctions exercées » avec sa date de début. Elle sera active dans un délai de 20 minutes au plus, pas avant sa date de début.`,
};
