import type { Db } from './db';
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

export class OutboxRepo {
  private readonly dueStmt;
  private readonly sentStmt;
  private readonly retryStmt;
  private readonly nextStmt;
  private readonly countStmt;
  private readonly queueStmt;

  constructor(db: Db) {
    this.queueStmt = db.prepare(QUEUE_NOTICE);
    this.dueStmt = db.prepare(
      `SELECT id, conversation_id, manager_id, kind, payload, attempts FROM outbox
       WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
    );
    this.sentStmt = db.prepare(`UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ?`);
    this.retryStmt = db.prepare(
      `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @next,
         status = CASE WHEN attempts + 1 >= @maxAttempts THEN 'failed' ELSE 'pending' END
       WHERE id = @id`,
    );
    this.nextStmt = db.prepare(`SELECT min(next_attempt_at) AS next FROM outbox WHERE status = 'pending'`);
    this.countStmt = db.prepare(`SELECT status, count(*) AS n FROM outbox GROUP BY status`);
  }

  /** A notice to send at once, inside the caller's transaction: it is kept exactly when the change it announces is. */
  queue(item: NewNotice, now: number): void {
    this.queueStmt.run(noticeParams(item, now));
  }

  due(now: number, limit = 100): OutboxItem[] {
    return (
      this.dueStmt.all(now, limit) as { id: number; conversation_id: string; manager_id: number | null; kind: string; payload: string; attempts: number }[]
    ).map((r) => ({ id: r.id, conversationId: r.conversation_id, managerId: r.manager_id, kind: r.kind, payload: JSON.parse(r.payload), attempts: r.attempts }));
  }

  markSent(id: number, now = Date.now()): void {
    this.sentStmt.run(now, id);
  }

  /** Backs off; after maxAttempts the item is kept as 'failed' for the helpdesk, not retried forever. */
  markRetry(id: number, next: number, maxAttempts: number): void {
    this.retryStmt.run({ id, next, maxAttempts });
  }

  nextAttemptAt(): number | null {
    return (this.nextStmt.get() as { next: number | null }).next;
  }

  counts(): Record<string, number> {
    return Object.fromEntries((this.countStmt.all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
  }
}
