/**
 * CLI commands for the database itself: an online backup and a health check. Both open the file
 * on their own, read-only, and never migrate it: a backup copies what is there, and a check must
 * see a pending migration rather than apply it.
 */
import { loadConfig } from '../config';
import { backupDatabase, BackupRefused } from '../store/backup';
import { checkDatabase } from '../store/check';
import { parse, refused, required, type Command } from './args';
import { countOf } from '../i18n/format';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export const backup: Command = async (args, _open, io) => {
  const cmd = 'db backup';
  const v = parse(cmd, args, { output: { type: 'string' }, force: { type: 'boolean' } });
  const output = required(cmd, v, 'output');
  const { dbFile } = loadConfig(io.env);
  try {
    const r = await backupDatabase(dbFile, output, { force: v.force === true });
    io.stdout(`Backup of ${dbFile} written to ${output}: ${size(r.bytes)} (${r.bytes} bytes) in ${(r.ms / 1000).toFixed(2)} s.\n`);
  } catch (err) {
    if (err instanceof BackupRefused) throw refused(`${cmd}: ${err.message}`);
    throw err;
  }
};

export const check: Command = (args, _open, io) => {
  const cmd = 'db check';
  parse(cmd, args, {});
  const { dbFile } = loadConfig(io.env);
  const report = checkDatabase(dbFile);
  if (report.problems.length > 0) {
    for (const p of report.problems) io.stderr(`${p}\n`);
    throw refused(`${cmd}: ${countOf(report.problems.length, 'en', 'problem', 'problems')} in ${dbFile}`);
  }
  io.stdout(`${dbFile}: integrity ok, foreign keys ok, migrations up to date (version ${report.version}).\n`);
};

