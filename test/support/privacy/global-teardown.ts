import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTURE_ENV } from './capture';
import { findLeaks } from './scan';

/** Test secrets that must never reach a log (the authenticated-mode tests use this password). */
export const TEST_SECRETS = ['not-a-real-app-password-4711'];

/** Fails the run if any captured log line shows a NISS, an e-mail or a password. */
export default function globalTeardown(): void {
  const dir = process.env[CAPTURE_ENV];
  if (!dir) return;
  const problems: string[] = [];
  let lines = 0;
  try {
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      lines += text.split('\n').length - 1;
      for (const leak of findLeaks(text, TEST_SECRETS)) problems.push(`${name}:${leak.line}: ${leak.kind} ${leak.text}`);
    }
  } finally {
    if (!process.env.SESAME_KEEP_LOGS) rmSync(dir, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    throw new Error(`privacy: ${problems.length} unmasked value(s) in ${lines} captured log lines:\n${problems.slice(0, 20).join('\n')}`);
  }
  if (process.env.SESAME_PRIVACY_VERBOSE) console.log(`privacy: ${lines} captured log lines, nothing unmasked`);
}
