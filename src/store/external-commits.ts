import type { Db } from './db';

/** Often enough that work written elsewhere is picked up within seconds; one integer read each. */
const CHECK_EVERY_MS = 1000;

/**
 * Calls `onCommit` soon after another connection (the CLI, a second process) commits to this
 * database. SQLite's data_version changes only for commits by other connections, and reading it
 * touches no table, so this costs next to nothing while nothing happens. Returns a stop function.
 */
export function watchExternalCommits(db: Db, onCommit: () => void, everyMs = CHECK_EVERY_MS): () => void {
  const version = db.prepare('PRAGMA data_version').pluck();
  let seen = version.get();
  const timer = setInterval(() => {
    if (!db.open) return;
    const now = version.get();
    if (now === seen) return;
    seen = now;
    onCommit();
  }, everyMs);
  // Never what keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
