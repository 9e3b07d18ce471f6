import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrationsDir } from '../paths';

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .map((name) => ({ name, match: /^(\d{4})-[\w-]+\.sql$/.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map(({ name, match }) => ({ version: Number(match[1]), name, sql: readFileSync(join(dir, name), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies, each in its own transaction, the migrations above the current user_version (up to `upTo`). */
export function migrate(db: Db, options: { upTo?: number; migrations?: Migration[] } = {}): number {
  const migrations = options.migrations ?? readMigrations();
  for (const m of migrations) {
    if (m.version <= schemaVersion(db)) continue;
    if (options.upTo !== undefined && m.version > options.upTo) break;
    db.transaction(() => {
      db.exec(m.sql);
      // PRAGMA takes no bound parameters; the version is a parsed integer, never user input.
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}

export interface OpenOptions {
  /** Skip the migrations (tests that migrate step by step). */
  migrate?: boolean;
}

/** Opens the database with the durability settings the design asks for. ':memory:' works for tests. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL by default: in WAL mode every commit survives a crash of the process (kill -9), and
  // turns of a conversation need no more. Changes to access are committed with `durably`
  // (synchronous = FULL), so a grant the manager saw confirmed survives a power cut too. An fsync
  // per turn was 40 % of a turn's time and capped the bot at a few hundred turns/s.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (options.migrate !== false) migrate(db);
  return db;
}

/**
 * Runs `work` (a transaction, or a single write) with synchronous = FULL: when it returns, its
 * commit is on disk, power cut included (the WAL fsync also covers every commit before it).
 */
export function durably<T>(db: Db, work: () => T): T {
  // A pragma cannot change inside a transaction: nested calls run in the outer one's setting.
  if (db.inTransaction) return work();
  // exec, not a statement prepared once: SQLite applies this pragma when it compiles it.
  db.exec('PRAGMA synchronous = FULL');
  try {
    return work();
  } finally {
    db.exec('PRAGMA synchronous = NORMAL');
  }
}
