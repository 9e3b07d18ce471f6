import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { seedDatabase } from './seed';
import { walkGrants } from './load';
import { startChild } from './proc';

/**
 * `node dist-bench/scripts/bench/profile.js [connections] [seconds]`: the full bot under the bench
 * load with --cpu-prof; the .cpuprofile lands in the current folder (open it in Chrome DevTools).
 */
async function main() {
  const [connections = '10', seconds = '8'] = process.argv.slice(2);
  const dir = mkdtempSync(join(tmpdir(), 'sesame-prof-'));
  try {
    seedDatabase(join(dir, 'p.db'), 20_000).close();
    const child = await startChild(['--cpu-prof', join(projectRoot, 'dist-bench/src/index.js')], {
      SESAME_DB: join(dir, 'p.db'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SESAME_DEMO: '1',
    });
    const r = await walkGrants(child.url, { connections: Number(connections), seconds: Number(seconds), population: 20_000 });
    console.log(r);
    await new Promise<void>((resolve) => {
      child.process.once('exit', () => resolve());
      child.process.kill('SIGTERM');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
void main();
