import type { Store } from '../store/store';
import type { Application } from '../store/catalog.repo';
import type { Names } from '../domain/locale';
import { LOCALES } from '../domain/locale';
import { checkNiss, formatNiss } from '../domain/niss';
import { lastDayBefore, todayInBrussels } from '../domain/dates';
import { may } from '../domain/authorization';
import { isVisibleTo, personLabel } from '../people/visibility';
import type { PeopleNotice } from '../i18n/people.catalog';
import { servicesOf } from './index';

/**
 * Why a person cannot open an application, as the first obstacle found, checked in the order a
 * helpdesk agent would: the person, their entity, the grant, the function, the qualité, the account.
 */
export type Diagnosis =
  | { kind: 'invalidNiss' }
  | { kind: 'unknownApplication'; text: string }
  | { kind: 'unknownNiss'; niss: string }
  /** A user of other entities only: who they are is not this manager's to see (src/people/visibility.ts). */
  | { kind: 'notYours'; niss: string }
  | { kind: 'notInEntity'; person: string; entity: string }
  | { kind: 'noGrant'; person: string; application: Names; revokedAt: number | null }
  | { kind: 'grantPending'; person: string; application: Names; activeAt: number }
  | { kind: 'functionNotStarted'; person: string; application: Names; fn: Names; startDate: string; activeAt: number }
  | { kind: 'functionEnded'; person: string; application: Names; fn: Names; endDate: string }
  | { kind: 'qualityInactive'; person: string; quality: Names }
  /** access: the grant still to become active, said too (trial 8: a pending grant hid the missing password). */
  | { kind: 'passwordNotSet'; person: string; invitation: 'open' | 'expired' | 'notSent'; access?: { application: Names; activeAt: number } }
  | { kind: 'userDisabled'; person: string }
  /** Logging in asked about, and nothing on the account stops it. */
  | { kind: 'accountOk'; person: string; username: string }
  | { kind: 'functionMaybeMissing'; person: string; application: Names }
  | { kind: 'ok'; person: string; application: Names; activeSince: number | null; endsAt: number | null };

export interface DiagnoseQuestion {
  niss: string;
  /** Application code, name in any language, or alias. */
  application: string;
  entityId: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

export function findApplication(store: Store, text: string): Application | undefined {
  const byCode = store.catalog.applicationByCode(text.trim().toUpperCase());
  if (byCode) return byCode;
  const wanted = fold(text);
  const all = store.catalog.qualityKinds().flatMap((k) => store.catalog.applicationsForKind(k.code));
  return all.find((a) => LOCALES.some((l) => fold(a.names[l]) === wanted) || a.aliases.some((x) => fold(x) === wanted));
}

/** The application a sentence names (code, name in any language, alias): the longest match wins. */
export function findApplicationIn(store: Store, text: string): Application | undefined {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const all = store.catalog.qualityKinds().flatMap((k) => store.catalog.applicationsForKind(k.code));
  let best: { app: Application; length: number } | undefined;
  for (const a of all) {
    for (const label of [a.code.replace(/_/g, ' '), ...LOCALES.map((l) => a.names[l]), ...a.aliases]) {
      const l = fold(label).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (l.length >= 3 && t.includes(` ${l} `) && (!best || l.length > best.length)) best = { app: a, length: l.length };
    }
  }
  return best?.app;
}

/**
 * For the chat, where no entity is named: the entities the person belongs to and the manager may
 * look at; the first obstacle found, else "all fine".
 */
export async function diagnoseAnywhere(store: Store, managerId: number, niss: string, application: string, now = Date.now()): Promise<Diagnosis> {
  const roles = store.people.rolesOf(managerId);
  const mine = roles.some((r) => r.role === 'HELPDESK')
    ? store.catalog.entities().map((e) => e.id)
    : [...new Set(roles.map((r) => r.entityId).filter((id): id is number => id !== null))];
  const check = checkNiss(niss, new Date(now));
  const user = check.ok ? store.people.userByNiss(check.niss) : undefined;
  const member = new Set(user ? store.helpdesk.membershipsInEntities(user.id, mine).map((m) => m.entityId) : []);
  const theirs = mine.filter((e) => member.has(e));
  const entities = theirs.length > 0 ? theirs : mine.slice(0, 1);
  if (entities.length === 0) servicesOf(store).authorizer.authorize(managerId, ['diagnose'], { entityId: 0 }, now);
  const results: Diagnosis[] = [];
  for (const entityId of entities) results.push(await diagnose(store, managerId, { niss, application, entityId }, now));
  return results.find((r) => r.kind !== 'ok') ?? results[0]!;
}

/**
 * "X cannot log in": the account, not an application. The person must be a user of the manager's entities (the
 * helpdesk's span them all); the first obstacle of the account (no password chosen yet, disabled), else all fine.
 */
export async function diagnoseLogIn(store: Store, managerId: number, niss: string, now = Date.now()): Promise<Diagnosis> {
  const roles = store.people.rolesOf(managerId);
  if (!roles.some((r) => may(roles, 'diagnose', { entityId: r.entityId ?? 0, ...(r.qualityId ? { qualityId: r.qualityId } : {}) }))) {
    servicesOf(store).authorizer.authorize(managerId, ['diagnose'], { entityId: 0 }, now);
  }
  const check = checkNiss(niss, new Date(now));
  if (!check.ok) return { kind: 'invalidNiss' };
  const user = store.people.userByNiss(check.niss);
  if (!user) return { kind: 'unknownNiss', niss: formatNiss(check.niss) };
  if (!isVisibleTo(store, managerId, user.id)) return { kind: 'notYours', niss: formatNiss(check.niss) };
  const person = personLabel(user);
  return accountObstacle(store, user, person, now) ?? { kind: 'accountOk', person, username: user.username };
}

/** What on the account stops a person, if anything: no password chosen yet (and where the invitation is), disabled. */
function accountObstacle(store: Store, user: { id: number; status: string }, person: string, now: number): Diagnosis | undefined {
  if (user.status === 'invited') {
    const invitation = store.invitations.hasOpenLink(user.id, now)
      ? 'open'
      : store.helpdesk.invitationPending(user.id)
        ? 'notSent'
        : 'expired';
    return { kind: 'passwordNotSet', person, invitation };
  }
  if (user.status === 'disabled') return { kind: 'userDisabled', person };
  return undefined;
}

/**
 * Requires 'diagnose' on the entity, or on some of its qualités for a GA limited to one: then only
 * those qualités are looked at. HELPDESK may everywhere. Reads only.
 */
export async function diagnose(store: Store, managerId: number, q: DiagnoseQuestion, now = Date.now()): Promise<Diagnosis> {
  const entity = store.catalog.entityById(q.entityId);
  const roles = store.people.rolesOf(managerId);
  const covered = new Set(
    store.catalog.qualitiesOfEntity(q.entityId).filter((x) => may(roles, 'diagnose', { entityId: q.entityId, qualityId: x.id })).map((x) => x.id),
  );
  if (covered.size === 0) servicesOf(store).authorizer.authorize(managerId, ['diagnose'], { entityId: q.entityId }, now);
  const check = checkNiss(q.niss, new Date(now));
  if (!check.ok) return { kind: 'invalidNiss' };
  const app = findApplication(store, q.application);
  if (!app) return { kind: 'unknownApplication', text: q.application };
  const user = store.people.userByNiss(check.niss);
  if (!user) return { kind: 'unknownNiss', niss: formatNiss(check.niss) };
  if (!isVisibleTo(store, managerId, user.id)) return { kind: 'notYours', niss: formatNiss(check.niss) };
  const person = personLabel(user);
  const memberships = store.helpdesk.membershipsInEntity(user.id, q.entityId).filter((id) => covered.has(id));
  if (memberships.length === 0 || !entity) return { kind: 'notInEntity', person, entity: entity?.name ?? String(q.entityId) };

  const grants = store.helpdesk.grants(user.id, app.id, q.entityId).filter((g) => covered.has(g.qualityId));
  const live = grants.find((g) => g.status !== 'revoked');
  if (!live) return { kind: 'noGrant', person, application: app.names, revokedAt: grants[0]?.revokedAt ?? null };
  if (live.status === 'pending') {
    // Waiting for the activation is not the whole reason when no password is chosen yet: waiting alone will not let them in.
    const account = accountObstacle(store, user, person, now);
    if (account?.kind === 'passwordNotSet') return { ...account, access: { application: app.names, activeAt: live.activeAt } };
    return { kind: 'grantPending', person, application: app.names, activeAt: live.activeAt };
  }

  let maybeMissingFunction = false;
  if (app.collaboratorNeedsFunction) {
    const fns = store.helpdesk.functions(user.id, live.qualityId);
    const today = todayInBrussels(new Date(now));
    const names = (code: string) => store.catalog.functions().find((f) => f.code === code)!.names;
    const current = fns.find((f) => f.status === 'active' && (f.endDate === null || f.endDate > today));
    if (!current) {
      const upcoming = fns.find((f) => f.status === 'pending');
      const ended = fns.find((f) => f.status === 'ended' || (f.endDate !== null && f.endDate <= today));
      if (upcoming) {
        const account = accountObstacle(store, user, person, now);
        if (account?.kind === 'passwordNotSet') return { ...account, access: { application: app.names, activeAt: upcoming.activeAt } };
        return { kind: 'functionNotStarted', person, application: app.names, fn: names(upcoming.code), startDate: upcoming.startDate, activeAt: upcoming.activeAt };
      }
      // Someone who had a function is a collaborator: without one now, that is the obstacle.
      // Said as the manager says an end: its last day (the store's end date is the first day without it).
      if (ended) return { kind: 'functionEnded', person, application: app.names, fn: names(ended.code), endDate: ended.endDate ? lastDayBefore(ended.endDate) : ended.startDate };
      // Never had one: a doctor needs none, a collaborator does. Said last, once all else is fine.
      maybeMissingFunction = true;
    }
  }

  const quality = store.catalog.qualityById(live.qualityId)!;
  if (!quality.active) return { kind: 'qualityInactive', person, quality: quality.names };
  const obstacle = accountObstacle(store, user, person, now);
  if (obstacle) return obstacle;
  if (maybeMissingFunction) return { kind: 'functionMaybeMissing', person, application: app.names };
  return { kind: 'ok', person, application: app.names, activeSince: live.activatedAt, endsAt: live.revokeAt };
}

/** The diagnosis as a message of the people catalog. */
export function diagnosisNotice(d: Diagnosis): PeopleNotice {
  switch (d.kind) {
    case 'invalidNiss': return { key: 'diagInvalidNiss' };
    case 'unknownApplication': return { key: 'diagUnknownApplication', params: { text: d.text } };
    case 'unknownNiss': return { key: 'diagUnknownNiss', params: { niss: d.niss } };
    case 'notYours': return { key: 'diagNotYours', params: { niss: d.niss } };
    case 'notInEntity': return { key: 'diagNotInEntity', params: { person: d.person, entity: d.entity } };
    case 'noGrant': return { key: 'diagNoGrant', params: { person: d.person, application: d.application, revokedAt: d.revokedAt } };
    case 'grantPending': return { key: 'diagGrantPending', params: { person: d.person, application: d.application, activeAt: d.activeAt } };
    case 'functionNotStarted': {
      const { person, application, fn, startDate, activeAt } = d;
      return { key: 'diagFunctionNotStarted', params: { person, application, fn, startDate, activeAt } };
    }
    case 'functionEnded': return { key: 'diagFunctionEnded', params: { person: d.person, application: d.application, fn: d.fn, endDate: d.endDate } };
    case 'qualityInactive': return { key: 'diagQualityInactive', params: { person: d.person, quality: d.quality } };
    case 'passwordNotSet': return { key: 'diagPasswordNotSet', params: { person: d.person, invitation: d.invitation, ...(d.access ? { access: d.access } : {}) } };
    case 'userDisabled': return { key: 'diagUserDisabled', params: { person: d.person } };
    case 'accountOk': return { key: 'diagAccountOk', params: { person: d.person, username: d.username } };
    case 'functionMaybeMissing': return { key: 'diagFunctionMaybeMissing', params: { person: d.person, application: d.application } };
    case 'ok': {
      const { person, application, activeSince, endsAt } = d;
      return { key: 'diagOk', params: { person, application, activeSince, endsAt } };
    }
  }
}
