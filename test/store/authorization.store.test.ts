/**
 * The role × action table, enforced where it matters: every operation (src/services), called by a manager
 * holding each kind of role, is allowed exactly when src/domain/authorization.ts says so, and a
 * refusal writes nothing but its audit row.
 */
import type { Store } from '../../src/store/store';
import { ACTIONS, ForbiddenError, PERMISSIONS, ROLES, type Action, type Role } from '../../src/domain/authorization';
import { findPeople } from '../../src/services/find-people.service';
import { diagnose } from '../../src/services/diagnose.service';
import { auditFor } from '../../src/services/audit-view.service';
import { planBulkGrant } from '../../src/services/bulk.service';
import { servicesOf } from '../../src/services';
import { count, demoStore, NOW } from './fixtures';
import { addManager, lookUp, type Ids } from './people-fixtures';

type Holding = 'RAE of A' | 'CO_RAE of A' | 'GA of A' | 'GA of A/HOSPITAL' | 'GA of A/INAMI_CARE' | 'HELPDESK' | 'RAE of B';
const HOLDINGS: Record<Holding, (ids: Ids) => [Role, number | null, number?]> = {
  'RAE of A': (i) => ['RAE', i.entityA],
  'CO_RAE of A': (i) => ['CO_RAE', i.entityA],
  'GA of A': (i) => ['GA', i.entityA],
  'GA of A/HOSPITAL': (i) => ['GA', i.entityA, i.hospitalA],
  'GA of A/INAMI_CARE': (i) => ['GA', i.entityA, i.careA],
  HELPDESK: () => ['HELPDESK', null],
  'RAE of B': (i) => ['RAE', i.entityB],
};

/** Expected answer for a holding and an action on A/HOSPITAL (the qualité every operation below acts on). */
function allowed(h: Holding, action: Action): boolean {
  const role = h.split(' ')[0] as Role;
  const onA = h.endsWith('of A') || h === 'GA of A/HOSPITAL' || h === 'HELPDESK';
  // activateQuality acts on A/INAMI_CARE (the inactive one); designation is entity-wide.
  const scopeOk =
    action === 'activateQuality'
      ? h.endsWith('of A') || h === 'GA of A/INAMI_CARE' || h === 'HELPDESK'
      : action === 'designateManager' || action === 'viewAudit'
        ? h.endsWith('of A') || h === 'HELPDESK'
        : action === 'diagnose'
          ? // Any qualité of A will do: the diagnosis then looks at that qualité only.
            h.endsWith('of A') || h.startsWith('GA of A/') || h === 'HELPDESK'
          : onA;
  return PERMISSIONS[role][action] && scopeOk;
}

let store: Store;
let ids: Ids;
let k = 0;
beforeEach(() => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

const OPERATIONS: Record<Action, (m: number) => unknown> = {
  grantAccess: (m) =>
    servicesOf(store).grants.execute({ idempotencyKey: `m-${++k}`, managerId: m, conversationId: null, qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'], fn: null }, NOW),
  createUser: (m) =>
    servicesOf(store).grants.execute({
      idempotencyKey: `m-${++k}`, managerId: m, conversationId: null, qualityId: ids.hospitalA, activateQuality: false, applicationCodes: ['HOSPISUP'], fn: null,
      user: { newUser: { niss: '75010112371', username: 'amartin', lastName: 'Martin', firstName: 'Alice', title: null, language: 'fr', email: 'a@example.org', localEmail: null } },
    }, NOW),
  assignFunction: (m) =>
    servicesOf(store).grants.execute({ idempotencyKey: `m-${++k}`, managerId: m, conversationId: null, qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } }, NOW),
  activateQuality: (m) =>
    servicesOf(store).grants.execute({ idempotencyKey: `m-${++k}`, managerId: m, conversationId: null, qualityId: ids.careA, activateQuality: true, user: { existingUserId: ids.marie }, applicationCodes: ['CHAPTER_IV'], fn: null }, NOW),
  viewUsers: (m) => findPeople(store, m, { entityId: ids.entityA, qualityId: ids.hospitalA }),
  viewNiss: (m) => findPeople(store, m, { entityId: ids.entityA, qualityId: ids.hospitalA, niss: '85073003328' }),
  revokeAccess: (m) =>
    servicesOf(store).revocations.execute({ idempotencyKey: `m-${++k}`, managerId: m, conversationId: null, userId: ids.marie, kind: 'revokeApplications', qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'] }, NOW),
  designateManager: (m) => servicesOf(store).designations.designate(m, { channelUserId: 'new-ga', userId: ids.marie, role: 'GA', entityId: ids.entityA }, NOW),
  diagnose: (m) => diagnose(store, m, { niss: '85073003328', application: 'HOSPISUP', entityId: ids.entityA }, NOW),
  viewAudit: (m) => auditFor(store, m, { entityId: ids.entityA }),
};

/** Operations that need more than their own action. */
const ALSO_NEEDS: Partial<Record<Action, Action[]>> = {
  createUser: ['grantAccess'],
  assignFunction: ['grantAccess'],
  activateQuality: ['grantAccess'],
  viewNiss: ['viewUsers'],
};

const CELLS = (Object.keys(HOLDINGS) as Holding[]).flatMap((h) => ACTIONS.map((a) => [h, a] as const));

describe('every holding × every action, through the store', () => {
  it('covers every role and every action', async () => {
    expect(new Set(Object.keys(HOLDINGS).map((h) => h.split(' ')[0]))).toEqual(new Set(ROLES));
    expect(Object.keys(OPERATIONS).sort()).toEqual([...ACTIONS].sort());
    expect(CELLS).toHaveLength(7 * ACTIONS.length);
  });

  it.each(CELLS)('%s → %s', async (holding, action) => {
    const m = addManager(store, `m-${holding}`, [HOLDINGS[holding](ids)]);
    const expected = allowed(holding, action) && (ALSO_NEEDS[action] ?? []).every((a) => allowed(holding, a));
    const refusedBefore = count(store, 'audit_log', `outcome = 'refused'`);
    const changesBefore = count(store, 'audit_log', `outcome = 'ok'`);
    let error: unknown = null;
    try {
      await OPERATIONS[action](m);
    } catch (err) {
      error = err;
    }
    if (expected) {
      expect(error).toBeNull();
    } else {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(count(store, 'audit_log', `outcome = 'refused'`)).toBe(refusedBefore + 1);
      expect(count(store, 'audit_log', `outcome = 'ok'`)).toBe(changesBefore);
    }
  });
});

describe('designation is the RAE\'s alone', () => {
  it('designates a GA (limited to a qualité) and a Co-RAE, idempotently, audited; removes them', async () => {
    const rae = addManager(store, 'rae-a', [['RAE', ids.entityA]]);
    const r = await servicesOf(store).designations.designate(rae, { channelUserId: 'ga-1', userId: ids.marie, role: 'GA', entityId: ids.entityA, qualityId: ids.hospitalA }, NOW);
    expect(r.changed).toBe(true);
    expect(store.people.rolesOf(r.manager.id)).toEqual([{ role: 'GA', entityId: ids.entityA, qualityId: ids.hospitalA }]);
    expect((await servicesOf(store).designations.designate(rae, { channelUserId: 'ga-1', userId: ids.marie, role: 'GA', entityId: ids.entityA, qualityId: ids.hospitalA }, NOW)).changed).toBe(false);
    await servicesOf(store).designations.designate(rae, { channelUserId: 'ga-1', userId: ids.marie, role: 'CO_RAE', entityId: ids.entityA }, NOW);
    expect((await servicesOf(store).designations.managersOf(rae, ids.entityA)).map((x) => [x.channelUserId, x.role])).toEqual([
      ['rae-a', 'RAE'], ['ga-1', 'CO_RAE'], ['demo-manager', 'CO_RAE'], ['ga-1', 'GA'],
    ]);
    expect(await servicesOf(store).designations.remove(rae, { channelUserId: 'ga-1', role: 'GA', entityId: ids.entityA, qualityId: ids.hospitalA }, NOW)).toEqual({ changed: true });
    expect(await servicesOf(store).designations.remove(rae, { channelUserId: 'ga-1', role: 'GA', entityId: ids.entityA, qualityId: ids.hospitalA }, NOW)).toEqual({ changed: false });
    expect(store.people.rolesOf(r.manager.id)).toEqual([{ role: 'CO_RAE', entityId: ids.entityA, qualityId: null }]);
    expect(store.audit.list({ manager: 'rae-a' }).map((a) => [a.action, a.details.role])).toEqual([
      ['removeManager', 'GA'], ['designateManager', 'CO_RAE'], ['designateManager', 'GA'],
    ]);
  });

  it('refuses to hand out RAE or HELPDESK, or to limit a Co-RAE to a qualité', async () => {
    const rae = addManager(store, 'rae-a', [['RAE', ids.entityA]]);
    await expect(servicesOf(store).designations.designate(rae, { channelUserId: 'x', userId: ids.marie, role: 'RAE' as 'GA', entityId: ids.entityA })).rejects.toThrow(/invalidRole/);
    await expect(servicesOf(store).designations.designate(rae, { channelUserId: 'x', userId: ids.marie, role: 'CO_RAE', entityId: ids.entityA, qualityId: ids.hospitalA })).rejects.toThrow(/invalidRole/);
    await expect(servicesOf(store).designations.designate(rae, { channelUserId: 'x', userId: ids.marie, role: 'GA', entityId: ids.entityA, qualityId: ids.hospitalB })).rejects.toThrow(/unknownQuality/);
  });

  it('refuses the RAE of another entity, and a Co-RAE', async () => {
    const raeB = addManager(store, 'rae-b', [['RAE', ids.entityB]]);
    await expect(servicesOf(store).designations.designate(raeB, { channelUserId: 'x', userId: ids.marie, role: 'GA', entityId: ids.entityA })).rejects.toThrow(ForbiddenError);
    await expect(servicesOf(store).designations.remove(ids.coRae, { channelUserId: 'demo-manager', role: 'CO_RAE', entityId: ids.entityA })).rejects.toThrow(ForbiddenError);
    expect(store.people.managerByChannelUserId('x')).toBeUndefined();
  });
});

describe('bulk planning needs grantAccess', () => {
  it('is refused to HELPDESK', async () => {
    await expect(planBulkGrant(store, ids.helpdesk, ids.hospitalA, ['HOSPISUP'], [])).rejects.toThrow(ForbiddenError);
  });
});
