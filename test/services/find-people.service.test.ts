import type { Store } from '../../src/store/store';
import { findPeople } from '../../src/services/find-people.service';
import { ForbiddenError } from '../../src/domain/authorization';
import { demoStore, NOW, DELAY } from '../store/fixtures';
import { addManager, grant, lookUp, type Ids } from '../store/people-fixtures';
import { servicesOf } from '../../src/services';

let store: Store;
let ids: Ids;
beforeEach(async () => {
  store = demoStore();
  ids = lookUp(store);
  // Ten more people in A/HOSPITAL, to page through; Marie holds HospiSup, Jan is a collaborator.
  for (let i = 0; i < 10; i++) {
    store.people.insertUser(
      { niss: `9${i}0101000${i}0`.slice(0, 9).padEnd(9, '0') + '00', username: `user${i}abc`, lastName: `Zed${i}`, firstName: 'Test', title: null, language: 'fr', email: `u${i}@example.org`, localEmail: null },
      ids.hospitalA, 'active', NOW,
    );
  }
  await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] });
  await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-10', endDate: null } });
  servicesOf(store).activation.activateDue(NOW + DELAY);
});
afterEach(() => store.close());

const names = (v: { items: { lastName: string }[] }) => v.items.map((p) => p.lastName);

describe('the user list of an entity', () => {
  it('pages by 10 in name order, with the total, and the next page has the rest', async () => {
    const first = await findPeople(store, ids.coRae, { entityId: ids.entityA });
    expect(first.total).toBe(13);
    expect(names(first)).toEqual(['De Smet', 'Dupont', 'Peeters', 'Zed0', 'Zed1', 'Zed2', 'Zed3', 'Zed4', 'Zed5', 'Zed6']);
    const next = await findPeople(store, ids.coRae, { entityId: ids.entityA }, { offset: 10, limit: 10 });
    expect(names(next)).toEqual(['Zed7', 'Zed8', 'Zed9']);
    expect(next.total).toBe(13);
    expect(await findPeople(store, ids.coRae, { entityId: ids.entityA }, { offset: 20, limit: 10 })).toMatchObject({ items: [], total: 13 });
  });

  it.each([
    ['lastName', { lastName: 'dup' }, ['Dupont']],
    ['firstName', { firstName: 'JAN' }, ['Peeters']],
    ['username', { username: 'pdes' }, ['De Smet']],
    ['type', { type: 'COLLABORATOR' as const }, ['Peeters']],
    ['niss prefix', { niss: '85.07.30' }, ['Dupont']],
    ['status', { status: 'disabled' as const }, ['De Smet']],
    ['application', { application: 'hospisup' }, ['Dupont']],
    ['two criteria', { firstName: 'test', lastName: 'zed1' }, ['Zed1']],
    ['a literal %', { lastName: '%' }, []],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(names(await findPeople(store, ids.coRae, { entityId: ids.entityA, ...filter }))).toEqual(expected);
  });

  it('lists per qualité, shows qualités and applications per person, and never people of another entity', async () => {
    const v = await findPeople(store, ids.coRae, { entityId: ids.entityA, qualityId: ids.careA });
    expect(v.total).toBe(0);
    const b = await findPeople(store, ids.coRae, { entityId: ids.entityB });
    expect(names(b).sort()).toEqual(['Dubois', 'Janssens', 'Mertens']);
    const marie = (await findPeople(store, ids.coRae, { entityId: ids.entityA, lastName: 'Dupont' })).items[0]!;
    expect(marie).toMatchObject({ niss: '85073003328', qualities: ['HOSPITAL'], applications: ['HOSPISUP'], type: 'USER', status: 'active' });
  });

  it('hides the NISS from HELPDESK and refuses it a NISS filter', async () => {
    const v = await findPeople(store, ids.helpdesk, { entityId: ids.entityA });
    expect(v.nissShown).toBe(false);
    expect(v.items.every((p) => p.niss === null)).toBe(true);
    await expect(findPeople(store, ids.helpdesk, { entityId: ids.entityA, niss: '850730' })).rejects.toThrow(ForbiddenError);
  });

  it('refuses a manager without a role on the entity, and a GA outside their qualité', async () => {
    const ga = addManager(store, 'ga-care', [['GA', ids.entityA, ids.careA]]);
    await expect(findPeople(store, ga, { entityId: ids.entityA })).rejects.toThrow(ForbiddenError);
    expect((await findPeople(store, ga, { entityId: ids.entityA, qualityId: ids.careA })).total).toBe(0);
    const other = addManager(store, 'rae-b', [['RAE', ids.entityB]]);
    await expect(findPeople(store, other, { entityId: ids.entityA })).rejects.toThrow(ForbiddenError);
  });

  it('caps the page size at 100', async () => {
    expect((await findPeople(store, ids.coRae, { entityId: ids.entityA }, { offset: 0, limit: 10_000 })).limit).toBe(100);
  });
});
