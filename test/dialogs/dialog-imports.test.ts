import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve, dirname } from 'path';

/**
 * The dialogs are pure: they read messages and decide, and everything they need from outside is
 * an injected actor. So dialogs/ imports only the domain rules, the message types and a few pure
 * libraries, never the store, the bot, HTTP or a sentence's implementation.
 */
const root = resolve(__dirname, '../..');
const ALLOWED_PACKAGES = ['xstate', 'fuse.js', 'chrono-node', 'zod'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)].map((m) => ({ spec: m[3]!, typeOnly: Boolean(m[2]) }));
}

const files = sources(join(root, 'dialogs'));

describe('what dialogs/ imports', () => {
  test('there are dialogs to check', () => expect(files.length).toBeGreaterThan(10));

  test.each(files.map((f) => [relative(root, f), f]))('%s imports only the domain, message types and pure libraries', (_name, file) => {
    const wrong = importsOf(file).filter(({ spec, typeOnly }) => {
      if (!spec.startsWith('.')) return !ALLOWED_PACKAGES.includes(spec);
      const target = relative(root, resolve(dirname(file), spec));
      if (target.startsWith('dialogs/') || target.startsWith('src/domain/')) return false;
      return !(typeOnly && target.startsWith('src/i18n/'));
    });
    expect(wrong.map((w) => w.spec)).toEqual([]);
  });
});
