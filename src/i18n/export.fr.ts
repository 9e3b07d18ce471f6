import type { ExportCatalog } from './export.catalog';

export const exportFr: ExportCatalog = {
  column: ({ column }) =>
    ({
      lastName: 'Nom', firstName: 'Prénom', title: 'Titre', username: "Nom d'utilisateur", type: 'Type', niss: 'NISS',
      status: 'Statut du compte', email: 'Adresse e-mail', language: 'Langue', quality: 'Qualité', application: 'Application sécurisée',
      accessStatus: "Statut de l'accès", requestedAt: 'Demandé le', activeSince: 'Actif depuis', pendingUntil: 'En attente jusqu’au',
      function: 'Fonction', functionStart: 'Début de la fonction', functionEnd: 'Fin de la fonction',
    })[column],
  personType: ({ type }) => ({ USER: 'Utilisateur', COLLABORATOR: 'Collaborateur' })[type],
  userStatus: ({ status }) => ({ invited: 'Invité (mot de passe à choisir)', active: 'Actif', disabled: 'Désactivé' })[status],
  accessStatus: ({ status }) => ({ pending: 'En attente', active: 'Actif' })[status],
  exportSheet: () => 'Utilisateurs',
  exportFileBase: () => 'utilisateurs',
};
