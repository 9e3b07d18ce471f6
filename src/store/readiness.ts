import { readMigrations, schemaVersion, type Db, type Migration } from './db';

export type Readiness =
  | { ready: true; schemaVersion: number }
  | { ready: false; database: string; schemaVersion?: number; pendingMigrations?: string[] };

/**
 * Whether this database can serve: it answers a query, and every migration this code knows is
 * applied (a schema behind the code would fail on the first statement that needs a new column).
 */
export function checkReadiness(db: Db, migrations: Migration[] = readMigrations()): Readiness {
  if (!db.open) return { ready: false, database: 'closed' };
  let version: number;
  try {
    db.prepare('SELECT 1').get();
    version = schemaVersion(db);
  } catch (err) {
    return { ready: false, database: `not answering: ${(err as Error).message}` };
  }
  const pending = migrations.filter((m) => m.version > version).map((m) => m.name);
  if (pending.length > 0) return { ready: false, database: 'migrations pending', schemaVersion: version, pendingMigrations: pending };
  return { ready: true, schemaVersion: version };
}
