import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CAPTURE_ENV } from './capture';

/** Jest workers start after this and inherit the variable: every test server logs into the folder. */
export default function globalSetup(): void {
  process.env[CAPTURE_ENV] = mkdtempSync(join(tmpdir(), 'sesame-logs-'));
}
