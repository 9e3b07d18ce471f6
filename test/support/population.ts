import { nissCheckDigits } from '../../src/domain/niss';
import type { Store } from '../../src/store/store';

/** The i-th of many distinct, valid NISS numbers (births 1970–1999), for load and crash tests. */
export function nissNumber(i: number): string {
  const yy = 70 + (i % 30);
  const mm = 1 + (Math.floor(i / 30) % 12);
  const dd = 1 + (Math.floor(i / 360) % 28);
  const serial = 1 + Math.floor(i / (30 * 12 * 28));
  const first9 = `${yy}${String(mm).padStart(2, '0')}${String(dd).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  return `${first9}${nissCheckDigits(first9, 1900)}`;
}

/** Adds `count` users to the HOSPITAL qualité of Hôpitaux IRIS Sud (710087-50), in one transaction. */
export function addPopulation(store: Store, count: number, from = 0): string[] {
  const entity = store.catalog.entityByInami('710087-50')!;
  const quality = store.catalog.qualitiesOfEntity(entity.id).find((q) => q.kind === 'HOSPITAL')!;
  const nissList: string[] = [];
  store.db.transaction(() => {
    for (let i = from; i < from + count; i++) {
      const niss = nissNumber(i);
      store.people.insertUser(
        { niss, username: `load${i}`, lastName: `Charge${i}`, firstName: 'Test', title: null, language: 'fr', email: `load${i}@example.org`, localEmail: null },
        quality.id,
        'active',
      );
      nissList.push(niss);
    }
  })();
  return nissList;
}

/** The seven turns that give HospiSup to an existing user of Hôpitaux IRIS Sud, in French. */
export const hospisupTurns = (niss: string): string[] => ['bonjour', '2', '1', niss, 'oui', 'hospisup', 'oui'];
