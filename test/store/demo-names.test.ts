import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DemoFile } from '../../src/store/seed';
import { dataDir } from '../../src/paths';

/** The demo file meets the rule of names typed in the chat and the CLI. */
describe('names in the demo file', () => {
  const demo = () => JSON.parse(readFileSync(join(dataDir, 'demo.json'), 'utf8')) as { users: Record<string, unknown>[]; managers: Record<string, unknown>[] };

  it('accepts the shipped demo', () => {
    expect(DemoFile.safeParse(demo()).success).toBe(true);
  });

  it.each([
    ['users', 'lastName', '[Reset your password](https://evil.example)'],
    ['users', 'firstName', '**URGENT**'],
    ['users', 'title', '<b>Dr</b>'],
    ['managers', 'name', '# Sophie'],
  ] as const)('refuses markup in %s.%s: %j', (list, field, value) => {
    const d = demo();
    d[list][0]![field] = value;
    const parsed = DemoFile.safeParse(d);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('not a valid name');
  });
});
