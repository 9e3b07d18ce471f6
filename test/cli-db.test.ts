import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli, USAGE } from '../src/cli/index';
import { Store } from '../src/store/store';
import { migrate, openDatabase, readMigrations } from '../src/store/db';
import { loadCatalog, loadDemoIfEmpty } from '../src/store/seed';
import { tempDir } from './support/harness';

let tmp: ReturnType<typeof tempDir>;
let dbFile: string;
beforeEach(() => {
  tmp = tempDir();
  dbFile = path.join(tmp.dir, 'sesame.db');
});
afterEach(() => tmp.cleanup());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: { SESAME_DB: dbFile } });
  return { code, stdout, stderr };
}

function demoDatabase(): void {
  const store = Store.open(dbFile, { activationDelayMs: 1000 });
  loadCatalog(store);
  loadDemoIfEmpty(store);
  store.close();
}

const migrations = readMigrations();
const latest = migrations.at(-1)!;

describe('sesame help', () => {
  it('lists db backup and db check', async () => {
    const { stdout } = await cli('help');
    expect(stdout).toBe(USAGE);
    expect(stdout).toMatch(/db backup --output <file> \[--force\]/);
    expect(stdout).toMatch(/db check\n/);
  });
});

describe('sesame db check', () => {
  it('passes a sound, fully migrated database, with exit code 0', async () => {
    demoDatabase();
    expect(await cli('db', 'check')).toEqual({
      code: 0,
      stdout: `${dbFile}: integrity ok, foreign keys ok, migrations up to date (version ${latest.version}).\n`,
      stderr: '',
    });
  });

  it('names a row whose foreign key points nowhere (inserted with foreign keys off)', async () => {
    demoDatabase();
    const db = new Database(dbFile);
    db.pragma('foreign_keys = OFF');
    const { lastInsertRowid } = db
      .prepare(`INSERT INTO user_memberships (user_id, quality_id, created_at) VALUES (999999, (SELECT min(id) FROM qualities), 0)`)
      .run();
    db.close();
    const r = await cli('db', 'check');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `foreign key: user_memberships row ${lastInsertRowid} (user_id = 999999) refers to a missing users row\n` +
        `sesame: db check: 1 problem in ${dbFile}\n`,
    );
  });

  it('sums up past 20 lines of one kind', async () => {
    demoDatabase();
    const db = new Database(dbFile);
    db.pragma('foreign_keys = OFF');
    const insert = db.prepare(`INSERT INTO user_memberships (user_id, quality_id, created_at) VALUES (?, (SELECT min(id) FROM qualities), 0)`);
    for (let i = 0; i < 25; i++) insert.run(900000 + i);
    db.close();
    const lines = (await cli('db', 'check')).stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe('… and 5 more foreign key problems');
  });

  it('names each migration not yet applied, and does not apply it', async () => {
    const previous = migrations.at(-2)!;
    const db = openDatabase(dbFile, { migrate: false });
    migrate(db, { upTo: previous.version });
    db.close();
    const r = await cli('db', 'check');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `migration pending: ${latest.name} (the database is at version ${previous.version})\n` +
        `sesame: db check: 1 problem in ${dbFile}\n`,
    );
    // Read-only: the check left the database where it was.
    const after = new Database(dbFile, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(previous.version);
    after.close();
  });

  it('says when there is no database rather than creating one', async () => {
    const r = await cli('db', 'check');
    expect(r).toEqual({ code: 1, stdout: '', stderr: `no database at ${dbFile}\nsesame: db check: 1 problem in ${dbFile}\n` });
    expect(fs.existsSync(dbFile)).toBe(false);
  });
});

describe('sesame db backup', () => {
  it('writes a copy that opens and holds the same rows, and prints its size and duration', async () => {
    demoDatabase();
    const output = path.join(tmp.dir, 'backup.db');
    const r = await cli('db', 'backup', '--output', output);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Backup of .* written to .*backup\\.db: [\\d.]+ KiB \\(${fs.statSync(output).size} bytes\\) in \\d+\\.\\d\\d s\\.\\n$`));
    const copy = new Database(output, { readonly: true });
    const live = new Database(dbFile, { readonly: true });
    const count = (db: Database.Database) => db.prepare('SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM managers) AS managers').get();
    expect(count(copy)).toEqual(count(live));
    copy.close();
    live.close();
    expect(fs.readdirSync(tmp.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('refuses to replace an existing file unless --force', async () => {
    demoDatabase();
    const output = path.join(tmp.dir, 'backup.db');
    fs.writeFileSync(output, 'yesterday');
    const r = await cli('db', 'backup', '--output', output);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `sesame: db backup: ${output} already exists (--force replaces it)\n` });
    expect(fs.readFileSync(output, 'utf8')).toBe('yesterday');
    expect((await cli('db', 'backup', '--output', output, '--force')).code).toBe(0);
    expect(fs.readFileSync(output).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses without --output, without a database, and onto the database itself', async () => {
    expect((await cli('db', 'backup')).code).toBe(2);
    expect((await cli('db', 'backup', '--output', path.join(tmp.dir, 'b.db'))).stderr).toBe(`sesame: db backup: no database at ${dbFile}\n`);
    demoDatabase();
    expect((await cli('db', 'backup', '--output', dbFile, '--force')).stderr).toBe('sesame: db backup: the backup cannot be the database itself\n');
  });
});
