import type { Store } from '../../src/store/store';
import type { GrantOrder } from '../../src/store/access.repo';
import { ACTIONS, ForbiddenError, PERMISSIONS, ROLES, type Action, type Role } from '../../src/domain/authorization';
import { count, demoStore, NOW, snapshot } from '../store/fixtures';
import { servicesOf } from '../../src/services';

/**
 * What an auditor tries: every role, held on one entity (or one qualité), acting on its own
 * entity, the same entity's other qualité and another entity, for every action of the matrix.
 * The store must refuse what the matrix refuses, and keep a trace of each refusal.
 */
type Holding = { name: string; role: Role; scope: 'entity' | 'quality' | 'none' };
const HOLDINGS: Holding[] = [
  ...ROLES.filter((r) => r !== 'HELPDESK').map((role): Holding => ({ name: `${role} of entity A`, role, scope: 'entity' })),
  { name: 'GA of the HOSPITAL qualité of A', role: 'GA', scope: 'quality' },
  { name: 'HELPDESK', role: 'HELPDESK', scope: 'none' },
];
type Target = 'A/HOSPITAL' | 'A/INAMI_CARE' | 'A (entity-wide)' | 'B/HOSPITAL';
const TARGETS: Target[] = ['A/HOSPITAL', 'A/INAMI_CARE', 'A (entity-wide)', 'B/HOSPITAL'];

let store: Store;
let ids: { entityA: number; entityB: number; hospitalA: number; careA: number; hospitalB: number; marie: number };

beforeEach(() => {
  store = demoStore();
  const entityA = store.catalog.entityByInami('710087-50')!.id;
  const entityB = store.catalog.entityByInami('710338-90')!.id;
  const qa = store.catalog.qualitiesOfEntity(entityA);
  ids = {
    entityA, entityB,
    hospitalA: qa.find((q) => q.kind === 'HOSPITAL')!.id,
    careA: qa.find((q) => q.kind === 'INAMI_CARE')!.id,
    hospitalB: store.catalog.qualitiesOfEntity(entityB).find((q) => q.kind === 'HOSPITAL')!.id,
    marie: store.people.userByUsername('mdupont')!.id,
  };
});
afterEach(() => store.close());

function managerHolding(h: Holding): number {
  const m = store.people.addManager({ channelUserId: `auditor-${h.name}`, name: h.name });
  store.people.addRole(m.id, h.role, h.scope === 'none' ? null : ids.entityA, h.scope === 'quality' ? ids.hospitalA : null);
  return m.id;
}

function scopeOf(t: Target) {
  if (t === 'A/HOSPITAL') return { entityId: ids.entityA, qualityId: ids.hospitalA };
  if (t === 'A/INAMI_CARE') return { entityId: ids.entityA, qualityId: ids.careA };
  if (t === 'A (entity-wide)') return { entityId: ids.entityA };
  return { entityId: ids.entityB, qualityId: ids.hospitalB };
}

/** What the matrix and the holding's reach allow, written out independently of `may`. */
function expected(h: Holding, t: Target, action: Action): boolean {
  if (!PERMISSIONS[h.role][action]) return false;
  if (h.scope === 'none') return true;
  if (t === 'B/HOSPITAL') return false;
  if (h.scope === 'quality') return t === 'A/HOSPITAL';
  return true;
}

const refusals = (managerId: number) =>
  store.db.prepare(`SELECT action, outcome, entity_id, quality_id FROM audit_log WHERE manager_id = ? AND outcome = 'refused' ORDER BY id`).all(managerId);

describe.each(HOLDINGS)('$name', (h) => {
  it.each(TARGETS)('on %s: the store allows exactly what the matrix allows, and audits every refusal', (t) => {
    const managerId = managerHolding(h);
    const scope = scopeOf(t);
    for (const action of ACTIONS) {
      const before = count(store, 'audit_log');
      let refused = false;
      try {
        servicesOf(store).authorizer.authorize(managerId, [action], scope, NOW);
      } catch (err) {
        expect(err).toBeInstanceOf(ForbiddenError);
        refused = true;
      }
      expect({ action, refused }).toEqual({ action, refused: !expected(h, t, action) });
      expect(count(store, 'audit_log') - before).toBe(refused ? 1 : 0);
      if (refused) {
        expect(refusals(managerId).at(-1)).toEqual({ action, outcome: 'refused', entity_id: scope.entityId, quality_id: scope.qualityId ?? null });
      }
    }
  });
});

/** The whole order, as the chat sends it: a refused one writes nothing but its refusal. */
describe.each(HOLDINGS)('$name confirming an order', (h) => {
  const orders: [string, (q: number) => Partial<GrantOrder>][] = [
    ['grant to an existing user', () => ({})],
    ['create a user', () => ({ user: { newUser: { niss: '96022945625', username: 'auditx', lastName: 'X', firstName: 'Y', title: null, language: 'fr', email: 'x@example.org', localEmail: null } } })],
    ['assign a function', () => ({ applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-04-01', endDate: null } })],
  ];
  it.each(TARGETS.filter((t) => t !== 'A (entity-wide)'))('on %s', async (t) => {
    const managerId = managerHolding(h);
    const qualityId = scopeOf(t).qualityId!;
    for (const [name, variant] of orders) {
      const order: GrantOrder = {
        idempotencyKey: `auth-${h.name}-${t}-${name}`, managerId, conversationId: null, qualityId,
        activateQuality: qualityId === ids.careA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'], fn: null,
        ...variant(qualityId),
      };
      const needed: Action[] = ['grantAccess'];
      if ('newUser' in order.user) needed.push('createUser');
      if (order.fn) needed.push('assignFunction');
      if (order.activateQuality) needed.push('activateQuality');
      const allowed = needed.every((a) => expected(h, t, a));
      const before = snapshot(store);
      const refusedBefore = refusals(managerId).length;
      let error: unknown;
      try {
        await servicesOf(store).grants.execute(order, NOW);
      } catch (err) {
        error = err;
      }
      if (allowed) {
        // Allowed by the rights: any refusal here would be for another reason (e.g. a conflict), never Forbidden.
        expect({ name, error: error instanceof ForbiddenError }).toEqual({ name, error: false });
        continue;
      }
      expect({ name, forbidden: error instanceof ForbiddenError }).toEqual({ name, forbidden: true });
      const after = snapshot(store);
      expect({ ...after, audit_log: before.audit_log }).toEqual(before);
      expect(refusals(managerId)).toHaveLength(refusedBefore + 1);
    }
  });
});
