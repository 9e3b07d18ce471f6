import type { Attachment } from '../view';
import type { Locale, Names } from '../../src/domain/locale';
import type { Intent, PeopleQuery } from '../understanding/intent';
import type { VocabularyApplication } from '../understanding/understand';
import type { BulkLineParams } from '../../src/i18n/people.catalog';
import type { AuditLine } from '../../src/i18n/manage.catalog';
import type { Said } from '../view';
import type { NamedCandidate, PersonNameQuestion, StatusAnswer, StatusQuestion } from '../grant/grant-access.types';
export type { StatusAnswer, StatusQuestion };

export type { NamedCandidate, PersonNameQuestion };

/** The requests this dialog runs: every intent but the helpdesk's (diagnosis, guide). */
export type PeopleIntent = Exclude<Intent, { kind: 'diagnose' } | { kind: 'guide' }>;

/** The questions the dialog asks; 'page' is a list left open ("next 10", "export"). */
export type Asking = 'entity' | 'quality' | 'person' | 'niss' | 'revokeWhich' | 'endDate' | 'identifier' | 'bulkApplications' | 'confirm' | 'page';

export interface PeopleInput {
  managerId: number;
  conversationId: string;
  locale: Locale;
  now: number;
  intent: PeopleIntent;
  /** The conversation's request number: part of the idempotency key. */
  seq: number;
  /** 'msteams': an export is offered with a file-consent card. */
  channelId?: string;
  /** The entity of the grant request waiting beside this one, if it has one: a list asked mid-grant is of it. */
  grantEntityId?: number | null;
  /** A grant request waits beside this one: an answer this dialog cannot use may be meant for it. */
  grantWaiting?: boolean;
}

/** An entity of the catalog; `mine`: the manager holds a role there (the helpdesk, everywhere). */
export interface EntityChoice {
  id: number;
  name: string;
  inami: string;
  mine: boolean;
  /** The qualité a GA limited to one works within there; null: the whole entity. */
  limitedTo: number | null;
}

/** What the dialog reads the manager's answers with, loaded once. */
export interface PeopleScope {
  entities: EntityChoice[];
  applications: VocabularyApplication[];
  qualityKinds: { code: string; names: Names }[];
  /** How long until a change takes effect: said on the summaries. */
  activationDelayMs: number;
}

export interface QualityChoice {
  id: number;
  kind: string;
  names: Names;
  /** The applications of its kind. */
  applications: string[];
}

/** The person a request is about, as this manager may see them. */
export interface PersonFacts {
  id: number;
  /** "Dr Marie Dupont". */
  name: string;
  /** The qualités (of any entity) the person is a user of. */
  memberships: { entityId: number; qualityId: number }[];
  held: { code: string; names: Names; entityId: number; qualityId: number }[];
  /** Each function with its first day and its last (null: open-ended), as the manager says them. */
  functions: { code: string; names: Names; entityId: number; qualityId: number; startDate: string; lastDay: string | null }[];
  /** The manager roles (GA, Co-RAE) the person also holds, by entity: a removal as a user leaves them, and says so. */
  managerRoles?: { entityId: number; role: 'GA' | 'CO_RAE' }[];
}

/** A user of the entity who may receive a manager role, as the RAE sees them on the summary. */
export interface Designee {
  userId: number;
  /** "Sarah Moens". */
  name: string;
  /** The portal username: the id the person signs in with, and the role's channel identity. */
  username: string;
}

/** exact: the words given name them (NISS, e-mail, username, full name or surname; several: one is chosen); else they are only near, to be confirmed. */
export interface DesigneesFound {
  candidates: Designee[];
  exact: boolean;
}

/** hidden: the NISS is someone who is no user of the manager's entities; they are not described. */
export interface PersonLookup {
  person: PersonFacts | null;
  hidden: boolean;
}

/** A user list's criteria, within one entity (and qualité). */
export interface ListFilter extends Omit<PeopleQuery, 'entity' | 'qualityKind'> {
  entityId: number;
  qualityId?: number;
}

export interface PageFound {
  total: number;
  nissShown: boolean;
  items: { name: string; username: string; niss: string | null; status: 'invited' | 'active' | 'disabled'; applications: string[] }[];
}

export type ExportFound =
  | { ok: true; fileName: string; count: number; nissHidden: boolean; consent: boolean; attachment: Attachment }
  | { ok: false; tooLarge: true };

export interface AuditFound {
  person: string | null;
  lines: AuditLine[];
}

export interface BulkPlanFound {
  lines: (Omit<BulkLineParams, 'applications'> & { applications: string[] })[];
  summary: { ok: number; alreadyHolds: number; invalidNiss: number; unknownUser: number; duplicate: number };
}

export interface BulkResult {
  person: string;
  input: string;
  ok: boolean;
  activeAt: number | null;
}

export interface RevocationDone {
  effectiveAt: number;
  revoked: string[];
  cancelled: string[];
  notHeld: string[];
}

/** A refusal decided in the dialog, before any store call: audited as the store's are. */
export interface DialogRefusal {
  managerId: number;
  at: number;
  action: string;
  entityId: number | null;
  /** The person the request named, if any: the row names them by user, never by NISS. */
  niss: string | null;
  /** What was asked: the request's kind and what it named. */
  asked: Record<string, unknown>;
}

export interface PeopleContext {
  managerId: number;
  conversationId: string;
  channelId: string | null;
  seq: number;
  startedAt: number;
  now: number;
  /** The client's language this turn. */
  turnLocale: Locale;
  /** The language asked for in the conversation; null: the client's. */
  locale: Locale | null;
  task: PeopleIntent;
  entityId: number | null;
  /** The entity of the grant request waiting beside this one (absent in older snapshots). */
  grantEntityId?: number | null;
  grantWaiting?: boolean;
  /** Answers not usable at the question waiting, in a row: the third one, or one beside a waiting grant, gets the question explained. */
  misses?: number;
  qualityId: number | null;
  scope: PeopleScope | null;
  qualities: QualityChoice[];
  qualitiesFor: number | null;
  personChecked: boolean;
  lookup: PersonLookup | null;
  /** The users of the manager's entities so named, for a person named by name; null: not searched yet. */
  candidates: NamedCandidate[] | null;
  authorized: boolean;
  offset: number;
  plan: BulkPlanFound | null;
  /** What to say this turn. */
  notices: Said[];
  /** Files sent this turn (an export); cleared on the next TURN, never kept in a saved snapshot beyond it. */
  attachments: Attachment[] | null;
  /** The message was another request: the dialog ended without reading it; the caller reads it again. */
  passed: boolean;
  /** The person a designation gives the role to, once the manager's words name them (absent in older snapshots). */
  designee?: Designee | null;
  /** Those the words may mean, shown to choose from (or to confirm, when only near); null: not searched yet. */
  designees?: DesigneesFound | null;
  /** A status question asked at one of this dialog's questions, until answered (the request left as it was). */
  statusQuery?: { niss: string | null; name?: string; applications: string[] } | null;
}

// What the actors take: each store read or change the dialog asks for.
export interface BulkInput {
  idempotencyKey: string;
  managerId: number;
  conversationId: string;
  qualityId: number;
  applications: string[];
  inputs: { line: number; input: string }[];
  /** Every user of the qualité's entity, found by the actor, instead of inputs. */
  everyone?: true;
  now: number;
}
interface PersonOrder { idempotencyKey: string; managerId: number; conversationId: string; userId: number; now: number }
export type RevokeInput = PersonOrder & { qualityId: number; applications: string[] };
/** `lastDay`: the last day the person holds the function, as the manager said it. */
export type EndFunctionInput = PersonOrder & { qualityId: number; functionCode: string; lastDay: string };
/** cancelled: the function had not started and never will. */
/** unchanged: the store found the function already ending that day (asked meanwhile elsewhere) and recorded nothing. */
export interface FunctionEnded { effectiveAt: number; cancelled: boolean; unchanged?: boolean }
export type RemoveUserInput = PersonOrder & { entityId: number; qualityId: number | null };
/** userId: the person chosen among the entity's users (src/services refuses anyone else); channelUserId: an id given beside them, else their username. */
export interface DesignateInput { managerId: number; role: 'GA' | 'CO_RAE'; entityId: number; qualityId: number | null; userId: number; channelUserId: string | null; remove: boolean; now: number }
/** `said`: the name, portal username, e-mail or NISS the manager gave for the person to designate. */
export interface FindDesigneeInput { managerId: number; entityId: number; said: string }
export interface FindInput { managerId: number; filter: ListFilter; offset: number; limit: number }
export interface ExportInput { managerId: number; conversationId: string; channelId: string | null; filter: ListFilter; format: 'csv' | 'xlsx'; locale: Locale; now: number }
export interface AuditInput { managerId: number; niss: string; application: string | null }
export type PlanInput = Omit<BulkInput, 'idempotencyKey' | 'conversationId'>;
export interface AuthorizeInput { managerId: number; action: 'revokeAccess' | 'designateManager'; entityId: number; qualityId: number | null; now: number }
