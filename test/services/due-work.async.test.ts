/** Due work on the async interface: claimed once, on either engine, whatever the number of claimers. */
import { AsyncDueWork } from '../../src/services/due-work.async';
import { AsyncAuditWriter } from '../../src/services/audit';
import { servicesOf } from '../../src/services';
import { migratePostgres } from '../../src/store/postgres/migrate';
import { openPostgresPool } from '../../src/store/postgres/pool';
import { PostgresSql } from '../../src/store/sql/pg-sql';
import type { Sql, SqlStore } from '../../src/store/sql/sql';
import { SqliteSql } from '../../src/store/sql/sqlite-sql';
import type { Store } from '../../src/store/store';
import { describeEachEngine, describePostgres } from '../support/postgres';
import { seedCatalog, seedDueGrants } from '../support/due-grants';
import { DELAY, demoStore, NOW } from '../store/fixtures';
import { lookUp, type Ids } from '../store/people-fixtures';

const DUE = NOW + DELAY;
const dueWork = (sql: SqlStore) => new AsyncDueWork(sql, new AsyncAuditWriter(sql));
const n = async (sql: Sql, from: string) => (await sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${from}`))!.n;

/**
 * One entity, two applications, one function, five people; four grant requests, the third due a
 * minute later, the fourth asked outside a conversation (no notice to send).
 */
async function seed(sql: SqlStore): Promise<void> {
  await sql.transaction(async (tx) => {
    await seedCatalog(tx);
    for (const statement of [
      `INSERT INTO applications (code, name_fr, name_nl, name_de, name_en) VALUES ('EBIRTH', 'eBirth fr', 'eBirth nl', 'eBirth de', 'eBirth en')`,
      `INSERT INTO functions (code, name_fr, name_nl, name_de, name_en, for_role)
       VALUES ('COLLAB_DOCTOR', 'collaborateur médecin-spécialiste', 'medewerker', 'Mitarbeiter', 'collaborator', 'doctor')`,
    ]) await tx.run(statement);
    for (const u of [1, 2, 3, 4, 5]) {
      await tx.run(
        `INSERT INTO users (niss, username, last_name, first_name, title, language, email, status, created_at, updated_at)
         VALUES (?, ?, ?, 'Marie', ?, 'fr', 'm@example.org', ?, 0, 0)`,
        [`8507300332${u}`, `user${u}`, `Dupont${u}`, u === 1 ? 'Dr' : null, u === 2 ? 'disabled' : 'active'],
      );
    }
  });
  const request = (user: number, conversation: string | null, apps: number[], activeAt: number, fn = false) =>
    sql.transaction(async (tx) => {
      const r = (await tx.get<{ id: number }>(
        `INSERT INTO grant_requests (idempotency_key, manager_id, quality_id, user_id, conversation_id, created_at) VALUES (?, 1, 1, ?, ?, ?) RETURNING id`,
        [`key-${user}`, user, conversation, NOW],
      ))!;
      for (const app of apps) {
        await tx.run(
          `INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at) VALUES (?, ?, ?, 1, 'pending', 1, ?, ?)`,
          [r.id, user, app, NOW, activeAt],
        );
      }
      if (fn) {
        await tx.run(
          `INSERT INTO function_assignments (request_id, user_id, quality_id, function_code, start_date, end_date, status, active_at, created_by, created_at)
           VALUES (?, ?, 1, 'COLLAB_DOCTOR', '2026-03-10', NULL, 'pending', ?, 1, ?)`,
          [r.id, user, activeAt, NOW],
        );
      }
    });
  await request(1, 'conv-1', [1, 2], DUE);
  await request(2, 'conv-2', [1], DUE, true);
  await request(3, 'conv-3', [1], DUE + 60_000);
  await request(4, null, [2], DUE);
}

describeEachEngine('due work on the async interface', (open) => {
  let sql: SqlStore;
  beforeEach(async () => {
    sql = await open();
    await seed(sql);
  });
  afterEach(async () => {
    await sql.close();
  });

  it('activates each due grant once, with one audit row each and one notice per request that has a conversation', async () => {
    const lags: number[][] = [];
    const work = dueWork(sql);
    work.onActivated = (l) => lags.push(l);
    expect(await work.activateDue(DUE + 5_000)).toEqual({ grants: 4, functions: 1, notifications: 2 });
    expect(await sql.query(`SELECT id, status, activated_at FROM grants ORDER BY id`)).toEqual([
      { id: 1, status: 'active', activated_at: DUE + 5_000 },
      { id: 2, status: 'active', activated_at: DUE + 5_000 },
      { id: 3, status: 'active', activated_at: DUE + 5_000 },
      // Not yet due: untouched.
      { id: 4, status: 'pending', activated_at: null },
      { id: 5, status: 'active', activated_at: DUE + 5_000 },
    ]);
    expect(await sql.query(`SELECT action, manager_id, user_id, request_id, details FROM audit_log ORDER BY id`)).toEqual([
      { action: 'activateGrant', manager_id: null, user_id: 1, request_id: 1, details: '{"grantId":1}' },
      { action: 'activateGrant', manager_id: null, user_id: 1, request_id: 1, details: '{"grantId":2}' },
      { action: 'activateGrant', manager_id: null, user_id: 2, request_id: 2, details: '{"grantId":3}' },
      { action: 'activateFunction', manager_id: null, user_id: 2, request_id: 2, details: '{"functionAssignmentId":1}' },
      { action: 'activateGrant', manager_id: null, user_id: 4, request_id: 4, details: '{"grantId":5}' },
    ]);
    const notices = await sql.query<{ conversation_id: string; manager_id: number; request_id: number; kind: string; payload: string; status: string }>(
      `SELECT conversation_id, manager_id, request_id, kind, payload, status FROM outbox ORDER BY id`,
    );
    expect(notices.map((r) => ({ ...r, payload: JSON.parse(r.payload) }))).toEqual([
      {
        conversation_id: 'conv-1', manager_id: 1, request_id: 1, kind: 'activated', status: 'pending',
        payload: {
          userName: 'Dr Marie Dupont1', fn: null,
          applications: [
            { code: 'HOSPISUP', names: { fr: 'HospiSup', nl: 'HospiSup', de: 'HospiSup', en: 'HospiSup' } },
            { code: 'EBIRTH', names: { fr: 'eBirth fr', nl: 'eBirth nl', de: 'eBirth de', en: 'eBirth en' } },
          ],
        },
      },
      {
        conversation_id: 'conv-2', manager_id: 1, request_id: 2, kind: 'activated', status: 'pending',
        payload: {
          userName: 'Marie Dupont2', account: 'disabled',
          applications: [{ code: 'HOSPISUP', names: { fr: 'HospiSup', nl: 'HospiSup', de: 'HospiSup', en: 'HospiSup' } }],
          fn: { code: 'COLLAB_DOCTOR', names: { fr: 'collaborateur médecin-spécialiste', nl: 'medewerker', de: 'Mitarbeiter', en: 'collaborator' }, startDate: '2026-03-10' },
        },
      },
    ]);
    expect(lags).toEqual([[5_000, 5_000, 5_000, 5_000, 5_000]]);
    // Done is done: a second pass finds nothing, the later one waits for its time.
    expect(await work.activateDue(DUE + 6_000)).toEqual({ grants: 0, functions: 0, notifications: 0 });
    expect(await work.activateDue(DUE + 60_000)).toEqual({ grants: 1, functions: 0, notifications: 1 });
    expect(await n(sql, 'audit_log')).toBe(6);
  });

  it('takes the due requests in batches, each its own transaction', async () => {
    expect(await dueWork(sql).activateDue(DUE, 1)).toEqual({ grants: 4, functions: 1, notifications: 2 });
    expect(await n(sql, `grants WHERE status = 'pending'`)).toBe(1);
  });

  it('rolls a failing batch back whole: nothing activated, audited or queued; the next pass does it once', async () => {
    // The outbox refuses its notice (a full disk, say): the whole batch goes.
    const outboxFails: SqlStore = {
      engine: sql.engine, query: (t, p) => sql.query(t, p), get: (t, p) => sql.get(t, p), run: (t, p) => sql.run(t, p), close: () => sql.close(),
      transaction: (work, options) => sql.transaction((tx) => work({
        ...tx,
        run: async (text, params) => {
          if (/INSERT INTO outbox/.test(text)) throw new Error('disk I/O error');
          return tx.run(text, params);
        },
      }), options),
    };
    await expect(dueWork(outboxFails).activateDue(DUE)).rejects.toThrow('disk I/O error');
    expect(await n(sql, `grants WHERE status = 'active'`)).toBe(0);
    expect(await n(sql, 'audit_log')).toBe(0);
    expect(await n(sql, 'outbox')).toBe(0);
    expect(await dueWork(sql).activateDue(DUE)).toEqual({ grants: 4, functions: 1, notifications: 2 });
    expect(await n(sql, 'audit_log')).toBe(5);
  });

  it('applies each due revocation once, with its audit rows and one notice', async () => {
    await dueWork(sql).activateDue(DUE);
    const later = DUE + 3_600_000;
    await sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO revocation_requests (idempotency_key, kind, manager_id, entity_id, quality_id, user_id, conversation_id, created_at, effective_at)
         VALUES ('rev-1', 'revokeApplications', 1, 1, 1, 1, 'conv-1', ?, ?)`,
        [later - DELAY, later],
      );
      await tx.run(`UPDATE grants SET revoke_at = ?, revoke_request_id = 1 WHERE id = 2`, [later]);
    });
    expect(await dueWork(sql).applyDue(later - 1)).toEqual({ requests: 0, grants: 0, functions: 0, memberships: 0, notifications: 0 });
    expect(await dueWork(sql).applyDue(later)).toEqual({ requests: 1, grants: 1, functions: 0, memberships: 0, notifications: 1 });
    expect(await dueWork(sql).applyDue(later + 1)).toEqual({ requests: 0, grants: 0, functions: 0, memberships: 0, notifications: 0 });
    expect(await sql.query(`SELECT id, status FROM grants WHERE user_id = 1 ORDER BY id`)).toEqual([
      { id: 1, status: 'active' },
      { id: 2, status: 'revoked' },
    ]);
    expect(await sql.get(`SELECT action, details FROM audit_log WHERE action = 'deactivateGrant'`)).toEqual({
      action: 'deactivateGrant', details: '{"revocationRequestId":1,"onBehalfOf":1,"grantId":2,"application":"EBIRTH"}',
    });
    const notice = await sql.get<{ payload: string }>(`SELECT payload FROM outbox WHERE kind = 'deactivated'`);
    expect(JSON.parse(notice!.payload)).toEqual({
      userName: 'Dr Marie Dupont1', kind: 'revokeApplications', entity: 'Hôpitaux IRIS Sud',
      applications: [{ code: 'EBIRTH', names: { fr: 'eBirth fr', nl: 'eBirth nl', de: 'eBirth de', en: 'eBirth en' } }], functions: [],
    });
  });
});

describe('the async due work on SQLite writes what the synchronous services write', () => {
  /** The demo store with the same three grants (one with a function) and a revocation, as the chat makes them. */
  async function prepared(): Promise<{ store: Store; ids: Ids }> {
    const store = demoStore();
    const ids = lookUp(store);
    const { grants } = servicesOf(store);
    await grants.execute({ idempotencyKey: 'g1', managerId: ids.coRae, conversationId: 'conv-1', qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP', 'EBIRTH'], fn: null }, NOW);
    await grants.execute({ idempotencyKey: 'g2', managerId: ids.coRae, conversationId: 'conv-2', qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.pieter }, applicationCodes: ['HOSPISUP'], fn: null }, NOW);
    await grants.execute({ idempotencyKey: 'g3', managerId: ids.coRae, conversationId: null, qualityId: ids.hospitalB, activateQuality: false, user: { existingUserId: ids.els }, applicationCodes: ['HOSPISUP'], fn: null }, NOW);
    return { store, ids };
  }
  const written = (store: Store, auditFrom: number) => ({
    grants: store.db.prepare(`SELECT * FROM grants ORDER BY id`).all(),
    functions: store.db.prepare(`SELECT * FROM function_assignments ORDER BY id`).all(),
    // Their created_at is the demo load's clock.
    memberships: store.db.prepare(`SELECT user_id, quality_id, remove_at, remove_request_id FROM user_memberships ORDER BY user_id, quality_id`).all(),
    revocations: store.db.prepare(`SELECT * FROM revocation_requests ORDER BY id`).all(),
    audit: store.db.prepare(`SELECT * FROM audit_log WHERE id > ? ORDER BY id`).all(auditFrom),
    outbox: store.db.prepare(`SELECT * FROM outbox ORDER BY id`).all(),
  });
  const lastAudit = (store: Store) => (store.db.prepare(`SELECT coalesce(max(id), 0) AS id FROM audit_log`).get() as { id: number }).id;

  it('the same rows, audit rows and notices, for activations and revocations', async () => {
    const sync = await prepared();
    const async = await prepared();
    const from = [lastAudit(sync.store), lastAudit(async.store)] as const;
    expect(from[0]).toBe(from[1]);
    const work = dueWork(new SqliteSql(async.store.db));
    const on = servicesOf(sync.store).activation.activateDue(DUE);
    expect(on).toEqual({ grants: 4, functions: 0, notifications: 2 });
    expect(await work.activateDue(DUE)).toEqual(on);

    const later = DUE + 3_600_000;
    for (const { store, ids } of [sync, async]) {
      await servicesOf(store).revocations.execute(
        { idempotencyKey: 'rev-1', managerId: ids.coRae, conversationId: 'conv-1', userId: ids.marie, kind: 'revokeApplications', qualityId: ids.hospitalA, applicationCodes: ['EBIRTH'] },
        later,
      );
    }
    const off = servicesOf(sync.store).deactivation.applyDue(later + DELAY);
    expect(off).toMatchObject({ requests: 1, grants: 1, notifications: 1 });
    expect(await work.applyDue(later + DELAY)).toEqual(off);
    expect(written(async.store, from[1])).toEqual(written(sync.store, from[0]));
    sync.store.close();
    async.store.close();
  });
});

describePostgres('due work claimed by several instances on one PostgreSQL database', (cluster) => {
  const GRANTS = 2_000;

  it.each([2, 4])('%i claimers on separate pools over 2,000 due grants: each activated once, one notice each, nothing left', async (claimers) => {
    const database = await cluster().createDatabase();
    const instances = Array.from({ length: claimers }, () => new PostgresSql(openPostgresPool({ ...cluster().config(database), max: 2 })));
    try {
      const [first] = instances as [PostgresSql];
      await migratePostgres(first.pool);
      await seed(first);
      // 2,000 more people, and a request of one due grant for each.
      await seedDueGrants(first, GRANTS, DUE);
      const t0 = Date.now();
      // Small batches, so the claimers meet over and over.
      const done = await Promise.all(instances.map((sql) => dueWork(sql).activateDue(DUE, 25)));
      const seconds = (Date.now() - t0) / 1000;
      const expected = GRANTS + 4; // and the seed's four due grants (the fifth is due later)
      expect(done.reduce((sum, d) => sum + d.grants, 0)).toBe(expected);
      expect(done.reduce((sum, d) => sum + d.notifications, 0)).toBe(GRANTS + 2);
      // Every claimer took part.
      for (const d of done) expect(d.grants).toBeGreaterThan(0);
      expect(await first.get(`SELECT count(*) AS n, count(DISTINCT activated_at) AS times FROM grants WHERE status = 'active'`)).toEqual({ n: expected, times: 1 });
      expect(await n(first, `grants WHERE status = 'pending'`)).toBe(1);
      expect(await first.get(`SELECT count(*) AS n, count(DISTINCT details) AS grants FROM audit_log WHERE action = 'activateGrant'`)).toEqual({ n: expected, grants: expected });
      expect(await first.get(`SELECT count(*) AS n, count(DISTINCT request_id) AS requests FROM outbox WHERE kind = 'activated'`)).toEqual({ n: GRANTS + 2, requests: GRANTS + 2 });
      // eslint-disable-next-line no-console
      if (process.env.SESAME_FIGURES === '1') console.log(`${claimers} claimers: ${expected} activations in ${seconds.toFixed(2)} s`);
      // Nothing left to do for anyone.
      expect((await Promise.all(instances.map((sql) => dueWork(sql).activateDue(DUE + 1_000)))).map((d) => d.grants)).toEqual(instances.map(() => 0));
    } finally {
      await Promise.all(instances.map((i) => i.close()));
    }
  }, 60_000);
});
