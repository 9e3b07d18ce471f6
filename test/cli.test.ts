import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, USAGE } from '../src/cli';
import { Store } from '../src/store/store';
import { openDatabase } from '../src/store/db';

const MARIE = '85073003328';
const JAN = '90041212377';

let dir: string;
let dbFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sesame-cli-'));
  dbFile = path.join(dir, 'sesame.db');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: { SESAME_DB: dbFile, SESAME_DEMO: '1', ACTIVATION_DELAY: '20m' },
  });
  return { code, stdout, stderr };
}

/** Runs a command that must succeed. */
async function ok(...argv: string[]) {
  const r = await cli(...argv);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return r.stdout;
}

function withStore<T>(fn: (store: Store) => T): T {
  const store = new Store(openDatabase(dbFile), { activationDelayMs: 20 * 60_000 });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

const addIris = (...extra: string[]) => ok('entities add', '--inami', '710087-50', '--name', 'Hôpitaux IRIS Sud', ...extra);

const addMarie = (...extra: string[]) =>
  ok(
    'users', 'add', '--entity', '710087-50', '--niss', '85.07.30-033.28', '--username', 'mdupont',
    '--last-name', 'Dupont', '--first-name', 'Marie', '--email', 'marie.dupont@example.org', ...extra,
  );

// `ok('entities add', …)` would be one argv item; spell the two words apart.
function split(argv: string[]): string[] {
  return argv[0]?.includes(' ') ? [...argv[0].split(' '), ...argv.slice(1)] : argv;
}
const rawOk = ok;
// eslint-disable-next-line @typescript-eslint/no-unused-vars
void rawOk;

describe('usage', () => {
  it('prints the usage for help, on stdout, with exit code 0', async () => {
    const r = await cli('help');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE);
    for (const command of ['entities add', 'managers add', 'users add', 'users list', 'grants list', 'functions list', 'help']) {
      expect(r.stdout).toContain(command);
    }
    expect((await cli('users', 'add', '--help')).code).toBe(0);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['users']],
    [['users', 'delete']],
    [['entities', 'add', '--inami', '710087-50']],
    [['entities', 'add', '--inami', '710087-50', '--name', 'X', '--colour', 'red']],
    [['entities', 'add', '--inami', '710087-50', '--name', 'X', 'extra']],
    [['users', 'list', '--json=yes']],
    [['managers', 'add', '--id', 'm1', '--name', 'M', '--role', 'BOSS', '--entity', '710087-50']],
    [['managers', 'add', '--id', 'm1', '--name', 'M', '--role', 'RAE']],
    [['managers', 'add', '--id', 'm1', '--name', 'M', '--role', 'HELPDESK', '--entity', '710087-50']],
    [['managers', 'add', '--id', 'm1', '--name', 'M', '--role', 'RAE', '--entity', '710087-50', '--quality', 'HOSPITAL']],
  ])('exits 2 with a message on stderr for %j', async (argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // A wrong command line opens no database.
    expect(fs.existsSync(dbFile)).toBe(false);
  });
});
