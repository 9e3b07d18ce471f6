import { withCatalog, withoutCatalog } from '../../src/bot/grant-snapshot';
import type { GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import type { CatalogOption } from '../../dialogs/grant/grant-access.types';

const names = (n: string) => ({ fr: n, nl: n, de: n, en: n });
const CATALOG: CatalogOption = {
  qualityKinds: [{ code: 'HOSPITAL', names: names('Hôpital') }, { code: 'INAMI_CARE', names: names('Soins') }],
  applications: [
    { code: 'HOSPISUP', names: names('HospiSup'), aliases: ['hospi sup'], needsFunction: false, qualityKinds: ['HOSPITAL'] },
    { code: 'CHAPTER_IV', names: names('Chapter IV'), aliases: [], needsFunction: false, qualityKinds: ['HOSPITAL', 'INAMI_CARE'] },
  ],
  functions: [{ code: 'COLLAB_SPECIALIST', names: names('Collab'), forRole: 'doctor' }],
};
const snapshot = (context: Record<string, unknown>) => ({ status: 'active', value: { asking: 'applications' }, context }) as unknown as GrantSnapshot;

describe('the catalog is left out of a saved conversation and put back when it is read', () => {
  it('saves a snapshot without the catalog and restores the same context, applications of the qualité included', () => {
    const full = snapshot({
      niss: '85073003328', quality: { id: 11, kind: 'INAMI_CARE' }, catalog: CATALOG, functions: CATALOG.functions,
      applications: [{ code: 'CHAPTER_IV', names: names('Chapter IV'), aliases: [], needsFunction: false }],
    });
    const saved = JSON.parse(JSON.stringify(withoutCatalog(full))) as GrantSnapshot;
    expect(saved.context.catalog.applications).toEqual([]);
    expect(saved.context.applications).toEqual([]);
    expect(withCatalog(saved, CATALOG)).toEqual(full);
  });

  it('leaves an unreadable snapshot as it is, for the runner to restart politely', () => {
    const broken = snapshot({ nonsense: true });
    expect(withCatalog(broken, CATALOG)).toBe(broken);
  });
});
