import type { Locale, Names } from '../domain/locale';
import type { NissProblem } from '../domain/niss';
import type { DateProblem } from '../domain/dates';
import type { UsernameProblem } from '../domain/username';
import type { NameProblem } from '../domain/person-name';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import type { AsideQuestion } from '../../dialogs/understanding/aside-questions';
import type { CatalogOf, NoticeOf } from './types';

export interface Summary {
  entity: string;
  inami: string;
  quality: Names;
  activateQuality: boolean;
  person: { name: string; username: string; isNew: boolean; email: string | null; language: Locale | null; elsewhere: boolean; status?: AccountStatus; joins?: true; leaving?: true };
  applications: Names[];
  /** Of the applications, those the person already holds: confirming changes nothing for them. */
  alreadyHeld: Names[];
  role: 'doctor' | 'pharmacist' | 'collaborator' | null;
  fn: { names: Names; startDate: string; endDate: string | null } | null;
  activationDelayMs: number;
  /** A date said and set aside (no application uses one): the summary says the access starts at confirmation, with no end. */
  dateSetAside?: true;
}

export interface DoneParams {
  person: string;
  /** The turn's time: an access already held is "active since" a time before it. */
  now?: number;
  replayed: boolean;
  grants: { names: Names; activeAt: number; alreadyHeld: boolean }[];
  fn: { names: Names; startDate: string; endDate: string | null; activeAt: number; alreadyHeld: boolean } | null;
  /** The person's removal from the entity was pending: the grant kept them a user and cancelled it. */
  removalCancelled?: { entity: string };
}

/** The portal account of a person (users.status): only an active one can use an access. */
export type AccountStatus = 'invited' | 'active' | 'disabled';

export interface ActivationParams {
  person: string;
  /** The account when the access became active: disabled or invited, it cannot be used yet, and the notice says so. */
  account?: AccountStatus;
  applications: Names[];
  fn: { names: Names; startDate: string } | null;
}

export interface RecapParams {
  entity: string | null;
  quality: Names | null;
  niss: string | null;
  person: string | null;
  applications: Names[];
  fn: Names | null;
  startDate: string | null;
  endDate: string | null;
  /** The end date was asked and none given: said as "no end date". */
  endDateAsked?: boolean;
}

export interface NameInvalidParams {
  problems: NameProblem[];
  /** The characters refused, as typed. */
  forbidden: string[];
  max: number;
}

/**
 * One change made at a confirmation or a person check ("ah non, seulement eBirth", "nicht HospiSup, sondern Hospiliss"):
 * said before the question is asked again, never applied without a word. Dates are ISO days.
 */
export type Change =
  | { what: 'applications'; applications: Names[] }
  | { what: 'revoked'; applications: Names[] }
  | { what: 'startDate'; date: string }
  | { what: 'endDate'; date: string | null }
  | { what: 'lastDay'; date: string }
  | { what: 'entity'; entity: string }
  | { what: 'quality'; quality: Names }
  | { what: 'function'; fn: Names | null }
  /** "bon ok il est médecin" at "Est-ce la bonne personne ?": the person's role, heard. */
  | { what: 'role'; role: 'doctor' | 'pharmacist' };

export interface StatusParams {
  niss: string;
  /** Null when no user has this NISS. */
  person: string | null;
  items: { names: Names; state: 'active' | 'pending' | 'none'; at: number | null }[];
}

/** Every sentence Sésame says, with its parameters. Each language implements all of them. */
export interface MessageParams {
  welcome: { name: string };
  /** The welcome's starter suggestions: each is sent as typed when clicked, so each must read as that request. */
  starterGrant: void;
  starterUsers: void;
  starterWhy: void;
  noEntity: void;
  whatNext: void;
  askEntity: void;
  onlyEntity: { entity: string; inami: string };
  /** No entity named, and the person is a user of one of the manager's entities only: that one is taken, said. */
  entityOfPerson: { entity: string; inami: string; person: string };
  askQuality: { entity: string };
  onlyQuality: { quality: Names };
  askActivateQuality: { quality: Names };
  qualityInactiveNoRight: { quality: Names };
  qualityNotActivated: { quality: Names };
  askNiss: void;
  nissInvalid: { problem: NissProblem; length: number | null; digits: string | null };
  askConfirmPerson: { name: string; username: string };
  personUnknown: { niss: string };
  askUsername: void;
  usernameInvalid: { problems: UsernameProblem[]; forbidden: string[] };
  usernameTaken: { username: string };
  askUsernameConfirm: void;
  usernameMismatch: void;
  askLastName: void;
  askFirstName: void;
  nameInvalid: NameInvalidParams;
  askTitle: void;
  titleInvalid: NameInvalidParams;
  askLanguage: void;
  languageInvalid: void;
  askEmail: void;
  emailInvalid: void;
  askLocalEmail: void;
  askApplications: { quality: Names };
  applicationsUnknown: { texts: string[]; candidates: Names[] };
  applicationsAmbiguous: { text: string; candidates: Names[] };
  askRole: void;
  roleInvalid: void;
  /** `started`: the start date is today or before ("since"), else it is to come ("from"). */
  /** `asked`: another function the manager named ("he works for a pharmacist"), said with the one held, never dropped. */
  alreadyHasFunction: { fn: Names; startDate: string; started: boolean; asked?: Names };
  askFunction: void;
  functionInvalid: void;
  askStartDate: void;
  askEndDate: { startDate: string };
  /** `which`: the date refused is the start or the end of the function. */
  /** date: the day refused, when the message gave one (a past day is named). */
  dateInvalid: { problem: DateProblem; startDate: string | null; which: 'startDate' | 'endDate'; date?: string };
  askConfirm: Summary;
  /** The summary once decided (the card updated in place): what was asked, no question. */
  summaryDecided: Summary;
  yesNoExpected: void;
  /** At a confirmation, a message that changed nothing: said back as typed, and the question asked again. */
  notUnderstoodAtConfirmation: { text: string };
  invalidChoice: void;
  ambiguousChoice: { candidates: string[] };
  cancelled: void;
  /** A stop with nothing under way; `granted`: the applications just recorded, which stay so. */
  nothingToStop: { granted: Names[] | null };
  grantDone: DoneParams;
  alreadyDone: void;
  executionFailed: { reason: 'forbidden' | 'nissExists' | 'usernameTaken' | 'qualityInactive' | 'invalid' | 'unavailable' };
  conversationRestarted: void;
  activated: ActivationParams;
  technicalError: void;
  help: { slot: Slot | null };
  /** A question about Sésame or the portal asked in passing ("ça prend combien de temps ?"): answered; the question waiting follows. */
  aside: AsideQuestion;
  /** "sans date", "zonder datum": the dates said are dropped. */
  datesDropped: void;
  /** "si en fait vas-y, donne-lui TCT" just after a cancel: the cancelled request's person and entity are taken up again. */
  cancelledTakenUp: { person: string; entity: string | null };
  recap: RecapParams;
  /** "où en est-on ?" at the summary: the summary below is where things stand. */
  recapIsSummary: void;
  /** "only X, Y stays" at a confirmation: the action now applies to `kept` only; `left` is left as it is. */
  onlyThese: { kept: Names[]; left: Names[]; revoke: boolean };
  stuck: { slot: Slot };
  startedOver: void;
  nothingBefore: void;
  languageChanged: void;
  /** "où en est-on ?" with no request under way. */
  nothingInProgress: void;
  /** With nothing under way, what one can ask (the welcome's starters follow as buttons). */
  whatYouCanDo: void;
  /** A bare yes, no or emoji with nothing under way: what can be done is asked (whatYouCanDo follows, with examples). */
  howCanIHelp: void;
  /** A yes ("doe maar") just after a cancel: it was cancelled, and how to ask it again. */
  cancelledEarlier: { person: string; applications: Names[] };
  /** A thank-you with nothing open: answered, and what else may be asked. */
  youreWelcome: void;
  /** A date alone with nothing under way (`date`: the date read, null if refused): which request it is for, never a grant started without a word. */
  dateWithoutRequest: { date: string | null };
  expired: void;
  statusAnswer: StatusParams;
  copiedAccess: { colleague: string; applications: Names[]; fn: Names | null };
  colleagueUnknown: { niss: string };
  applicationNotInQuality: { applications: Names[]; quality: Names; elsewhere: Names[] };
  entityNoRole: { entity: string; entities: string[] };
  entityUnknown: { entity: string; entities: string[] };
  qualityOutOfScope: { quality: Names; entity: string; qualities: Names[] };
  /** notActive: the entity's other qualités with these applications, not activated: the active one is taken. */
  qualityFromApplications: { quality: Names; notActive?: Names[] };
  /** past: the day given, when it is gone by (called past, beside why no day is needed). */
  dateNotUsed: { applications: Names[]; past?: string };
  /**
   * A date said for a function the person already holds in this qualité: the function stays as it
   * is. `said`: the date given (YYYY-MM-DD), null when it was refused (past, invalid).
   */
  /** `saidEnd`: the end date said with it ("vanaf 1 maart tot eind juni"), said back too, never dropped. */
  /** `asked`: another function named beside the dates ("il travaille pour un pharmacien"), said, never dropped. */
  dateOfHeldFunction: { fn: Names; startDate: string; started: boolean; said: string | null; saidEnd?: string; asked?: Names };
  nissOfNamed: { name: string };
  /** An answer to "the NISS of X" that holds none: what is asked again, with the way out (never the question said twice). */
  /** name null: nobody was named ("revoke HospiSup"). */
  nissNotGiven: { name: string | null };
  /** A no where the NISS is asked: without it nothing goes on; the way out is said. name null: nobody was named. */
  nissDeclined: { name: string | null };
  /** Nobody of the manager's entities has the name given: said, before the NISS is asked. */
  nobodyNamed: { name: string };
  /** "aan Jan Peeters en aan Marie Dupont": one request is for one person; the others are offered it once it is done. */
  onePersonPerRequest: { person: string; others: string[] };
  /** Once the request is done: the same one for the next person named? (a yes starts it, with its own summary). */
  offerNextPerson: { person: string };
  nextPersonDeclined: { person: string };
  personFoundByName: { person: string; niss: string };
  personsNamed: { named: string; candidates: string[] };
  /** Nobody is called `named` (as typed), but these are near: offered, never as if found. */
  personsNear: { named: string; candidates: string[] };
  /** person: the name the NISS is known by (a user of the manager's entities), when it is. */
  nissTaken: { niss: string; person?: string | null };
  /** A NISS given after an entity was refused for want of a role there: kept for one of the manager's entities only if they ask. */
  nissNotForRefusedEntity: { niss: string; entity: string };
  statusNameUnknown: { name: string };
  /** Nobody is called `name`, but these are near; `waiting`: another question waits, so a yes would answer that one (the name or NISS is asked instead). */
  statusNameNear: { name: string; candidates: string[]; nisses: string[]; waiting: boolean };
  statusNameSeveral: { name: string };
  /** "a-t-il déjà Colindos ?" with no person given yet: who is meant is asked. */
  statusWhom: void;
  personNotNamed: { named: string };
  personReplacedByName: { named: string };
  /** A no to "several users are called X: which one?": none of them; the NISS of the one meant is asked, or a cancel. */
  noneOfThem: { name: string };
  /** A no to a choice (the entity, the qualité, the applications, the role, the function): asked again, with the way out. */
  choiceDeclined: void;
  /** What a message at a confirmation or a person check changed in the request, said before it is asked again. */
  changeTaken: { changes: Change[] };
  personElsewhere: { niss: string; entity: string };
  requestSetAside: { applications: Names[]; person: string | null };
  /** "colindoss" read as Colindos: a near miss is always said, never taken silently. */
  applicationReadAs: { items: { text: string; names: Names }[] };
  /** Dates said without a year and read in next year ("3 mars" said in December): said back, so that a wrong year is seen. */
  dateReadAhead: { items: { said: string; date: string }[] };
  /**
   * What a message answering another question also gave (a date, an application, a function, a person): kept, and said,
   * since the question asked next does not show it. Each part null or empty when not given.
   */
  /** `role`: a doctor or pharmacist said of the person ("bon ok il est médecin" at "Est-ce la bonne personne ?"). */
  takenAside: { startDate: string | null; endDate: string | null; applications: Names[]; fn: Names | null; person: string | null; role?: 'doctor' | 'pharmacist' };
  /** Applications given at another question (the entity's): kept, and said. */
  applicationsTaken: { applications: Names[] };
  /** "Chapter IV instead of eBirth": the one named replaces the other in the request. */
  applicationsReplaced: { removed: Names[]; added: Names[] };
  /** "n'a plus besoin de HospiSup" without a NISS: an access taken away is never granted; how to ask it. */
  revokeHowTo: { applications: Names[] };
  /** The database refused a write (locked, disk full, read-only): the turn was not saved; resending it is safe (grants are idempotent). */
  storeUnavailable: { problem: StoreProblem };
  notUnderstood: void;
  // Labels of buttons and choices.
  yes: void;
  no: void;
  roleDoctor: void;
  rolePharmacist: void;
  roleCollaborator: void;
  /** The button to leave an optional field empty (a local e-mail, an end date: feminine in French). */
  skip: void;
  /** The same for the title (masculine: « Aucun »). */
  skipTitle: void;
  languageName: { language: Locale };
  entityLabel: { entity: string; inami: string };
  // Adaptive Cards: buttons, and what a click on a card says.
  cardSubmit: void;
  cardConfirm: void;
  cardChange: void;
  cardCancel: void;
  cardRequired: void;
  /** What became of the summary card's request, who decided it and when (or that a newer summary replaced the card). */
  cardDecided: { outcome: 'confirmed' | 'cancelled' | 'replaced'; by: string; when: number };
  /** Labels of a card's inputs: the question itself is in the message just above. */
  cardChoiceLabel: void;
  cardStartDateLabel: void;
  cardEndDateLabel: void;
  cardOutdated: void;
}

export type StoreProblem = 'busy' | 'full' | 'readonly' | 'other';

export type MessageKey = keyof MessageParams;
/** The grant dialog's catalog (grant.<lang>.ts). */
export type Catalog = CatalogOf<MessageParams>;
export type Notice = NoticeOf<MessageParams>;
