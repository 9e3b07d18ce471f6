import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The same code runs from src/ (ts-jest) and from dist/src/ (npm start): find the project
// root by its package.json instead of counting '..'.
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(__dirname);
export const dataDir = join(projectRoot, 'data');
export const migrationsDir = join(dataDir, 'migrations');
