import type { Store } from '../../src/store/store';
import type { GrantOrder } from '../../src/store/access.repo';
import type { NewUser } from '../../src/store/people.repo';
import { ConflictError } from '../../src/store/errors';
import { ForbiddenError } from '../../src/domain/authorization';
import { brusselsMidnight } from '../../src/domain/dates';
import { appNames, count, DELAY, demoStore, fnNames, NOW, snapshot, TODAY } from './fixtures';
import { servicesOf } from '../../src/services';

type Ids = {
  entityA: number; // 710087-50: HOSPITAL active, INAMI_CARE inactive
  entityB: number; // 710338-90: HOSPITAL active
  hospitalA: number;
  careA: number;
  hospitalB: number;
  coRae: number; // demo-manager: CO_RAE on A, RAE on B
  helpdesk: number;
  marie: number; // mdupont, A/HOSPITAL
  jan: number; // jpeeters, A/HOSPITAL
  els: number; // ejanssens, B/HOSPITAL
};

let store: Store;
let ids: Ids;

function lookUp(s: Store): Ids {
  const entityA = s.catalog.entityByInami('710087-50')!.id;
  const entityB = s.catalog.entityByInami('710338-90')!.id;
  const qa = s.catalog.qualitiesOfEntity(entityA);
  const qb = s.catalog.qualitiesOfEntity(entityB);
  return {
    entityA,
    entityB,
    hospitalA: qa.find((q) => q.kind === 'HOSPITAL')!.id,
    careA: qa.find((q) => q.kind === 'INAMI_CARE')!.id,
    hospitalB: qb.find((q) => q.kind === 'HOSPITAL')!.id,
    coRae: s.people.managerByChannelUserId('demo-manager')!.id,
    helpdesk: s.people.managerByChannelUserId('demo-helpdesk')!.id,
    marie: s.people.userByUsername('mdupont')!.id,
    jan: s.people.userByUsername('jpeeters')!.id,
    els: s.people.userByUsername('ejanssens')!.id,
  };
}

let keyCounter = 0;
function order(o: Partial<GrantOrder> = {}): GrantOrder {
  keyCounter += 1;
  return {
    idempotencyKey: `key-${keyCounter}`,
    managerId: ids.coRae,
    conversationId: 'conv-1',
    qualityId: ids.hospitalA,
    activateQuality: false,
    user: { existingUserId: ids.marie },
    applicationCodes: ['INAMI_ADMIN_DATA'],
    fn: null,
    ...o,
  };
}

const newcomer = (over: Partial<NewUser> = {}): NewUser => ({
  niss: '75010112371',
  username: 'amartin',
  lastName: 'Martin',
  firstName: 'Alice',
  title: 'Dr',
  language: 'fr',
  email: 'alice.martin@example.org',
  localEmail: null,
  ...over,
});

function addManager(channelUserId: string, roles: [role: 'RAE' | 'CO_RAE' | 'GA' | 'HELPDESK', entity: number | null, quality?: number][]) {
  const m = store.people.addManager({ channelUserId, name: channelUserId });
  for (const [role, entity, quality] of roles) store.people.addRole(m.id, role, entity, quality ?? null);
  return m.id;
}

async function catchError(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

type AuditRow = {
  at: number; manager_id: number | null; action: string; outcome: string; entity_id: number | null;
  quality_id: number | null; user_id: number | null; request_id: number | null; details: string;
};
const audit = (): AuditRow[] =>
  store.db
    .prepare(`SELECT at, manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details FROM audit_log ORDER BY id`)
    .all() as AuditRow[];

type GrantRow = {
  id: number; request_id: number; user_id: number; application_id: number; quality_id: number; status: string;
  requested_by: number; requested_at: number; active_at: number; activated_at: number | null;
};
const grantRows = (): GrantRow[] =>
  store.db
    .prepare(
      `SELECT id, request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at, activated_at
       FROM grants ORDER BY id`,
    )
    .all() as GrantRow[];

const appId = (code: string) => store.catalog.applicationByCode(code)!.id;
const grants = () => servicesOf(store).grants;

beforeEach(() => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

describe('the demo store', () => {
  it('starts with no grant, no request and no audit row', async () => {
    expect(count(store, 'grants')).toBe(0);
    expect(count(store, 'grant_requests')).toBe(0);
    expect(count(store, 'audit_log')).toBe(0);
    expect(count(store, 'users')).toBe(6);
    expect(store.catalog.qualityById(ids.careA)!.active).toBe(false);
    expect(store.access.nextDueAt()).toBeNull();
  });
});

describe('executeGrant', () => {
  it('gives an existing user pending grants due after the portal delay, audited in the same order', async () => {
    const result = await grants().execute(order({ applicationCodes: ['INAMI_ADMIN_DATA', 'EBIRTH'] }), NOW);

    expect(result.replayed).toBe(false);
    expect(result.userId).toBe(ids.marie);
    expect(result.fn).toBeNull();
    expect(result.grants.map((g) => ({ code: g.applicationCode, activeAt: g.activeAt, alreadyHeld: g.alreadyHeld }))).toEqual([
      { code: 'INAMI_ADMIN_DATA', activeAt: NOW + DELAY, alreadyHeld: false },
      { code: 'EBIRTH', activeAt: NOW + DELAY, alreadyHeld: false },
    ]);

    const request = store.db.prepare(`SELECT * FROM grant_requests`).all();
    expect(request).toEqual([
      {
        id: result.requestId, idempotency_key: 'key-' + keyCounter, manager_id: ids.coRae, quality_id: ids.hospitalA,
        user_id: ids.marie, conversation_id: 'conv-1', created_at: NOW,
        result: JSON.stringify({ requestId: result.requestId, userId: ids.marie, grants: result.grants, fn: null }),
      },
    ]);

    expect(grantRows()).toEqual(
      ['INAMI_ADMIN_DATA', 'EBIRTH'].map((code, i) => ({
        id: result.grants[i]!.id, request_id: result.requestId, user_id: ids.marie, application_id: appId(code),
        quality_id: ids.hospitalA, status: 'pending', requested_by: ids.coRae, requested_at: NOW, active_at: NOW + DELAY,
        activated_at: null,
      })),
    );

    const rows = audit();
    expect(rows).toHaveLength(2);
    rows.forEach((row, i) => {
      expect(row).toMatchObject({
        at: NOW, manager_id: ids.coRae, action: 'grantAccess', outcome: 'ok', entity_id: ids.entityA,
        quality_id: ids.hospitalA, user_id: ids.marie, request_id: result.requestId,
      });
      expect(JSON.parse(row.details)).toEqual({
        grantId: result.grants[i]!.id, application: result.grants[i]!.applicationCode, activeAt: NOW + DELAY,
      });
    });
    // No new user, no new membership: Marie already belongs to A/HOSPITAL.
    expect(count(store, 'users')).toBe(6);
    expect(count(store, 'user_memberships', 'user_id = ?', ids.marie)).toBe(1);
    expect(store.access.nextDueAt()).toBe(NOW + DELAY);
  });

  it('adds the membership when an existing user is granted in another qualité', async () => {
    await grants().execute(order({ user: { existingUserId: ids.els }, qualityId: ids.hospitalA }), NOW);
    const memberships = store.db
      .prepare(`SELECT quality_id, created_at FROM user_memberships WHERE user_id = ? ORDER BY quality_id`)
      .all(ids.els) as { quality_id: number; created_at: number }[];
    expect(memberships.map((m) => m.quality_id).sort()).toEqual([ids.hospitalA, ids.hospitalB].sort());
    expect(memberships.find((m) => m.quality_id === ids.hospitalA)!.created_at).toBe(NOW);
  });

  it('creates a new user as invited, member of the qualité, with a createUser audit row', async () => {
    const result = await grants().execute(order({ user: { newUser: newcomer() }, applicationCodes: ['EBIRTH'] }), NOW);

    const user = store.people.userByNiss('75010112371')!;
    expect(user).toEqual({
      id: result.userId, niss: '75010112371', username: 'amartin', lastName: 'Martin', firstName: 'Alice', title: 'Dr',
      language: 'fr', email: 'alice.martin@example.org', localEmail: null, status: 'invited',
    });
    expect(store.db.prepare(`SELECT password_hash, created_at, updated_at FROM users WHERE id = ?`).get(user.id)).toEqual({
      password_hash: null, created_at: NOW, updated_at: NOW,
    });
    expect(store.db.prepare(`SELECT user_id, quality_id, created_at FROM user_memberships WHERE user_id = ?`).all(user.id)).toEqual([
      { user_id: user.id, quality_id: ids.hospitalA, created_at: NOW },
    ]);
    expect(audit().map((a) => [a.action, a.outcome, a.user_id, a.request_id, a.manager_id])).toEqual([
      ['createUser', 'ok', user.id, result.requestId, ids.coRae],
      ['grantAccess', 'ok', user.id, result.requestId, ids.coRae],
    ]);
    expect(grantRows().map((g) => [g.user_id, g.application_id, g.status])).toEqual([[user.id, appId('EBIRTH'), 'pending']]);
  });

  it.each([
    ['nissExists', { niss: '85073003328' }],
    ['usernameTaken', { username: 'MDupont' }],
  ] as const)('refuses a new user whose identity is taken (%s) and writes nothing', async (reason, over) => {
    const before = snapshot(store);
    const err = await catchError(() => grants().execute(order({ user: { newUser: newcomer(over) } }), NOW));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).reason).toBe(reason);
    expect(snapshot(store)).toEqual(before);
  });

  it.each([
    ['unknownUser', () => order({ user: { existingUserId: 9999 } })],
    ['unknownApplication', () => order({ applicationCodes: ['INAMI_ADMIN_DATA', 'NO_SUCH_APP'] })],
    ['unknownFunction', () => order({ fn: { code: 'NO_SUCH_FUNCTION', startDate: TODAY, endDate: null } })],
    ['unknownQuality', () => order({ qualityId: 9999 })],
  ] as const)('refuses %s and writes nothing', async (reason, make) => {
    const before = snapshot(store);
    const err = await catchError(() => grants().execute(make(), NOW));
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).reason).toBe(reason);
    expect(snapshot(store)).toEqual(before);
  });

  describe('idempotency', () => {
    it('executes the same key once: the second call replays the ids and writes nothing', async () => {
      const o = order({
        user: { newUser: newcomer() },
        applicationCodes: ['INAMI_ADMIN_DATA', 'EBIRTH'],
        fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: '2026-12-31' },
      });
      const first = await grants().execute(o, NOW);
      const counts = () => ({
        users: count(store, 'users'),
        grants: count(store, 'grants'),
        audit: count(store, 'audit_log'),
        requests: count(store, 'grant_requests'),
        functions: count(store, 'function_assignments'),
        memberships: count(store, 'user_memberships'),
      });
      const before = { counts: counts(), rows: snapshot(store) };
      expect(before.counts).toEqual({ users: 7, grants: 2, audit: 4, requests: 1, functions: 1, memberships: 7 });

      // Redelivered a minute later: same answer, the activation time of the first execution.
      const second = await grants().execute(o, NOW + 60_000);
      expect(second).toEqual({ ...first, replayed: true });
      expect(counts()).toEqual(before.counts);
      expect(snapshot(store)).toEqual(before.rows);
    });

    it("never replays another manager's order: the same key from someone else is refused and writes nothing", async () => {
      const first = await grants().execute(order({ idempotencyKey: 'same' }), NOW);
      const other = addManager('rae-a', [['RAE', ids.entityA]]);
      const before = snapshot(store);
      // The message, not the error: better-sqlite3's SqliteError may come from another test file's realm (jest's isError then fails).
      const refusal = await grants().execute(order({ idempotencyKey: 'same', managerId: other, user: { existingUserId: ids.jan } }), NOW).then(() => 'resolved', (e: Error) => e.message);
      expect(refusal).toMatch(/UNIQUE/);
      expect(snapshot(store)).toEqual(before);
      expect(await grants().execute(order({ idempotencyKey: 'same' }), NOW)).toEqual({ ...first, replayed: true });
    });

    it('replays even for a manager who has since lost the rights (nothing is written, nothing refused)', async () => {
      const first = await grants().execute(order({ idempotencyKey: 'same' }), NOW);
      store.db.prepare(`DELETE FROM manager_roles WHERE manager_id = ?`).run(ids.coRae);
      const before = snapshot(store);
      expect(await grants().execute(order({ idempotencyKey: 'same' }), NOW)).toEqual({ ...first, replayed: true });
      expect(snapshot(store)).toEqual(before);
    });

    it('replays what the person already held exactly as the first answer said it', async () => {
      await grants().execute(
        order({ idempotencyKey: 'earlier', applicationCodes: ['EBIRTH'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } }),
        NOW,
      );
      const o = order({
        idempotencyKey: 'k2',
        applicationCodes: ['EBIRTH', 'HOSPISUP'],
        fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null },
      });
      const first = await grants().execute(o, NOW + 1000);
      expect(first.grants.map((g) => [g.applicationCode, g.alreadyHeld])).toEqual([['EBIRTH', true], ['HOSPISUP', false]]);
      expect(first.fn).toMatchObject({ code: 'COLLAB_SPECIALIST', alreadyHeld: true });
      const before = snapshot(store);
      expect(await grants().execute(o, NOW + 2000)).toEqual({ ...first, replayed: true });
      expect(snapshot(store)).toEqual(before);
    });
  });

  describe('function assignment', () => {
    it('becomes active at Brussels midnight of a future start date', async () => {
      const result = await grants().execute(
        order({ applicationCodes: ['HOSPILISS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } }),
        NOW,
      );
      const midnight = brusselsMidnight('2026-03-20').getTime();
      expect(midnight).toBe(Date.UTC(2026, 2, 19, 23, 0, 0));
      expect(result.fn).toEqual({
        id: expect.any(Number), code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null, activeAt: midnight,
        alreadyHeld: false,
      });
      expect(result.grants[0]!.activeAt).toBe(NOW + DELAY);
      expect(store.db.prepare(`SELECT * FROM function_assignments`).all()).toEqual([
        {
          id: result.fn!.id, request_id: result.requestId, user_id: ids.marie, quality_id: ids.hospitalA,
          function_code: 'COLLAB_SPECIALIST', start_date: '2026-03-20', end_date: null, status: 'pending', active_at: midnight,
          activated_at: null, created_by: ids.coRae, created_at: NOW, end_at: null, end_request_id: null,
        },
      ]);
      const fnAudit = audit().filter((a) => a.action === 'assignFunction');
      expect(fnAudit).toHaveLength(1);
      expect(fnAudit[0]).toMatchObject({ outcome: 'ok', manager_id: ids.coRae, user_id: ids.marie, request_id: result.requestId });
      expect(JSON.parse(fnAudit[0]!.details)).toEqual({
        functionAssignmentId: result.fn!.id, function: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null,
      });
    });

    it('uses the summer offset after the DST switch', async () => {
      const result = await grants().execute(
        order({ fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-07-01', endDate: '2026-08-01' } }),
        NOW,
      );
      expect(result.fn!.activeAt).toBe(Date.UTC(2026, 5, 30, 22, 0, 0));
      expect(result.fn!.activeAt).toBe(brusselsMidnight('2026-07-01').getTime());
    });

    it('starting today becomes active after the portal delay, never before', async () => {
      const result = await grants().execute(
        order({ fn: { code: 'COLLAB_SPECIALIST', startDate: TODAY, endDate: null } }),
        NOW,
      );
      expect(brusselsMidnight(TODAY).getTime()).toBeLessThan(NOW);
      expect(result.fn!.activeAt).toBe(NOW + DELAY);
      expect((store.db.prepare(`SELECT active_at FROM function_assignments`).get() as { active_at: number }).active_at).toBe(
        NOW + DELAY,
      );
    });

    it('starting tomorrow but within the delay (late evening) waits for the delay', async () => {
      const lateEvening = Date.UTC(2026, 2, 10, 22, 50, 0); // 23:50 in Brussels
      const result = await grants().execute(
        order({ fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-11', endDate: null } }),
        lateEvening,
      );
      expect(brusselsMidnight('2026-03-11').getTime()).toBe(lateEvening + 10 * 60_000);
      expect(result.fn!.activeAt).toBe(lateEvening + DELAY);
    });

    it('already held is reported, not duplicated', async () => {
      const first = await grants().execute(order({ fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } }), NOW);
      const auditBefore = count(store, 'audit_log');
      const second = await grants().execute(
        order({ applicationCodes: [], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-04-01', endDate: null } }),
        NOW + 1000,
      );
      expect(second.fn).toEqual({ ...first.fn, alreadyHeld: true });
      expect(count(store, 'function_assignments')).toBe(1);
      expect(count(store, 'audit_log')).toBe(auditBefore);
    });
  });

  it('refuses an application outside the qualité kind and rolls everything back', async () => {
    // A new user, a qualité activation and a first valid grant all come before the bad application.
    const before = snapshot(store);
    const err = await catchError(() =>
      grants().execute(
        order({
          qualityId: ids.careA,
          activateQuality: true,
          user: { newUser: newcomer() },
          applicationCodes: ['INAMI_ADMIN_DATA', 'TUMOR_BANK_CATALOGUE'],
        }),
        NOW,
      ),
    );
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).reason).toBe('applicationNotInQuality');
    expect((err as Error).message).toBe('applicationNotInQuality: TUMOR_BANK_CATALOGUE');
    expect(store.people.userByNiss('75010112371')).toBeUndefined();
    expect(count(store, 'grant_requests')).toBe(0);
    expect(count(store, 'grants')).toBe(0);
    expect(count(store, 'audit_log')).toBe(0);
    expect(store.catalog.qualityById(ids.careA)!.active).toBe(false);
    expect(snapshot(store)).toEqual(before);
    // Nothing half-done blocks a corrected order under a new key.
    const ok = await grants().execute(
      order({ qualityId: ids.careA, activateQuality: true, user: { newUser: newcomer() }, applicationCodes: ['INAMI_ADMIN_DATA'] }),
      NOW,
    );
    expect(ok.grants).toHaveLength(1);
  });

  it('reports an application already held and writes no duplicate', async () => {
    const first = await grants().execute(order({ applicationCodes: ['INAMI_ADMIN_DATA'] }), NOW);
    const auditBefore = count(store, 'audit_log');
    const second = await grants().execute(order({ applicationCodes: ['INAMI_ADMIN_DATA', 'EBIRTH'] }), NOW + 5_000);

    expect(second.replayed).toBe(false);
    expect(second.requestId).not.toBe(first.requestId);
    expect(second.grants).toEqual([
      { id: first.grants[0]!.id, applicationCode: 'INAMI_ADMIN_DATA', activeAt: NOW + DELAY, alreadyHeld: true },
      { id: expect.any(Number), applicationCode: 'EBIRTH', activeAt: NOW + 5_000 + DELAY, alreadyHeld: false },
    ]);
    expect(count(store, 'grants', 'user_id = ? AND application_id = ?', ids.marie, appId('INAMI_ADMIN_DATA'))).toBe(1);
    expect(count(store, 'grants')).toBe(2);
    // Only the new grant is audited.
    expect(audit().slice(auditBefore).map((a) => [a.action, JSON.parse(a.details).application])).toEqual([['grantAccess', 'EBIRTH']]);
  });

  it('holds the same application separately per qualité', async () => {
    store.db.prepare(`UPDATE qualities SET active = 1 WHERE id = ?`).run(ids.careA);
    await grants().execute(order({ qualityId: ids.hospitalA }), NOW);
    const other = await grants().execute(order({ qualityId: ids.careA }), NOW);
    expect(other.grants[0]!.alreadyHeld).toBe(false);
    expect(count(store, 'grants', 'user_id = ?', ids.marie)).toBe(2);
  });

  describe('inactive qualité', () => {
    it('is refused without activateQuality, and nothing is written', async () => {
      const before = snapshot(store);
      const err = await catchError(() => grants().execute(order({ qualityId: ids.careA, activateQuality: false }), NOW));
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as ConflictError).reason).toBe('qualityInactive');
      expect(store.catalog.qualityById(ids.careA)!.active).toBe(false);
      expect(snapshot(store)).toEqual(before);
    });

    it('is activated by a CO_RAE with activateQuality, audited, and the grant goes through', async () => {
      const result = await grants().execute(order({ qualityId: ids.careA, activateQuality: true }), NOW);
      expect(store.catalog.qualityById(ids.careA)!.active).toBe(true);
      const rows = audit();
      expect(rows[0]).toEqual({
        at: NOW, manager_id: ids.coRae, action: 'activateQuality', outcome: 'ok', entity_id: ids.entityA,
        quality_id: ids.careA, user_id: null, request_id: null, details: JSON.stringify({ kind: 'INAMI_CARE' }),
      });
      expect(rows.map((r) => r.action)).toEqual(['activateQuality', 'grantAccess']);
      expect(grantRows().map((g) => [g.quality_id, g.request_id])).toEqual([[ids.careA, result.requestId]]);
      // Marie now belongs to both qualités of A.
      expect(count(store, 'user_memberships', 'user_id = ?', ids.marie)).toBe(2);
    });

    it('activateQuality on an already active qualité changes nothing and is not audited', async () => {
      await grants().execute(order({ qualityId: ids.hospitalA, activateQuality: true }), NOW);
      expect(audit().map((a) => a.action)).toEqual(['grantAccess']);
    });

    it('cannot be activated by a GA, whose refusal is audited', async () => {
      const ga = addManager('ga-a', [['GA', ids.entityA]]);
      const err = await catchError(() =>
        grants().execute(order({ managerId: ga, qualityId: ids.careA, activateQuality: true }), NOW),
      );
      expect(err).toBeInstanceOf(ForbiddenError);
      expect((err as ForbiddenError).action).toBe('activateQuality');
      expect(store.catalog.qualityById(ids.careA)!.active).toBe(false);
      expect(audit()).toEqual([
        {
          at: NOW, manager_id: ga, action: 'activateQuality', outcome: 'refused', entity_id: ids.entityA, quality_id: ids.careA,
          user_id: null, request_id: null, details: '{}',
        },
      ]);
    });
  });

  describe('authorization', () => {
    it('refuses a manager without a role on the entity; only the refusal is written, and it is kept', async () => {
      const outsider = addManager('outsider', [['RAE', ids.entityB]]);
      const before = snapshot(store);
      const err = await catchError(() =>
        grants().execute(
          order({ managerId: outsider, user: { newUser: newcomer() }, fn: { code: 'COLLAB_SPECIALIST', startDate: TODAY, endDate: null } }),
          NOW,
        ),
      );
      expect(err).toBeInstanceOf(ForbiddenError);
      expect((err as ForbiddenError).action).toBe('grantAccess');
      expect((err as ForbiddenError).scope).toEqual({ entityId: ids.entityA, qualityId: ids.hospitalA });

      const after = snapshot(store);
      expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] });
      expect(audit()).toEqual([
        {
          at: NOW, manager_id: outsider, action: 'grantAccess', outcome: 'refused', entity_id: ids.entityA,
          quality_id: ids.hospitalA, user_id: null, request_id: null, details: '{}',
        },
      ]);
      expect(store.people.userByNiss('75010112371')).toBeUndefined();
    });

    it('refuses a manager with no role at all', async () => {
      const nobody = addManager('nobody', []);
      await expect(grants().execute(order({ managerId: nobody }), NOW)).rejects.toThrow(ForbiddenError);
      expect(audit().map((a) => [a.manager_id, a.outcome])).toEqual([[nobody, 'refused']]);
      expect(count(store, 'grants')).toBe(0);
    });

    it('lets a GA limited to one qualité grant there, not in the other qualité of the same entity', async () => {
      store.db.prepare(`UPDATE qualities SET active = 1 WHERE id = ?`).run(ids.careA);
      const gaHospital = addManager('ga-hospital', [['GA', ids.entityA, ids.hospitalA]]);
      const gaCare = addManager('ga-care', [['GA', ids.entityA, ids.careA]]);

      const ok = await grants().execute(
        order({ managerId: gaHospital, qualityId: ids.hospitalA, user: { newUser: newcomer() }, applicationCodes: ['EBIRTH'] }),
        NOW,
      );
      expect(ok.grants).toHaveLength(1);
      expect((await grants().execute(order({ managerId: gaCare, qualityId: ids.careA }), NOW)).grants).toHaveLength(1);

      const grantsBefore = count(store, 'grants');
      const err = await catchError(() => grants().execute(order({ managerId: gaHospital, qualityId: ids.careA }), NOW));
      expect(err).toBeInstanceOf(ForbiddenError);
      expect((err as ForbiddenError).scope).toEqual({ entityId: ids.entityA, qualityId: ids.careA });
      await expect(grants().execute(order({ managerId: gaCare, qualityId: ids.hospitalA }), NOW)).rejects.toThrow(ForbiddenError);
      expect(count(store, 'grants')).toBe(grantsBefore);
      expect(audit().filter((a) => a.outcome === 'refused').map((a) => [a.manager_id, a.quality_id])).toEqual([
        [gaHospital, ids.careA],
        [gaCare, ids.hospitalA],
      ]);
    });

    it('lets a GA of the whole entity grant in every qualité of it, not in another entity', async () => {
      store.db.prepare(`UPDATE qualities SET active = 1 WHERE id = ?`).run(ids.careA);
      const ga = addManager('ga-a', [['GA', ids.entityA]]);
      await grants().execute(order({ managerId: ga, qualityId: ids.hospitalA }), NOW);
      await grants().execute(order({ managerId: ga, qualityId: ids.careA }), NOW);
      await expect(grants().execute(order({ managerId: ga, qualityId: ids.hospitalB }), NOW)).rejects.toThrow(ForbiddenError);
      expect(count(store, 'grants')).toBe(2);
    });

    it('does not let HELPDESK grant, anywhere', async () => {
      for (const qualityId of [ids.hospitalA, ids.hospitalB]) {
        const err = await catchError(() => grants().execute(order({ managerId: ids.helpdesk, qualityId }), NOW));
        expect(err).toBeInstanceOf(ForbiddenError);
        expect((err as ForbiddenError).action).toBe('grantAccess');
      }
      expect(count(store, 'grants')).toBe(0);
      expect(count(store, 'grant_requests')).toBe(0);
      expect(audit().map((a) => [a.manager_id, a.action, a.outcome, a.quality_id])).toEqual([
        [ids.helpdesk, 'grantAccess', 'refused', ids.hospitalA],
        [ids.helpdesk, 'grantAccess', 'refused', ids.hospitalB],
      ]);
    });

    it('lets the RAE of one entity and CO_RAE of another grant in both', async () => {
      await grants().execute(order({ qualityId: ids.hospitalA }), NOW);
      await grants().execute(order({ qualityId: ids.hospitalB, user: { existingUserId: ids.els } }), NOW);
      expect(count(store, 'grants')).toBe(2);
      expect(count(store, 'audit_log', `outcome = 'refused'`)).toBe(0);
    });
  });
});

describe('activation', () => {
  type Activated = { grants: number; functions: number; notifications: number };
  const none: Activated = { grants: 0, functions: 0, notifications: 0 };

  it('activates nothing before it is due', async () => {
    await grants().execute(order({ fn: { code: 'COLLAB_SPECIALIST', startDate: TODAY, endDate: null } }), NOW);
    const before = snapshot(store);
    expect(servicesOf(store).activation.activateDue(NOW)).toEqual(none);
    expect(servicesOf(store).activation.activateDue(NOW + DELAY - 1)).toEqual(none);
    expect(snapshot(store)).toEqual(before);
  });

  it('activates grants and functions when due, audits each, and notifies once per request', async () => {
    const r = await grants().execute(
      order({
        conversationId: 'conv-42',
        applicationCodes: ['INAMI_ADMIN_DATA', 'EBIRTH'],
        fn: { code: 'COLLAB_SPECIALIST', startDate: TODAY, endDate: null },
      }),
      NOW,
    );
    const due = NOW + DELAY;
    const auditBefore = count(store, 'audit_log');

    expect(servicesOf(store).activation.activateDue(due)).toEqual({ grants: 2, functions: 1, notifications: 1 });

    expect(grantRows().map((g) => [g.status, g.activated_at])).toEqual([
      ['active', due],
      ['active', due],
    ]);
    expect(store.db.prepare(`SELECT status, activated_at FROM function_assignments`).all()).toEqual([{ status: 'active', activated_at: due }]);
    expect(store.people.functionsOfUser(ids.marie)).toEqual([
      { functionCode: 'COLLAB_SPECIALIST', qualityId: ids.hospitalA, startDate: TODAY, endDate: null, status: 'active' },
    ]);

    const rows = audit().slice(auditBefore);
    expect(rows.map((a) => ({ ...a, details: JSON.parse(a.details) as unknown }))).toEqual([
      ...r.grants.map((g) => ({
        at: due, manager_id: null, action: 'activateGrant', outcome: 'ok', entity_id: ids.entityA, quality_id: ids.hospitalA,
        user_id: ids.marie, request_id: r.requestId, details: { grantId: g.id },
      })),
      {
        at: due, manager_id: null, action: 'activateFunction', outcome: 'ok', entity_id: ids.entityA, quality_id: ids.hospitalA,
        user_id: ids.marie, request_id: r.requestId, details: { functionAssignmentId: r.fn!.id },
      },
    ]);

    const outbox = store.db.prepare(`SELECT * FROM outbox`).all() as Record<string, unknown>[];
    expect(outbox).toHaveLength(1);
    expect({ ...outbox[0], id: 0, payload: null }).toEqual({
      id: 0, conversation_id: 'conv-42', manager_id: ids.coRae, request_id: r.requestId, kind: 'activated', payload: null, status: 'pending',
      attempts: 0, next_attempt_at: due, created_at: due, sent_at: null, claimed_by: null, lease_until: null,
    });
    expect(JSON.parse(outbox[0]!.payload as string)).toEqual({
      userName: 'Dr Marie Dupont',
      applications: [
        { code: 'INAMI_ADMIN_DATA', names: appNames('INAMI_ADMIN_DATA') },
        { code: 'EBIRTH', names: appNames('EBIRTH') },
      ],
      fn: { code: 'COLLAB_SPECIALIST', names: fnNames('COLLAB_SPECIALIST'), startDate: TODAY },
    });
    // The names really are in four languages.
    expect(Object.keys(appNames('INAMI_ADMIN_DATA')).sort()).toEqual(['de', 'en', 'fr', 'nl']);
    expect(appNames('INAMI_ADMIN_DATA').nl).toBe('Administratieve gegevens (RIZIV)');

    // The outbox repository sees it.
    expect(store.outbox.due(due)).toEqual([
      { id: outbox[0]!.id, conversationId: 'conv-42', managerId: ids.coRae, kind: 'activated', payload: JSON.parse(outbox[0]!.payload as string), attempts: 0 },
    ]);
    expect(store.access.nextDueAt()).toBeNull();
  });

  it('activates a request without a conversation, but writes no outbox row for it', async () => {
    await grants().execute(order({ conversationId: null, applicationCodes: ['EBIRTH'] }), NOW);
    await grants().execute(order({ conversationId: 'conv-7', user: { existingUserId: ids.jan }, applicationCodes: ['EBIRTH'] }), NOW);
    expect(servicesOf(store).activation.activateDue(NOW + DELAY)).toEqual({ grants: 2, functions: 0, notifications: 1 });
    expect(store.db.prepare(`SELECT conversation_id FROM outbox`).all()).toEqual([{ conversation_id: 'conv-7' }]);
    // Jan has no title: his name alone, without a leading space.
    expect(store.outbox.due(NOW + DELAY).map((o) => (o.payload as { userName: string }).userName)).toEqual(['Jan Peeters']);
    expect(count(store, 'audit_log', `action = 'activateGrant' AND manager_id IS NULL`)).toBe(2);
  });

  it('does nothing more when called again', async () => {
    await grants().execute(order({ applicationCodes: ['EBIRTH', 'HOSPISUP'] }), NOW);
    expect(servicesOf(store).activation.activateDue(NOW + DELAY).grants).toBe(2);
    const after = snapshot(store);
    expect(servicesOf(store).activation.activateDue(NOW + DELAY)).toEqual(none);
    expect(servicesOf(store).activation.activateDue(NOW + 10 * DELAY)).toEqual(none);
    expect(snapshot(store)).toEqual(after);
  });

  it('activates only what is due, grants before a future function, one notice per activation run', async () => {
    const r = await grants().execute(
      order({ applicationCodes: ['HOSPILISS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } }),
      NOW,
    );
    const fnDue = brusselsMidnight('2026-03-20').getTime();
    expect(store.access.nextDueAt()).toBe(NOW + DELAY);

    expect(servicesOf(store).activation.activateDue(NOW + DELAY)).toEqual({ grants: 1, functions: 0, notifications: 1 });
    expect(store.db.prepare(`SELECT status FROM function_assignments`).get()).toEqual({ status: 'pending' });
    expect(store.access.nextDueAt()).toBe(fnDue);
    expect(servicesOf(store).activation.activateDue(fnDue - 1)).toEqual(none);

    expect(servicesOf(store).activation.activateDue(fnDue)).toEqual({ grants: 0, functions: 1, notifications: 1 });
    expect(store.access.nextDueAt()).toBeNull();
    const payloads = (store.db.prepare(`SELECT request_id, payload FROM outbox ORDER BY id`).all() as { request_id: number; payload: string }[]).map(
      (o) => ({ requestId: o.request_id, ...(JSON.parse(o.payload) as object) }),
    );
    expect(payloads).toEqual([
      { requestId: r.requestId, userName: 'Dr Marie Dupont', applications: [{ code: 'HOSPILISS', names: appNames('HOSPILISS') }], fn: null },
      {
        requestId: r.requestId, userName: 'Dr Marie Dupont', applications: [],
        fn: { code: 'COLLAB_SPECIALIST', names: fnNames('COLLAB_SPECIALIST'), startDate: '2026-03-20' },
      },
    ]);
  });

  it('nextDueAt returns the earliest pending time', async () => {
    expect(store.access.nextDueAt()).toBeNull();
    await grants().execute(order({ applicationCodes: [], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-04-01', endDate: null } }), NOW);
    expect(store.access.nextDueAt()).toBe(brusselsMidnight('2026-04-01').getTime());
    await grants().execute(order({ user: { existingUserId: ids.jan } }), NOW + 3_000);
    expect(store.access.nextDueAt()).toBe(NOW + 3_000 + DELAY);
    await grants().execute(order({ user: { existingUserId: ids.els }, qualityId: ids.hospitalB }), NOW + 1_000);
    expect(store.access.nextDueAt()).toBe(NOW + 1_000 + DELAY);
    servicesOf(store).activation.activateDue(NOW + 1_000 + DELAY);
    expect(store.access.nextDueAt()).toBe(NOW + 3_000 + DELAY);
    servicesOf(store).activation.activateDue(NOW + 3_000 + DELAY);
    expect(store.access.nextDueAt()).toBe(brusselsMidnight('2026-04-01').getTime());
  });

  it('activates every request when there are more than one batch', async () => {
    const N = 1200;
    for (let i = 0; i < N; i++) {
      await grants().execute(
        order({
          conversationId: `conv-${i}`,
          user: { newUser: newcomer({ niss: String(10_000_000_000 + i), username: `user${i}`, email: `u${i}@example.org` }) },
          applicationCodes: ['EBIRTH', 'HOSPISUP'],
        }),
        NOW + i,
      );
    }
    expect(count(store, 'grant_requests')).toBe(N);
    const due = NOW + N + DELAY;
    expect(servicesOf(store).activation.activateDue(due, 500)).toEqual({ grants: 2 * N, functions: 0, notifications: N });
    expect(count(store, 'grants', `status = 'pending'`)).toBe(0);
    expect(count(store, 'grants', `status = 'active' AND activated_at = ?`, due)).toBe(2 * N);
    expect(count(store, 'outbox')).toBe(N);
    expect(count(store, 'outbox', 'conversation_id IS NOT NULL')).toBe(N);
    expect((store.db.prepare(`SELECT count(DISTINCT request_id) AS n FROM outbox`).get() as { n: number }).n).toBe(N);
    expect(count(store, 'audit_log', `action = 'activateGrant'`)).toBe(2 * N);
    expect(store.access.nextDueAt()).toBeNull();
    expect(servicesOf(store).activation.activateDue(due, 500)).toEqual(none);
  });

  it('activates an exact multiple of the batch size', async () => {
    for (let i = 0; i < 10; i++) {
      await grants().execute(
        order({ user: { newUser: newcomer({ niss: String(10_000_000_000 + i), username: `user${i}` }) }, applicationCodes: ['EBIRTH'] }),
        NOW,
      );
    }
    expect(servicesOf(store).activation.activateDue(NOW + DELAY, 5)).toEqual({ grants: 10, functions: 0, notifications: 10 });
    expect(count(store, 'grants', `status = 'pending'`)).toBe(0);
  });
});
