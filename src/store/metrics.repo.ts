import type { Db } from './db';

export interface OutboxGauge {
  /** Items waiting to be sent (first attempt or retry). */
  depth: number;
  /** Age of the oldest waiting item, in seconds; 0 when none waits. */
  oldestAgeSeconds: number;
}

/** What /metrics reads from the database at scrape time: counts over indexed columns only. */
export class MetricsRepo {
  private readonly grantsStmt;
  private readonly refusalsStmt;
  private readonly noticesStmt;
  private readonly mailStmt;

  constructor(db: Db) {
    // Covered by grants_byStatusActiveAt: the index is read, not the table.
    this.grantsStmt = db.prepare(`SELECT status, count(*) AS n FROM grants GROUP BY status`);
    this.refusalsStmt = db.prepare(`SELECT action, count(*) AS n FROM audit_log INDEXED BY audit_log_refusalsByAction WHERE outcome = 'refused' GROUP BY action`);
    this.noticesStmt = db.prepare(`SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE status = 'pending'`);
    this.mailStmt = db.prepare(`SELECT count(*) AS n, min(created_at) AS oldest FROM mail_outbox WHERE status = 'pending'`);
  }

  grantsByStatus(): Record<string, number> {
    return Object.fromEntries((this.grantsStmt.all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
  }

  /** Authorization refusals ever audited, by action (the audit log is append-only: a counter). */
  refusalsByAction(): Record<string, number> {
    return Object.fromEntries((this.refusalsStmt.all() as { action: string; n: number }[]).map((r) => [r.action, r.n]));
  }

  outboxes(now: number): { notices: OutboxGauge; mail: OutboxGauge } {
    const gauge = (row: { n: number; oldest: number | null }): OutboxGauge => ({
      depth: row.n,
      oldestAgeSeconds: row.oldest === null ? 0 : Math.max(0, now - row.oldest) / 1000,
    });
    return { notices: gauge(this.noticesStmt.get() as { n: number; oldest: number | null }), mail: gauge(this.mailStmt.get() as { n: number; oldest: number | null }) };
  }
}
