import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import { projectRoot } from '../../src/paths';
import { migrate, openDatabase, readMigrations, type Db, type Migration } from '../../src/store/db';
import { MIGRATIONS_TABLE, migratePostgres, postgresSchemaVersion, readPostgresMigrations } from '../../src/store/postgres/migrate';
import { openPostgresPool } from '../../src/store/postgres/pool';
import { describePostgres } from '../support/postgres';

const SQLITE = readMigrations();
const POSTGRES = readPostgresMigrations();
const LAST = SQLITE[SQLITE.length - 1]!.version;

/** Indexes PostgreSQL needs where SQLite has a column property instead (username UNIQUE COLLATE NOCASE). */
const POSTGRES_ONLY_INDEXES = ['users_byLowerUsername'];

/** SQLite's declared type → the PostgreSQL types its twin may use for it. */
const TYPE_TWINS: Record<string, string[]> = { INTEGER: ['bigint', 'integer'], TEXT: ['text'], BLOB: ['bytea'] };

interface Column {
  table: string;
  name: string;
  type: string;
  notNull: boolean;
}

function sqliteDb(upTo?: number): Db {
  const db = openDatabase(':memory:', { migrate: false });
  migrate(db, upTo === undefined ? {} : { upTo });
  return db;
}

function sqliteColumns(db: Db): Column[] {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  return tables.flatMap((table) =>
    (db.pragma(`table_info(${table})`) as { name: string; type: string; notnull: number; pk: number }[]).map((c) => ({
      table,
      name: c.name,
      type: c.type,
      // A primary key column holds no NULL in practice (SQLite alone lets a TEXT key be NULL).
      notNull: c.notnull === 1 || c.pk > 0,
    })),
  );
}

async function postgresColumns(pool: Pool): Promise<Column[]> {
  const r = await pool.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name <> $1
      ORDER BY table_name COLLATE "C", ordinal_position`,
    [MIGRATIONS_TABLE],
  );
  return r.rows.map((c) => ({ table: c.table_name, name: c.column_name, type: c.data_type, notNull: c.is_nullable === 'NO' }));
}

function sqliteNames(db: Db, type: 'index' | 'trigger'): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).all(type) as { name: string }[]).map((r) => r.name);
}

/** Indexes created by CREATE INDEX (not those PostgreSQL makes for a primary key or UNIQUE). */
async function postgresIndexes(pool: Pool): Promise<string[]> {
  const r = await pool.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()
        AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`,
  );
  return r.rows.map((x) => x.indexname);
}

async function postgresTriggers(pool: Pool): Promise<string[]> {
  const r = await pool.query<{ trigger_name: string }>(
    `SELECT DISTINCT trigger_name FROM information_schema.triggers WHERE trigger_schema = current_schema() ORDER BY trigger_name`,
  );
  return r.rows.map((x) => x.trigger_name);
}

/** Everything a migration run could change: columns, indexes, triggers and the versions recorded. */
async function postgresState(pool: Pool) {
  const versions = await pool.query(`SELECT version, name FROM ${MIGRATIONS_TABLE} ORDER BY version`);
  return { columns: await postgresColumns(pool), indexes: await postgresIndexes(pool), triggers: await postgresTriggers(pool), versions: versions.rows };
}

/** Rows valid on both engines from 0030 on, written without ids: both number them 1, 2 … */
const BASE_ROWS = `
  INSERT INTO entities (inami, name, created_at) VALUES ('710087-50', 'Hôpitaux IRIS Sud', 0);
  INSERT INTO quality_kinds (code, name_fr, name_nl, name_de, name_en) VALUES ('HOSPITAL', 'Hôpital', 'Ziekenhuis', 'Krankenhaus', 'Hospital'),
    ('INAMI_CARE', 'Soins', 'Zorg', 'Pflege', 'Care');
  INSERT INTO qualities (entity_id, kind, active) VALUES (1, 'HOSPITAL', 1), (1, 'INAMI_CARE', 0);
  INSERT INTO applications (code, name_fr, name_nl, name_de, name_en) VALUES ('EBIRTH', 'eBirth', 'eBirth', 'eBirth', 'eBirth'),
    ('HOSPILISS', 'Hospiliss', 'Hospiliss', 'Hospiliss', 'Hospiliss');
  INSERT INTO functions (code, name_fr, name_nl, name_de, name_en, for_role) VALUES ('COLLAB_SPECIALIST', 'Collab', 'Medew', 'Mitarb', 'Collab', 'doctor');
  INSERT INTO managers (channel_user_id, aad_object_id, name, created_at) VALUES ('chan-1', 'aad-1', 'Sophie Lambert', 0), ('chan-2', NULL, 'Helpdesk', 0);
  INSERT INTO manager_roles (manager_id, role, entity_id, quality_id) VALUES (1, 'RAE', 1, NULL), (2, 'HELPDESK', NULL, NULL);
  INSERT INTO users (niss, username, last_name, first_name, title, language, email, status, created_at, updated_at)
    VALUES ('85073003328', 'mdupont', 'Dupont', 'Marie', 'Dr', 'fr', 'marie.dupont@example.org', 'active', 0, 0),
           ('90041212377', 'jpeeters', 'Peeters', 'Jan', NULL, 'nl', 'jan.peeters@example.org', 'active', 0, 0);
  INSERT INTO user_memberships (user_id, quality_id, created_at) VALUES (1, 1, 0), (2, 1, 0);
  INSERT INTO grant_requests (idempotency_key, manager_id, quality_id, user_id, conversation_id, created_at)
    VALUES ('key-1', 1, 1, 1, 'conv-1', 0), ('key-2', 1, 1, 2, NULL, 5);
  INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at)
    VALUES (1, 1, 1, 1, 'pending', 1, 0, 1200000), (1, 1, 2, 1, 'active', 1, 0, 1200000);
  INSERT INTO function_assignments (request_id, user_id, quality_id, function_code, start_date, end_date, status, active_at, created_by, created_at)
    VALUES (1, 1, 1, 'COLLAB_SPECIALIST', '2026-03-20', '2026-12-31', 'pending', 86400000, 1, 0);
  INSERT INTO audit_log (at, manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details)
    VALUES (0, 1, 'grantAccess', 'ok', 1, 1, 1, 1, '{"grantId":1}');
`;

/** Conversations as they were before 0700: whose each one is, read from its snapshot. */
const CONVERSATIONS_0600 = `
  INSERT INTO conversations (id, reference, locale, snapshot, machine_version, version, updated_at) VALUES
    ('conv-1', '{"a":1}', 'nl', '{"sesameFlows":1,"grant":{"context":{"managerId":1}},"side":null,"seq":0}', 3, 2, 0),
    ('conv-side', '{"r":1}', 'fr', '{"sesameFlows":1,"grant":null,"side":{"flow":"people","version":1,"state":{"managerId":2}},"seq":1}', 3, 1, 0),
    ('conv-ctx', '{"r":1}', 'fr', '{"side":{"state":{"context":{"managerId":2}}}}', 3, 1, 0),
    ('conv-old', '{"r":1}', 'fr', '{"value":"askNiss","context":{"managerId":2}}', 3, 1, 0),
    ('conv-nobody', '{"r":1}', 'fr', '{"s":1}', 3, 1, 0),
    ('conv-stranger', '{"r":1}', 'fr', '{"context":{"managerId":99}}', 3, 1, 0),
    ('conv-broken', '{"r":1}', 'fr', 'not json', 3, 1, 0),
    ('conv-null', NULL, 'fr', NULL, 0, 0, 0);
  INSERT INTO processed_activities (conversation_id, activity_id, replies, at) VALUES
    ('conv-1', 'act-1', '[]', 0), ('conv-side', 'a', '[1]', 0), ('conv-nobody', 'b', '[2]', 0);
  INSERT INTO outbox (conversation_id, request_id, kind, payload, status, next_attempt_at, created_at) VALUES
    ('conv-1', 1, 'activated', '{}', 'pending', 0, 0), ('conv-side', NULL, 'deactivated', '{}', 'pending', 0, 0),
    ('conv-nobody', NULL, 'deactivated', '{}', 'pending', 0, 0);
`;

describe('PostgreSQL migrations beside the SQLite ones', () => {
  it('has a PostgreSQL twin, same number and name, for every SQLite migration, and nothing else', () => {
    expect(POSTGRES.map((m) => m.name)).toEqual(SQLITE.map((m) => m.name));
    for (const m of POSTGRES) expect(m.sql).toMatch(/^-- PostgreSQL twin of \.\.\/\d{4}-[\w-]+\.sql/);
  });
});

describePostgres('PostgreSQL migrations on a throwaway cluster', (cluster) => {
  const pools: Pool[] = [];
  const sqlites: Db[] = [];
  /** A pool on a new empty database; closed after the test. */
  async function emptyDatabase(): Promise<{ pool: Pool; database: string }> {
    const database = await cluster().createDatabase();
    const pool = openPostgresPool({ ...cluster().config(database), max: 4 });
    pools.push(pool);
    return { pool, database };
  }
  function sqlite(upTo?: number): Db {
    const db = sqliteDb(upTo);
    sqlites.push(db);
    return db;
  }
  /** Both engines migrated to the end, holding BASE_ROWS. */
  async function bothMigratedWithRows(): Promise<{ lite: Db; pool: Pool }> {
    const lite = sqlite();
    lite.exec(BASE_ROWS);
    const { pool } = await emptyDatabase();
    await migratePostgres(pool);
    await pool.query(BASE_ROWS);
    return { lite, pool };
  }
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.end()));
    for (const db of sqlites.splice(0)) db.close();
  });

  it('gives an empty database the tables, columns, indexes and triggers SQLite has after its migrations', async () => {
    const { pool } = await emptyDatabase();
    const result = await migratePostgres(pool);
    expect(result).toEqual({ applied: POSTGRES.map((m) => m.version), version: LAST });

    const lite = sqlite();
    const liteColumns = sqliteColumns(lite);
    const pgColumns = await postgresColumns(pool);
    // Same tables, same columns in the same order, the same NOT NULL.
    expect(pgColumns.map(({ table, name, notNull }) => ({ table, name, notNull }))).toEqual(
      liteColumns.map(({ table, name, notNull }) => ({ table, name, notNull })),
    );
    const mistyped = liteColumns
      .map((c, i) => ({ column: `${c.table}.${c.name}`, sqlite: c.type, postgres: pgColumns[i]!.type }))
      .filter((c) => !(TYPE_TWINS[c.sqlite] ?? []).includes(c.postgres));
    expect(mistyped).toEqual([]);
    expect(await postgresIndexes(pool)).toEqual([...sqliteNames(lite, 'index'), ...POSTGRES_ONLY_INDEXES].sort());
    expect(await postgresTriggers(pool)).toEqual(sqliteNames(lite, 'trigger'));
  });

  it('does nothing the second time, whether the pool or the process is new', async () => {
    const { pool, database } = await emptyDatabase();
    await migratePostgres(pool);
    const before = await postgresState(pool);
    expect(await migratePostgres(pool)).toEqual({ applied: [], version: LAST });
    const again = openPostgresPool(cluster().config(database));
    pools.push(again);
    expect(await migratePostgres(again)).toEqual({ applied: [], version: LAST });
    expect(await postgresState(pool)).toEqual(before);
  });

  it('applies each migration once when two instances start at once', async () => {
    const { pool, database } = await emptyDatabase();
    const other = openPostgresPool({ ...cluster().config(database), max: 4 });
    pools.push(other);
    const results = await Promise.all([migratePostgres(pool), migratePostgres(other), migratePostgres(pool)]);
    expect(results.map((r) => r.version)).toEqual([LAST, LAST, LAST]);
    expect(results.flatMap((r) => r.applied).sort((a, b) => a - b)).toEqual(POSTGRES.map((m) => m.version));
    const recorded = await pool.query(`SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version`);
    expect(recorded.rows.map((r) => r.version)).toEqual(POSTGRES.map((m) => m.version));
    // And the schema is whole, not a half of it from each.
    expect((await postgresColumns(pool)).length).toBe(sqliteColumns(sqlite()).length);
  });

  it('rolls a failing migration back entirely, keeping the versions before it', async () => {
    const { pool } = await emptyDatabase();
    await migratePostgres(pool);
    await pool.query(BASE_ROWS);
    const before = await postgresState(pool);
    const rows = async () => (await pool.query(`SELECT id, status FROM grants ORDER BY id`)).rows;
    const grantsBefore = await rows();
    const bad: Migration = {
      version: LAST + 10,
      name: `${LAST + 10}-bad.sql`,
      sql: `CREATE TABLE half_done (x INTEGER);
            UPDATE grants SET status = 'revoked';
            ALTER TABLE grants ADD COLUMN half_done INTEGER;
            CREATE TABLE broken (;`,
    };
    await expect(migratePostgres(pool, { migrations: [...POSTGRES, bad] })).rejects.toThrow(/migration \d+-bad\.sql failed: syntax error/);
    expect(await postgresSchemaVersion(pool)).toBe(LAST);
    expect(await postgresState(pool)).toEqual(before);
    expect(await rows()).toEqual(grantsBefore);

    // On a new database: the first applies, the bad second rolls back, the third is not tried; fixed, it goes to the end.
    const fresh = (await emptyDatabase()).pool;
    const [first, , third] = POSTGRES;
    const bad20: Migration = { version: 20, name: '0020-bad.sql', sql: `CREATE TABLE grant_requests (id BIGINT PRIMARY KEY, created_at BIGINT NOT NULL);
      INSERT INTO grant_requests (id, created_at) VALUES (1, 'not a number');` };
    await expect(migratePostgres(fresh, { migrations: [first!, bad20, third!] })).rejects.toThrow(/0020-bad\.sql failed: invalid input syntax for type bigint/);
    expect(await postgresSchemaVersion(fresh)).toBe(10);
    expect(await fresh.query(`SELECT to_regclass('grant_requests') AS t`)).toMatchObject({ rows: [{ t: null }] });
    expect(await migratePostgres(fresh)).toMatchObject({ version: LAST });
  });

  it('migrates the database of DATABASE_URL when run as a command, once', async () => {
    const database = await cluster().createDatabase();
    const command = () =>
      promisify(execFile)(process.execPath, ['-r', join(projectRoot, 'test/support/ts-register.js'), join(projectRoot, 'src/store/postgres/migrate.ts')], {
        env: { ...process.env, DATABASE_URL: cluster().url(database) },
        timeout: 20_000,
      });
    expect((await command()).stdout).toBe(`applied ${POSTGRES.map((m) => m.version).join(', ')}; schema version ${LAST}\n`);
    expect((await command()).stdout).toBe(`nothing to apply; schema version ${LAST}\n`);
  }, 30_000);

  it('leaves alone a database a newer release has migrated further (a rolling deployment)', async () => {
    const { pool } = await emptyDatabase();
    const newer: Migration = { version: LAST + 10, name: `${LAST + 10}-newer.sql`, sql: `ALTER TABLE entities ADD COLUMN newer TEXT;` };
    await migratePostgres(pool, { migrations: [...POSTGRES, newer] });
    expect(await migratePostgres(pool)).toEqual({ applied: [], version: LAST + 10 });
  });

  it('migrates step by step: upTo stops where it is told', async () => {
    const { pool } = await emptyDatabase();
    expect(await postgresSchemaVersion(pool)).toBe(0);
    expect(await migratePostgres(pool, { upTo: 30 })).toEqual({ applied: [10, 20, 30], version: 30 });
    expect(await migratePostgres(pool, { upTo: 40 })).toEqual({ applied: [40], version: 40 });
  });

  it('0040 gives the requests confirmed before it the same result on both engines', async () => {
    const lite = sqlite(30);
    const { pool } = await emptyDatabase();
    await migratePostgres(pool, { upTo: 30 });
    lite.exec(BASE_ROWS);
    await pool.query(BASE_ROWS);
    migrate(lite, { upTo: 40 });
    await migratePostgres(pool, { upTo: 40 });
    const liteResults = (lite.prepare(`SELECT id, result FROM grant_requests ORDER BY id`).all() as { id: number; result: string }[]).map((r) => ({ id: r.id, result: JSON.parse(r.result) }));
    const pgResults = (await pool.query(`SELECT id, result FROM grant_requests ORDER BY id`)).rows.map((r) => ({ id: r.id, result: JSON.parse(r.result) }));
    expect(pgResults).toEqual(liteResults);
    expect(pgResults[0]!.result.grants).toHaveLength(2);
    expect(pgResults[1]!.result).toEqual({ requestId: 2, userId: 2, grants: [], fn: null });
  });

  it('0700 gives each conversation state, its replies and its notices to the same manager on both engines', async () => {
    const lite = sqlite(600);
    const { pool } = await emptyDatabase();
    await migratePostgres(pool, { upTo: 600 });
    lite.exec(BASE_ROWS + CONVERSATIONS_0600);
    await pool.query(BASE_ROWS + CONVERSATIONS_0600);
    migrate(lite, { upTo: 700 });
    await migratePostgres(pool, { upTo: 700 });
    const queries = [
      `SELECT id, manager_id, reference, locale, snapshot, machine_version, version, updated_at FROM conversations ORDER BY id`,
      `SELECT conversation_id, manager_id, activity_id, replies, at FROM processed_activities ORDER BY conversation_id, activity_id`,
      `SELECT id, conversation_id, manager_id FROM outbox ORDER BY id`,
    ];
    for (const sql of queries) expect((await pool.query(sql)).rows).toEqual(lite.prepare(sql).all());
    expect((await pool.query(`SELECT id FROM conversations ORDER BY id`)).rows.map((r) => r.id)).toEqual(['conv-1', 'conv-ctx', 'conv-old', 'conv-side']);
  });

  it('0800 leaves the notices and mails queued before it unclaimed, due as they were, on both engines', async () => {
    const lite = sqlite(720);
    const { pool } = await emptyDatabase();
    await migratePostgres(pool, { upTo: 720 });
    const queued = `${BASE_ROWS}
      INSERT INTO outbox (conversation_id, request_id, kind, payload, status, next_attempt_at, created_at) VALUES ('conv-1', 1, 'activated', '{}', 'pending', 7, 7);
      UPDATE users SET status = 'invited' WHERE id = 2;
      INSERT INTO mail_outbox (kind, user_id, status, next_attempt_at, created_at) VALUES ('invitation', 2, 'pending', 8, 8);`;
    lite.exec(queued);
    await pool.query(queued);
    migrate(lite, { upTo: 800 });
    expect(await migratePostgres(pool, { upTo: 800 })).toEqual({ applied: [800], version: 800 });
    for (const table of ['outbox', 'mail_outbox']) {
      const sql = `SELECT id, status, next_attempt_at, claimed_by, lease_until FROM ${table} ORDER BY id`;
      expect((await pool.query(sql)).rows).toEqual(lite.prepare(sql).all());
      expect(lite.prepare(sql).all()).toEqual([{ id: 1, status: 'pending', next_attempt_at: table === 'outbox' ? 7 : 8, claimed_by: null, lease_until: null }]);
    }
  });

  /** Statements each engine must accept or refuse alike: the CHECKs, keys and the trigger of the schema. */
  const CASES: { what: string; sql: string; ok: boolean }[] = [
    { what: 'an active flag other than 0 or 1', sql: `UPDATE qualities SET active = 2 WHERE id = 1`, ok: false },
    { what: 'a time that is not a number', sql: `INSERT INTO entities (inami, name, created_at) VALUES ('710338-90', 'X', 'noon')`, ok: false },
    { what: 'a qualité of an unknown entity', sql: `INSERT INTO qualities (entity_id, kind) VALUES (99, 'HOSPITAL')`, ok: false },
    { what: 'a second qualité of one kind in an entity', sql: `INSERT INTO qualities (entity_id, kind) VALUES (1, 'HOSPITAL')`, ok: false },
    { what: 'a function for a nurse', sql: `INSERT INTO functions (code, name_fr, name_nl, name_de, name_en, for_role) VALUES ('N', 'n', 'n', 'n', 'n', 'nurse')`, ok: false },
    { what: 'a HELPDESK role tied to an entity', sql: `INSERT INTO manager_roles (manager_id, role, entity_id) VALUES (2, 'HELPDESK', 1)`, ok: false },
    { what: 'an RAE role without an entity', sql: `INSERT INTO manager_roles (manager_id, role) VALUES (1, 'RAE')`, ok: false },
    { what: 'an RAE role for one qualité', sql: `INSERT INTO manager_roles (manager_id, role, entity_id, quality_id) VALUES (1, 'RAE', 1, 2)`, ok: false },
    { what: 'a GA role for one qualité', sql: `INSERT INTO manager_roles (manager_id, role, entity_id, quality_id) VALUES (1, 'GA', 1, 2)`, ok: true },
    { what: 'the same role twice', sql: `INSERT INTO manager_roles (manager_id, role, entity_id) VALUES (1, 'RAE', 1)`, ok: false },
    { what: 'HELPDESK twice', sql: `INSERT INTO manager_roles (manager_id, role) VALUES (2, 'HELPDESK')`, ok: false },
    { what: 'an unknown role', sql: `INSERT INTO manager_roles (manager_id, role, entity_id) VALUES (1, 'BOSS', 1)`, ok: false },
    { what: 'a manager locale outside fr nl de en', sql: `UPDATE managers SET locale = 'es' WHERE id = 1`, ok: false },
    { what: 'a manager locale', sql: `UPDATE managers SET locale = 'de' WHERE id = 1`, ok: true },
    { what: 'a NISS of 10 digits', sql: `UPDATE users SET niss = '8507300332' WHERE id = 1`, ok: false },
    { what: 'a username taken, in other capitals', sql: `UPDATE users SET username = 'MDupont' WHERE id = 2`, ok: false },
    { what: 'a user language outside fr nl de en', sql: `UPDATE users SET language = 'es' WHERE id = 1`, ok: false },
    { what: 'an unknown user status', sql: `UPDATE users SET status = 'gone' WHERE id = 1`, ok: false },
    { what: 'an application held twice in a qualité', sql: `INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at) VALUES (1, 1, 1, 1, 'pending', 1, 0, 0)`, ok: false },
    {
      what: 'an application granted again once revoked',
      sql: `UPDATE grants SET status = 'revoked' WHERE id = 1;
            INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at) VALUES (1, 1, 1, 1, 'pending', 1, 0, 0)`,
      ok: true,
    },
    { what: 'an unknown grant status', sql: `UPDATE grants SET status = 'paused' WHERE id = 1`, ok: false },
    { what: 'a function ending on its start', sql: `UPDATE function_assignments SET end_date = start_date WHERE id = 1`, ok: false },
    { what: 'a function ending before it starts', sql: `UPDATE function_assignments SET end_date = '2026-03-19' WHERE id = 1`, ok: false },
    { what: 'a function with no end', sql: `UPDATE function_assignments SET end_date = NULL WHERE id = 1`, ok: true },
    { what: 'an unknown function', sql: `UPDATE function_assignments SET function_code = 'NOPE' WHERE id = 1`, ok: false },
    { what: 'an audit outcome other than ok or refused', sql: `INSERT INTO audit_log (at, action, outcome) VALUES (0, 'x', 'maybe')`, ok: false },
    { what: 'a system audit row', sql: `INSERT INTO audit_log (at, action, outcome) VALUES (0, 'activateGrant', 'ok')`, ok: true },
    { what: 'an unknown outbox status', sql: `INSERT INTO outbox (conversation_id, kind, payload, status, next_attempt_at, created_at) VALUES ('c', 'k', '{}', 'queued', 0, 0)`, ok: false },
    {
      what: 'two managers in one conversation id, each once',
      sql: `INSERT INTO conversations (id, manager_id, updated_at) VALUES ('c', 1, 0), ('c', 2, 0)`,
      ok: true,
    },
    { what: 'one manager twice in a conversation id', sql: `INSERT INTO conversations (id, manager_id, updated_at) VALUES ('c', 1, 0), ('c', 1, 0)`, ok: false },
    { what: 'a conversation of an unknown manager', sql: `INSERT INTO conversations (id, manager_id, updated_at) VALUES ('c', 99, 0)`, ok: false },
    { what: 'a Direct Line activity of an unknown conversation', sql: `INSERT INTO directline_activities (conversation_id, seq, activity_id, activity, at) VALUES ('dl', 1, 'a', '{}', 0)`, ok: false },
    {
      what: 'a revocation of an unknown kind',
      sql: `INSERT INTO revocation_requests (idempotency_key, kind, manager_id, entity_id, user_id, created_at, effective_at) VALUES ('k', 'delete', 1, 1, 1, 0, 0)`,
      ok: false,
    },
    {
      what: 'a revocation',
      sql: `INSERT INTO revocation_requests (idempotency_key, kind, manager_id, entity_id, user_id, created_at, effective_at) VALUES ('k', 'endFunction', 1, 1, 1, 0, 0)`,
      ok: true,
    },
    { what: 'a password token that is not a SHA-256', sql: `INSERT INTO password_tokens (user_id, token_hash, created_at, expires_at) VALUES (1, 'short', 0, 0)`, ok: false },
    { what: 'a mail of an unknown kind', sql: `INSERT INTO mail_outbox (kind, user_id, status, next_attempt_at, created_at) VALUES ('reminder', 1, 'pending', 0, 0)`, ok: false },
    { what: 'a tenant id in capitals', sql: `UPDATE entities SET entra_tenant_id = '72F988BF-86F1-41AF-91AB-2D7CD011DB47' WHERE id = 1`, ok: false },
    { what: 'a tenant id that is no GUID', sql: `UPDATE entities SET entra_tenant_id = 'not-a-guid' WHERE id = 1`, ok: false },
    { what: 'a tenant id', sql: `UPDATE entities SET entra_tenant_id = '72f988bf-86f1-41af-91ab-2d7cd011db47' WHERE id = 1`, ok: true },
    { what: 'a domain in capitals', sql: `UPDATE entities SET email_domain = 'Example.org' WHERE id = 1`, ok: false },
    { what: 'an address for a domain', sql: `UPDATE entities SET email_domain = 'someone@example.org' WHERE id = 1`, ok: false },
    { what: 'a domain without a dot', sql: `UPDATE entities SET email_domain = 'localhost' WHERE id = 1`, ok: false },
    { what: 'a domain', sql: `UPDATE entities SET email_domain = 'iris-sud.example.be' WHERE id = 1`, ok: true },
    {
      what: 'a file offer of an unknown manager',
      sql: `INSERT INTO pending_files (id, manager_id, conversation_id, file_name, mime_type, content, created_at, expires_at) VALUES ('f', 99, 'c', 'a.csv', 'text/csv', x'00', 0, 1)`,
      ok: false,
    },
  ];

  it('accepts and refuses the same rows as SQLite: every CHECK, key and reference has its twin', async () => {
    const { lite, pool } = await bothMigratedWithRows();
    const client = await pool.connect();
    const outcomes: { what: string; sqlite: boolean; postgres: boolean; expected: boolean }[] = [];
    try {
      for (const c of CASES) {
        lite.exec('BEGIN');
        let liteOk = true;
        try {
          lite.exec(c.sql);
        } catch {
          liteOk = false;
        }
        lite.exec('ROLLBACK');
        await client.query('BEGIN');
        let pgOk = true;
        try {
          await client.query(c.sql);
        } catch {
          pgOk = false;
        }
        await client.query('ROLLBACK');
        outcomes.push({ what: c.what, sqlite: liteOk, postgres: pgOk, expected: c.ok });
      }
    } finally {
      client.release();
    }
    expect(outcomes.filter((o) => o.sqlite !== o.expected || o.postgres !== o.expected)).toEqual([]);
  });

  it('queues an invitation for an invited user in the insert\'s transaction, on both engines', async () => {
    const { lite, pool } = await bothMigratedWithRows();
    const insert = `INSERT INTO users (niss, username, last_name, first_name, language, email, status, created_at, updated_at)
      VALUES ('78110324621', 'invited1', 'N', 'F', 'fr', 'x@example.org', 'invited', 7, 7),
             ('02022812345', 'active1', 'N', 'F', 'fr', 'y@example.org', 'active', 8, 8)`;
    lite.exec(insert);
    await pool.query(insert);
    const sql = `SELECT id, kind, user_id, status, attempts, next_attempt_at, created_at FROM mail_outbox ORDER BY id`;
    expect((await pool.query(sql)).rows).toEqual(lite.prepare(sql).all());
    expect(lite.prepare(sql).all()).toEqual([{ id: 1, kind: 'invitation', user_id: 3, status: 'pending', attempts: 0, next_attempt_at: 7, created_at: 7 }]);
  });

  it('reads ids, times and bytes as the SQLite store does: numbers and Buffers', async () => {
    const { pool } = await emptyDatabase();
    await migratePostgres(pool);
    await pool.query(BASE_ROWS);
    await pool.query(`INSERT INTO pending_files (id, manager_id, conversation_id, file_name, mime_type, content, created_at, expires_at)
      VALUES ('f', 1, 'c', 'a.csv', 'text/csv', $1, 1773133200000, 1773136800000)`, [Buffer.from('bytes')]);
    const row = (await pool.query(`SELECT p.manager_id, p.content, p.expires_at, (SELECT count(*) FROM users) AS users FROM pending_files p`)).rows[0];
    expect(row).toEqual({ manager_id: 1, content: Buffer.from('bytes'), expires_at: 1773136800000, users: 2 });
  });
});
