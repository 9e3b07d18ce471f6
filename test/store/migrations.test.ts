import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, readMigrations, schemaVersion, type Db, type Migration } from '../../src/store/db';

const MIGRATIONS = readMigrations();
const LAST = MIGRATIONS[MIGRATIONS.length - 1]!.version;
const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);

/**
 * Representative rows for every table, in foreign-key order. A migration that adds a table
 * must add its rows here: the upgrade test refuses a table it cannot fill.
 */
const FIXTURES: { table: string; rows: Record<string, unknown>[] }[] = [
  { table: 'entities', rows: [{ id: 1, inami: '710087-50', name: 'Hôpitaux IRIS Sud', created_at: T0 }] },
  {
    table: 'quality_kinds',
    rows: [
      { code: 'HOSPITAL', name_fr: 'Hôpital', name_nl: 'Ziekenhuis', name_de: 'Krankenhaus', name_en: 'Hospital' },
      { code: 'INAMI_CARE', name_fr: 'Soins', name_nl: 'Zorg', name_de: 'Pflege', name_en: 'Care' },
    ],
  },
  {
    table: 'qualities',
    rows: [
      { id: 1, entity_id: 1, kind: 'HOSPITAL', active: 1 },
      { id: 2, entity_id: 1, kind: 'INAMI_CARE', active: 0 },
    ],
  },
  {
    table: 'applications',
    rows: [
      {
        id: 1, code: 'EBIRTH', name_fr: 'eBirth', name_nl: 'eBirth', name_de: 'eBirth', name_en: 'eBirth',
        description_fr: 'Naissances', description_nl: '', description_de: '', description_en: '',
        aliases: '["ebirth"]', collaborator_needs_function: 0,
      },
      {
        id: 2, code: 'HOSPILISS', name_fr: 'Hospiliss', name_nl: 'Hospiliss', name_de: 'Hospiliss', name_en: 'Hospiliss',
        description_fr: '', description_nl: '', description_de: '', description_en: '',
        aliases: '[]', collaborator_needs_function: 1,
      },
    ],
  },
  {
    table: 'application_quality_kinds',
    rows: [
      { application_id: 1, quality_kind: 'HOSPITAL' },
      { application_id: 2, quality_kind: 'HOSPITAL' },
    ],
  },
  {
    table: 'functions',
    rows: [{ code: 'COLLAB_SPECIALIST', name_fr: 'Collab', name_nl: 'Medew', name_de: 'Mitarb', name_en: 'Collab', for_role: 'doctor' }],
  },
  {
    table: 'managers',
    rows: [
      { id: 1, channel_user_id: 'chan-1', aad_object_id: 'aad-1', name: 'Sophie Lambert', created_at: T0 },
      { id: 2, channel_user_id: 'chan-2', aad_object_id: null, name: 'Helpdesk', created_at: T0 },
    ],
  },
  {
    table: 'manager_roles',
    rows: [
      { id: 1, manager_id: 1, role: 'RAE', entity_id: 1, quality_id: null },
      { id: 2, manager_id: 1, role: 'GA', entity_id: 1, quality_id: 2 },
      { id: 3, manager_id: 2, role: 'HELPDESK', entity_id: null, quality_id: null },
    ],
  },
  {
    table: 'users',
    rows: [
      {
        id: 1, niss: '85073003328', username: 'mdupont', last_name: 'Dupont', first_name: 'Marie', title: 'Dr',
        language: 'fr', email: 'marie.dupont@example.org', local_email: null, status: 'active', password_hash: null,
        created_at: T0, updated_at: T0,
      },
    ],
  },
  { table: 'user_memberships', rows: [{ user_id: 1, quality_id: 1, created_at: T0 }] },
  {
    table: 'grant_requests',
    rows: [{ id: 1, idempotency_key: 'key-1', manager_id: 1, quality_id: 1, user_id: 1, conversation_id: 'conv-1', created_at: T0 }],
  },
  {
    table: 'grants',
    rows: [
      {
        id: 1, request_id: 1, user_id: 1, application_id: 1, quality_id: 1, status: 'pending', requested_by: 1,
        requested_at: T0, active_at: T0 + 1_200_000, activated_at: null, revoked_at: null,
      },
    ],
  },
  {
    table: 'function_assignments',
    rows: [
      {
        id: 1, request_id: 1, user_id: 1, quality_id: 1, function_code: 'COLLAB_SPECIALIST', start_date: '2026-03-20',
        end_date: null, status: 'pending', active_at: T0 + 86_400_000, activated_at: null, created_by: 1, created_at: T0,
      },
    ],
  },
  {
    table: 'audit_log',
    rows: [
      {
        id: 1, at: T0, manager_id: 1, action: 'grantAccess', outcome: 'ok', entity_id: 1, quality_id: 1, user_id: 1,
        request_id: 1, details: '{"grantId":1}',
      },
      {
        id: 2, at: T0, manager_id: null, action: 'activateGrant', outcome: 'ok', entity_id: 1, quality_id: 1, user_id: 1,
        request_id: 1, details: '{}',
      },
    ],
  },
  {
    table: 'conversations',
    rows: [
      {
        id: 'conv-1', manager_id: 1, reference: '{"a":1}', locale: 'nl', snapshot: '{"sesameFlows":1,"grant":{"context":{"managerId":1}},"side":null,"seq":0}',
        machine_version: 3, version: 2, updated_at: T0,
      },
    ],
  },
  { table: 'processed_activities', rows: [{ conversation_id: 'conv-1', manager_id: 1, activity_id: 'act-1', replies: '[]', at: T0 }] },
  { table: 'directline_conversations', rows: [{ id: 'dl-1', user_id: 'chan-1', created_at: T0 }] },
  {
    table: 'directline_activities',
    rows: [{ conversation_id: 'dl-1', seq: 1, activity_id: 'dl-1|0000001', activity: '{"type":"message"}', at: T0 }],
  },
  { table: 'card_messages', rows: [{ conversation_id: 'conv-1', marker: '1.0', slot: 'confirm', activity_id: 'dl-1|0000001', activity: '{}', at: T0 }] },
  {
    table: 'outbox',
    rows: [
      {
        id: 1, conversation_id: 'conv-1', request_id: 1, kind: 'activated', payload: '{}', status: 'pending', attempts: 0,
        next_attempt_at: T0, created_at: T0, sent_at: null,
      },
    ],
  },
  {
    table: 'personal_chats',
    rows: [{ manager_id: 1, channel_id: 'msteams', conversation_id: 'a:1on1', reference: '{"conversation":{"id":"a:1on1"}}', updated_at: T0 }],
  },
  {
    table: 'revocation_requests',
    rows: [
      {
        id: 1, idempotency_key: 'rev-1', kind: 'revokeApplications', manager_id: 1, entity_id: 1, quality_id: 1, user_id: 1,
        conversation_id: 'conv-1', created_at: T0, effective_at: T0 + 1_200_000, applied_at: null, result: '{}',
      },
    ],
  },
  {
    table: 'password_tokens',
    rows: [{ id: 1, user_id: 1, token_hash: 'a'.repeat(64), created_at: T0, expires_at: T0 + 3_600_000, used_at: null, revoked_at: null }],
  },
  {
    table: 'pending_files',
    rows: [{ id: 'f'.repeat(32), manager_id: 1, conversation_id: 'conv-1', file_name: 'a.csv', mime_type: 'text/csv', content: Buffer.from('x'), created_at: T0, expires_at: T0 + 3_600_000 }],
  },
  {
    table: 'mail_outbox',
    rows: [
      {
        id: 1, kind: 'invitation', user_id: 1, status: 'pending', attempts: 0, next_attempt_at: T0, last_error: null, created_at: T0,
        sent_at: null,
      },
    ],
  },
];

/** Tables and indexes each migration creates, written out so a changed migration is noticed. */
const CREATES: Record<number, { tables: string[]; indexes: string[] }> = {
  10: {
    tables: ['entities', 'quality_kinds', 'qualities', 'applications', 'application_quality_kinds', 'functions', 'managers', 'manager_roles', 'users', 'user_memberships'],
    indexes: ['manager_roles_byManagerRoleScope', 'user_memberships_byQuality'],
  },
  20: {
    tables: ['grant_requests', 'grants', 'function_assignments', 'audit_log'],
    indexes: [
      'grants_byUserApplicationQuality', 'grants_byStatusActiveAt', 'grants_byRequest',
      'function_assignments_byStatusActiveAt', 'function_assignments_byUser', 'audit_log_byUser', 'audit_log_byEntity',
    ],
  },
  30: {
    tables: ['conversations', 'processed_activities', 'outbox'],
    indexes: ['processed_activities_byAt', 'outbox_byStatusNextAttempt'],
  },
  40: { tables: [], indexes: [] },
  50: { tables: [], indexes: [] },
  100: { tables: ['directline_conversations', 'directline_activities'], indexes: ['directline_conversations_byUser'] },
  110: { tables: ['card_messages'], indexes: [] },
  120: { tables: [], indexes: ['directline_activities_byAt'] },
  200: { tables: ['personal_chats'], indexes: [] },
  300: { tables: ['revocation_requests'], indexes: ['revocation_requests_byAppliedEffective'] },
  310: { tables: ['password_tokens', 'mail_outbox'], indexes: ['password_tokens_byUser', 'mail_outbox_byStatusNextAttempt'] },
  400: { tables: [], indexes: ['function_assignments_byRequest'] },
  600: { tables: ['pending_files'], indexes: ['pending_files_byExpiresAt'] },
  // Rebuilt with the manager in their primary key (SQLite's way to change one): same names.
  700: { tables: ['conversations', 'processed_activities'], indexes: ['processed_activities_byAt'] },
  710: { tables: [], indexes: ['entities_byEntraTenantId', 'entities_byEmailDomain'] },
  720: { tables: [], indexes: ['audit_log_refusalsByAction'] },
  800: { tables: [], indexes: ['outbox_byClaimedBy', 'mail_outbox_byClaimedBy'] },
};

function emptyDb(): Db {
  return openDatabase(':memory:', { migrate: false });
}

function objects(db: Db, type: 'table' | 'index'): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).all(type) as {
      name: string;
    }[]
  ).map((r) => r.name);
}

function schema(db: Db): { type: string; name: string; sql: string | null }[] {
  return db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all() as {
    type: string; name: string; sql: string | null;
  }[];
}

/** Inserts the fixtures of these tables; a column a later migration adds is left out before it. */
function insertFixtures(db: Db, tables: string[]): void {
  for (const { table, rows } of FIXTURES) {
    if (!tables.includes(table)) continue;
    const existing = new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name));
    for (const row of rows) {
      const cols = Object.keys(row).filter((c) => existing.has(c));
      db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
    }
  }
}

function dump(db: Db, tables: string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

/** CREATE TABLE / CREATE INDEX names found in a migration's SQL. */
function createdBy(sql: string): { tables: string[]; indexes: string[] } {
  const tables = [...sql.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi)].map((m) => m[1]!);
  const indexes = [...sql.matchAll(/CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi)].map((m) => m[1]!);
  return { tables, indexes };
}

describe('readMigrations', () => {
  it('finds the project migrations in ascending, unique versions', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([10, 20, 30, 40, 50, 100, 110, 120, 200, 300, 310, 400, 600, 700, 710, 720, 800]);
    expect(new Set(versions).size).toBe(versions.length);
    expect(MIGRATIONS.map((m) => m.name)).toEqual([
      '0010-catalog-and-people.sql', '0020-access.sql', '0030-conversations.sql', '0040-grant-request-result.sql', '0050-manager-locale.sql',
      '0100-directline.sql', '0110-card-messages.sql', '0120-directline-retention.sql', '0200-personal-chats.sql', '0300-take-access-away.sql',
      '0310-password-invitations.sql', '0400-activation-by-request.sql', '0600-pending-files.sql', '0700-conversation-per-manager.sql',
      '0710-entity-vouching.sql',
      '0720-refusals-index.sql', '0800-outbox-leases.sql',
    ]);
  });

  describe('in a directory of its own', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'sesame-migrations-'));
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('sorts by version and ignores files that are not NNNN-name.sql', () => {
      writeFileSync(join(dir, '0002-second.sql'), 'CREATE TABLE b (x INTEGER) STRICT;');
      writeFileSync(join(dir, '0001-first.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
      writeFileSync(join(dir, 'README.md'), '# not a migration');
      writeFileSync(join(dir, '3-short.sql'), 'CREATE TABLE c (x INTEGER);');
      writeFileSync(join(dir, '0004-draft.sql.bak'), 'CREATE TABLE d (x INTEGER);');
      const found = readMigrations(dir);
      expect(found.map((m) => [m.version, m.name])).toEqual([
        [1, '0001-first.sql'],
        [2, '0002-second.sql'],
      ]);
      expect(found[0]!.sql).toBe('CREATE TABLE a (x INTEGER) STRICT;');
    });
  });
});

describe('migrate', () => {
  it('has a fixture for every table of the final schema', () => {
    const db = emptyDb();
    migrate(db);
    expect(objects(db, 'table').sort()).toEqual(FIXTURES.map((f) => f.table).sort());
    db.close();
  });

  it('lists, for each migration, exactly the tables and indexes its SQL creates', () => {
    for (const m of MIGRATIONS) {
      const expected = CREATES[m.version];
      expect(expected).toBeDefined();
      const found = createdBy(m.sql);
      expect(found.tables.sort()).toEqual([...expected!.tables].sort());
      expect(found.indexes.sort()).toEqual([...expected!.indexes].sort());
    }
  });

  describe.each(MIGRATIONS.map((m, i) => [m.version, MIGRATIONS[i - 1]?.version ?? 0] as const))(
    'upgrading to %i (from %i)',
    (version, previous) => {
      it('keeps the rows of existing tables and adds the new tables and indexes', () => {
        const db = emptyDb();
        expect(migrate(db, { upTo: version - 1 })).toBe(previous);
        expect(schemaVersion(db)).toBe(previous);

        const tablesBefore = objects(db, 'table');
        const indexesBefore = objects(db, 'index');
        for (const t of tablesBefore) expect(FIXTURES.map((f) => f.table)).toContain(t);
        insertFixtures(db, tablesBefore);
        const rowsBefore = dump(db, tablesBefore);
        for (const t of tablesBefore) expect(rowsBefore[t]!.length).toBeGreaterThan(0);

        expect(migrate(db, { upTo: version })).toBe(version);
        expect(schemaVersion(db)).toBe(version);

        // Old rows intact, byte for byte (a migration may add columns, never change a value), rebuilt tables included.
        expect(dump(db, tablesBefore)).toMatchObject(rowsBefore);
        // New objects exist, and only those; a rebuilt table or index keeps its name.
        const created = CREATES[version]!;
        const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
        expect(objects(db, 'table').sort()).toEqual(union(tablesBefore, created.tables));
        expect(objects(db, 'index').sort()).toEqual(union(indexesBefore, created.indexes));

        // The new tables accept their representative rows next to the old ones (foreign keys hold).
        const added = created.tables.filter((t) => !tablesBefore.includes(t));
        insertFixtures(db, added);
        for (const t of added) {
          expect((db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n).toBeGreaterThan(0);
        }
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
      });
    },
  );

  it('migrates an empty database to the last version in one call', () => {
    const db = emptyDb();
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toBe(LAST);
    expect(schemaVersion(db)).toBe(LAST);
    db.close();
  });

  it('is what openDatabase does by default', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(LAST);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('makes every table STRICT', () => {
    const db = emptyDb();
    migrate(db);
    const list = (db.pragma('table_list') as { schema: string; name: string; type: string; strict: number }[]).filter(
      (t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'),
    );
    expect(list.map((t) => t.name).sort()).toEqual(FIXTURES.map((f) => f.table).sort());
    for (const t of list) expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 });
    db.close();
  });

  it.each([
    ['entities', `INSERT INTO entities (inami, name, created_at) VALUES ('710087-50', 'X', 'yesterday')`],
    ['qualities', `INSERT INTO qualities (entity_id, kind, active) VALUES ('one', 'HOSPITAL', 1)`],
    ['grants', `UPDATE grants SET active_at = 'soon'`],
    ['users', `UPDATE users SET created_at = 'now'`],
    ['conversations', `UPDATE conversations SET version = 'two'`],
    ['outbox', `UPDATE outbox SET attempts = 1.5`],
    ['audit_log', `UPDATE audit_log SET at = x'00'`],
    ['personal_chats', `UPDATE personal_chats SET updated_at = 'now'`],
  ])('STRICT %s rejects a value of the wrong type', (_table, sql) => {
    const db = emptyDb();
    migrate(db);
    insertFixtures(db, objects(db, 'table'));
    expect(() => db.exec(sql)).toThrow(/cannot store (TEXT|REAL|BLOB) value in INTEGER column/);
    db.close();
  });

  it('rejects rows the CHECK constraints forbid', () => {
    const db = emptyDb();
    migrate(db);
    insertFixtures(db, objects(db, 'table'));
    expect(() => db.exec(`UPDATE users SET niss = '123'`)).toThrow(/CHECK constraint failed/);
    expect(() => db.exec(`INSERT INTO manager_roles (manager_id, role, entity_id) VALUES (1, 'HELPDESK', 1)`)).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => db.exec(`INSERT INTO manager_roles (manager_id, role, entity_id, quality_id) VALUES (1, 'RAE', 1, 1)`)).toThrow(
      /CHECK constraint failed/,
    );
    // The same role and scope twice, even for HELPDESK whose entity is NULL.
    expect(() => db.exec(`INSERT INTO manager_roles (manager_id, role, entity_id) VALUES (2, 'HELPDESK', NULL)`)).toThrow(
      /UNIQUE constraint failed/,
    );
    // A person holds an application once per qualité, unless the earlier grant was revoked.
    const dup = `INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at)
                 VALUES (1, 1, 1, 1, 'pending', 1, 0, 0)`;
    expect(() => db.exec(dup)).toThrow(/UNIQUE constraint failed/);
    db.exec(`UPDATE grants SET status = 'revoked' WHERE id = 1`);
    expect(() => db.exec(dup)).not.toThrow();
    db.close();
  });

  it('does nothing when run again', () => {
    const db = emptyDb();
    migrate(db);
    const tables = objects(db, 'table');
    insertFixtures(db, tables);
    const before = { schema: schema(db), rows: dump(db, tables) };
    expect(migrate(db)).toBe(LAST);
    expect(migrate(db, { upTo: LAST })).toBe(LAST);
    expect(schemaVersion(db)).toBe(LAST);
    expect({ schema: schema(db), rows: dump(db, tables) }).toEqual(before);
    db.close();
  });

  it('never goes down when upTo is below the current version', () => {
    const db = emptyDb();
    migrate(db);
    expect(migrate(db, { upTo: 10 })).toBe(LAST);
    expect(objects(db, 'table')).toContain('outbox');
    db.close();
  });

  it('rolls back a failing migration: user_version, schema and rows are unchanged', () => {
    const db = emptyDb();
    migrate(db);
    const tables = objects(db, 'table');
    insertFixtures(db, tables);
    const before = { schema: schema(db), rows: dump(db, tables) };
    const bad: Migration = {
      version: LAST + 10,
      name: `${LAST + 10}-bad.sql`,
      sql: `CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT;
            CREATE INDEX entities_byName ON entities (name);
            ALTER TABLE users ADD COLUMN phone TEXT;
            INSERT INTO entities (inami, name, created_at) VALUES ('710338-90', 'Added', 0);
            DELETE FROM outbox;
            CREATE TABLE broken (;`,
    };
    expect(() => migrate(db, { migrations: [...MIGRATIONS, bad] })).toThrow();
    expect(schemaVersion(db)).toBe(LAST);
    expect({ schema: schema(db), rows: dump(db, tables) }).toEqual(before);
    db.close();
  });

  it('keeps the migrations before a failing one and applies none after it', () => {
    const db = emptyDb();
    const [first, , third] = MIGRATIONS;
    const bad: Migration = {
      version: 20,
      name: '0020-bad.sql',
      sql: `CREATE TABLE grant_requests (id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL) STRICT;
            INSERT INTO grant_requests (created_at) VALUES ('not a number');`,
    };
    expect(() => migrate(db, { migrations: [first!, bad, third!] })).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(schemaVersion(db)).toBe(10);
    expect(objects(db, 'table').sort()).toEqual([...CREATES[10]!.tables].sort());

    // Fixed, the same database migrates to the end.
    expect(migrate(db)).toBe(LAST);
    expect(objects(db, 'table').sort()).toEqual(FIXTURES.map((f) => f.table).sort());
    db.close();
  });
});

describe('0040: requests keep the result they gave', () => {
  it('backfills the result of requests confirmed before, as the replay of that time rebuilt it', () => {
    const db = emptyDb();
    migrate(db, { upTo: 30 });
    insertFixtures(db, objects(db, 'table'));
    const requests = db.prepare(`SELECT id, user_id FROM grant_requests ORDER BY id`).all() as { id: number; user_id: number }[];
    const expected = requests.map((r) => {
      const grants = db
        .prepare(`SELECT g.id, a.code, g.active_at FROM grants g JOIN applications a ON a.id = g.application_id WHERE g.request_id = ? ORDER BY g.id`)
        .all(r.id) as { id: number; code: string; active_at: number }[];
      const fn = db.prepare(`SELECT id, function_code, start_date, end_date, active_at FROM function_assignments WHERE request_id = ?`).get(r.id) as
        | { id: number; function_code: string; start_date: string; end_date: string | null; active_at: number }
        | undefined;
      return {
        requestId: r.id,
        userId: r.user_id,
        grants: grants.map((g) => ({ id: g.id, applicationCode: g.code, activeAt: g.active_at, alreadyHeld: false })),
        fn: fn ? { id: fn.id, code: fn.function_code, startDate: fn.start_date, endDate: fn.end_date, activeAt: fn.active_at, alreadyHeld: false } : null,
      };
    });
    expect(requests.length).toBeGreaterThan(0);
    migrate(db, { upTo: 40 });
    const results = (db.prepare(`SELECT result FROM grant_requests ORDER BY id`).all() as { result: string }[]).map((r) => JSON.parse(r.result));
    expect(results).toEqual(expected);
    db.close();
  });
});

describe('0300: taking access away', () => {
  it('leaves existing grants, functions and memberships with nothing scheduled', () => {
    const db = emptyDb();
    migrate(db, { upTo: 40 });
    insertFixtures(db, objects(db, 'table'));
    migrate(db, { upTo: 300 });
    expect(db.prepare(`SELECT revoke_at, revoke_request_id FROM grants`).all()).toEqual([{ revoke_at: null, revoke_request_id: null }]);
    expect(db.prepare(`SELECT end_at, end_request_id FROM function_assignments`).all()).toEqual([{ end_at: null, end_request_id: null }]);
    expect(db.prepare(`SELECT remove_at, remove_request_id FROM user_memberships`).all()).toEqual([{ remove_at: null, remove_request_id: null }]);
    expect(() => db.exec(`INSERT INTO revocation_requests (idempotency_key, kind, manager_id, entity_id, user_id, created_at, effective_at)
      VALUES ('k', 'delete', 1, 1, 1, 0, 0)`)).toThrow(/CHECK constraint failed/);
    db.close();
  });
});

describe('0310: invitations', () => {
  it('queues an invitation for each invited user created from then on, in the same transaction, not for others', () => {
    const db = emptyDb();
    migrate(db, { upTo: 300 });
    insertFixtures(db, objects(db, 'table'));
    migrate(db, { upTo: 310 });
    expect(db.prepare(`SELECT count(*) AS n FROM mail_outbox`).get()).toEqual({ n: 0 });
    const insert = db.prepare(`INSERT INTO users (niss, username, last_name, first_name, language, email, status, created_at, updated_at)
      VALUES (?, ?, 'N', 'F', 'fr', 'x@example.org', ?, ?, ?)`);
    insert.run('90041212377', 'invited1', 'invited', T0, T0);
    insert.run('78110324621', 'active1', 'active', T0, T0);
    expect(db.prepare(`SELECT kind, user_id, status, next_attempt_at FROM mail_outbox`).all()).toEqual([
      { kind: 'invitation', user_id: 2, status: 'pending', next_attempt_at: T0 },
    ]);
    expect(() => db.prepare(`INSERT INTO password_tokens (user_id, token_hash, created_at, expires_at) VALUES (1, 'short', 0, 0)`).run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('0400: activation finds a request\'s rows by request id', () => {
  it('updates grants and function assignments through their request index, not by scanning what is due', () => {
    const db = emptyDb();
    migrate(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan(`UPDATE function_assignments INDEXED BY function_assignments_byRequest SET status = 'active' WHERE request_id = 1 AND status = 'pending'`)).toContain('function_assignments_byRequest');
    expect(plan(`UPDATE grants INDEXED BY grants_byRequest SET status = 'active' WHERE request_id = 1 AND status = 'pending'`)).toContain('grants_byRequest');
    db.close();
  });
});

describe('0600: files offered in Teams wait as bytes, found by expiry', () => {
  it('stores the content as a BLOB only, and prunes through the expiry index', () => {
    const db = emptyDb();
    migrate(db);
    db.prepare(`INSERT INTO managers (id, channel_user_id, aad_object_id, name, created_at) VALUES (1, 'c', NULL, 'M', 0)`).run();
    const insert = db.prepare(
      `INSERT INTO pending_files (id, manager_id, conversation_id, file_name, mime_type, content, created_at, expires_at) VALUES (?, 1, 'conv', 'a.csv', 'text/csv', ?, 0, 1)`,
    );
    insert.run('a', Buffer.from('bytes'));
    expect(() => insert.run('b', 'text is not bytes')).toThrow(/cannot store TEXT value in BLOB column/);
    expect(() => db.prepare(`INSERT INTO pending_files (id, manager_id, conversation_id, file_name, mime_type, content, created_at, expires_at) VALUES ('c', 99, 'x', 'f', 'm', x'00', 0, 1)`).run()).toThrow(/FOREIGN KEY/);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN DELETE FROM pending_files WHERE expires_at <= 5`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan).toContain('pending_files_byExpiresAt');
    db.close();
  });
});

describe('0700: a conversation id holds one state per manager', () => {
  const rows = (db: Db, sql: string) => db.prepare(sql).all();

  it('carries each state to the manager its snapshot names, their replies and the notices for them; a state naming nobody goes', () => {
    const db = emptyDb();
    migrate(db, { upTo: 600 });
    insertFixtures(db, objects(db, 'table'));
    const insertConversation = db.prepare(
      `INSERT INTO conversations (id, reference, locale, snapshot, machine_version, version, updated_at) VALUES (?, '{"r":1}', 'fr', ?, 3, 1, ?)`,
    );
    insertConversation.run('conv-side', '{"sesameFlows":1,"grant":null,"side":{"flow":"people","version":1,"state":{"managerId":2}},"seq":1}', T0);
    insertConversation.run('conv-old', '{"value":"askNiss","context":{"managerId":2}}', T0);
    insertConversation.run('conv-nobody', '{"s":1}', T0);
    insertConversation.run('conv-broken', 'not json', T0);
    db.prepare(`INSERT INTO processed_activities (conversation_id, activity_id, replies, at) VALUES ('conv-side', 'a', '[1]', ?), ('conv-nobody', 'b', '[2]', ?)`).run(T0, T0);
    const insertOutbox = db.prepare(
      `INSERT INTO outbox (conversation_id, request_id, kind, payload, status, next_attempt_at, created_at) VALUES (?, NULL, 'deactivated', '{}', 'pending', ?, ?)`,
    );
    insertOutbox.run('conv-side', T0, T0);
    insertOutbox.run('conv-nobody', T0, T0);

    migrate(db, { upTo: 700 });

    expect(rows(db, `SELECT id, manager_id FROM conversations ORDER BY id`)).toEqual([
      { id: 'conv-1', manager_id: 1 },
      { id: 'conv-old', manager_id: 2 },
      { id: 'conv-side', manager_id: 2 },
    ]);
    expect(rows(db, `SELECT conversation_id, manager_id, activity_id FROM processed_activities ORDER BY conversation_id`)).toEqual([
      { conversation_id: 'conv-1', manager_id: 1, activity_id: 'act-1' },
      { conversation_id: 'conv-side', manager_id: 2, activity_id: 'a' },
    ]);
    // The grant's notice: its request's manager; a revocation's: the one manager the conversation had.
    expect(rows(db, `SELECT conversation_id, manager_id FROM outbox ORDER BY id`)).toEqual([
      { conversation_id: 'conv-1', manager_id: 1 },
      { conversation_id: 'conv-side', manager_id: 2 },
      { conversation_id: 'conv-nobody', manager_id: null },
    ]);
    db.close();
  });

  it('lets two managers hold a state in one conversation id, each once', () => {
    const db = emptyDb();
    migrate(db);
    insertFixtures(db, objects(db, 'table'));
    const insert = db.prepare(`INSERT INTO conversations (id, manager_id, updated_at) VALUES ('conv-1', ?, 0)`);
    insert.run(2);
    expect(() => insert.run(1)).toThrow(/UNIQUE/);
    expect(() => insert.run(99)).toThrow(/FOREIGN KEY/);
    const replied = db.prepare(`INSERT INTO processed_activities (conversation_id, manager_id, activity_id, replies, at) VALUES ('conv-1', ?, 'act-1', '[]', 0)`);
    replied.run(2);
    expect(() => replied.run(1)).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('0710: whom an entity vouches for', () => {
  const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

  it('leaves existing entities vouching for nobody, and takes a lower-case tenant id and domain', () => {
    const db = emptyDb();
    migrate(db, { upTo: 600 });
    insertFixtures(db, objects(db, 'table'));
    migrate(db, { upTo: 710 });
    expect(db.prepare(`SELECT entra_tenant_id, email_domain FROM entities`).all()).toEqual([{ entra_tenant_id: null, email_domain: null }]);
    db.prepare(`UPDATE entities SET entra_tenant_id = ?, email_domain = ? WHERE id = 1`).run(TENANT, 'iris-sud.example.be');
    // Two entities of one hospital group may share a tenant.
    db.prepare(`INSERT INTO entities (inami, name, created_at, entra_tenant_id) VALUES ('710338-90', 'Sainte-Anne', 0, ?)`).run(TENANT);
    db.close();
  });

  it.each([
    ['entra_tenant_id', TENANT.toUpperCase()],
    ['entra_tenant_id', 'not-a-guid'],
    ['email_domain', 'Example.org'],
    ['email_domain', 'someone@example.org'],
    ['email_domain', 'localhost'],
  ])('refuses %s = %s', (column, value) => {
    const db = emptyDb();
    migrate(db);
    insertFixtures(db, objects(db, 'table'));
    expect(() => db.prepare(`UPDATE entities SET ${column} = ? WHERE id = 1`).run(value)).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('finds the entities of a tenant or a domain through their indexes', () => {
    const db = emptyDb();
    migrate(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan(`SELECT id FROM entities WHERE entra_tenant_id = 'x'`)).toContain('entities_byEntraTenantId');
    expect(plan(`SELECT id FROM entities WHERE email_domain = 'x'`)).toContain('entities_byEmailDomain');
    db.close();
  });
});

describe('0800: outbox leases', () => {
  it('leaves the notices and mails queued before it unclaimed, due as they were', () => {
    const db = emptyDb();
    migrate(db, { upTo: 720 });
    insertFixtures(db, objects(db, 'table'));
    migrate(db, { upTo: 800 });
    for (const table of ['outbox', 'mail_outbox']) {
      expect(db.prepare(`SELECT status, next_attempt_at, claimed_by, lease_until FROM ${table}`).all()).toEqual([
        { status: 'pending', next_attempt_at: T0, claimed_by: null, lease_until: null },
      ]);
    }
    expect(() => db.exec(`UPDATE outbox SET lease_until = 'soon'`)).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('claims through the due index and gives a holder\'s rows back through its own', () => {
    const db = emptyDb();
    migrate(db);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    for (const table of ['outbox', 'mail_outbox']) {
      expect(plan(`SELECT id FROM ${table} WHERE status = 'pending' AND next_attempt_at <= 5 ORDER BY id LIMIT 20`)).toContain(`${table}_byStatusNextAttempt`);
      expect(plan(`UPDATE ${table} SET next_attempt_at = 5 WHERE claimed_by = 'h' AND status = 'pending'`)).toContain(`${table}_byClaimedBy`);
    }
    db.close();
  });
});
