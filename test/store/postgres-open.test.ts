import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrations } from '../../src/store/db';
import { describeDatabase, openSqlStore } from '../../src/store/postgres/open';
import { describePostgres } from '../support/postgres';

const LAST = readMigrations().at(-1)!.version;

describe('describeDatabase: where the store is, for the start-up log', () => {
  it.each([
    [{ databaseUrl: 'postgres://sesame:s3cret-pw@db.hospital.example:5433/sesame?sslmode=require', sqliteFile: 'x' }, 'PostgreSQL sesame@db.hospital.example:5433/sesame'],
    [{ databaseUrl: 'postgresql://app@/sesame?host=%2Fvar%2Frun%2Fpostgresql', sqliteFile: 'x' }, 'PostgreSQL app@/var/run/postgresql/sesame'],
    [{ databaseUrl: 'not a url with password s3cret-pw', sqliteFile: 'x' }, 'PostgreSQL (DATABASE_URL not shown)'],
    [{ databaseUrl: 'postgres://sesame:s3cret@pw@db/sesame', sqliteFile: 'x' }, 'PostgreSQL (DATABASE_URL not shown)'],
    [{ databaseUrl: 'postgres://sesame:s3cret?pw@db/sesame', sqliteFile: 'x' }, 'PostgreSQL (DATABASE_URL not shown)'],
    [{ databaseUrl: 'postgres://sesame:s3cret/pw@db/sesame', sqliteFile: 'x' }, 'PostgreSQL (DATABASE_URL not shown)'],
    [{ databaseUrl: 'postgres://db/sesame', sqliteFile: 'x' }, 'PostgreSQL db/sesame'],
    [{ databaseUrl: '  ', sqliteFile: 'data/sesame.db' }, 'SQLite data/sesame.db'],
    [{ sqliteFile: 'data/sesame.db' }, 'SQLite data/sesame.db'],
  ])('%j → %s', (settings, expected) => {
    expect(describeDatabase(settings)).toBe(expected);
    expect(describeDatabase(settings)).not.toContain('s3cret');
  });
});

describe('openSqlStore without DATABASE_URL', () => {
  it('opens and migrates the SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sesame-open-'));
    try {
      const opened = await openSqlStore({ databaseUrl: '', sqliteFile: join(dir, 'db', 'sesame.db') });
      expect(opened.sql.engine).toBe('sqlite');
      expect(opened.version).toBe(LAST);
      expect(await opened.sql.get(`SELECT count(*) AS n FROM entities`)).toEqual({ n: 0 });
      await opened.sql.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describePostgres('openSqlStore with DATABASE_URL', (cluster) => {
  it('prefers PostgreSQL to the SQLite file and migrates it', async () => {
    const url = cluster().url(await cluster().createDatabase());
    const opened = await openSqlStore({ databaseUrl: url, sqliteFile: '/nonexistent/never-opened.db' });
    try {
      expect(opened.sql.engine).toBe('postgres');
      expect(opened.version).toBe(LAST);
      expect(opened.description).toMatch(/^PostgreSQL sesame@\/.+\/t\d+$/);
      expect(await opened.sql.get(`SELECT count(*) AS n FROM entities`)).toEqual({ n: 0 });
    } finally {
      await opened.sql.close();
    }
  });

  it('says why it cannot open, with no pool left open', async () => {
    await expect(openSqlStore({ databaseUrl: cluster().url('no_such_database'), sqliteFile: 'x' })).rejects.toThrow(/database "no_such_database" does not exist/);
  });
});
