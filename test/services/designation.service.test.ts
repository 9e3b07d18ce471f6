import type { Store } from '../../src/store/store';
import { ConflictError } from '../../src/store/errors';
import { servicesOf } from '../../src/services';
import { demoStore, NOW } from '../store/fixtures';
import { addManager, lookUp, type Ids } from '../store/people-fixtures';

/**
 * A manager role goes to a person of the directory, a user of the entity, never to a word taken on trust (trial 7:
 * "smoens" was written as a channel id, Sarah Moens's username being sarahmoens): the service refuses anyone else, writes
 * nothing, and names the manager after the person, with their portal username as channel id unless one is given.
 */
let store: Store;
let ids: Ids;
let rae: number;
beforeEach(() => {
  store = demoStore();
  ids = lookUp(store);
  rae = addManager(store, 'rae-a', [['RAE', ids.entityA]]);
});
afterEach(() => store.close());

const rolesRows = () => store.db.prepare('SELECT count(*) AS n FROM manager_roles').get() as { n: number };
const managersRows = () => store.db.prepare('SELECT count(*) AS n FROM managers').get() as { n: number };

it('designates a user of the entity: named as the directory holds them, their username as channel id', async () => {
  const r = await servicesOf(store).designations.designate(rae, { userId: ids.marie, role: 'GA', entityId: ids.entityA }, NOW);
  expect(r).toMatchObject({ changed: true, manager: { channelUserId: 'mdupont', name: 'Marie Dupont' } });
  expect(store.people.rolesOf(r.manager.id)).toEqual([{ role: 'GA', entityId: ids.entityA, qualityId: null }]);
  expect(store.audit.list({ manager: 'rae-a' }).map((a) => [a.action, a.details.target])).toEqual([['designateManager', 'mdupont']]);
});

it('keeps a channel id given (a Teams id) for that person', async () => {
  const r = await servicesOf(store).designations.designate(rae, { userId: ids.jan, channelUserId: '29:teams-jan', role: 'CO_RAE', entityId: ids.entityA }, NOW);
  expect(r.manager).toMatchObject({ channelUserId: '29:teams-jan', name: 'Jan Peeters' });
});

it.each<[string, (i: Ids) => number]>([
  ['a user id that is nobody', () => 987654],
  ['a user of another entity (Els Janssens, Sainte-Anne)', (i) => i.els],
])('refuses %s: unknownUser, and nothing is written', async (_, who) => {
  const before = { roles: rolesRows().n, managers: managersRows().n };
  const designating = servicesOf(store).designations.designate(rae, { userId: who(ids), channelUserId: 'smoens', role: 'GA', entityId: ids.entityA }, NOW);
  await expect(designating).rejects.toThrow(ConflictError);
  await expect(servicesOf(store).designations.designate(rae, { userId: who(ids), role: 'GA', entityId: ids.entityA }, NOW)).rejects.toThrow(/unknownUser/);
  expect({ roles: rolesRows().n, managers: managersRows().n }).toEqual(before);
  expect(store.people.managerByChannelUserId('smoens')).toBeUndefined();
  expect(store.audit.list({ manager: 'rae-a' }).filter((a) => a.action === 'designateManager' && a.outcome === 'ok')).toEqual([]);
});

it('asks the rights first: a Co-RAE designating an unknown person is refused as not allowed, not told who exists', async () => {
  await expect(servicesOf(store).designations.designate(ids.coRae, { userId: 987654, role: 'GA', entityId: ids.entityA }, NOW)).rejects.toThrow(/designateManager/);
});
