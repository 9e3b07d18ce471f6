import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface BackupResult {
  bytes: number;
  ms: number;
}

/** A backup that cannot be made as asked: said as is by the CLI. */
export class BackupRefused extends Error {}

/**
 * Copies the database `source` to `destination` with SQLite's online backup API, while the server
 * may keep writing: the copy is one consistent state (every commit before it started, whole).
 *
 * The copy is written next to the destination under another name, flushed to disk, then renamed:
 * a backup interrupted half-way never stands under the name of a good one.
 */
export async function backupDatabase(source: string, destination: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  if (!existsSync(source)) throw new BackupRefused(`no database at ${source}`);
  if (resolve(source) === resolve(destination)) throw new BackupRefused('the backup cannot be the database itself');
  if (existsSync(destination) && !options.force) throw new BackupRefused(`${destination} already exists (--force replaces it)`);
  if (!existsSync(dirname(resolve(destination)))) throw new BackupRefused(`the folder of ${destination} does not exist`);

  const started = performance.now();
  const partial = `${destination}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  // Read-only: a backup never migrates nor writes the live database. WAL lets the server write meanwhile.
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // All pages in one step, that is one read transaction on one WAL snapshot. Step by step (100
    // pages per event-loop turn by default), each write of the server in between makes SQLite
    // restart the copy from the first page: under steady load it might never finish.
    await db.backup(partial, { progress: () => 0x7fffffff });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
  flush(partial);
  renameSync(partial, destination);
  flush(dirname(resolve(destination)));
  return { bytes: statSync(destination).size, ms: performance.now() - started };
}

/** fsync of a file, or of a folder so that a rename in it survives a power cut. */
function flush(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
