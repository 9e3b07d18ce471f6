import { openDatabase } from '../../src/store/db';
import { migratePostgres } from '../../src/store/postgres/migrate';
import { PostgresSql } from '../../src/store/sql/pg-sql';
import { openPostgresPool } from '../../src/store/postgres/pool';
import type { SqlStore } from '../../src/store/sql/sql';
import { SqliteSql } from '../../src/store/sql/sqlite-sql';
import { findPostgresBin, NOT_FOUND, startPostgres, type PostgresCluster } from './postgres-cluster';

export { findPostgresBin, startPostgres, type PostgresCluster } from './postgres-cluster';

/**
 * A describe block with a cluster of its own, started before its tests and removed after them.
 * Without PostgreSQL: in CI (CI=true) the block fails, saying so; elsewhere it is skipped, saying so.
 */
export function describePostgres(name: string, body: (cluster: () => PostgresCluster) => void): void {
  if (!findPostgresBin()) {
    if (process.env.CI === 'true') {
      describe(name, () => {
        it('needs PostgreSQL', () => {
          throw new Error(`${NOT_FOUND} (CI=true: PostgreSQL tests are not skipped in CI)`);
        });
      });
    } else {
      // eslint-disable-next-line no-console
      console.warn(`Skipping "${name}": ${NOT_FOUND}. In CI (CI=true) this fails instead.`);
      describe.skip(name, () => body(() => {
        throw new Error('skipped');
      }));
    }
    return;
  }
  describe(name, () => {
    let cluster: PostgresCluster | undefined;
    beforeAll(async () => {
      cluster = await startPostgres();
    }, 90_000);
    afterAll(async () => {
      await cluster?.stop();
    }, 30_000);
    body(() => {
      if (!cluster) throw new Error('the PostgreSQL cluster did not start (see beforeAll)');
      return cluster;
    });
  });
}

/**
 * One suite, both engines: `body` runs once on SQLite (in memory) and once on PostgreSQL (a
 * cluster of its own, as describePostgres says), each `open()` giving a new empty store with every
 * migration applied. `instances(n)` gives n stores on one new database, as n instances would see
 * it: on PostgreSQL n pools; on SQLite one store n times (one connection, as one server holds;
 * close it once).
 */
export function describeEachEngine(
  name: string,
  body: (open: () => Promise<SqlStore>, instances: (n: number) => Promise<SqlStore[]>) => void,
): void {
  const sqlite = async () => new SqliteSql(openDatabase(':memory:'));
  describe(`${name} (SQLite)`, () => body(sqlite, async (n) => Array<SqlStore>(n).fill(await sqlite())));
  describePostgres(`${name} (PostgreSQL)`, (cluster) => {
    const pools = async (n: number, max: number) => {
      const database = await cluster().createDatabase();
      const stores = Array.from({ length: n }, () => new PostgresSql(openPostgresPool({ ...cluster().config(database), max })));
      await migratePostgres(stores[0]!.pool);
      return stores;
    };
    body(async () => (await pools(1, 6))[0]!, (n) => pools(n, 2));
  });
}
