import type { Command } from '../understanding/commands';
import type { Locale, Names } from '../../src/domain/locale';
import type { Role } from '../../src/domain/authorization';
import type { NissProblem } from '../../src/domain/niss';
import type { DateProblem } from '../../src/domain/dates';
import type { UsernameProblem } from '../../src/domain/username';
import type { Notice } from '../../src/i18n/grant.catalog';
import type { FunctionKind, PersonRole } from '../understanding/parse';

/** The slot a prompt asks for; clients read it from channelData.sesame.expecting. */
export type Slot =
  | 'entity' | 'quality' | 'activateQuality' | 'niss' | 'confirmPerson'
  | 'username' | 'usernameConfirm' | 'lastName' | 'firstName' | 'title' | 'language' | 'email' | 'localEmail'
  | 'applications' | 'role' | 'function' | 'startDate' | 'endDate' | 'confirm';

export interface EntityOption { id: number; inami: string; name: string; role: Role }
export interface QualityOption { id: number; kind: string; names: Names; active: boolean; mayActivate: boolean }
export interface ApplicationOption { code: string; names: Names; aliases: string[]; needsFunction: boolean }
/** The whole catalog, known before the qualité: a first sentence may name any application. */
export interface CatalogOption {
  /** Every entity, to say "you have no role there" when one of the others is named (none: such names go unrecognised). */
  entities?: { id: number; inami: string; name: string }[];
  qualityKinds: { code: string; names: Names }[];
  applications: (ApplicationOption & { qualityKinds: string[] })[];
  functions: FunctionOption[];
}
export interface FunctionOption { code: string; names: Names; forRole: FunctionKind }

export interface Person {
  id: number;
  firstName: string;
  lastName: string;
  username: string;
  title: string | null;
  /** Functions already held (pending or active), so a collaborator is not asked twice. */
  functions: { code: string; qualityId: number; startDate: string }[];
  /** Applications already held (pending or active), so the summary says so. */
  holdings: { code: string; qualityId: number }[];
  /**
   * A user of none of the manager's entities: they can be added to the manager's entity, but what
   * another entity knows of them is not the manager's to see (the names and username come empty).
   */
  elsewhere: boolean;
  /** The manager's entities the person is already a user of (by entity id): granted elsewhere, they join the entity, said on the summary. */
  memberOf?: number[];
  /** The manager's entities the person's removal from is pending (by entity id): a grant there keeps them, said on the summary. */
  leaving?: number[];
  /** The portal account (users.status): a disabled or invited account cannot use an access yet; the summary says so. */
  status?: 'invited' | 'active' | 'disabled';
}

export interface NewUserDraft {
  username?: string;
  lastName?: string;
  firstName?: string;
  title?: string | null;
  language?: Locale;
  email?: string;
  localEmail?: string | null;
}

export interface GrantDone {
  replayed: boolean;
  grants: { id: number; applicationCode: string; activeAt: number; alreadyHeld: boolean }[];
  fn: { id: number; code: string; startDate: string; endDate: string | null; activeAt: number; alreadyHeld: boolean } | null;
  /** The person's removal from the entity was pending: the grant keeps them a user, and the removal is cancelled. */
  removalCancelled?: true;
}

export interface GrantRequest {
  idempotencyKey: string;
  managerId: number;
  conversationId: string;
  qualityId: number;
  activateQuality: boolean;
  user: { existingUserId: number } | { newUser: Required<NewUserDraft> & { niss: string } };
  applicationCodes: string[];
  fn: { code: string; startDate: string; endDate: string | null } | null;
}

/** What a colleague holds in a qualité, to be copied for someone else. */
export interface ColleagueAccess {
  name: string;
  applicationCodes: string[];
  functionCode: string | null;
}

export type AccessState = { code: string; state: 'active'; since: number } | { code: string; state: 'pending'; at: number } | { code: string; state: 'none' };
export interface StatusAnswer {
  /** Null when no user has this NISS. */
  person: string | null;
  items: AccessState[];
  /** Asked by name: the NISS of the one user of the manager's entities so named, and how many are so named. */
  niss?: string;
  matches?: number;
  /** Asked by a name nobody has: the users whose name is near ("jan peters" → Jan Peeters), offered, never answered for. */
  near?: NamedCandidate[];
}

/** A user of the manager's entities found by the name the manager said: their NISS, and how they are named ("Dr Marie Dupont"). */
/** near: a name close to the one typed, not that name ("jan peters" → Jan Peeters), offered as "did you mean …?". */
export interface NamedCandidate { niss: string; label: string; near?: true }
/** What the name search is asked: a name, looked up among the users of the manager's entities only. */
export interface PersonNameQuestion { managerId: number; name: string }

/** What the status actor is asked: a NISS, or a name looked up among the users of the manager's entities. */
export interface StatusQuestion { managerId: number; niss: string | null; name?: string; applicationCodes: string[] }

export type ExecutionFailure = 'forbidden' | 'nissExists' | 'usernameTaken' | 'qualityInactive' | 'invalid' | 'unavailable';

export interface GrantContext {
  conversationId: string;
  managerId: number;
  /** Numbers the requests of this conversation: with conversationId, the idempotency key. */
  requestSeq: number;
  /** When the current request began (its turn's time): keeps idempotency keys unique across restarts. */
  requestStartedAt: number;
  activationDelayMs: number;
  /** The time of the current turn's activity (dates are checked against it, not a clock). */
  now: number;
  entities: EntityOption[];
  entity: EntityOption | null;
  qualities: QualityOption[];
  quality: QualityOption | null;
  activateQuality: boolean;
  niss: string | null;
  person: Person | null;
  newUser: NewUserDraft | null;
  /** Every application and qualité kind, for reading sentences. */
  catalog: CatalogOption;
  /** Which entity the qualities were loaded for. */
  qualitiesFor: number | null;
  /** The qualité was inferred from the applications (none was named): it is inferred again when they change. */
  qualityInferred: boolean;
  /** A qualité named before the entity's qualities were known. */
  qualityKindHint: string | null;
  /** A person named by name ("à Jan Peeters"), checked against whom the NISS belongs to. */
  namedPerson: string | null;
  /** "aan Jan Peeters en aan Marie Dupont": the people named after the request's own, offered the same request once it is done. */
  otherPeople?: string[];
  /** Offered once a request is done ("the same request for Marie Dupont?"): a yes starts it, with its own summary and yes. */
  nextOffer?: { person: string; others: string[]; entityId: number; codes: string[] } | null;
  /** The name searched among the users of the manager's entities, and those found when several are so named (asked back). */
  nameSearch: { name: string; candidates: NamedCandidate[]; near?: true } | null;
  /** The NISS last looked up for the person's name only (before the entity is known): the recap and notes name them. */
  nissLookedUp?: string | null;
  /** The applications of the chosen qualité. */
  applications: ApplicationOption[];
  functions: FunctionOption[];
  chosen: string[];
  personChecked: boolean;
  personConfirmed: boolean;
  /** The NISS whose person "Est-ce la bonne personne ?" was asked about: until a yes, asked again. */
  personAskedFor?: string | null;
  usernameChecked: boolean;
  usernameConfirmed: boolean;
  endDateAsked: boolean;
  functionNoticed: boolean;
  /** A colleague whose access is to be copied, and whether it was read. */
  copyFrom: string | null;
  copyLoaded: boolean;
  /** A status question, by NISS or (niss null) by the person's name. */
  statusQuery: { niss: string | null; name?: string; applications: string[] } | null;
  /** A refusal decided in the dialog (no role at the entity, a qualité outside a GA's scope), to audit once. */
  refusal?: RefusalAsked | null;
  /**
   * The NISS of the person whose only entity (among the manager's) the request was put in, none being named: said so,
   * and put back to asking if another person replaces them. Absent in snapshots saved before it existed.
   */
  entityFromPerson?: string | null;
  /** The manager named, refused or asked to change the entity in this request: it is never taken from the person. */
  entityNamed?: boolean;
  /** The entity named where the manager holds no role ("CHU Saint-Pierre (710001-04)"), until one of theirs is chosen: a NISS given meanwhile is said not to be for it. */
  refusedEntity?: string | null;
  /** Applications named beside a name that is none ("Colindos et Zorglub"): asked again before going on. */
  applicationsUnsettled?: boolean;
  /**
   * The person and entity of the request just cancelled: "si en fait vas-y, donne-lui TCT" takes them up again (said, and
   * shown on a summary to confirm); forgotten at the next request. Absent in snapshots saved before it existed.
   */
  cancelled?: { entityId: number | null; entity: string | null; niss: string | null; namedPerson: string | null; person: string; applications?: string[] } | null;
  /** The cancelled request taken up by the message pending (see cancelled). */
  takenUp?: GrantContext['cancelled'];
  /** The manager said yes to the summary / asked to stop. */
  confirmed: boolean;
  cancelRequested: boolean;
  /** The language asked for in this conversation; null: the client's. */
  locale: Locale | null;
  /** The language of the current turn's client, to read dates first in it. */
  turnLocale: Locale;
  /** The slot asked and how many answers to it in a row were not understood. */
  failures: { slot: Slot | null; count: number };
  /** The slots asked, in order: "back" returns to the one before. */
  asked: Slot[];
  /** The slot the last prompt asked for. */
  expecting: Slot | null;
  /** The first message and its commands, applied once the entities and the catalog are loaded. */
  pending: { text: string; commands: Command[] } | null;
  lastTurnAt: number;
  idleTimeoutMs: number;
  role: PersonRole | null;
  functionCode: string | null;
  startDate: string | null;
  endDate: string | null;
  /** A date was said that no application of the request uses: set aside, and the summary says the access starts at confirmation. */
  dateSetAside?: boolean;
  /** A date refused before the request showed whether it uses one: said once it does (refused) or does not (not used). */
  refusedDate: { problem: DateProblem; which: 'startDate' | 'endDate'; date?: string } | null;
  /** A NISS was refused and none is held: it is asked again before anything else, and the one typed next is said taken. */
  nissRefused: boolean;
  done: GrantDone | null;
  /** What this turn has to tell before its prompt (errors, confirmations). */
  notices: Notice[];
}

/** What a manager asked that the dialog refused: written as one `refused` audit row. */
export interface RefusalAsked {
  /** No role at the entity, a qualité outside a GA's scope, an inactive qualité the manager may not activate. */
  reason: 'entityNoRole' | 'qualityOutOfScope' | 'qualityActivation';
  /** The entity as named: its INAMI number when known, else the words said. */
  entity: string;
  qualityKind: string | null;
  niss: string | null;
  applications: string[];
}

export type GrantEvent =
  | { type: 'TURN'; at: number; locale?: Locale }
  /** commands: the message as read once (dialogs/understanding/commands.ts, with readContextOf): what the dialog applies. */
  | { type: 'TEXT'; text: string; commands: Command[] }
  | { type: 'CANCEL' }
  /**
   * The conversation's language, set outside the dialog: asked in another flow (the user list), or
   * forgotten (null) when the page's language picker was changed since it was asked.
   */
  | { type: 'LANGUAGE'; locale: Locale | null };

export interface GrantInput {
  conversationId: string;
  managerId: number;
  activationDelayMs: number;
  /** After this long without a message, a conversation in progress starts fresh. */
  idleTimeoutMs?: number;
}

export type { NissProblem, DateProblem, UsernameProblem };
