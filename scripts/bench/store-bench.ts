import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db';
import { seedDatabase } from './seed';
import { servicesOf } from '../../src/services';
import { AsyncAuditWriter } from '../../src/services/audit';
import { AsyncDueWork } from '../../src/services/due-work.async';
import { migratePostgres } from '../../src/store/postgres/migrate';
import { openPostgresPool } from '../../src/store/postgres/pool';
import { PostgresSql } from '../../src/store/sql/pg-sql';
import type { SqlStore } from '../../src/store/sql/sql';
import { SqliteSql } from '../../src/store/sql/sqlite-sql';
import { findPostgresBin, startPostgres } from '../../test/support/postgres-cluster';
import { seedCatalog, seedDueGrants } from '../../test/support/due-grants';
import { queueNotices } from '../../test/support/queued-outbox';
import { AsyncOutbox } from '../../src/store/leased-outbox';
import { NOTICES } from '../../src/store/outbox.repo';

type ClaimerFigures = { claimers: number; perSecond: number };
const elapsed = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/**
 * Confirmations per second through GrantService.execute (src/services: authorization, idempotency, checks,
 * audit, stored result, one transaction each) against the bare minimum the schema needs for one
 * audited grant: three prepared inserts in one transaction. Same file settings (WAL, synchronous FULL).
 */
export async function grantsPerSecond(dir: string, seconds: number): Promise<{ store: number; raw: number }> {
  const people = 30_000;
  const store = seedDatabase(join(dir, 'grants-store.db'), people);
  const manager = store.people.managerByChannelUserId('demo-manager')!;
  const users = store.db.prepare(`SELECT id FROM users WHERE username LIKE 'load%' ORDER BY id`).pluck().all() as number[];
  const hospital = store.db.prepare(`SELECT q.id FROM qualities q JOIN entities e ON e.id = q.entity_id WHERE e.inami = '710087-50' AND q.kind = 'HOSPITAL'`).pluck().get() as number;
  let n = 0;
  let t0 = process.hrtime.bigint();
  while (elapsed(t0) < seconds && n < users.length) {
    await servicesOf(store).grants.execute({
      idempotencyKey: `bench#${n}`, managerId: manager.id, conversationId: `bench-${n}`, qualityId: hospital, activateQuality: false,
      user: { existingUserId: users[n]! }, applicationCodes: ['HOSPISUP'], fn: null,
    });
    n++;
  }
  const storeRate = n / elapsed(t0);
  store.close();

  seedDatabase(join(dir, 'grants-raw.db'), people).close();
  const db = openDatabase(join(dir, 'grants-raw.db'));
  const app = db.prepare(`SELECT id FROM applications WHERE code = 'HOSPISUP'`).pluck().get() as number;
  const rawUsers = db.prepare(`SELECT id FROM users WHERE username LIKE 'load%' ORDER BY id`).pluck().all() as number[];
  const insertRequest = db.prepare(
    `INSERT INTO grant_requests (idempotency_key, manager_id, quality_id, user_id, conversation_id, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertGrant = db.prepare(
    `INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) RETURNING id`,
  );
  const insertAudit = db.prepare(`INSERT INTO audit_log (at, manager_id, action, outcome, quality_id, user_id, request_id) VALUES (?, ?, 'grantAccess', 'ok', ?, ?, ?)`);
  const one = db.transaction((i: number) => {
    const now = Date.now();
    const { id: requestId } = insertRequest.get(`raw#${i}`, manager.id, hospital, rawUsers[i], `raw-${i}`, now) as { id: number };
    insertGrant.get(requestId, rawUsers[i], app, hospital, manager.id, now, now + 1_200_000);
    insertAudit.run(now, manager.id, hospital, rawUsers[i], requestId);
  });
  let m = 0;
  t0 = process.hrtime.bigint();
  while (elapsed(t0) < seconds && m < rawUsers.length) one(m++);
  const rawRate = m / elapsed(t0);
  db.close();
  return { store: storeRate, raw: rawRate };
}

/**
 * 100,000 pending grants, one request each, all due: time for ActivationService.activateDue to activate them all,
 * with their audit rows and one queued notification each.
 */
export function activate100k(file: string): { seconds: number; grants: number; notifications: number } {
  rmSync(file, { force: true });
  const count = 100_000;
  const store = seedDatabase(file, count, 1000);
  const manager = store.people.managerByChannelUserId('demo-manager')!;
  const hospital = store.db.prepare(`SELECT q.id FROM qualities q JOIN entities e ON e.id = q.entity_id WHERE e.inami = '710087-50' AND q.kind = 'HOSPITAL'`).pluck().get() as number;
  const app = store.db.prepare(`SELECT id FROM applications WHERE code = 'HOSPISUP'`).pluck().get() as number;
  const users = store.db.prepare(`SELECT id FROM users WHERE username LIKE 'load%' ORDER BY id`).pluck().all() as number[];
  const due = Date.now() - 1000;
  const insertRequest = store.db.prepare(
    `INSERT INTO grant_requests (idempotency_key, manager_id, quality_id, user_id, conversation_id, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const insertGrant = store.db.prepare(
    `INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)`,
  );
  store.db.transaction(() => {
    users.forEach((u, i) => {
      const { id } = insertRequest.get(`due#${i}`, manager.id, hospital, u, `due-${i}`, due) as { id: number };
      insertGrant.run(id, u, app, hospital, manager.id, due, due);
    });
  })();
  const t0 = process.hrtime.bigint();
  const result = servicesOf(store).activation.activateDue(Date.now());
  const seconds = elapsed(t0);
  // Steady state for the start-up and idle measures that reuse this file: every notice was sent.
  store.db.exec(`UPDATE outbox SET status = 'sent', sent_at = next_attempt_at`);
  store.close();
  return { seconds, grants: result.grants, notifications: result.notifications };
}

/**
 * Due activations per second through AsyncDueWork (the async interface: claim, activate, audit,
 * notice; batches of 500, durable commits), on a SQLite file with one claimer and on PostgreSQL
 * with one and two claimers, each on its own pool (two instances). PostgreSQL is a throwaway
 * cluster with fsync on (test/support/postgres-cluster.ts), skipped when none is installed.
 * Two claimers on one SQLite file are two processes taking turns at the write lock: no row.
 */
export async function dueActivationsPerSecond(dir: string, grants = 5_000): Promise<{ sqlite: number; postgres: ClaimerFigures[] | null }> {
  const due = Date.now() - 1000;
  const run = async (stores: SqlStore[]) => {
    await stores[0]!.transaction(seedCatalog);
    await seedDueGrants(stores[0]!, grants, due);
    const t0 = process.hrtime.bigint();
    const done = await Promise.all(stores.map((sql) => new AsyncDueWork(sql, new AsyncAuditWriter(sql)).activateDue(Date.now())));
    const seconds = elapsed(t0);
    const activated = done.reduce((sum, d) => sum + d.grants, 0);
    if (activated !== grants) throw new Error(`activated ${activated} of ${grants}`);
    await Promise.all(stores.map((s) => s.close()));
    return grants / seconds;
  };
  const sqlite = await run([new SqliteSql(openDatabase(join(dir, 'due-async.db')))]);
  return { sqlite, postgres: await onPostgres(run) };
}

/**
 * `run` on a throwaway PostgreSQL cluster (fsync on) with one and two claimers, each on its own pool
 * (two instances) on a new migrated database; null when PostgreSQL is not installed.
 */
async function onPostgres(run: (stores: SqlStore[]) => Promise<number>): Promise<ClaimerFigures[] | null> {
  if (!findPostgresBin()) return null;
  const cluster = await startPostgres({ durable: true });
  try {
    const postgres = [];
    for (const claimers of [1, 2]) {
      const database = await cluster.createDatabase();
      const stores = Array.from({ length: claimers }, () => new PostgresSql(openPostgresPool({ ...cluster.config(database), max: 2 })));
      await migratePostgres(stores[0]!.pool);
      postgres.push({ claimers, perSecond: await run(stores) });
    }
    return postgres;
  } finally {
    await cluster.stop();
  }
}


/**
 * Notices claimed and marked sent per second through AsyncOutbox, as the senders do it (claims of
 * 20 under a lease, one mark per notice; the delivery itself left out): on a SQLite file with one
 * and two claimers (one connection: two senders of one server, taking turns), and on PostgreSQL
 * with one and two claimers, each on its own pool (two instances; fsync on).
 */
export async function noticesClaimedPerSecond(dir: string, notices = 5_000): Promise<{ sqlite: ClaimerFigures[]; postgres: ClaimerFigures[] | null }> {
  const run = async (stores: SqlStore[]) => {
    const now = Date.now();
    await queueNotices(stores[0]!, notices, now - 1000);
    const t0 = process.hrtime.bigint();
    const done = await Promise.all(
      stores.map(async (sql, i) => {
        const outbox = new AsyncOutbox(sql, NOTICES);
        let n = 0;
        for (;;) {
          const items = await outbox.claim(`bench-${i}`, now, 20);
          if (items.length === 0) return n;
          for (const item of items) if (await outbox.markSent(item.id, now, item.lease)) n += 1;
        }
      }),
    );
    const seconds = elapsed(t0);
    const sent = done.reduce((sum, n) => sum + n, 0);
    if (sent !== notices || done.some((n) => n === 0)) throw new Error(`sent ${sent} of ${notices} (${done.join(' + ')})`);
    await Promise.all([...new Set(stores)].map((s) => s.close()));
    return notices / seconds;
  };
  const sqlite = [];
  for (const claimers of [1, 2]) {
    const store = new SqliteSql(openDatabase(join(dir, `notices-${claimers}.db`)));
    sqlite.push({ claimers, perSecond: await run(Array<SqlStore>(claimers).fill(store)) });
  }
  return { sqlite, postgres: await onPostgres(run) };
}
