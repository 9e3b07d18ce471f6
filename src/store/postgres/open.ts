import { openDatabase, schemaVersion } from '../db';
import { migratePostgres } from './migrate';
import { PostgresSql } from '../sql/pg-sql';
import { openPostgresPool } from './pool';
import type { SqlStore } from '../sql/sql';
import { SqliteSql } from '../sql/sqlite-sql';

export interface DatabaseSettings {
  /** DATABASE_URL: when set (not empty) it wins, for the server and the CLI alike. */
  databaseUrl?: string | undefined;
  /** SESAME_DB: the SQLite file otherwise. */
  sqliteFile: string;
}

export interface OpenedSqlStore {
  sql: SqlStore;
  /** The schema version after the migrations applied at opening. */
  version: number;
  /** Where it is, safe to log: no password. */
  description: string;
}

/** Opens the engine the settings name and applies its pending migrations, as the SQLite store does at start-up. */
export async function openSqlStore(settings: DatabaseSettings): Promise<OpenedSqlStore> {
  const url = settings.databaseUrl?.trim();
  if (url) {
    const pool = openPostgresPool(url);
    try {
      const { version } = await migratePostgres(pool);
      return { sql: new PostgresSql(pool), version, description: describeDatabase(settings) };
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
  }
  const db = openDatabase(settings.sqliteFile);
  return { sql: new SqliteSql(db), version: schemaVersion(db), description: describeDatabase(settings) };
}

/** "PostgreSQL sesame@db:5432/sesame" or "SQLite data/sesame.db": the password never, whatever the URL holds. */
export function describeDatabase(settings: DatabaseSettings): string {
  const url = settings.databaseUrl?.trim();
  if (!url) return `SQLite ${settings.sqliteFile}`;
  // By hand, and strictly: WHATWG URL refuses libpq's empty host (postgresql://user@/db?host=/dir),
  // and a loose parse of a password holding '@', '/' or '?' would print a piece of it. Whatever
  // this pattern does not take whole is described without any of its parts.
  const m = /^postgres(?:ql)?:\/\/(?:([\w.-]+)(?::[^@/?#]*)?@)?([\w.-]*(?::\d+)?)(\/[\w.-]*)?(?:\?(.*))?$/.exec(url);
  if (!m) return 'PostgreSQL (DATABASE_URL not shown)';
  const [, user, hostPort, path, query] = m;
  const socket = new URLSearchParams(query ?? '').get('host');
  const host = hostPort || socket || 'localhost';
  return `PostgreSQL ${user ? `${decodeURIComponent(user)}@` : ''}${host}${decodeURIComponent(path ?? '')}`;
}
