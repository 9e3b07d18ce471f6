import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { readMigrations, schemaVersion, type Migration } from './db';

export interface CheckReport {
  /** One line per problem found; empty when the database is sound. */
  problems: string[];
  /** The database's schema version (PRAGMA user_version) and the newest migration known here. */
  version: number;
  latest: number;
}

/** Past this many, the lines of one check are summed up: a count says enough. */
const MAX_LINES = 20;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The first MAX_LINES lines of `items`, then a count of the rest. */
function capped<T>(items: T[], describe: (item: T) => string, what: string): string[] {
  const lines = items.slice(0, MAX_LINES).map(describe);
  return items.length <= MAX_LINES ? lines : [...lines, `… and ${items.length - MAX_LINES} more ${what}`];
}

interface ForeignKeyProblem {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

function foreignKeyProblems(db: Database.Database): string[] {
  const rows = db.pragma('foreign_key_check') as ForeignKeyProblem[];
  return capped(
    rows,
    (r) => {
      // Name the column and the value that points nowhere, so the row can be found and mended.
      const columns = (db.pragma(`foreign_key_list(${quoted(r.table)})`) as { id: number; from: string }[])
        .filter((fk) => fk.id === r.fkid)
        .map((fk) => fk.from);
      const where = r.rowid === null ? 'a row' : `row ${r.rowid}`;
      const values = r.rowid === null ? [] : columns.map((c) => {
        const row = db.prepare(`SELECT ${quoted(c)} AS v FROM ${quoted(r.table)} WHERE rowid = ?`).get(r.rowid) as { v: unknown } | undefined;
        return `${c} = ${String(row?.v)}`;
      });
      return `foreign key: ${r.table} ${where} (${values.join(', ') || columns.join(', ')}) refers to a missing ${r.parent} row`;
    },
    'foreign key problems',
  );
}

function migrationProblems(version: number, migrations: Migration[], latest: number): string[] {
  if (version > latest) {
    return [`migrations: the database is at version ${version}, newer than the newest migration here (${latest}): this Sésame is older than the database`];
  }
  return migrations.filter((m) => m.version > version).map((m) => `migration pending: ${m.name} (the database is at version ${version})`);
}

/**
 * Checks the database file without changing it (opened read-only, never migrated): SQLite's
 * integrity check, the foreign keys, and the migrations of data/migrations not yet applied.
 */
export function checkDatabase(file: string, migrations: Migration[] = readMigrations()): CheckReport {
  if (!existsSync(file)) return { problems: [`no database at ${file}`], version: 0, latest: migrations.at(-1)?.version ?? 0 };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const version = schemaVersion(db);
    const latest = migrations.at(-1)?.version ?? 0;
    const problems = [
      ...(integrity.length === 1 && integrity[0] === 'ok' ? [] : capped(integrity, (line) => `integrity: ${line}`, 'integrity problems')),
      ...foreignKeyProblems(db),
      ...migrationProblems(version, migrations, latest),
    ];
    return { problems, version, latest };
  } finally {
    db.close();
  }
}
