import type { Store } from '../../src/store/store';
import { knownPeopleOf } from '../../src/bot/grant-actors';
import { demoStore } from './fixtures';
import { lookUp } from './people-fixtures';

/** The names the chat reader knows a manager's users by: those of the entities given, each once, and no NISS. */
describe('the names of the users of some entities', () => {
  let store: Store;
  beforeEach(() => {
    store = demoStore();
  });
  afterEach(() => store.close());

  const entity = (inami: string) => store.catalog.entityByInami(inami)!.id;

  it('holds the first and last names of the users of these entities only, in one list', () => {
    const iris = store.directory.namesIn([entity('710087-50')]);
    expect(iris).toContainEqual({ first: 'Jan', last: 'Peeters' });
    expect(iris).not.toContainEqual({ first: 'Els', last: 'Janssens' });
    const both = store.directory.namesIn([entity('710087-50'), entity('710338-90')]);
    expect(both).toEqual(expect.arrayContaining([{ first: 'Jan', last: 'Peeters' }, { first: 'Els', last: 'Janssens' }]));
    expect(new Set(both.map((p) => `${p.first} ${p.last}`)).size).toBe(both.length);
    expect(Object.keys(both[0]!).sort()).toEqual(['first', 'last']);
    expect(store.directory.namesIn([])).toEqual([]);
  });

  it("is a manager's: the users of the entities where they hold a role, all of them for the helpdesk", () => {
    const ids = lookUp(store);
    const entities = [...new Set(store.people.rolesOf(ids.coRae).flatMap((r) => (r.entityId === null ? [] : [r.entityId])))];
    expect(knownPeopleOf(store, ids.coRae)).toEqual(store.directory.namesIn(entities));
    expect(knownPeopleOf(store, ids.helpdesk)).toEqual(store.directory.namesIn(store.catalog.entities().map((e) => e.id)));
  });
});
