import { openDatabase } from '../../src/store/db';
import { CatalogRepo } from '../../src/store/catalog.repo';
import { tempDir } from '../support/harness';

describe('catalog reads are remembered until the database changes', () => {
  it('sees an entity added by another connection (the CLI) and by itself', () => {
    const tmp = tempDir();
    const server = openDatabase(`${tmp.dir}/sesame.db`);
    const cli = openDatabase(`${tmp.dir}/sesame.db`);
    try {
      const catalog = new CatalogRepo(server);
      expect(catalog.entities()).toEqual([]);
      expect(catalog.entities()).toBe(catalog.entities());

      new CatalogRepo(cli).addEntity('710087-50', 'Hôpitaux IRIS Sud', []);
      expect(catalog.entities().map((e) => e.inami)).toEqual(['710087-50']);

      catalog.addEntity('710338-90', 'Clinique Sainte-Anne Saint-Remi', []);
      expect(catalog.entities().map((e) => e.inami)).toEqual(['710338-90', '710087-50']);
    } finally {
      server.close();
      cli.close();
      tmp.cleanup();
    }
  });
});
