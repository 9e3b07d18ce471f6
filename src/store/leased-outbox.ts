import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Db } from './db';
import { skipLocked, type Engine, type SqlStore } from './sql/sql';

/**
 * Each notice and each mail sent once, whatever the number of instances (issue 16, point 3): a
 * sender claims the due rows of an outbox for a while (a lease) before sending them, and marks
 * them sent (or to retry) only while it still holds them. Both outboxes (`outbox`, `mail_outbox`,
 * migration 0800) and both engines share these statements.
 *
 * - The claim is one statement: the due rows, oldest first, are given to `@holder` until
 *   `@until`, and their next_attempt_at moves to the lease's end. No one finds them due before
 *   then; an instance killed mid-send leaves them to whoever claims once the lease ends (at least
 *   once), and every instance's retry timer (next_attempt_at) wakes at that moment. PostgreSQL:
 *   the subquery locks the rows it takes and skips those another instance is claiming at this
 *   moment (SKIP LOCKED), so claimers never wait for each other nor take a row twice; SQLite: the
 *   claim is a BEGIN IMMEDIATE transaction, the only writer.
 * - A mark names its claim (holder and lease end): once a lease has ended and another instance
 *   has claimed the row, the late holder's mark changes nothing. A row nobody holds (never
 *   claimed, or waiting for a retry) may be marked without a lease (the helpdesk, tests).
 */
export interface Lease {
  holder: string;
  /** When the lease ends (ms since the epoch); with the holder, it names the claim. */
  until: number;
}

/** A claimed row: the item and the lease under which it must be sent. */
export type Claimed<Item> = Item & { lease: Lease };

/** How an outbox reads and marks its rows. */
export interface OutboxTable<Item> {
  table: 'outbox' | 'mail_outbox';
  /** The columns `item` reads. */
  columns: string;
  item(row: Record<string, unknown>): Item;
  /** More to set when a send worked (mail: the last error is cleared), as `, col = …`. */
  sentAlso?: string;
  /** More to set when a send failed (mail: `@error` is kept). */
  retryAlso?: string;
}

/** A lease long enough to send a batch, short enough that a dead instance's notices wait little. */
export const DEFAULT_LEASE_MS = 2 * 60_000;

/** This process, told apart from every other instance and from an earlier life of its pid: `host:pid:nonce`. */
const THIS_PROCESS = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Who holds this process's leases. */
export function leaseHolder(): string {
  return THIS_PROCESS;
}

/**
 * Whether `holder` was a process of this host that is gone (killed, crashed): its claims need not
 * wait for their leases. An earlier life of this very pid (a container restarted) is gone too.
 * Another host's holders are never judged: their leases end on their own.
 */
export function goneFromThisHost(holder: string): boolean {
  const m = /^(.*):(\d+):[0-9a-f]{8}$/.exec(holder);
  if (!m || m[1] !== hostname() || holder === THIS_PROCESS) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM: alive, another user's.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The statements of one outbox on one engine; only the claim's end differs between engines. */
export function outboxStatements(t: OutboxTable<unknown>, engine: Engine) {
  // The mark of a claim: the row's holder and lease end, or none of either (a row nobody holds).
  const held = `id = @id AND coalesce(claimed_by, '') = @holder AND coalesce(lease_until, 0) = @until`;
  return {
    claim: `UPDATE ${t.table} SET claimed_by = @holder, lease_until = @until, next_attempt_at = @until
      WHERE id IN (SELECT id FROM ${t.table} WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY id LIMIT @limit${skipLocked(engine)})
      RETURNING ${t.columns}`,
    sent: `UPDATE ${t.table} SET status = 'sent', sent_at = @now, attempts = attempts + 1${t.sentAlso ?? ''}
      WHERE ${held} AND status = 'pending'`,
    // Backs off; after maxAttempts the row is kept as 'failed' for the helpdesk, not retried forever.
    retry: `UPDATE ${t.table} SET attempts = attempts + 1, next_attempt_at = @next, claimed_by = NULL, lease_until = NULL${t.retryAlso ?? ''},
        status = CASE WHEN attempts + 1 >= @maxAttempts THEN 'failed' ELSE 'pending' END
      WHERE ${held} AND status = 'pending'`,
    // What a stopping holder has not sent goes back to be due at once, for another instance or its restart.
    release: `UPDATE ${t.table} SET next_attempt_at = @now, claimed_by = NULL, lease_until = NULL WHERE claimed_by = @holder AND status = 'pending'`,
    holders: `SELECT DISTINCT claimed_by AS holder FROM ${t.table} WHERE claimed_by IS NOT NULL AND status = 'pending'`,
  };
}

const claimParams = (holder: string, now: number, limit: number, leaseMs: number) => {
  if (!holder) throw new RangeError('a lease needs a holder');
  return { holder, until: now + leaseMs, now, limit };
};
/** Without a lease, a mark counts for a row nobody holds only. */
const leaseParams = (id: number, lease: Lease | undefined) => ({ id, holder: lease?.holder ?? '', until: lease?.until ?? 0 });
const retryParams = (t: OutboxTable<unknown>, id: number, next: number, maxAttempts: number, lease?: Lease, error?: string) => ({
  ...leaseParams(id, lease), next, maxAttempts, ...(t.retryAlso ? { error: (error ?? '').slice(0, 500) } : {}),
});

/** Claimed rows in id order (PostgreSQL's RETURNING has none), each with its lease. */
function claimedItems<Item>(t: OutboxTable<Item>, rows: Record<string, unknown>[], lease: Lease): Claimed<Item>[] {
  return rows
    .sort((a, b) => (a.id as number) - (b.id as number))
    .map((r) => ({ ...t.item(r), lease }));
}

/** An outbox on the synchronous SQLite store (the server today). */
export class SqliteOutbox<Item> {
  private readonly claimStmt;
  private readonly sentStmt;
  private readonly retryStmt;
  private readonly releaseStmt;
  private readonly holdersStmt;
  private readonly claimTx;

  constructor(
    db: Db,
    private readonly t: OutboxTable<Item>,
  ) {
    const s = outboxStatements(t, 'sqlite');
    this.claimStmt = db.prepare(s.claim);
    this.sentStmt = db.prepare(s.sent);
    this.retryStmt = db.prepare(s.retry);
    this.releaseStmt = db.prepare(s.release);
    this.holdersStmt = db.prepare(s.holders);
    // IMMEDIATE: another process on the file (the CLI) waits for the write lock, never fails half-way.
    this.claimTx = db.transaction((params: ReturnType<typeof claimParams>) => this.claimStmt.all(params) as Record<string, unknown>[]);
  }

  claim(holder: string, now: number, limit: number, leaseMs = DEFAULT_LEASE_MS): Claimed<Item>[] {
    const params = claimParams(holder, now, limit, leaseMs);
    return claimedItems(this.t, this.claimTx.immediate(params), { holder, until: params.until });
  }

  /** False when the lease was lost (ended, and the row claimed by another): someone else sends it. */
  markSent(id: number, now: number, lease?: Lease): boolean {
    return this.sentStmt.run({ ...leaseParams(id, lease), now }).changes === 1;
  }

  markRetry(id: number, next: number, maxAttempts: number, lease?: Lease, error?: string): boolean {
    return this.retryStmt.run(retryParams(this.t, id, next, maxAttempts, lease, error)).changes === 1;
  }

  /** Gives back what `holder` claimed and has not sent (it stops): due at once. */
  release(holder: string, now: number): number {
    return this.releaseStmt.run({ holder, now }).changes;
  }

  /** Who holds rows not sent yet. */
  holders(): string[] {
    return (this.holdersStmt.all() as { holder: string }[]).map((r) => r.holder);
  }
}

/** An outbox on the async interface, for either engine (several instances on PostgreSQL). */
export class AsyncOutbox<Item> {
  private readonly s;

  constructor(
    private readonly sql: SqlStore,
    private readonly t: OutboxTable<Item>,
  ) {
    this.s = outboxStatements(t, sql.engine);
  }

  /** Claims up to `limit` due rows for `holder`, atomically: a row is claimed by one claimer at a time. */
  async claim(holder: string, now: number, limit: number, leaseMs = DEFAULT_LEASE_MS): Promise<Claimed<Item>[]> {
    const params = claimParams(holder, now, limit, leaseMs);
    const rows = await this.sql.transaction((tx) => tx.query<Record<string, unknown>>(this.s.claim, params));
    return claimedItems(this.t, rows, { holder, until: params.until });
  }

  async markSent(id: number, now: number, lease?: Lease): Promise<boolean> {
    return (await this.sql.run(this.s.sent, { ...leaseParams(id, lease), now })).changes === 1;
  }

  async markRetry(id: number, next: number, maxAttempts: number, lease?: Lease, error?: string): Promise<boolean> {
    return (await this.sql.run(this.s.retry, retryParams(this.t, id, next, maxAttempts, lease, error))).changes === 1;
  }

  async release(holder: string, now: number): Promise<number> {
    return (await this.sql.run(this.s.release, { holder, now })).changes;
  }

  async holders(): Promise<string[]> {
    return (await this.sql.query<{ holder: string }>(this.s.holders)).map((r) => r.holder);
  }
}
