/**
 * CLI commands for the database itself: an online backup and a health check. Both open the file
 * on their own, read-only, and never migrate it: a backup copies what is there, and a check must
 * see a pending migration rather than apply it.
 */
import { loadConfig } from './config';
import { backupDatabase, BackupRefused } from './store/backup';
import { checkDatabase } from './store/check';
import type { CliHelpers, Command } from './cli-people';
import { countOf } from './i18n/format';

export const DB_USAGE = `
Database (SESAME_DB; safe while the server runs):
  db backup --output <file> [--force]
      Copies the database with SQLite's online backup: one consistent state, every change committed
      before it started. Refuses to replace an existing file unless --force. Prints size and duration.
  db check
      PRAGMA integrity_check, PRAGMA foreign_key_check, and the migrations of data/migrations not yet
      applied: one line per problem, exit code 1 if there is any.
`;

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export function dbCommands(h: Pick<CliHelpers, 'parse' | 'required' | 'refused'>): Record<string, Command> {
  const backup: Command = async (args, _open, io) => {
    const cmd = 'db backup';
    const v = h.parse(cmd, args, { output: { type: 'string' }, force: { type: 'boolean' } });
    const output = h.required(cmd, v, 'output');
    const { dbFile } = loadConfig(io.env);
    try {
      const r = await backupDatabase(dbFile, output, { force: v.force === true });
      io.stdout(`Backup of ${dbFile} written to ${output}: ${size(r.bytes)} (${r.bytes} bytes) in ${(r.ms / 1000).toFixed(2)} s.\n`);
    } catch (err) {
      if (err instanceof BackupRefused) throw h.refused(`${cmd}: ${err.message}`);
      throw err;
    }
  };

  const check: Command = (args, _open, io) => {
    const cmd = 'db check';
    h.parse(cmd, args, {});
    const { dbFile } = loadConfig(io.env);
    const report = checkDatabase(dbFile);
    if (report.problems.length > 0) {
      for (const p of report.problems) io.stderr(`${p}\n`);
      throw h.refused(`${cmd}: ${countOf(report.problems.length, 'en', 'problem', 'problems')} in ${dbFile}`);
    }
    io.stdout(`${dbFile}: integrity ok, foreign keys ok, migrations up to date (version ${report.version}).\n`);
  };

  return { backup, check };
}
