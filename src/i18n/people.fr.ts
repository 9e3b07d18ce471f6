import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime } from '../domain/dates';
import { PASSWORD_MIN } from '../domain/password';
import { joinList } from './format';

const L = 'fr';
const at = (t: number) => formatDateTime(t, L);
const apps = (names: { fr: string }[]) => joinList(names.map((n) => n.fr), L);

export const peopleFr: PeopleCatalog = {
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
  peoplePage: ({ from, to, total }) => `Utilisateurs ${from} à ${to} sur ${total}.`,
  peopleNone: () => `Aucun utilisateur ne correspond à ces critères.`,
  peopleNiss: ({ masked }) => (masked ? 'NISS masqué (votre rôle ne permet pas de le voir)' : 'NISS'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} perdra l'accès à ${apps(applications)} le ${at(effectiveAt)}.` : '',
      cancelled.length ? `L'accès à ${apps(cancelled)}, pas encore actif, est annulé tout de suite.` : '',
      notHeld.length ? `${person} n'avait pas accès à ${apps(notHeld)} : rien à faire.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, endDate, effectiveAt }) =>
    `La fonction ${fn.fr} de ${person} prend fin le ${formatDate(endDate, L)} (inactive à partir du ${at(effectiveAt)}).`,
  removalScheduled: ({ person, entity, effectiveAt }) =>
    `${person} sera retiré(e) de ${entity} le ${at(effectiveAt)}, avec tous ses accès et fonctions.`,
  deactivated: ({ person, entity, kind, applications, functions }) =>
    kind === 'removeUser'
      ? `C'est fait : ${person} ne fait plus partie de ${entity}.`
      : `C'est inactif : ${person} n'a plus ` +
        joinList([...(applications.length ? [`accès à ${apps(applications)}`] : []), ...functions.map((f) => `la fonction ${f.names.fr}`)], L) +
        '.',
  bulkLine: ({ line, input, person, outcome, applications, account }) =>
    `Ligne ${line} (${input}) : ` +
    {
      invalidNiss: `ce n'est pas un NISS valide.`,
      unknownUser: `aucun utilisateur n'a ce NISS (créez-le d'abord, seul).`,
      duplicate: `déjà plus haut dans la liste.`,
      alreadyHolds: `${person} a déjà ${apps(applications)}.`,
      ok: `${person} recevra ${apps(applications)}.` + (account === 'disabled' ? ` Attention : son compte est désactivé, il ne pourra pas s'en servir avant sa réactivation (demandez-la au helpdesk).` : account === 'invited' ? ` L'accès fonctionnera dès qu'il ou elle aura choisi son mot de passe.` : ''),
    }[outcome],
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok} personne(s) recevront ${apps(applications)}` +
    (alreadyHolds ? ` ; ${alreadyHolds} l'ont déjà` : '') +
    (invalid + unknown + duplicate ? ` ; ${invalid + unknown + duplicate} ligne(s) seront ignorées` : '') +
    '. Puis-je confirmer ?',
  bulkProgress: ({ done, total }) => `${done} sur ${total} traités…`,
  bulkResult: ({ person, input, ok, activeAt, applications }) =>
    ok ? `${person} (${input}) : ${apps(applications)}, actif le ${activeAt === null ? '—' : at(activeAt)}.` : `${input} : non traité.`,
  diagInvalidNiss: () => `Ce n'est pas un NISS valide : vérifiez les 11 chiffres.`,
  diagUnknownApplication: ({ text }) => `Je ne connais pas d'application « ${text} ».`,
  diagUnknownNiss: ({ niss }) => `Aucun utilisateur n'a le NISS ${niss} : il faut d'abord le créer (en lui donnant un accès).`,
  diagNotYours: ({ niss }) => `Aucun utilisateur de vos entités n'a le NISS ${niss} : je n'affiche pas les données d'une autre entité. Vous pouvez l'ajouter à votre entité en lui donnant un accès.`,
  diagNotInEntity: ({ person, entity }) => `${person} n'est pas utilisateur de ${entity} : un gestionnaire d'accès doit l'y ajouter.`,
  diagNoGrant: ({ person, application, revokedAt }) =>
    revokedAt === null
      ? `${person} n'a pas reçu l'accès à ${application.fr}. Un gestionnaire d'accès doit le lui donner.`
      : `L'accès de ${person} à ${application.fr} a été retiré le ${at(revokedAt)}.`,
  diagGrantPending: ({ person, application, activeAt }) =>
    `L'accès de ${person} à ${application.fr} est enregistré et sera actif à ${formatTime(activeAt)} (le ${at(activeAt)}).`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.fr} demande une fonction aux collaborateurs : celle de ${person} (${fn.fr}) commence le ${formatDate(startDate, L)} et sera active le ${at(activeAt)}.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.fr} demande une fonction aux collaborateurs : celle de ${person} (${fn.fr}) a pris fin le ${formatDate(endDate, L)}. Un gestionnaire d'accès doit en attribuer une nouvelle.`,
  diagQualityInactive: ({ person, quality }) =>
    `L'accès de ${person} est dans la qualité « ${quality.fr} », qui n'est pas activée : le RAE ou le Co-RAE doit l'activer.`,
  diagPasswordNotSet: ({ person, invitation }) =>
    `${person} n'a pas encore choisi son mot de passe. ` +
    {
      open: `Le lien d'invitation envoyé par e-mail est encore valable : qu'il ou elle vérifie sa boîte (et les indésirables).`,
      expired: `Le lien d'invitation a expiré : envoyez une nouvelle invitation.`,
      notSent: `L'invitation n'est pas encore partie : elle sera envoyée sous peu.`,
    }[invitation],
  diagUserDisabled: ({ person }) => `Le compte de ${person} est désactivé.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Tout est en place pour ${person} et ${application.fr}. Si cette personne est collaboratrice d'un médecin-spécialiste ou d'un pharmacien hospitalier, il lui faut encore la fonction correspondante ; un médecin ou un pharmacien n'en a pas besoin.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Tout est en place : ${person} a accès à ${application.fr}` +
    (activeSince === null ? '' : ` depuis le ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (retrait prévu le ${at(endsAt)})`) +
    `. Si l'ouverture échoue encore, le problème vient d'ailleurs (connexion, navigateur, eID).`,
  passwordTitle: () => 'Choisissez votre mot de passe',
  passwordIntro: ({ firstName, username }) => `Bonjour ${firstName}, votre nom d'utilisateur est ${username}. Choisissez votre mot de passe.`,
  passwordRules: () =>
    `Au moins ${PASSWORD_MIN} caractères ; au moins une lettre et un chiffre ou un symbole ; pas votre nom d'utilisateur, nom ou prénom, ni le nom de votre hôpital ou d'une application ; pas quatre fois le même caractère de suite ; difficile à deviner : pas un mot de passe courant, une suite de touches du clavier, une année, un nom de lieu suivi de chiffres ou une répétition. Une phrase de quelques mots qui ne parlent pas de vous convient bien. Tapez-le deux fois.`,
  passwordLabel: () => 'Mot de passe',
  passwordConfirmLabel: () => 'Mot de passe (confirmation)',
  passwordSubmit: () => 'Enregistrer',
  passwordProblem: ({ problem }) =>
    ({
      empty: `Tapez un mot de passe.`,
      tooShort: `Il faut au moins ${PASSWORD_MIN} caractères.`,
      tooLong: `128 caractères au plus.`,
      needsLetter: `Il faut au moins une lettre.`,
      needsDigitOrSymbol: `Il faut au moins un chiffre ou un symbole.`,
      containsUsername: `Il ne peut pas contenir votre nom d'utilisateur.`,
      containsName: `Il ne peut pas contenir votre nom ou votre prénom.`,
      containsHospital: `Il ne peut pas contenir le nom de votre hôpital ou d'une de ses entités (ni un de ses mots, comme « IRIS » ou « Sud ») : c'est ce qu'on essaie en premier.`,
      containsApplication: `Il ne peut pas contenir le nom d'une application (comme « Colindos » ou « HospiSup »), ni « Sésame » ou « socialsecurity » : c'est ce qu'on essaie en premier.`,
      placeName: `Il contient un nom de lieu (comme « Bruxelles » ou « Liège ») avec guère plus que des chiffres ou des symboles, comme un code postal ou une année : facile à deviner.`,
      repeated: `Pas quatre fois le même caractère de suite.`,
      common: `Il contient un mot de passe courant (comme « azerty123 » ou « motdepasse »), que l'on essaie en premier.`,
      commonWord: `Il n'est guère plus qu'un mot courant ou un prénom : ajoutez d'autres mots.`,
      keyboardSequence: `Il contient une suite de touches du clavier (comme « azerty » ou « qwertz ») : facile à deviner.`,
      sequence: `Il contient une suite de caractères (comme « abcd » ou « 1234 ») : facile à deviner.`,
      year: `Il contient une année : facile à deviner.`,
      date: `Il contient une date : facile à deviner.`,
      guessable: `Il est trop facile à deviner : allongez-le, par exemple avec quelques mots qui ne parlent pas de vous.`,
      mismatch: `Les deux mots de passe ne sont pas identiques.`,
    })[problem],
  passwordSet: ({ username }) => `Votre mot de passe est enregistré. Vous pouvez vous connecter avec le nom d'utilisateur ${username}.`,
  tokenProblem: ({ problem }) =>
    ({
      unknown: `Ce lien n'est pas valable. Vérifiez qu'il est complet, ou demandez une nouvelle invitation à votre gestionnaire d'accès.`,
      expired: `Ce lien a expiré. Demandez une nouvelle invitation à votre gestionnaire d'accès.`,
      used: `Ce lien a déjà servi : votre mot de passe est déjà choisi.`,
      replaced: `Une invitation plus récente vous a été envoyée : utilisez le lien du dernier e-mail.`,
    })[problem],
  inviteSubject: () => 'Sésame : choisissez votre mot de passe',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Bonjour ${firstName},\n\nUn compte a été créé pour vous (nom d'utilisateur : ${username}). Choisissez votre mot de passe ici :\n\n${link}\n\nCe lien ne sert qu'une fois et expire le ${at(expiresAt)}.\nPersonne ne vous demandera jamais votre mot de passe, ni par e-mail ni par téléphone.\n\nSésame`,
  guideStepOf: ({ n, total }) => `Étape ${n} sur ${total}`,
  guideNext: () => 'Suivant',
  guideBack: () => 'Précédent',
  guideStop: () => 'Arrêter',
  guideDone: () => `C'est la dernière étape. Les adaptations sont actives après un délai de 20 minutes au plus.`,
  guideStopped: () => `Guide arrêté. Demandez-moi « guide » et le nom d'une application pour le reprendre.`,
  guideWhichApplication: () => `Pour quelle application ? Par exemple « guide Colindos » ou « guide HospiSup ».`,
  helpdeskHelp: () =>
    `Demandez-moi « pourquoi 85.07.30-033.28 ne peut pas ouvrir Colindos ? » pour un diagnostic, ou « guide HospiSup » pour la procédure du portail pas à pas (suivant, précédent, arrêter).`,
  languageOf: ({ language }) => ({ fr: 'français', nl: 'néerlandais', de: 'allemand', en: 'anglais' })[language],
};
