import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime, todayInBrussels } from '../domain/dates';
import { deFr, joinList } from './format';

const L = 'fr';
const at = (t: number) => formatDateTime(t, L);
/** The day of an instant in Brussels, to say a date and its time once each ("le 01/12/2026 à 21:23"). */
const dayOf = (t: number) => todayInBrussels(new Date(t));
const apps = (names: { fr: string }[]) => joinList(names.map((n) => n.fr), L);

export const peopleFr: PeopleCatalog = {
  peoplePage: ({ from, to, total }) => `Utilisateurs ${from} à ${to} sur ${total}.`,
  peopleNone: () => `Aucun utilisateur ne correspond à ces critères.`,
  peopleNiss: ({ masked }) => (masked ? 'NISS masqué (votre rôle ne permet pas de le voir)' : 'NISS'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} perdra l'accès à ${apps(applications)} le ${at(effectiveAt)}.` : '',
      cancelled.length ? `L'accès à ${apps(cancelled)}, pas encore actif, est annulé tout de suite.` : '',
      notHeld.length ? `${person} n'avait pas accès à ${apps(notHeld)} : rien à faire.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, lastDay, effectiveAt }) =>
    `La fonction « ${fn.fr} » de ${person} prend fin ; dernier jour : ${formatDate(lastDay, L)} (inactive à partir du ${at(effectiveAt)}).`,
  functionCancelled: ({ person, fn }) => `La fonction « ${fn.fr} » de ${person} est annulée : elle ne commencera pas.`,
  removalScheduled: ({ person, entity, effectiveAt }) =>
    `Le ${at(effectiveAt)}, je retirerai ${person} ${deFr(entity)}, avec tous ses accès et fonctions.`,
  deactivated: ({ person, entity, kind, applications, functions }) =>
    kind === 'removeUser'
      ? `C'est fait : ${person} ne fait plus partie ${deFr(entity)}.`
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
  bulkEveryone: ({ entity, count }) => count === 0 ? `${entity} n'a aucun utilisateur.` : `Tous les utilisateurs ${deFr(entity)} : ${count === 1 ? '1 personne' : `${count} personnes`}.`,
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok > 1 ? `${ok} personnes recevront` : `${ok} personne recevra`} ${apps(applications)}` +
    (alreadyHolds ? ` ; ${alreadyHolds > 1 ? `${alreadyHolds} l'ont déjà` : `1 l'a déjà`}` : '') +
    (invalid + unknown + duplicate ? ` ; ${invalid + unknown + duplicate > 1 ? `${invalid + unknown + duplicate} lignes seront ignorées` : `1 ligne sera ignorée`}` : '') +
    '. Puis-je confirmer ?',
  bulkProgress: ({ done, total }) => `${done} sur ${total} traités…`,
  bulkResult: ({ person, input, ok, activeAt, applications }) =>
    ok ? `${person} (${input}) : ${apps(applications)}, actif le ${activeAt === null ? '—' : at(activeAt)}.` : `${input} : non traité.`,
  diagInvalidNiss: () => `Ce n'est pas un NISS valide : vérifiez les 11 chiffres.`,
  diagUnknownApplication: ({ text }) => `Je ne connais pas d'application « ${text} ».`,
  diagUnknownNiss: ({ niss }) => `Aucun utilisateur n'a le NISS ${niss} : il faut d'abord le créer (en lui donnant un accès).`,
  diagNotYours: ({ niss }) => `Aucun utilisateur de vos entités n'a le NISS ${niss} : je n'affiche pas les données d'une autre entité. Vous pouvez l'ajouter à votre entité en lui donnant un accès.`,
  diagNotInEntity: ({ person, entity }) => `${person} n'est pas utilisateur ${deFr(entity)} : un gestionnaire d'accès doit l'y ajouter.`,
  diagNoGrant: ({ person, application, revokedAt }) =>
    revokedAt === null
      ? `${person} n'a pas reçu l'accès à ${application.fr}. Un gestionnaire d'accès doit le lui donner.`
      : `L'accès de ${person} à ${application.fr} a été retiré le ${at(revokedAt)}.`,
  diagGrantPending: ({ person, application, activeAt }) =>
    `L'accès de ${person} à ${application.fr} est enregistré et sera actif le ${formatDate(dayOf(activeAt), L)} à ${formatTime(activeAt)}.`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.fr} demande une fonction aux collaborateurs : celle de ${person} (${fn.fr}) commence le ${formatDate(startDate, L)} et sera active le ${at(activeAt)}.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.fr} demande une fonction aux collaborateurs : celle de ${person} (${fn.fr}) a pris fin ; son dernier jour était le ${formatDate(endDate, L)}. Un gestionnaire d'accès doit en attribuer une nouvelle.`,
  diagQualityInactive: ({ person, quality }) =>
    `L'accès de ${person} est dans la qualité « ${quality.fr} », qui n'est pas activée : le RAE ou le Co-RAE doit l'activer.`,
  diagPasswordNotSet: ({ person, invitation, access }) =>
    `${person} n'a pas encore choisi son mot de passe. ` +
    {
      open: `Le lien d'invitation envoyé par e-mail est encore valable : qu'il ou elle vérifie sa boîte (et les indésirables).`,
      expired: `Le lien d'invitation a expiré : envoyez une nouvelle invitation.`,
      notSent: `L'invitation n'est pas encore partie : elle sera envoyée sous peu.`,
    }[invitation] +
    (access ? ` L'accès de ${person} à ${access.application.fr} sera actif le ${at(access.activeAt)}, mais il faut d'abord choisir ce mot de passe.` : ''),
  diagUserDisabled: ({ person }) => `Le compte de ${person} est désactivé.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Tout est en place pour ${person} et ${application.fr}. Si cette personne est collaboratrice d'un médecin-spécialiste ou d'un pharmacien hospitalier, il lui faut encore la fonction correspondante ; un médecin ou un pharmacien n'en a pas besoin.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Tout est en place : ${person} a accès à ${application.fr}` +
    (activeSince === null ? '' : ` depuis le ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (retrait prévu le ${at(endsAt)})`) +
    `. Si l'ouverture échoue encore, le problème vient d'ailleurs (connexion, navigateur, eID).`,
  diagNobodyNamed: ({ name }) => `Aucun utilisateur de vos entités ne s'appelle ${name}. Donnez-moi son NISS (11 chiffres) et je regarde ce qui bloque.`,
  diagSeveralNamed: ({ name, candidates }) =>
    `Plusieurs utilisateurs de vos entités s'appellent ${name} : ${joinList(candidates, L)}. Redemandez-moi avec le NISS de la personne, par exemple « pourquoi 80.05.15-123.75 ne peut pas ouvrir Colindos ? ».`,
  diagAccountOk: ({ person, username }) =>
    `Le compte de ${person} est actif (nom d'utilisateur ${username}) : rien ne l'empêche de se connecter de ce côté-ci. Qu'il ou elle vérifie le nom d'utilisateur, ou demandez-moi pourquoi cette personne ne peut pas ouvrir une application précise.`,
  guideStepOf: ({ n, total, text }) => `Étape ${n} sur ${total} : ${text}`,
  guideNext: () => 'Suivant',
  guideBack: () => 'Précédent',
  guideStop: () => 'Arrêter',
  guideDone: () => `C'est la dernière étape. Les adaptations sont actives après un délai de 20 minutes au plus.`,
  guideStopped: () => `Guide arrêté. Demandez-moi « guide » et le nom d'une application pour le reprendre.`,
  guideWhichApplication: () => `Pour quelle application ? Par exemple « guide Colindos » ou « guide HospiSup ».`,
  helpdeskHelp: () =>
    `Demandez-moi « pourquoi 80.05.15-123.75 ne peut pas ouvrir Colindos ? » pour un diagnostic (le NISS ou le nom d'un utilisateur de vos entités), ou « guide HospiSup » pour la procédure du portail pas à pas (suivant, précédent, arrêter).`,
  languageOf: ({ language }) => ({ fr: 'français', nl: 'néerlandais', de: 'allemand', en: 'anglais' })[language],
};
