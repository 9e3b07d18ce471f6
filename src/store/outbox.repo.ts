import type { Db } from './db';
import { SqliteOutbox, type Claimed, type Lease, type OutboxTable } from './leased-outbox';
import type { Sql } from './sql/sql';

export interface OutboxItem {
  id: number;
  conversationId: string;
  /** The manager whose change it announces; null only for a notice older than that was recorded. */
  managerId: number | null;
  kind: string;
  payload: unknown;
  attempts: number;
}

/** A notice of a change, to the manager who confirmed it. */
export interface NewNotice {
  conversationId: string; managerId: number; requestId: number | null; kind: 'activated' | 'deactivated'; payload: unknown;
}

/** The one statement that queues a notice, on either engine (OutboxRepo.queue, queueNotice). */
const QUEUE_NOTICE = `INSERT INTO outbox (conversation_id, manager_id, request_id, kind, payload, status, next_attempt_at, created_at)
  VALUES (@conversationId, @managerId, @requestId, @kind, @payload, 'pending', @now, @now)`;
const noticeParams = (item: NewNotice, now: number) => ({ ...item, payload: JSON.stringify(item.payload), now });

/** OutboxRepo.queue on the async interface (either engine), inside the caller's transaction. */
export async function queueNotice(tx: Sql, item: NewNotice, now: number): Promise<void> {
  await tx.run(QUEUE_NOTICE, noticeParams(item, now));
}

type OutboxRow = { id: number; conversation_id: string; manager_id: number | null; kind: string; payload: string; attempts: number };
const outboxItem = (r: OutboxRow): OutboxItem => ({
  id: r.id, conversationId: r.conversation_id, managerId: r.manager_id, kind: r.kind, payload: JSON.parse(r.payload), attempts: r.attempts,
});

/** The notices' outbox as a leased outbox (claimed before it is sent), on either engine. */
export const NOTICES: OutboxTable<OutboxItem> = {
  table: 'outbox',
  columns: 'id, conversation_id, manager_id, kind, payload, attempts',
  item: (r) => outboxItem(r as OutboxRow),
};

export class OutboxRepo {
  private readonly dueStmt;
  private readonly leased;
  private readonly nextStmt;
  private readonly countStmt;
  private readonly queueStmt;

  constructor(db: Db) {
    this.queueStmt = db.prepare(QUEUE_NOTICE);
    this.dueStmt = db.prepare(`SELECT ${NOTICES.columns} FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?`);
    this.leased = new SqliteOutbox(db, NOTICES);
    this.nextStmt = db.prepare(`SELECT min(next_attempt_at) AS next FROM outbox WHERE status = 'pending'`);
    this.countStmt = db.prepare(`SELECT status, count(*) AS n FROM outbox GROUP BY status`);
  }

  /** A notice to send at once, inside the caller's transaction: it is kept exactly when the change it announces is. */
  queue(item: NewNotice, now: number): void {
    this.queueStmt.run(noticeParams(item, now));
  }

  /** What is due, without claiming it (a look; the sender claims, see `claim`). */
  due(now: number, limit = 100): OutboxItem[] {
    return (this.dueStmt.all(now, limit) as OutboxRow[]).map(outboxItem);
  }

  /** Claims up to `limit` due notices for `holder` until now + leaseMs (src/store/leased-outbox.ts). */
  claim(holder: string, now: number, limit: number, leaseMs?: number): Claimed<OutboxItem>[] {
    return this.leased.claim(holder, now, limit, leaseMs);
  }

  /** False when `lease` was lost (or, without a lease, someone holds the row): the mark changed nothing. */
  markSent(id: number, now = Date.now(), lease?: Lease): boolean {
    return this.leased.markSent(id, now, lease);
  }

  /** Backs off; after maxAttempts the item is kept as 'failed' for the helpdesk, not retried forever. */
  markRetry(id: number, next: number, maxAttempts: number, lease?: Lease): boolean {
    return this.leased.markRetry(id, next, maxAttempts, lease);
  }

  /** Gives back the notices `holder` claimed and did not send: due at once. */
  release(holder: string, now: number): number {
    return this.leased.release(holder, now);
  }

  /** Who holds notices not sent yet. */
  holders(): string[] {
    return this.leased.holders();
  }

  nextAttemptAt(): number | null {
    return (this.nextStmt.get() as { next: number | null }).next;
  }

  counts(): Record<string, number> {
    return Object.fromEntries((this.countStmt.all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
  }
}
