/** "Access changed": said by the services after the commit, once per command (once per bulk run). */
import type { Store } from '../../src/store/store';
import { servicesOf } from '../../src/services';
import { executeBulkGrant, parseNissList, planBulkGrant } from '../../src/services/bulk.service';
import { count, DELAY, demoStore, NOW } from '../store/fixtures';
import { lookUp, type Ids } from '../store/people-fixtures';

let store: Store;
let ids: Ids;
beforeEach(() => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

it('is emitted after the commit: a listener already reads what the command wrote', async () => {
  const { grants, revocations, events } = servicesOf(store);
  const seen: [string, number][] = [];
  events.on((e) => seen.push([e.kind, count(store, 'grants') + count(store, 'revocation_requests')]));
  await grants.execute({ idempotencyKey: 'g', managerId: ids.coRae, conversationId: null, qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'], fn: null }, NOW);
  servicesOf(store).activation.activateDue(NOW + DELAY);
  await revocations.revokeApplications({ idempotencyKey: 'r', managerId: ids.coRae, conversationId: null, userId: ids.marie, qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'] }, NOW + DELAY);
  await revocations.removeUser({ idempotencyKey: 'u', managerId: ids.coRae, conversationId: null, userId: ids.jan, entityId: ids.entityA }, NOW + DELAY);
  expect(seen).toEqual([['granted', 1], ['revoked', 2], ['removed', 3]]);
});

it('is not emitted for a command that failed, and a listener that throws does not fail the command', async () => {
  const { grants, events } = servicesOf(store);
  const seen: string[] = [];
  events.on(() => {
    throw new Error('listener down');
  });
  events.on((e) => seen.push(e.kind));
  const order = { idempotencyKey: 'x', managerId: ids.coRae, conversationId: null, qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.marie }, fn: null };
  await expect(grants.execute({ ...order, applicationCodes: ['NOPE'] }, NOW)).rejects.toThrow(/unknownApplication/);
  expect(seen).toEqual([]);
  await expect(grants.execute({ ...order, idempotencyKey: 'y', applicationCodes: ['HOSPISUP'] }, NOW)).resolves.toMatchObject({ replayed: false });
  expect(seen).toEqual(['granted']);
});

it('is emitted once for a bulk run of several people', async () => {
  const seen: string[] = [];
  servicesOf(store).events.on((e) => seen.push(e.kind));
  const plan = await planBulkGrant(store, ids.coRae, ids.hospitalA, ['EBIRTH'], parseNissList('85073003328\n90041212377'), new Date(NOW));
  const results = await executeBulkGrant(store, plan, { idempotencyKey: 'bulk', conversationId: null });
  expect(results.map((r) => r.ok)).toEqual([true, true]);
  expect(seen).toEqual(['granted']);
});
