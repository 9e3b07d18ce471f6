import { join } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { migrationsDir } from '../../paths';
import { readMigrations, type Migration } from '../db';

/** The PostgreSQL twins of data/migrations/*.sql: same numbers, same table and column names. */
export const postgresMigrationsDir = join(migrationsDir, 'postgres');

/** SQLite keeps its version in PRAGMA user_version; PostgreSQL has none, so it is this table. */
export const MIGRATIONS_TABLE = 'schema_migrations';

/**
 * The advisory lock every instance takes before it reads or applies a migration: one key for the
 * whole database ('Sésame migrations' as a 64-bit number), held by the migrating transaction only.
 */
export const MIGRATION_LOCK_KEY = 0x5e5a_4d45_0000_0010n;

export function readPostgresMigrations(dir = postgresMigrationsDir): Migration[] {
  return readMigrations(dir);
}

export interface MigrateOptions {
  migrations?: Migration[];
  /** Stop after this version (tests that migrate step by step). */
  upTo?: number;
}

export interface MigrateResult {
  /** Versions this call applied, in order (empty when another instance had applied them). */
  applied: number[];
  /** The highest version recorded in the database afterwards. */
  version: number;
}

/**
 * Applies the pending migrations in order, each in its own transaction that first takes
 * pg_advisory_xact_lock: two instances starting at once queue on the lock, and the second finds
 * the version recorded by the first and skips it. Transaction-scoped, so the lock is released by
 * COMMIT or ROLLBACK even behind a transaction-pooling proxy, and a crash never leaves it held.
 * Forward-only: a failing migration rolls back entirely (PostgreSQL DDL is transactional), the
 * versions before it stay applied, and the error is thrown.
 */
export async function migratePostgres(pool: Pool, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = options.migrations ?? readPostgresMigrations();
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await inLockedTransaction(client, async () => {
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
           version    INTEGER PRIMARY KEY,
           name       TEXT NOT NULL,
           applied_at BIGINT NOT NULL
         )`,
      );
    });
    for (const m of migrations) {
      if (options.upTo !== undefined && m.version > options.upTo) break;
      const done = await inLockedTransaction(client, async () => {
        const found = await client.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE version = $1`, [m.version]);
        if (found.rowCount) return false;
        try {
          // No parameters: the simple protocol runs a file of several statements at once.
          await client.query(m.sql);
        } catch (error) {
          throw new Error(`PostgreSQL migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
        }
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES ($1, $2, $3)`, [m.version, m.name, Date.now()]);
        return true;
      });
      if (done) applied.push(m.version);
    }
    return { applied, version: await postgresSchemaVersion(client) };
  } finally {
    client.release();
  }
}

/** The highest version applied, 0 on a database never migrated. */
export async function postgresSchemaVersion(db: Pool | PoolClient): Promise<number> {
  const table = await db.query<{ found: string | null }>(`SELECT to_regclass($1) AS found`, [MIGRATIONS_TABLE]);
  if (table.rows[0]?.found == null) return 0;
  const r = await db.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${MIGRATIONS_TABLE}`);
  return r.rows[0]?.v ?? 0;
}

async function inLockedTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** `DATABASE_URL=postgres://… node dist/src/store/postgres/migrate.js`: migrates that database and says to which version. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (postgres://user@host:5432/database)');
  const { openPostgresPool } = await import('./pool');
  const pool = openPostgresPool(url);
  try {
    const { applied, version } = await migratePostgres(pool);
    process.stdout.write(`${applied.length ? `applied ${applied.join(', ')}; ` : 'nothing to apply; '}schema version ${version}\n`);
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
