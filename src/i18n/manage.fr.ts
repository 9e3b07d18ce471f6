import type { ChatRefusal, ImpossibleReason, ManagerRole, PeopleChatCatalog, SideQuestion } from './manage.catalog';
import { brusselsMidnight, dayAfter, formatDate, formatDateTime } from '../domain/dates';
import { countOf, deFr, formatDelay, joinList, roleNamed } from './format';
import { appsOf, auditLines, filterText, lines, where, type ManageWords } from './manage.format';

const L = 'fr';
const W: ManageWords = {
  status: { invited: 'invité', active: 'actif', disabled: 'désactivé' },
  noApplication: 'aucune application',
  filter: { application: 'application', status: 'statut', lastName: 'nom', firstName: 'prénom', username: "nom d'utilisateur", collaborators: 'collaborateurs' },
  actions: {
    grantAccess: "a donné l'accès", activateGrant: "a activé l'accès", revokeAccess: "a retiré l'accès", deactivateGrant: "a désactivé l'accès",
    createUser: "a créé l'utilisateur", assignFunction: 'a attribué la fonction', activateFunction: 'a activé la fonction', endFunction: 'a mis fin à la fonction',
    deactivateFunction: 'a terminé la fonction', removeUser: "a retiré la personne de l'entité", removeMembership: "a retiré la personne de la qualité",
    keepGrant: "a gardé l'accès (nouvelle demande)", cancelGrant: "a annulé l'accès en attente", setPassword: 'mot de passe choisi', issueInvitation: 'invitation envoyée',
    activateQuality: 'a activé la qualité', designateManager: "a désigné un gestionnaire d'accès", removeManager: "a retiré un gestionnaire d'accès", viewUsers: 'a consulté les utilisateurs', viewNiss: 'a consulté des NISS', diagnose: 'a demandé un diagnostic', viewAudit: "a consulté l'historique",
  },
  otherAction: 'a fait une autre opération',
  system: 'Sésame (automatiquement)',
  behalf: 'pour',
  refused: 'refusé',
};
const QUESTION: Record<SideQuestion, string> = {
  entity: `Je vous demande l'entité de cette demande : donnez son numéro dans la liste ou son nom, par exemple « 1 » ou « Sainte-Anne ».`,
  quality: `Je vous demande la qualité : donnez son numéro dans la liste ou son nom, par exemple « 1 » ou « hôpital ».`,
  person: `Je vous demande de quelle personne il s'agit : donnez son numéro dans la liste, son nom ou son NISS, par exemple « 1 » ou « 80.05.15-123.75 ».`,
  niss: `Je vous demande le NISS de la personne (11 chiffres), par exemple « 80.05.15-123.75 ».`,
  revokeWhich: `Je vous demande quelles applications retirer : nommez-les, par exemple « Colindos » ou « Colindos et Hospiliss ».`,
  endDate: `Je vous demande la date de fin, par exemple « 31-12-2027 ».`,
  identifier: `Je vous demande qui désigner : son nom, son nom d'utilisateur du portail, son e-mail ou son NISS, par exemple « Sarah Moens » ou « sarahmoens ».`,
  bulkApplications: `Je vous demande quelles applications donner, par exemple « Colindos et Hospiliss ».`,
  confirm: `Je vous demande de confirmer : répondez « oui » ou « non ».`,
  page: `La liste est affichée : « suivants » montre la suite, « exporter » l'envoie en fichier.`,
};
/** Candidates as a numbered list, one a line. */
const numbered = (items: readonly string[]) => items.map((x, i) => `${i + 1}. ${x}`).join('\n');
const ROLE: Record<ManagerRole, string> = { GA: "gestionnaire d'accès", CO_RAE: 'Co-RAE' };
const REFUSAL: Record<ChatRefusal, string> = {
  viewUsers: 'consulter les utilisateurs de cette entité', viewNiss: 'voir ou chercher des NISS', revokeAccess: 'retirer des accès',
  designateManager: "désigner ou retirer des gestionnaires d'accès (c'est le rôle du RAE)", grantAccess: 'donner des accès', viewAudit: "consulter l'historique de cette entité",
  diagnose: 'diagnostiquer les accès de cette entité', other: 'faire cela',
};
const REASONS: Record<ImpossibleReason, string> = { unknownApplication: 'je ne connais pas cette application', applicationNotInQuality: "cette application ne fait pas partie de cette qualité", applicationNotInEntity: "aucune qualité de cette entité ne donne ces applications", unknownQuality: 'cette qualité est inconnue', unknownUser: 'cette personne est inconnue', invalidRole: 'ce rôle ne peut pas être donné ainsi', other: 'la demande ne correspond pas aux données' };

/** The first instant without a function whose last day is `lastDay`: the next midnight in Brussels. */
const firstDayWithout = (lastDay: string) => formatDateTime(brusselsMidnight(dayAfter(lastDay)), L);

export const manageFr: PeopleChatCatalog = {
  listHeader: ({ entity, quality, filters, from, to, total }) => `Utilisateurs ${deFr(where(entity, quality, L))}${filterText(filters, L, W)} : ${from} à ${to} sur ${total}.`,
  listLines: ({ people }) => lines(people, W),
  listNone: ({ entity, filters }) => `Aucun utilisateur ${deFr(entity)}${filterText(filters, L, W)}.`,
  listMore: () => `Dites « les 10 suivants » pour continuer, ou « exporte en Excel » pour tout recevoir dans un fichier.`,
  listEnd: () => `C'est toute la liste.`,
  listNissHidden: () => `(NISS masqués : votre rôle ne permet pas de les voir.)`,
  askEntityFor: () => `Pour quelle entité ?`,
  askQualityFor: ({ entity }) => `Quelle qualité ${deFr(entity)} ?`,
  exportReady: ({ fileName, count, nissHidden }) => `Voici l'export de ${countOf(count, L, 'utilisateur', 'utilisateurs')} : ${fileName}.${nissHidden ? ' Sans la colonne NISS, que votre rôle ne permet pas de voir.' : ''}`,
  exportTeams: () => `Je vous propose le fichier : acceptez-le pour qu'il soit enregistré dans votre OneDrive.`,
  unknownPerson: ({ niss }) => `Aucun utilisateur n'a le NISS ${niss}.`,
  notYourUser: ({ niss }) => `Aucun utilisateur de vos entités n'a le NISS ${niss} : il n'y a donc rien à changer chez vous.`,
  noUserNamed: ({ name }) => `Aucun utilisateur de vos entités ne s'appelle ${name}.`,
  noRoleThere: ({ entity, yours }) => `Vous n'avez aucun rôle dans l'entité ${entity} ; vos entités : ${joinList(yours, 'fr')}. Rien n'a été modifié.`,
  unknownEntityThere: ({ entity, yours }) => `Je ne connais pas d'entité « ${entity} » ; vos entités : ${joinList(yours, 'fr')}.`,
  notMember: ({ person, entity }) => `${person} ne fait pas partie ${deFr(entity)}.`,
  nothingToRevoke: ({ person, entity }) => `${person} n'a aucun accès à retirer dans ${entity}.`,

  notHeldNamed: ({ person, entity, applications, held, others }) =>
    others
      ? `${person} n'a pas ${appsOf(applications, L)} : rien à retirer pour ${applications.length > 1 ? 'celles-là' : 'celle-là'}.`
      : `${person} n'a pas ${appsOf(applications, L)} : rien à retirer. ${held.length ? `Ses accès dans ${entity} : ${appsOf(held, L)}.` : `${person} n'a aucun accès dans ${entity}.`}`,
  setAside: ({ what, person, answer }) =>
    `Je laisse de côté ${{ revoke: "le retrait d'accès", endFunction: 'la fin de fonction', removeUser: "le retrait de l'entité", designate: 'la désignation', bulk: "l'octroi groupé" }[what]}${person ? ` de ${person}` : ''} qui attendait votre ${answer ? 'réponse' : 'confirmation'} : rien n'a été modifié.`,
  askRevokeWhich: ({ person }) => `Quels accès de ${person} dois-je retirer ?`,
  confirmRevoke: ({ person, entity, applications, delayMs }) =>
    `Je vais retirer à ${person} l'accès à ${appsOf(applications, L)} (${entity}). Ce sera effectif dans ${formatDelay(delayMs, L)}, et je vous préviendrai. Puis-je confirmer ?`,
  noFunction: ({ person, entity }) => `${person} n'a pas de fonction en cours dans ${entity}.`,
  askEndDate: ({ person, fn }) => `À quelle date la fonction « ${fn.fr} » de ${person} prend-elle fin ? (par exemple 31-12-2026)`,
  badEndDate: ({ past }) => (past ? `Le ${formatDate(past, L)} est déjà passé : le dernier jour doit venir après aujourd'hui, par exemple 31-12-2026.` : `Il me faut une date à venir, par exemple 31-12-2026.`),
  confirmEndFunction: ({ person, fn, entity, lastDay, currentLastDay, sooner }) =>
    `La fonction « ${fn.fr} » de ${person} (${entity}) prendra fin ; dernier jour : ${formatDate(lastDay, L)} (inactive à partir du ${firstDayWithout(lastDay)}).${currentLastDay ? ` Elle devait se terminer le ${formatDate(currentLastDay, L)} : elle ${sooner ? 'se terminera donc plus tôt' : 'sera donc prolongée'}.` : ''} Puis-je confirmer ?`,
  functionAlreadyEnds: ({ person, fn, entity, lastDay }) =>
    `La fonction « ${fn.fr} » de ${person} (${entity}) se termine déjà le ${formatDate(lastDay, L)} : il n'y a rien à faire.`,
  confirmCancelFunction: ({ person, fn, entity, startDate, lastDay }) =>
    `La fonction « ${fn.fr} » de ${person} (${entity}) n'a pas encore commencé (à partir du ${formatDate(startDate, L)}) : la terminer le ${formatDate(lastDay, L)} veut dire qu'elle ne commence jamais. Dois-je l'annuler ?`,
  confirmRemoveUser: ({ person, entity, quality, delayMs, keepsRoles }) =>
    `Je vais retirer ${person} ${deFr(where(entity, quality, L))}, avec tous ses accès et fonctions, dans ${formatDelay(delayMs, L)}.${keepsRoles ? ` ${person} reste ${joinList(keepsRoles.map((r) => ROLE[r]), L)} ${deFr(entity)} : retirer un utilisateur ne lui retire pas ce rôle (pour cela, écrivez par exemple « ${person} n'est plus ${ROLE[keepsRoles[0]!]} »).` : ''} Puis-je confirmer ?`,
  askIdentifier: ({ role, entity, remove }) =>
    remove
      ? `Qui ne doit plus être ${ROLE[role]} ${deFr(entity)} ? Donnez son nom, son nom d'utilisateur du portail, son e-mail ou son NISS.`
      : `Qui doit devenir ${ROLE[role]} ${deFr(entity)} ? Donnez le nom, le nom d'utilisateur du portail, l'e-mail ou le NISS d'un utilisateur ${deFr(entity)}.`,
  designeeUnknown: ({ said, entity }) => `« ${said} » ne correspond à aucun utilisateur ${deFr(entity)} : je ne donne pas de rôle à un identifiant inconnu.`,
  designeeCandidates: ({ said, candidates, near, entity }) =>
    near && candidates.length === 1
      ? `Aucun utilisateur ${deFr(entity)} ne correspond exactement à « ${said} ». Voulez-vous dire ${candidates[0]} ? Répondez « oui », ou donnez un autre nom.`
      : near
        ? `Aucun utilisateur ${deFr(entity)} ne correspond exactement à « ${said} ». Voulez-vous dire l'une de ces personnes ?\n${numbered(candidates)}\nDonnez son numéro, ou un autre nom.`
        : `Plusieurs utilisateurs ${deFr(entity)} correspondent à « ${said} » :\n${numbered(candidates)}\nLequel ou laquelle ? Donnez son numéro ou son nom d'utilisateur.`,
  designeeDeclined: () => `D'accord, personne de cette liste.`,
  confirmDesignate: ({ name, username, role, entity, remove, said }) =>
    remove
      ? `${name} (nom d'utilisateur : ${username}) ne sera plus ${roleNamed(ROLE[role], said)} ${deFr(entity)}. Puis-je confirmer ?`
      : `${name} (nom d'utilisateur : ${username}) sera ${roleNamed(ROLE[role], said)} ${deFr(entity)}. Puis-je confirmer ?`,
  designated: ({ name, role, entity, remove, changed, said }) =>
    !changed
      ? remove ? `${name} n'était pas ${roleNamed(ROLE[role], said)} ${deFr(entity)} : rien à faire.` : `${name} est déjà ${roleNamed(ROLE[role], said)} ${deFr(entity)} : rien à faire.`
      : remove ? `C'est fait : ${name} n'est plus ${roleNamed(ROLE[role], said)} ${deFr(entity)}.` : `C'est fait : ${name} est ${roleNamed(ROLE[role], said)} ${deFr(entity)}. Il ou elle peut m'écrire dès maintenant.`,
  askBulkApplications: () => `Quelles applications dois-je donner à ces personnes ?`,
  bulkNothingToDo: () => `Aucune ligne à traiter : rien n'a été enregistré.`,
  bulkDone: ({ ok, failed }) => `Terminé : ${countOf(ok, L, 'personne traitée', 'personnes traitées')}${failed ? `, ${failed} en échec` : ''}.`,
  auditHeader: ({ niss, person, application }) => `Historique de ${person ? `${person} (${niss})` : niss}${application ? ` pour ${application.fr}` : ''} :`,
  auditLines: ({ lines: ls }) => auditLines(ls, L, W),
  auditNone: ({ niss, application }) => `Rien dans l'historique pour ${niss}${application ? ` et ${application.fr}` : ''}.`,
  refused: ({ action, designation: d }) =>
    d
      ? `Votre rôle ne vous permet pas de ${d.remove ? 'retirer' : 'désigner'} un ${roleNamed(ROLE[d.role], d.said)} : c'est le rôle du RAE. Rien n'a été modifié.`
      : `Votre rôle ne vous permet pas de ${REFUSAL[action]}. Rien n'a été modifié.`,
  impossible: ({ reason }) => `Ce n'est pas possible : ${REASONS[reason]}.`,
  notCancelled: () => `D'accord, je ne fais rien.`,
  sideCancelled: () => `C'est annulé : rien n'a été modifié.`,
  backToRequest: () => `Reprenons votre demande d'accès en cours.`,
  sideHelp: ({ requestWaiting, asking }) => `${asking ? QUESTION[asking] : `J'attends votre réponse à la question ci-dessous.`}${requestWaiting ? ` Votre demande d'accès en cours reprendra ensuite.` : ''} « annuler » arrête ceci sans rien modifier ; « in English please », « op Nederlands graag »… change la langue.`,
  sideStuck: ({ requestWaiting, asking }) =>
    `Je n'ai pas pu utiliser cette réponse ici. ${QUESTION[asking]} ${requestWaiting ? `Votre demande d'accès en cours attend, inchangée : « annuler » arrête cette question-ci, sans rien modifier, et vous y ramène.` : `« annuler » arrête ceci sans rien modifier.`}`,
  identifierIsAnswer: ({ said }) => `« ${said} » est une réponse, pas une personne : donnez le nom, le nom d'utilisateur du portail, l'e-mail ou le NISS de la personne, ou « annuler ».`,
  notUnderstoodYesOrNo: ({ text }) => `Je n'ai pas compris « ${text} » : rien n'a changé. Répondez « oui » pour confirmer ou « non » pour annuler, ou dites ce qu'il faut changer.`,
  fileConsentDescription: ({ count }) => `Export Sésame de ${countOf(count, L, 'utilisateur', 'utilisateurs')}`,
  exportTooLarge: () => `Ce fichier est trop volumineux pour être envoyé ici : précisez des critères (une application, un statut, un nom) pour réduire la liste.`,
  fileUploaded: ({ fileName }) => `Le fichier ${fileName} est enregistré dans votre OneDrive.`,
  fileDeclined: ({ fileName }) => `Bien, je n'envoie pas ${fileName}. Demandez un nouvel export quand vous le souhaitez.`,
  fileExpired: () => `Cette proposition de fichier a expiré ou a déjà reçu une réponse. Demandez un nouvel export.`,
  fileNotYours: () => `Ce fichier a été préparé pour une autre personne : je ne peux pas vous l'envoyer.`,
  fileUploadFailed: () => `Je n'ai pas pu enregistrer le fichier dans votre OneDrive. Réessayez en demandant un nouvel export.`,
  bulkProgress: ({ done, total }) => `En cours : ${done} sur ${total}…`,
};
