import type { Locale, Names } from '../domain/locale';
import type { PasswordProblem } from '../domain/password';

/**
 * Columns of the user exports: the person as the portal lists them, then one access per row (the
 * application and its qualité, its dates, the function it goes with), so each date has its cell.
 */
export const EXPORT_COLUMNS = [
  'lastName', 'firstName', 'title', 'username', 'type', 'niss', 'status', 'email', 'language',
  'quality', 'application', 'accessStatus', 'requestedAt', 'activeSince', 'pendingUntil', 'function', 'functionStart', 'functionEnd',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export type TokenProblemKey = 'unknown' | 'expired' | 'used' | 'replaced';

export interface DeactivatedParams {
  person: string;
  entity: string;
  kind: 'revokeApplications' | 'endFunction' | 'removeUser';
  applications: Names[];
  functions: { names: Names; endDate: string }[];
}

export interface BulkLineParams {
  line: number;
  input: string;
  person: string | null;
  outcome: 'invalidNiss' | 'unknownUser' | 'duplicate' | 'alreadyHolds' | 'ok';
  /** Applications that will be granted (ok), or that the person already holds. */
  applications: Names[];
  /** An account that cannot use the access yet: disabled (to re-enable) or invited (password not chosen). */
  account?: 'invited' | 'disabled';
}

/**
 * Sentences of people management, helpdesk and the password page, with their parameters.
 * A sibling of catalog.ts: each language implements all of them, a missing one fails tsc.
 */
export interface PeopleMessageParams {
  // The user list and its exports.
  column: { column: ExportColumn };
  personType: { type: 'USER' | 'COLLABORATOR' };
  userStatus: { status: 'invited' | 'active' | 'disabled' };
  accessStatus: { status: 'pending' | 'active' };
  exportSheet: void;
  exportFileBase: void;
  peoplePage: { from: number; to: number; total: number };
  peopleNone: void;
  peopleNiss: { masked: boolean };
  // Taking access away.
  revocationScheduled: { person: string; effectiveAt: number; applications: Names[]; cancelled: Names[]; notHeld: Names[] };
  functionEndScheduled: { person: string; fn: Names; endDate: string; effectiveAt: number };
  removalScheduled: { person: string; entity: string; effectiveAt: number };
  deactivated: DeactivatedParams;
  // Bulk grants.
  bulkLine: BulkLineParams;
  bulkSummary: { ok: number; alreadyHolds: number; invalid: number; unknown: number; duplicate: number; applications: Names[] };
  bulkProgress: { done: number; total: number };
  bulkResult: { person: string; input: string; ok: boolean; activeAt: number | null; applications: Names[] };
  // Helpdesk diagnosis, in the order it is checked.
  diagInvalidNiss: void;
  diagUnknownApplication: { text: string };
  diagUnknownNiss: { niss: string };
  diagNotYours: { niss: string };
  diagNotInEntity: { person: string; entity: string };
  diagNoGrant: { person: string; application: Names; revokedAt: number | null };
  diagGrantPending: { person: string; application: Names; activeAt: number };
  diagFunctionNotStarted: { person: string; application: Names; fn: Names; startDate: string; activeAt: number };
  diagFunctionEnded: { person: string; application: Names; fn: Names; endDate: string };
  diagQualityInactive: { person: string; quality: Names };
  diagPasswordNotSet: { person: string; invitation: 'open' | 'expired' | 'notSent' };
  diagUserDisabled: { person: string };
  diagFunctionMaybeMissing: { person: string; application: Names };
  diagOk: { person: string; application: Names; activeSince: number | null; endsAt: number | null };
  // The password page and the invitation mail.
  passwordTitle: void;
  passwordIntro: { firstName: string; username: string };
  passwordRules: void;
  passwordLabel: void;
  passwordConfirmLabel: void;
  passwordSubmit: void;
  passwordProblem: { problem: PasswordProblem };
  passwordSet: { username: string };
  tokenProblem: { problem: TokenProblemKey };
  inviteSubject: void;
  inviteBody: { firstName: string; username: string; link: string; expiresAt: number };
  // The portal guide.
  guideStepOf: { n: number; total: number };
  guideNext: void;
  guideBack: void;
  guideStop: void;
  guideDone: void;
  guideStopped: void;
  guideWhichApplication: void;
  helpdeskHelp: void;
  languageOf: { language: Locale };
}

export type PeopleMessageKey = keyof PeopleMessageParams;
export type PeopleCatalog = {
  [K in PeopleMessageKey]: PeopleMessageParams[K] extends void ? () => string : (p: PeopleMessageParams[K]) => string;
};
export type PeopleNotice = {
  [K in PeopleMessageKey]: PeopleMessageParams[K] extends void ? { key: K } : { key: K; params: PeopleMessageParams[K] };
}[PeopleMessageKey];
