import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { addPopulation } from '../../test/support/population';

/** A database with the catalog, the demo managers and `people` users to give access to. */
export function seedDatabase(file: string, people: number, activationDelayMs = 20 * 60_000): Store {
  const store = Store.open(file, { activationDelayMs });
  loadCatalog(store);
  loadDemoIfEmpty(store);
  for (let from = 0; from < people; from += 10_000) addPopulation(store, Math.min(10_000, people - from), from);
  return store;
}
