import type { Store } from '../../src/store/store';
import type { RevocationOrder } from '../../src/store/revocation.repo';
import { ForbiddenError } from '../../src/domain/authorization';
import { brusselsMidnight } from '../../src/domain/dates';
import { accessChanges } from '../../src/activation/due-work';
import { count, DELAY, demoStore, NOW } from './fixtures';
import { addManager, grant, lookUp, type Ids } from './people-fixtures';
import { servicesOf } from '../../src/services';

let store: Store;
let ids: Ids;
let n = 0;

beforeEach(async () => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

const ACTIVE = NOW + DELAY;
const LATER = ACTIVE + 60_000;

async function revoke(o: Partial<RevocationOrder> & Record<string, unknown>, now = LATER) {
  n += 1;
  return servicesOf(store).revocations.execute(
    { idempotencyKey: `rev-${n}`, managerId: ids.coRae, conversationId: 'conv-1', userId: ids.marie, kind: 'revokeApplications', qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'], ...o } as RevocationOrder,
    now,
  );
}

/** Marie holds HOSPISUP and EBIRTH in A/HOSPITAL, active. */
async function marieHolds() {
  await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP', 'EBIRTH'] });
  servicesOf(store).activation.activateDue(ACTIVE);
}

const grantRows = () =>
  store.db.prepare(`SELECT a.code, g.status, g.revoke_at, g.revoked_at FROM grants g JOIN applications a ON a.id = g.application_id ORDER BY a.code`).all();

describe('revoking applications', () => {
  it('keeps the grant active until the portal delay, then revokes it, audits and notifies "now inactive"', async () => {
    await marieHolds();
    const r = await revoke({});
    expect(r).toMatchObject({ replayed: false, effectiveAt: LATER + DELAY, grants: [{ applicationCode: 'HOSPISUP', cancelled: false }], notHeld: [] });
    expect(grantRows()).toEqual([
      { code: 'EBIRTH', status: 'active', revoke_at: null, revoked_at: null },
      { code: 'HOSPISUP', status: 'active', revoke_at: LATER + DELAY, revoked_at: null },
    ]);
    const audit = store.audit.list({ action: 'revokeAccess' });
    expect(audit).toMatchObject([{ by: 'demo-manager', niss: '85073003328', application: 'HOSPISUP', outcome: 'ok' }]);

    const changes = accessChanges(servicesOf(store).activation, servicesOf(store).deactivation);
    expect(changes.nextDueAt()).toBe(LATER + DELAY);
    expect(changes.activateDue(LATER + DELAY - 1)).toEqual({ grants: 0, functions: 0, notifications: 0 });
    expect(changes.activateDue(LATER + DELAY)).toEqual({ grants: 1, functions: 0, notifications: 1 });
    expect(grantRows()).toContainEqual({ code: 'HOSPISUP', status: 'revoked', revoke_at: LATER + DELAY, revoked_at: LATER + DELAY });
    expect(store.audit.list({ action: 'deactivateGrant' })).toMatchObject([{ by: 'system', onBehalfOf: 'demo-manager', application: 'HOSPISUP' }]);
    const outbox = store.db.prepare(`SELECT conversation_id, kind, payload FROM outbox WHERE kind = 'deactivated'`).all() as { payload: string }[];
    expect(outbox).toHaveLength(1);
    expect(JSON.parse(outbox[0]!.payload)).toMatchObject({ userName: 'Dr Marie Dupont', kind: 'revokeApplications', applications: [{ code: 'HOSPISUP' }] });
    // Nothing left to do.
    expect(changes.nextDueAt()).toBeNull();
    expect(changes.activateDue(LATER + 2 * DELAY)).toEqual({ grants: 0, functions: 0, notifications: 0 });
  });

  it('is idempotent: the same key replays the first answer and writes nothing', async () => {
    await marieHolds();
    const first = await revoke({ idempotencyKey: 'same' });
    const before = count(store, 'audit_log');
    const again = await revoke({ idempotencyKey: 'same' }, LATER + 5000);
    expect(again).toEqual({ ...first, replayed: true });
    expect(count(store, 'audit_log')).toBe(before);
    expect(count(store, 'revocation_requests')).toBe(1);
  });

  it("never replays another manager's revocation: the same key from someone else is refused and writes nothing", async () => {
    await marieHolds();
    const first = await revoke({ idempotencyKey: 'same' });
    const other = addManager(store, 'rae-a', [['RAE', ids.entityA]]);
    const audits = count(store, 'audit_log');
    // The message, not the error: better-sqlite3's SqliteError may come from another test file's realm (jest's isError then fails).
    expect(await revoke({ idempotencyKey: 'same', managerId: other }).then(() => 'resolved', (e: Error) => e.message)).toMatch(/UNIQUE/);
    expect(count(store, 'audit_log')).toBe(audits);
    expect(count(store, 'revocation_requests')).toBe(1);
    expect(await revoke({ idempotencyKey: 'same' }, LATER + 5000)).toEqual({ ...first, replayed: true });
  });

  it('cancels at once a grant not active yet, and says which were not held', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] });
    const r = await revoke({ applicationCodes: ['HOSPISUP', 'EBIRTH'] }, NOW + 1000);
    expect(r.grants).toEqual([expect.objectContaining({ applicationCode: 'HOSPISUP', cancelled: true })]);
    expect(r.notHeld).toEqual(['EBIRTH']);
    expect(grantRows()).toEqual([{ code: 'HOSPISUP', status: 'revoked', revoke_at: NOW + 1000, revoked_at: NOW + 1000 }]);
    // Never activated afterwards, and no "active" notice.
    expect(servicesOf(store).activation.activateDue(ACTIVE)).toMatchObject({ grants: 0, notifications: 0 });
  });

  it('refuses HELPDESK and a manager of another entity, audits the refusal, writes nothing else', async () => {
    await marieHolds();
    const other = addManager(store, 'rae-b-only', [['RAE', ids.entityB]]);
    for (const managerId of [ids.helpdesk, other]) {
      const before = count(store, 'revocation_requests');
      await expect(revoke({ managerId })).rejects.toThrow(ForbiddenError);
      expect(count(store, 'revocation_requests')).toBe(before);
    }
    expect(store.audit.list({ action: 'revokeAccess', outcome: 'refused' })).toHaveLength(2);
    expect(grantRows().every((g) => (g as { revoke_at: unknown }).revoke_at === null)).toBe(true);
  });
});

describe('ending a function', () => {
  it('ends at the Brussels midnight of the end date, not before the delay', async () => {
    await grant(store, {
      managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'],
      fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-10', endDate: null },
    });
    servicesOf(store).activation.activateDue(ACTIVE);
    const r = await revoke({ kind: 'endFunction', userId: ids.jan, functionCode: 'COLLAB_SPECIALIST', endDate: '2026-03-31' });
    const end = brusselsMidnight('2026-03-31').getTime();
    expect(r).toMatchObject({ effectiveAt: end, functions: [{ code: 'COLLAB_SPECIALIST', endDate: '2026-03-31' }] });
    expect(servicesOf(store).deactivation.applyDue(end - 1).functions).toBe(0);
    expect(servicesOf(store).deactivation.applyDue(end)).toMatchObject({ functions: 1, notifications: 1 });
    expect(store.db.prepare(`SELECT status, end_date FROM function_assignments`).get()).toEqual({ status: 'ended', end_date: '2026-03-31' });
  });

  it('ends at once a function that has not started when the end is before its start', async () => {
    await grant(store, {
      managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'],
      fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-04-01', endDate: null },
    });
    const r = await revoke({ kind: 'endFunction', userId: ids.jan, functionCode: 'COLLAB_SPECIALIST', endDate: '2026-03-20' });
    // What the manager confirmed is recorded: that end, and that the function never starts.
    expect(r.functions).toEqual([{ id: expect.any(Number), code: 'COLLAB_SPECIALIST', endDate: '2026-03-20', cancelled: true }]);
    expect(store.db.prepare(`SELECT status FROM function_assignments`).get()).toEqual({ status: 'ended' });
    expect(servicesOf(store).activation.activateDue(brusselsMidnight('2026-04-02').getTime()).functions).toBe(0);
  });

  it('records nothing when the function already ends that day: no second end request, no audit row (trial 5, defect I)', async () => {
    await grant(store, {
      managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'],
      fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-10', endDate: null },
    });
    servicesOf(store).activation.activateDue(ACTIVE);
    const first = await revoke({ kind: 'endFunction', userId: ids.jan, functionCode: 'COLLAB_SPECIALIST', endDate: '2026-03-31' });
    expect(first.unchanged).toBeUndefined();
    const requests = count(store, 'revocation_requests');
    // Asked again, under another key (another conversation turn): nothing is recorded, and it says so.
    const again = await revoke({ kind: 'endFunction', userId: ids.jan, functionCode: 'COLLAB_SPECIALIST', endDate: '2026-03-31' });
    expect(again).toMatchObject({ unchanged: true, requestId: null, replayed: false, functions: [{ code: 'COLLAB_SPECIALIST', endDate: '2026-03-31' }] });
    expect(count(store, 'revocation_requests')).toBe(requests);
    expect(store.audit.list({ action: 'endFunction' })).toHaveLength(1);
    // Another day is a change: recorded.
    const sooner = await revoke({ kind: 'endFunction', userId: ids.jan, functionCode: 'COLLAB_SPECIALIST', endDate: '2026-03-25' });
    expect(sooner.unchanged).toBeUndefined();
    expect(count(store, 'revocation_requests')).toBe(requests + 1);
    expect(store.db.prepare(`SELECT end_date FROM function_assignments`).get()).toEqual({ end_date: '2026-03-25' });
  });

  it('has nothing to do when the person holds no such function', async () => {
    expect((await revoke({ kind: 'endFunction', functionCode: 'COLLAB_SPECIALIST', endDate: '2026-03-31' })).functions).toEqual([]);
  });
});

describe('removing a user from the entity', () => {
  it('takes every grant and function away and the membership, after the delay', async () => {
    await marieHolds();
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-10', endDate: null } }, ACTIVE);
    const r = await revoke({ kind: 'removeUser', entityId: ids.entityA, qualityId: undefined });
    expect(r.memberships).toEqual([{ qualityId: ids.hospitalA, kind: 'HOSPITAL' }]);
    expect(r.grants.map((g) => [g.applicationCode, g.cancelled])).toEqual([['COLINDOS', true], ['EBIRTH', false], ['HOSPISUP', false]]);
    expect(r.functions).toHaveLength(1);
    // Still listed until it takes effect, gone after.
    expect(store.directory.page({ entityId: ids.entityA, lastName: 'Dupont' }).total).toBe(1);
    const applied = servicesOf(store).deactivation.applyDue(r.effectiveAt);
    expect(applied).toMatchObject({ grants: 2, memberships: 1, notifications: 1 });
    expect(store.directory.page({ entityId: ids.entityA, lastName: 'Dupont' }).total).toBe(0);
    expect(count(store, 'grants', `user_id = ? AND status <> 'revoked'`, ids.marie)).toBe(0);
    expect(count(store, 'function_assignments', `user_id = ? AND status <> 'ended'`, ids.marie)).toBe(0);
    const notice = JSON.parse((store.db.prepare(`SELECT payload FROM outbox WHERE kind = 'deactivated'`).get() as { payload: string }).payload);
    expect(notice).toMatchObject({ kind: 'removeUser', entity: 'Hôpitaux IRIS Sud' });
  });

  it('from one qualité only, a GA limited to it may; from the whole entity, that GA may not', async () => {
    const ga = addManager(store, 'ga-hospital-a', [['GA', ids.entityA, ids.hospitalA]]);
    await expect(revoke({ managerId: ga, kind: 'removeUser', entityId: ids.entityA, qualityId: undefined })).rejects.toThrow(ForbiddenError);
    expect((await revoke({ managerId: ga, kind: 'removeUser', entityId: ids.entityA, qualityId: ids.hospitalA })).memberships).toHaveLength(1);
  });
});

describe('granting again while a revocation waits', () => {
  it('keeps the grant and the membership: the latest order wins, audited', async () => {
    await marieHolds();
    const r = await revoke({ kind: 'removeUser', entityId: ids.entityA, qualityId: undefined });
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] }, LATER + 1000);
    const applied = servicesOf(store).deactivation.applyDue(r.effectiveAt);
    expect(applied).toMatchObject({ grants: 1, memberships: 0 });
    expect(grantRows()).toEqual([
      { code: 'EBIRTH', status: 'revoked', revoke_at: r.effectiveAt, revoked_at: r.effectiveAt },
      { code: 'HOSPISUP', status: 'active', revoke_at: null, revoked_at: null },
    ]);
    expect(store.directory.page({ entityId: ids.entityA, lastName: 'Dupont' }).total).toBe(1);
    expect(store.audit.list({ action: 'keepGrant' })).toMatchObject([{ application: 'HOSPISUP', by: 'demo-manager' }]);
  });
});

describe('a function given with an end date', () => {
  it('ends on that date by itself, audited, and the timer knows when', async () => {
    await grant(store, {
      managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'],
      fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-10', endDate: '2026-04-01' },
    });
    const changes = accessChanges(servicesOf(store).activation, servicesOf(store).deactivation);
    changes.activateDue(ACTIVE);
    const end = brusselsMidnight('2026-04-01').getTime();
    expect(changes.nextDueAt()).toBe(end);
    expect(changes.activateDue(end - 1).functions).toBe(0);
    expect(changes.activateDue(end).functions).toBe(1);
    expect(store.db.prepare(`SELECT status FROM function_assignments`).get()).toEqual({ status: 'ended' });
    expect(store.audit.list({ action: 'deactivateFunction' })).toMatchObject([{ by: 'system', details: { reason: 'endDate' } }]);
    expect(changes.nextDueAt()).toBeNull();
  });
});
