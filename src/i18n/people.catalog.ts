import type { Locale, Names } from '../domain/locale';
import type { CatalogOf, NoticeOf } from './types';

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
 * Sentences of people management (revocations, bulk grants) and the helpdesk, with their parameters.
 * A sibling of grant.catalog.ts: each language implements all of them, a missing one fails tsc.
 */
export interface PeopleMessageParams {
  // The user list.
  peoplePage: { from: number; to: number; total: number };
  peopleNone: void;
  peopleNiss: { masked: boolean };
  // Taking access away.
  revocationScheduled: { person: string; effectiveAt: number; applications: Names[]; cancelled: Names[]; notHeld: Names[] };
  functionEndScheduled: { person: string; fn: Names; lastDay: string; effectiveAt: number };
  functionCancelled: { person: string; fn: Names };
  removalScheduled: { person: string; entity: string; effectiveAt: number };
  deactivated: DeactivatedParams;
  // Bulk grants.
  bulkLine: BulkLineParams;
  /** "tout le monde": the users of the entity a bulk grant is for, counted before each is listed. */
  bulkEveryone: { entity: string; count: number };
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
  /** endDate: the last day the function was held. */
  diagFunctionEnded: { person: string; application: Names; fn: Names; endDate: string };
  diagQualityInactive: { person: string; quality: Names };
  // access: an access that becomes active later, said after the reason that stops the person now.
  diagPasswordNotSet: { person: string; invitation: 'open' | 'expired' | 'notSent'; access?: { application: Names; activeAt: number } };
  diagUserDisabled: { person: string };
  diagFunctionMaybeMissing: { person: string; application: Names };
  diagOk: { person: string; application: Names; activeSince: number | null; endsAt: number | null };
  /** Asked by name: no user of the agent's entities is so named. */
  diagNobodyNamed: { name: string };
  /** Asked by name: several users so named ("Dr Jan Peeters (NISS …)"); the NISS settles it. */
  diagSeveralNamed: { name: string; candidates: string[] };
  /** Logging in fails, and nothing on the account stops it. */
  diagAccountOk: { person: string; username: string };
  // The portal guide.
  /** A step of the portal guide, numbered: "Étape 3 sur 8 : …". */
  guideStepOf: { n: number; total: number; text: string };
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
export type PeopleCatalog = CatalogOf<PeopleMessageParams>;
export type PeopleNotice = NoticeOf<PeopleMessageParams>;
