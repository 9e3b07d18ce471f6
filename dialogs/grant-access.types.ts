import type { Locale, Names } from '../src/domain/locale';
import type { Role } from '../src/domain/authorization';
import type { NissProblem } from '../src/domain/niss';
import type { DateProblem } from '../src/domain/dates';
import type { UsernameProblem } from '../src/domain/username';
import type { Notice } from './messages/catalog';
import type { FunctionKind, PersonRole } from './parse';

/** The slot a prompt asks for; clients read it from channelData.sesame.expecting. */
export type Slot =
  | 'entity' | 'quality' | 'activateQuality' | 'niss' | 'confirmPerson'
  | 'username' | 'usernameConfirm' | 'lastName' | 'firstName' | 'title' | 'language' | 'email' | 'localEmail'
  | 'applications' | 'role' | 'function' | 'startDate' | 'endDate' | 'confirm';

export interface EntityOption { id: number; inami: string; name: string; role: Role }
export interface QualityOption { id: number; kind: string; names: Names; active: boolean; mayActivate: boolean }
export interface ApplicationOption { code: string; names: Names; aliases: string[]; needsFunction: boolean }
export interface FunctionOption { code: string; names: Names; forRole: FunctionKind }

export interface Person {
  id: number;
  firstName: string;
  lastName: string;
  username: string;
  title: string | null;
  /** Functions already held (pending or active), so a collaborator is not asked twice. */
  functions: { code: string; qualityId: number; startDate: string }[];
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
  applications: ApplicationOption[];
  functions: FunctionOption[];
  chosen: string[];
  role: PersonRole | null;
  functionCode: string | null;
  startDate: string | null;
  endDate: string | null;
  done: GrantDone | null;
  /** What this turn has to tell before its prompt (errors, confirmations). */
  notices: Notice[];
}

export type GrantEvent =
  | { type: 'TURN'; at: number }
  | { type: 'TEXT'; text: string }
  | { type: 'CANCEL' };

export interface GrantInput {
  conversationId: string;
  managerId: number;
  activationDelayMs: number;
}

export type { NissProblem, DateProblem, UsernameProblem };
