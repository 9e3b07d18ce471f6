import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';

/**
 * Log capture for the privacy check: jest's globalSetup sets SESAME_LOG_CAPTURE to a temporary
 * folder; every test server (in-process or child process) writes its logs there at debug level,
 * and globalTeardown scans them all for an unmasked NISS, e-mail or password.
 */
export const CAPTURE_ENV = 'SESAME_LOG_CAPTURE';

export function captureDir(): string | undefined {
  return process.env[CAPTURE_ENV] || undefined;
}

/** A file in the capture folder, one per jest worker and purpose. */
export function captureFile(purpose: string): string | undefined {
  const dir = captureDir();
  return dir && join(dir, `${purpose}-${process.pid}.ndjson`);
}

/** A synchronous pino destination appending to this worker's capture file (none when not capturing). */
export function captureDestination(): DestinationStream | undefined {
  const file = captureFile('server');
  if (!file) return undefined;
  return { write: (line: string) => appendFileSync(file, line) };
}
