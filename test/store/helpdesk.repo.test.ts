import type { Store } from '../../src/store/store';
import { demoStore } from './fixtures';
import { lookUp, type Ids } from './people-fixtures';

let store: Store;
let ids: Ids;
beforeEach(() => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

/** A person's memberships among a manager's entities, read in one query (trial 5: not one query per entity). */
describe('HelpdeskRepo.membershipsInEntities', () => {
  it('gives the same memberships as one query per entity, for one entity, both, or none', () => {
    for (const user of [ids.marie, ids.els, ids.lucas]) {
      for (const entities of [[ids.entityA], [ids.entityB], [ids.entityA, ids.entityB], []]) {
        const one = entities.flatMap((entityId) => store.helpdesk.membershipsInEntity(user, entityId).map((qualityId) => ({ entityId, qualityId })));
        // No removal is pending here: removeAt is null on each.
        expect(store.helpdesk.membershipsInEntities(user, entities)).toEqual(expect.arrayContaining(one.map((m) => ({ ...m, removeAt: null }))));
        expect(store.helpdesk.membershipsInEntities(user, entities)).toHaveLength(one.length);
      }
    }
  });

  it('a person of two entities is found in both', () => {
    store.people.addMembership(ids.jan, ids.hospitalB);
    expect(store.helpdesk.membershipsInEntities(ids.jan, [ids.entityA, ids.entityB]).map((m) => m.entityId).sort()).toEqual([ids.entityA, ids.entityB].sort());
  });
});
