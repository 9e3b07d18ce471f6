import type { PortalTopic } from '../../dialogs/understanding/aside-questions';
import type { Catalog, Change, NameInvalidParams, Summary } from './grant.catalog';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import { formatDate, formatDateTime } from '../domain/dates';
import { aFr, bullet, changesNothing, deFr, formatDelay, joinList, word } from './format';

const L = 'fr';
const at = (t: number) => formatDateTime(t, L);

const HELP: Record<Slot, string> = {
  entity: `l'entité (hôpital) pour laquelle vous agissez : son numéro dans la liste, son nom ou son N° INAMI (ex. 710087-50).`,
  quality: `la qualité : son numéro dans la liste ou son nom (ex. « hôpital »).`,
  activateQuality: `oui pour activer cette qualité avec l'accès, non pour en choisir une autre.`,
  niss: `le NISS de la personne : 11 chiffres, avec ou sans points et tirets (ex. 80.05.15-123.75).`,
  confirmPerson: `oui si c'est la bonne personne, non pour donner un autre NISS.`,
  username: `un nom d'utilisateur : 6 à 30 caractères, lettres sans accents, chiffres, . - _ (ex. mdupont).`,
  usernameConfirm: `le même nom d'utilisateur, retapé pour éviter une faute de frappe.`,
  lastName: `le nom de famille (ex. Dupont).`,
  firstName: `le prénom (ex. Marie).`,
  title: `un titre (ex. Dr) ou « aucun ».`,
  language: `la langue de la personne : français, néerlandais, allemand ou anglais.`,
  email: `son adresse e-mail (ex. marie.dupont@hopital.be).`,
  localEmail: `une adresse e-mail locale, ou « aucune ».`,
  applications: `une ou plusieurs applications, par nom ou par numéro (ex. « Colindos, Hospiliss » ou « 1 et 3 »).`,
  role: `ce qu'est la personne : médecin, pharmacien, ou collaborateur (d'un médecin ou d'un pharmacien).`,
  function: `de qui la personne est collaboratrice : médecin-spécialiste ou pharmacien hospitalier.`,
  startDate: `la date de début de la fonction (ex. 01-03-2027, « lundi prochain », « 1er mars »).`,
  endDate: `une date de fin après la date de début (ex. 31-12-2027), ou « aucune ».`,
  confirm: `oui pour enregistrer, non pour tout annuler, ou une correction (ex. « modifier la date », « pas Colindos »).`,
};

const nameProblems = ({ problems, forbidden, max }: NameInvalidParams) =>
  problems
    .map(
      (p) =>
        ({
          empty: `il est vide`,
          tooLong: `${max} caractères au plus`,
          mustStartWithLetter: `il doit commencer par une lettre`,
          answerWord: `c'est une réponse (oui, non, ok, annuler), pas un nom`,
          forbiddenCharacters: `caractères non admis : ${forbidden.map((c) => `« ${c} »`).join(', ')}`,
        })[p],
    )
    .join(' ; ');

/** How a portal task is done (shared/seeds), or that the procedure gives no steps for it, and what Sésame does instead. */
const PORTAL_HOW: Record<PortalTopic, (app?: string) => string> = {
  grant: (app) => (app ? `Sur le portail : dans « Gestion des accès », choisissez l'organisation et la qualité, cherchez la personne dans la liste des utilisateurs (ou tapez son NISS sous « Ajouter un utilisateur »), cochez « ${app} » sous « Applications sécurisées », enregistrez et confirmez ; l'accès est actif dans un délai de 20 minutes au plus. Ici, dites-le-moi simplement, par exemple « donne ${app} à Jan Peeters » ; « guide ${app} » vous montre le portail pas à pas.` : `Sur le portail : dans « Gestion des accès », choisissez l'organisation et la qualité, tapez le NISS de la personne, cochez les applications et, pour un collaborateur, sa fonction avec sa date de début, puis confirmez. Ici, dites-le-moi simplement, par exemple « donne Colindos à 80.05.15-123.75 à Hôpitaux IRIS Sud, collaborateur du pharmacien hospitalier dès le 1er mars » ; « guide Colindos » vous montre pas à pas comment le faire sur le portail.`),
  quality: () => `Sur le portail : dans « Gestion des accès », choisissez l'organisation, puis dans la « Liste des qualités » la qualité (par exemple « Prestataire de soins : hôpital ») ; si elle n'est pas active, cochez « Activer la qualité » et cliquez sur « Suivant ». Ici, je l'active avec l'accès quand il le faut.`,
  newUser: () => `Sur le portail : dans « Gestion des accès », après l'organisation et la qualité, tapez le NISS de la personne sous « Ajouter un utilisateur » et cliquez sur « Suivant », puis remplissez le nom d'utilisateur, le mot de passe, le nom, le prénom et l'adresse e-mail. Ici, donnez-moi simplement son NISS dans une demande d'accès : je l'ajoute.`,
  function: () => `Sur le portail : dans le menu « Gestion Qualité », ouvrez « Fonctions et hiérarchie de responsabilité », cliquez sur la première icône à droite du collaborateur, choisissez « collaborateur médecin-spécialiste » ou « collaborateur pharmacien hospitalier » dans le menu déroulant, indiquez la date de début (jj-mm-aaaa) et cliquez sur « Ajouter ». Un médecin(-spécialiste) ou un pharmacien hospitalier n'en a pas besoin. Ici, dites-le-moi avec l'accès, par exemple « Colindos pour Jan Peeters, collaborateur du pharmacien hospitalier dès le 1er mars ».`,
  endFunction: () => `La procédure du portail ne donne pas d'étapes pour mettre fin à une fonction : elle montre seulement comment en ajouter une (menu « Gestion Qualité » > « Fonctions et hiérarchie de responsabilité », où « Fonctions exercées » a une colonne « Date de fin »). Ici, je le fais pour vous : écrivez par exemple « mets fin à la fonction de Jan Peeters le 31 mars ».`,
  remove: () => `La procédure du portail ne donne pas d'étapes pour retirer quelqu'un de l'entité ; la liste des « Utilisateurs » qu'elle montre a une case à cocher par personne et un bouton « Supprimer utilisateurs ». Ici, je le fais pour vous : écrivez par exemple « retire Jan Peeters de Sainte-Anne ».`,
  revoke: (app) => `La procédure du portail ne donne pas d'étapes pour retirer une application à quelqu'un. Ici, je le fais pour vous : écrivez par exemple « retire ${app ?? 'TCT'} à Jan Peeters ».`,
  designate: () => `La procédure du portail ne donne pas d'étapes pour désigner un gestionnaire d'accès : elle dit seulement que le Gestionnaire d'Accès Principal les désigne dans « Gestion des accès ». Ici, je le fais pour vous : écrivez par exemple « fais de Els Janssens une gestionnaire d'accès de Sainte-Anne ».`,
};
export const fr: Catalog = {
  welcome: ({ name }) =>
    `Bonjour ${name}, je suis Sésame. Je donne accès aux applications sécurisées de la sécurité sociale (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…) en une courte conversation. Écrivez-moi pour commencer, « aide » à tout moment, « annuler » pour tout arrêter.`,
  starterGrant: () => `Donner un accès`,
  starterUsers: () => `Lister les utilisateurs`,
  starterWhy: () => `Pourquoi quelqu'un n'a-t-il pas accès ?`,
  noEntity: () =>
    `Vous n'avez aucun rôle qui permette de donner des accès (RAE, Co-RAE ou gestionnaire d'accès). Demandez au RAE de votre entité.`,
  whatNext: () => `Écrivez-moi quand vous voulez donner un nouvel accès.`,
  askEntity: () => `Pour quelle entité travaillez-vous ?`,
  onlyEntity: ({ entity, inami }) => `Entité : ${entity} (N° INAMI ${inami}).`,
  entityOfPerson: ({ entity, inami, person }) => `Entité : ${entity} (N° INAMI ${inami}), la seule de vos entités où ${person} est utilisateur. Pour une autre, dites « changer d'entité ».`,
  askQuality: ({ entity }) => `Quelle qualité ${deFr(entity)} ?`,
  onlyQuality: ({ quality }) => `Qualité : ${quality.fr}.`,
  askActivateQuality: ({ quality }) =>
    `La qualité « ${quality.fr} » n'est pas encore activée. Voulez-vous l'activer ? Elle le sera avec l'accès, à la confirmation.`,
  qualityInactiveNoRight: ({ quality }) =>
    `La qualité « ${quality.fr} » n'est pas activée et votre rôle ne permet pas de l'activer : demandez-le au RAE ou au Co-RAE.`,
  qualityNotActivated: ({ quality }) => `D'accord, la qualité « ${quality.fr} » reste inactive.`,
  askNiss: () => `Quel est le NISS de la personne ? (11 chiffres, par exemple 80.05.15-123.75)`,
  nissInvalid: ({ problem, length, digits }) =>
    ({
      empty: `Je n'ai pas reçu de NISS.`,
      characters: `Un NISS ne contient que des chiffres (les points, tirets et espaces sont acceptés).`,
      length: `Un NISS a 11 chiffres ; j'en ai compté ${length ?? 0}.`,
      birthDate: `Les 6 premiers chiffres d'un NISS sont une date de naissance (AAMMJJ) ; celle-ci n'existe pas.`,
      checksum: `Les deux derniers chiffres${digits ? ` (${digits})` : ''} sont des chiffres de contrôle et ne correspondent pas aux neuf premiers : une faute de frappe ?`,
    })[problem] + ` Vérifiez le numéro et renvoyez-le.`,
  askConfirmPerson: ({ name, username }) => `J'ai trouvé ${name} (utilisateur ${username}). Est-ce la bonne personne ?`,
  personUnknown: ({ niss }) => `Aucun utilisateur n'a le NISS ${niss}. Créons-le ensemble (aucun mot de passe ne vous sera demandé).`,
  askUsername: () =>
    `Quel nom d'utilisateur lui donner ? (6 à 30 caractères : lettres sans accents, chiffres, point, tiret ou souligné ; commence par une lettre)`,
  usernameInvalid: ({ problems, forbidden }) =>
    `Ce nom d'utilisateur ne convient pas : ` +
    problems
      .map(
        (p) =>
          ({
            tooShort: `il faut au moins 6 caractères`,
            tooLong: `il faut au plus 30 caractères`,
            mustStartWithLetter: `il doit commencer par une lettre`,
            forbiddenCharacters: `caractères non admis : ${forbidden.map((c) => `« ${c} »`).join(', ')}`,
            onlyDigits: `il ne peut pas être fait que de chiffres`,
            repeatedSeparators: `pas deux signes . - _ de suite`,
          })[p],
      )
      .join(' ; ') +
    '.',
  usernameTaken: ({ username }) => `Le nom d'utilisateur « ${username} » est déjà pris. Choisissez-en un autre.`,
  askUsernameConfirm: () => `Retapez le nom d'utilisateur pour confirmer.`,
  usernameMismatch: () => `Les deux saisies ne sont pas identiques. Recommençons le nom d'utilisateur.`,
  askLastName: () => `Son nom de famille ?`,
  askFirstName: () => `Son prénom ?`,
  nameInvalid: (p) => `Ce nom ne convient pas : ${nameProblems(p)}. Un nom ne contient que des lettres, espaces, tirets, apostrophes ou points.`,
  askTitle: () => `Son titre (Dr, Prof., Apr.…) ? Répondez « aucun » s'il n'en a pas.`,
  titleInvalid: (p) => `Ce titre ne convient pas : ${nameProblems(p)}. Un titre ne contient que des lettres, espaces, tirets, apostrophes ou points (ex. Dr, Prof.).`,
  askLanguage: () => `Sa langue : français, néerlandais, allemand ou anglais ?`,
  languageInvalid: () => `Je connais le français, le néerlandais, l'allemand et l'anglais.`,
  askEmail: () => `Son adresse e-mail (obligatoire) ?`,
  emailInvalid: () => `Cette adresse e-mail n'est pas valide (exemple : prenom.nom@hopital.be).`,
  askLocalEmail: () => `Une adresse e-mail locale (facultative) ? Répondez « aucune » pour passer.`,
  askApplications: ({ quality }) =>
    `Quelles applications pour la qualité « ${quality.fr} » ? Une ou plusieurs, par exemple « Colindos, Hospiliss ».`,
  applicationsUnknown: ({ texts, candidates }) =>
    `Je ne trouve pas ${joinList(texts.map((t) => `« ${t} »`), L)} parmi les applications${candidates.length ? ` : vouliez-vous dire ${joinList(candidates.map((c) => c.fr), L, 'or')} ?` : '. Donnez son nom tel qu\'il figure dans la liste.'}`,
  applicationsAmbiguous: ({ text, candidates }) =>
    `« ${text} » peut désigner ${joinList(candidates.map((c) => c.fr), L, 'or')} : précisez laquelle.`,
  askRole: () => `Cette personne est-elle médecin (spécialiste), pharmacien hospitalier, ou collaborateur de l'un d'eux ?`,
  roleInvalid: () => `Répondez « médecin », « pharmacien » ou « collaborateur » (ou 1, 2, 3).`,
  alreadyHasFunction: ({ fn, startDate, started, asked }) =>
    asked
      ? `Vous demandez la fonction « ${asked.fr} », mais cette personne a déjà la fonction « ${fn.fr} » ${started ? 'depuis le' : 'à partir du'} ${formatDate(startDate, L)}, et je ne change pas une fonction en place : l'accès utilisera « ${fn.fr} ». Pour « ${asked.fr} », mettez d'abord fin à « ${fn.fr} », ou dites « annuler ».`
      : `Cette personne a déjà la fonction « ${fn.fr} » ${started ? 'depuis le' : 'à partir du'} ${formatDate(startDate, L)} : rien à ajouter.`,
  askFunction: () => `Collaborateur de qui : d'un médecin-spécialiste ou d'un pharmacien hospitalier ?`,
  functionInvalid: () => `Répondez « médecin-spécialiste » ou « pharmacien hospitalier » (ou 1, 2).`,
  askStartDate: () => `À partir de quelle date la fonction commence-t-elle ? (jj-mm-aaaa)`,
  askEndDate: ({ startDate }) =>
    `Une date de fin (après le ${formatDate(startDate, L)}) ? Répondez « aucune » si la fonction n'a pas de fin.`,
  dateInvalid: ({ problem, startDate, which, date }) =>
    ({
      format: `Je n'ai pas compris cette date. Écrivez-la jj-mm-aaaa, par exemple 01-03-2027.`,
      invalid: `Cette date n'existe pas dans le calendrier.`,
      past: `${date ? `Le ${formatDate(date, L)} est déjà passé` : 'Cette date est déjà passée'} : ` + (which === 'endDate'
        ? `la fonction doit se terminer après aujourd'hui${startDate ? ` et après son début (${formatDate(startDate, L)})` : ''}.`
        : `une fonction commence au plus tôt aujourd'hui.`),
      notAfterStart: `La date de fin doit être postérieure à la date de début${startDate ? ` (${formatDate(startDate, L)})` : ''}.`,
    })[problem],
  askConfirm: (s) =>
    [
      `Voici ce que je vais faire :`,
      summaryLines(s),
      ...(s.person.leaving ? [`Le retrait de ${s.person.name} ${deFr(s.entity)} est en attente : cet accès garde ${s.person.name} comme utilisateur ${deFr(s.entity)}, le retrait sera donc annulé.`] : []),
      ...(s.person.status === 'disabled' ? [`Attention : le compte de cette personne est désactivé. L'accès sera enregistré, mais elle ne pourra pas s'en servir tant que son compte n'est pas réactivé : demandez au helpdesk de le réactiver.`] : s.person.status === 'invited' ? [`Cette personne n'a pas encore choisi son mot de passe : l'accès fonctionnera dès qu'elle l'aura fait, avec le lien reçu par e-mail.`] : []),
      s.alreadyHeld.length === s.applications.length && !s.fn && !s.person.leaving
        ? `Cette personne a déjà tout cela : confirmer ne changera rien. Puis-je confirmer quand même ?`
        : `L'accès sera actif au plus tard ${formatDelay(s.activationDelayMs, L)} après confirmation. Puis-je confirmer ?`,
    ].join('\n\n'),
  summaryDecided: (s) => [`Demande d'accès :`, summaryLines(s)].join('\n\n'),
  yesNoExpected: () => `Répondez par oui ou par non.`,
  notUnderstoodAtConfirmation: ({ text }) => `Je n'ai pas compris « ${text} » : rien n'a changé. Répondez par oui ou par non, ou dites ce qu'il faut changer.`,
  invalidChoice: () => `Je n'ai pas reconnu ce choix. Donnez son numéro ou son nom.`,
  ambiguousChoice: ({ candidates }) => `Plusieurs choix correspondent : ${joinList(candidates, L)}. Lequel ?`,
  cancelled: () => `C'est annulé : rien n'a été enregistré.`,
  nothingToStop: ({ granted }) =>
    granted
      ? `Il n'y a rien en cours à arrêter : ce que vous avez confirmé (${joinList(granted.map((a) => a.fr), L)}) reste enregistré. Pour le retirer, écrivez par exemple « retire ${granted[0]!.fr} à » suivi du NISS de la personne.`
      : `Il n'y a rien en cours à arrêter : aucune demande n'est ouverte, rien n'a changé.`,
  grantDone: ({ person, now, replayed, grants, fn, removalCancelled }) => {
    const nothing = changesNothing(replayed, grants, fn);
    const since = (t: number) => (now !== undefined && t > now ? `actif le ${at(t)}` : `actif depuis le ${at(t)}`);
    const fnDates = (f: NonNullable<typeof fn>) => `${f.endDate ? ` jusqu'au ${formatDate(f.endDate, L)}` : ', sans date de fin'}`;
    const changed = [
      ...grants.filter((g) => !g.alreadyHeld).map((g) => `${g.names.fr} : actif le ${at(g.activeAt)}`),
      ...(fn && !fn.alreadyHeld ? [`Fonction ${fn.names.fr} : active le ${at(fn.activeAt)}${fnDates(fn)}`] : []),
    ];
    const held = [
      ...grants.filter((g) => g.alreadyHeld).map((g) => `${g.names.fr} (${since(g.activeAt)})`),
      ...(fn?.alreadyHeld ? [`Fonction ${fn.names.fr} (${now !== undefined && fn.activeAt > now ? 'à partir du' : 'depuis le'} ${formatDate(fn.startDate, L)})`] : []),
    ];
    const names = [...grants.filter((g) => !g.alreadyHeld).map((g) => g.names.fr), ...(fn && !fn.alreadyHeld ? [`la fonction ${fn.names.fr}`] : [])];
    return [
      replayed ? `C'était déjà fait, rien n'a été enregistré une deuxième fois :` : nothing ? `${person} avait déjà tout cela, rien n'est modifié :` : `C'est enregistré pour ${person} :`,
      ...(replayed || nothing ? [bullet([...changed, ...held])] : [bullet(changed), ...(held.length ? [`Déjà en place, inchangé :\n${bullet(held)}`] : [])]),
      ...(removalCancelled ? [`Le retrait de ${person} ${deFr(removalCancelled.entity)} est annulé : ${person} reste utilisateur ${deFr(removalCancelled.entity)}.`] : []),
      nothing ? `Rien n'a changé : il n'y a rien à activer.` : `Je vous préviendrai ici quand ce sera actif${held.length ? ` : ${joinList(names, L)}` : ''}. Les heures indiquées sont celles de Bruxelles.`,
    ].join('\n\n');
  },
  alreadyDone: () => `C'est déjà fait : rien n'a été enregistré une deuxième fois.`,
  executionFailed: ({ reason }) =>
    ({
      forbidden: `Votre rôle ne permet pas cette opération dans cette entité ou qualité : rien n'a été enregistré.`,
      nissExists: `Entre-temps, quelqu'un a créé un utilisateur avec ce NISS : rien n'a été enregistré. Recommencez la demande pour le retrouver.`,
      usernameTaken: `Entre-temps, ce nom d'utilisateur a été pris : rien n'a été enregistré. Recommencez avec un autre.`,
      qualityInactive: `La qualité n'est pas activée : rien n'a été enregistré.`,
      invalid: `La demande n'est plus valable (catalogue modifié ?) : rien n'a été enregistré.`,
      unavailable: `Je n'ai pas pu enregistrer (base de données indisponible) : rien n'a été enregistré. Répondez « oui » pour réessayer.`,
    })[reason],
  conversationRestarted: () => `Sésame a été mis à jour et notre conversation précédente n'a pas pu être reprise : recommençons.`,
  activated: ({ person, applications, fn, account }) => {
    if (account === 'disabled' || account === 'invited') {
      const what = joinList([...applications.map((a) => a.fr), ...(fn ? ['la fonction ' + fn.names.fr] : [])], L);
      return account === 'disabled' ? `C'est enregistré pour ${person} : ${what}. Mais son compte est désactivé : la personne ne peut pas s'en servir tant qu'il n'est pas réactivé. Demandez au helpdesk de le réactiver.` : `C'est prêt : ${person} aura accès à ${what} dès qu'il ou elle aura choisi son mot de passe, avec le lien reçu par e-mail.`;
    }
    return (
      `C'est actif : ${person} a maintenant accès à ${joinList(applications.map((a) => a.fr), L)}` +
      (fn ? `${applications.length ? ', et ' : ''}la fonction ${fn.names.fr} (depuis le ${formatDate(fn.startDate, L)})` : '') +
      '.'
    );
  },
  technicalError: () => `Un problème technique m'empêche de répondre ; rien de ce que vous m'avez donné n'est perdu. Réessayez dans un instant.`,
  cancelledTakenUp: ({ person, entity }) => `Je reprends la demande que vous venez d'annuler : ${person}${entity ? `, ${entity}` : ''}. Rien n'est enregistré avant votre confirmation.`,
  datesDropped: () => `Bien : je ne garde aucune date.`,
  aside: (q) => {
    switch (q.topic) {
      case 'activationDelay': return `Le portail rend un accès actif au plus tard 20 minutes après sa confirmation ; une fonction, pas avant sa date de début.`;
      case 'application': return `« ${q.names.fr} » est une application du portail de la sécurité sociale, que je peux donner dans la qualité où elle existe.`;
      case 'myEntities': return q.entities.length ? `Vous gérez les accès de : ${joinList(q.entities, L)}.` : `Vous n'avez de rôle de gestion dans aucune entité.`;
      case 'applications': return `Je peux donner ces applications (selon la qualité) : ${joinList(q.names.map((n) => n.fr), L)}.`;
      case 'portal': return PORTAL_HOW[q.about](q.application?.fr);
      case 'correctionUnplaced': return `Je ne vois pas ce que votre correction remplace : rien n'a été modifié. Redites-le avec seulement la valeur voulue : la personne, la date, l'application ou l'entité.`;
      case 'whoManages': return `Je ne peux pas encore dire qui gère les accès d'une entité. Pour désigner quelqu'un, dites par exemple « fais de Els Janssens une gestionnaire d'accès de Sainte-Anne ».`;
      case 'removeOrRevoke': {
        const apps = joinList(q.applications.map((a) => a.fr), L);
        return `Faut-il retirer ${q.name} de l'entité (tous ses accès y prennent fin), ou seulement lui retirer ${apps} ? Dites « retire ${q.name} de l'entité » ou « retire ${apps} à ${q.name} ». Rien n'est fait tant que vous ne l'avez pas dit.`;
      }
    }
  },
  help: ({ slot }) =>
    [
      slot ? `J'attends ${HELP[slot]}` : `Dites-moi en une phrase ce qu'il faut donner, par exemple « donne HospiSup à 80.05.15-123.75 » ou « Colindos pour 80051512375 à partir du 1er mars, collaboratrice d'un médecin ».`,
      `À tout moment : « où en est-on ? » pour le résumé, « retour » pour la question précédente, « recommencer », « annuler », « en néerlandais svp ». Vous pouvez corriger ce que vous voulez : « non, le NISS c'est … », « pas Colindos, Hospiliss », « modifier la date ».`,
    ].join('\n\n'),
  recap: (r) =>
    [
      `Voici ce que j'ai jusqu'ici :`,
      bullet([
        `Entité : ${r.entity ?? '—'}`,
        `Qualité : ${r.quality?.fr ?? '—'}`,
        `Personne : ${r.person ?? (r.niss ? `NISS ${r.niss}` : '—')}`,
        `${word(r.applications.length, L, 'Application', 'Applications')} : ${r.applications.length ? joinList(r.applications.map((a) => a.fr), L) : '—'}`,
        ...(r.fn ? [`Fonction : ${r.fn.fr}${r.startDate ? ` à partir du ${formatDate(r.startDate, L)}` : ''}${r.endDate ? ` jusqu'au ${formatDate(r.endDate, L)}` : r.endDateAsked ? ', sans date de fin' : ''}`] : []),
      ]),
    ].join('\n\n'),
  recapIsSummary: () => `Tout ce que j'ai est dans le résumé ci-dessous : il n'attend plus que votre réponse.`,
  onlyThese: ({ kept, left, revoke }) =>
    `D'accord : je ne ${revoke ? 'retire' : 'donne'} que ${joinList(kept.map((a) => a.fr), L)}${left.length ? ` ; ${joinList(left.map((a) => a.fr), L)} ${left.length > 1 ? 'restent' : 'reste'} tel${left.length > 1 ? 's' : ''} quel${left.length > 1 ? 's' : ''}` : ''}.`,
  stuck: ({ slot }) => `Je ne comprends toujours pas. J'attends ${HELP[slot]} Écrivez « aide » pour plus d'explications ou « annuler » pour arrêter.`,
  startedOver: () => `D'accord, on recommence depuis le début.`,
  nothingBefore: () => `Il n'y a pas de question avant celle-ci.`,
  languageChanged: () => `D'accord, je continue en français.`,
  nothingInProgress: () => `Aucune demande n'est en cours.`,
  whatYouCanDo: () => `Vous pouvez par exemple donner un accès, lister les utilisateurs d'une entité ou demander pourquoi quelqu'un n'a pas accès.`,
  cancelledEarlier: ({ person, applications }) =>
    `J'ai annulé juste avant la demande pour ${person}${applications.length ? ` (${joinList(applications.map((a) => a.fr), L)})` : ''} : rien n'a été enregistré. Pour la faire quand même, redites-la, par exemple « ${applications.length ? joinList(applications.map((a) => a.fr), L) : 'eBirth'} pour ${person} », et je vous en montrerai le résumé avant de faire quoi que ce soit.`,
  howCanIHelp: () => `Que puis-je faire pour vous ?`,
  youreWelcome: () => `Avec plaisir. Que puis-je faire d'autre pour vous ?`,
  dateWithoutRequest: ({ date }) =>
    `À quelle demande cette date${date ? ` (${formatDate(date, L)})` : ''} se rapporte-t-elle ? Aucune demande n'est en cours : dites-la en une phrase, avec la date, par exemple « donne Colindos à 80051512375 jusqu'au ${date ? formatDate(date, L) : '30/06/2027'} ».`,
  expired: () => `Notre conversation était en pause depuis trop longtemps : rien n'a été enregistré et je reprends depuis le début.`,
  statusAnswer: ({ niss, person, items }) =>
    person === null
      ? `Aucun utilisateur de vos entités n'a le NISS ${niss} : il n'y a donc aucun accès.`
      : [
          `${person} (NISS ${niss}) :`,
          items.length === 0
            ? `aucun accès dans vos entités.`
            : bullet(
                items.map((i) =>
                  i.state === 'active' ? `${i.names.fr} : actif depuis le ${at(i.at!)}` : i.state === 'pending' ? `${i.names.fr} : en cours, actif le ${at(i.at!)}` : `${i.names.fr} : pas d'accès`,
                ),
              ),
        ].join('\n'),
  copiedAccess: ({ colleague, applications, fn }) =>
    `${colleague} a ${joinList([...applications.map((a) => a.fr), ...(fn ? [`la fonction ${fn.fr}`] : [])], L)} : je reprends la même chose. Dites « pas … » pour en retirer.`,
  colleagueUnknown: ({ niss }) => `Je ne trouve aucun accès à copier pour le NISS ${niss} dans cette qualité.`,
  applicationNotInQuality: ({ applications, quality, elsewhere }) =>
    `${joinList(applications.map((a) => a.fr), L)} ne fait pas partie de la qualité « ${quality.fr} » : je ne le retiens pas.` +
    (elsewhere.length
      ? ` Il se trouve dans la qualité ${joinList(elsewhere.map((q) => `« ${q.fr} »`), L, 'or')} : faites-en une demande à part, ou dites « modifier la qualité ».`
      : ` Il n'est dans aucune autre qualité que vous gérez ici : demandez-le au RAE ou au Co-RAE.`),
  entityNoRole: ({ entity, entities }) =>
    `Vous n'avez pas de rôle dans l'entité ${entity} : je ne peux pas y donner d'accès. Vos entités : ${joinList(entities, L)}.`,
  entityUnknown: ({ entity, entities }) =>
    `Je ne connais pas d'entité « ${entity} » : je ne peux pas y donner d'accès. Vos entités : ${joinList(entities, L)}.`,
  qualityOutOfScope: ({ quality, entity, qualities }) =>
    `La qualité « ${quality.fr} » n'est pas dans votre périmètre ${aFr(entity)}` + (qualities.length ? ` : vous gérez ${joinList(qualities.map((q) => `« ${q.fr} »`), L)}.` : '.'),
  qualityFromApplications: ({ quality, notActive }) => notActive?.length
    ? `Qualité : ${quality.fr} (la seule qualité activée de l'entité qui contient ces applications ; ${joinList(notActive.map((q) => `« ${q.fr} »`), L)} n'est pas activée).`
    : `Qualité : ${quality.fr} (la seule de l'entité qui contient ces applications).`,
  dateOfHeldFunction: ({ fn, startDate, started, said, saidEnd, asked }) => {
    const held = `${asked ? `Vous demandez la fonction « ${asked.fr} »${said ? ` à partir du ${formatDate(said, L)}` : ''}, mais cette personne` : 'Cette personne'} a déjà la fonction « ${fn.fr} » ${started ? 'depuis le' : 'à partir du'} ${formatDate(startDate, L)}`;
    // Another function named: the dates said are that one's, and why it is not taken is said once.
    if (asked) return `${held}, et je ne change pas une fonction en place : l'accès utilisera « ${fn.fr} ». Pour « ${asked.fr} », mettez d'abord fin à « ${fn.fr} », ou dites « annuler ».`;
    if (said === startDate && saidEnd) return `${held}, et je ne change pas une fonction en place : je ne retiens pas la fin au ${formatDate(saidEnd, L)}. Pour la terminer ce jour-là, demandez-moi la fin de cette fonction.`;
    if (said === startDate) return `${held} : c'est la date donnée, rien ne change.`;
    const dates = saidEnd && said ? `les dates données (du ${formatDate(said, L)} au ${formatDate(saidEnd, L)})` : `${said ? `la date du ${formatDate(said, L)}` : 'la date donnée'}`;
    return `${held}, et je ne change pas une fonction en place : je ne retiens pas ${dates}. Pour une autre date, mettez d'abord fin à cette fonction.`;
  },
  dateNotUsed: ({ applications, past }) => {
    const none = `${joinList(applications.map((a) => a.fr), L)} ${applications.length > 1 ? "n'ont" : "n'a"} pas de date de début : l'accès commence à la confirmation.`;
    return past ? `Le ${formatDate(past, L)} est déjà passé, et de toute façon ${none}` : none;
  },
  nissOfNamed: ({ name }) => `Il me faut le NISS de ${name}.`,
  nissDeclined: ({ name }) => `Sans le NISS ${name === null ? 'de la personne' : `de ${name}`}, je ne peux pas continuer. Donnez-le, ou dites « annuler » pour arrêter la demande.`,
  nissNotGiven: ({ name }) => `Ce n'est pas un NISS. Donnez les 11 chiffres du NISS ${name === null ? 'de la personne' : `de ${name}`}, par exemple « 80.05.15-123.75 », ou « annuler » pour arrêter.`,
  nobodyNamed: ({ name }) => `Aucun utilisateur de vos entités ne s'appelle ${name}.`,
  onePersonPerRequest: ({ person, others }) => `Une demande concerne une seule personne : celle-ci est pour ${person}. Je vous proposerai ensuite la même demande pour ${joinList(others, L)}.`,
  offerNextPerson: ({ person }) => `Voulez-vous maintenant la même demande pour ${person} ? (oui / non)`,
  nextPersonDeclined: ({ person }) => `D'accord : rien n'est demandé pour ${person}.`,
  personFoundByName: ({ person, niss }) => `J'ai trouvé ${person} (NISS ${niss}) parmi les utilisateurs de vos entités.`,
  personsNamed: ({ named, candidates }) => `Plusieurs utilisateurs de vos entités s'appellent ${named} : ${candidates.map((c, i) => `${i + 1}. ${c}`).join(' ; ')}. Lequel ? Donnez son numéro ou son NISS.`,
  personsNear: ({ named, candidates }) =>
    candidates.length === 1
      ? `Aucun utilisateur de vos entités ne s'appelle ${named}. Vouliez-vous dire ${candidates[0]} ? Répondez oui, ou donnez son NISS.`
      : `Aucun utilisateur de vos entités ne s'appelle ${named}. Vouliez-vous dire : ${candidates.map((c, i) => `${i + 1}. ${c}`).join(' ; ')} ? Donnez le numéro, ou le NISS de la personne.`,
  nissTaken: ({ niss, person }) => (person ? `${person} (NISS ${niss}) : noté.` : `NISS ${niss} : noté.`),
  nissNotForRefusedEntity: ({ niss, entity }) =>
    `NISS ${niss} : noté pour une demande dans l'une de vos entités, pas ${aFr(entity)}. Si cette personne n'est pas un utilisateur de vos entités, je ne montre rien de ce qu'une autre entité sait d'elle, et je ne l'ajoute à l'une de vos entités que si vous le demandez : choisissez laquelle, ou dites « annuler ».`,
  statusNameNear: ({ name, candidates, waiting }) =>
    `Aucun utilisateur de vos entités ne s'appelle ${name}. Vouliez-vous dire ${candidates.length === 1 ? candidates[0] : candidates.map((c, i) => `${i + 1}. ${c}`).join(' ; ')} ?` +
    (waiting ? ' Redemandez-moi avec son nom exact ou son NISS.' : candidates.length === 1 ? ' Répondez oui pour voir ses accès, ou donnez son NISS.' : ' Donnez le nom de la personne ou son NISS.'),
  statusNameUnknown: ({ name }) => `Aucun utilisateur de vos entités ne s'appelle ${name} : donnez son NISS (11 chiffres) pour que je regarde ses accès.`,
  statusNameSeveral: ({ name }) => `Plusieurs utilisateurs de vos entités s'appellent ${name} : donnez le NISS (11 chiffres) de la personne pour que je regarde ses accès.`,
  statusWhom: () => `De qui parlez-vous ? Aucune personne n'est encore donnée dans cette demande : donnez son NISS (11 chiffres) ou son nom et je regarde ses accès.`,
  personNotNamed: ({ named }) => `Attention : ce NISS n'est pas celui de ${named}.`,
  personReplacedByName: ({ named }) => `Entendu : la demande est maintenant pour ${named}.`,
  noneOfThem: () => `Aucun d'eux, donc : donnez-moi le NISS de la personne que vous voulez dire, ou dites « annuler ».`,
  choiceDeclined: () => `Aucun choix ne convient ? Choisissez dans la liste, ou dites « annuler » pour arrêter la demande.`,
  changeTaken: ({ changes }) => `Entendu : ${joinList(changes.map(changeFr), L)}.`,
  personElsewhere: ({ niss, entity }) =>
    `Le NISS ${niss} est celui d'un utilisateur d'une autre entité : je n'affiche pas ses données. Il sera ajouté ${aFr(entity)} avec l'accès.`,
  requestSetAside: ({ applications, person }) =>
    `Je laisse de côté la demande en cours (${joinList(applications.map((a) => a.fr), L) || 'sans application'}${person ? ` pour ${person}` : ''}) : rien n'a été enregistré. Voici la nouvelle demande.`,
  applicationReadAs: ({ items }) => `J'ai lu ${joinList(items.map((i) => `« ${i.text} » comme ${i.names.fr}`), L)} : si ce n'est pas cela, dites-le.`,
  dateReadAhead: ({ items }) => `J'ai lu ${joinList(items.map((i) => `« ${i.said} » comme le ${formatDate(i.date, L)}`), L)} : si ce n'est pas cela, dites-le.`,
  takenAside: ({ startDate, endDate, applications, fn, person, role }) =>
    `Noté : ${[startDate && `à partir du ${formatDate(startDate, L)}`, endDate && `jusqu'au ${formatDate(endDate, L)}`, applications.length > 0 && joinList(applications.map((a) => a.fr), L),
      fn && `la fonction « ${fn.fr} »`, role && (role === 'doctor' ? 'médecin (spécialiste)' : 'pharmacien hospitalier'), person && `pour ${person}`].filter(Boolean).join(', ')}.`,
  applicationsTaken: ({ applications }) => `${joinList(applications.map((a) => a.fr), L)} : noté.`,
  applicationsReplaced: ({ removed, added }) => `${joinList(added.map((a) => a.fr), L)} remplace ${joinList(removed.map((a) => a.fr), L)} dans la demande.`,
  revokeHowTo: ({ applications }) =>
    `Pour retirer un accès (${joinList(applications.map((a) => a.fr), L)}), il me faut le NISS de la personne, par exemple « retire ${applications[0]?.fr ?? 'HospiSup'} à 80051512375 ».`,
  storeUnavailable: ({ problem }) =>
    `${
      ({
        busy: `La base de données est occupée par une autre opération`,
        full: `Le disque du serveur est plein`,
        readonly: `La base de données est en lecture seule`,
        other: `La base de données est indisponible`,
      })[problem]
    } : je n'ai pas pu enregistrer la suite de notre conversation. Renvoyez votre dernière réponse dans un instant (rien ne sera jamais fait deux fois) ; si cela persiste, prévenez le support.`,
  notUnderstood: () => `Je n'ai pas compris.`,
  yes: () => 'Oui',
  no: () => 'Non',
  roleDoctor: () => 'Médecin (spécialiste)',
  rolePharmacist: () => 'Pharmacien hospitalier',
  roleCollaborator: () => 'Collaborateur',
  skip: () => 'Aucune',
  skipTitle: () => 'Aucun',
  languageName: ({ language }) => ({ fr: 'Français', nl: 'Néerlandais', de: 'Allemand', en: 'Anglais' })[language],
  entityLabel: ({ entity, inami }) => `${entity} (INAMI ${inami})`,
  cardSubmit: () => 'Valider',
  cardConfirm: () => 'Confirmer',
  cardChange: () => 'Modifier',
  cardCancel: () => 'Annuler',
  cardRequired: () => 'Choisissez au moins une réponse.',
  cardDecided: ({ outcome, by, when }) =>
    outcome === 'confirmed'
      ? `✓ Confirmé par ${by} le ${at(when)} (heure de Bruxelles).`
      : outcome === 'cancelled'
        ? `✗ Annulé par ${by} le ${at(when)} (heure de Bruxelles) : rien n'a été enregistré.`
        : `Remplacé par un résumé plus récent, plus bas.`,
  cardChoiceLabel: () => 'Votre choix',
  cardStartDateLabel: () => 'Date de début',
  cardEndDateLabel: () => 'Date de fin',
  cardOutdated: () => `Cette carte n'est plus d'actualité : ce clic n'a rien fait.`,
};

/** The lines of a summary, as asked before confirmation and as kept on the card once decided. */
function summaryLines(s: Summary): string {
  return bullet([
    `Entité : ${s.entity} (N° INAMI ${s.inami})`,
    `Qualité : ${s.quality.fr}${s.activateQuality ? ' (sera activée)' : ''}`,
    s.person.isNew
      ? `Nouvel utilisateur : ${s.person.name}, nom d'utilisateur ${s.person.username}, ${s.person.email}`
      : `Utilisateur : ${s.person.name}${s.person.elsewhere ? ` (utilisateur d'une autre entité, sera ajouté ${aFr(s.entity)})` : s.person.joins ? ` (${s.person.username} ; pas encore utilisateur de cette entité : sera ajouté ${aFr(s.entity)})` : ` (${s.person.username})`}`,
    `${word(s.applications.length, L, 'Application', 'Applications')} : ${joinList(s.applications.map((a) => a.fr), L)}`,
    ...(s.alreadyHeld.length ? [`${word(s.alreadyHeld.length, L, 'Déjà détenue', 'Déjà détenues')}, rien ne change : ${joinList(s.alreadyHeld.map((a) => a.fr), L)}`] : []),
    ...(s.fn
      ? [`Fonction : ${s.fn.names.fr} à partir du ${formatDate(s.fn.startDate, L)}${s.fn.endDate ? ` jusqu'au ${formatDate(s.fn.endDate, L)}` : ', sans date de fin'}`]
      : []),
    ...(s.dateSetAside ? [`Dates : ni début ni fin`] : []),
  ]);
}

/** A change at a confirmation, as a clause of "Entendu : …". */
function changeFr(c: Change): string {
  switch (c.what) {
    case 'applications': return `la demande porte maintenant sur ${joinList(c.applications.map((a) => a.fr), L)}`;
    case 'revoked': return `je retirerai ${joinList(c.applications.map((a) => a.fr), L)}`;
    case 'startDate': return `à partir du ${formatDate(c.date, L)}`;
    case 'endDate': return c.date ? `jusqu'au ${formatDate(c.date, L)}` : `sans date de fin`;
    case 'lastDay': return `dernier jour le ${formatDate(c.date, L)}`;
    case 'entity': return `pour ${c.entity}`;
    case 'quality': return `avec la qualité « ${c.quality.fr} »`;
    case 'function': return c.fn ? `avec la fonction « ${c.fn.fr} »` : `sans fonction`;
    case 'role': return c.role === 'doctor' ? `médecin (spécialiste)` : `pharmacien hospitalier`;
  }
}
