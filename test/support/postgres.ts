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
 * migration applied.
 */
export function describeEachEngine(name: string, body: (open: () => Promise<SqlStore>) => void): void {
  describe(`${name} (SQLite)`, () => body(async () => new SqliteSql(openDatabase(':memory:'))));
  describePostgres(`${name} (PostgreSQL)`, (cluster) =>
    body(async () => {
      const pool = openPostgresPool({ ...cluster().config(await cluster().createDatabase()), max: 6 });
      await migratePostgres(pool);
      return new PostgresSql(pool);
    }),
  );
}
