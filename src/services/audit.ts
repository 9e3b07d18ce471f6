import type { Store } from '../store/store';
import { appendAudit, type AuditRow } from '../store/audit.repo';
import type { SqlStore, Tx } from '../store/sql/sql';

/** A change audited: who, what, where; `at` and the outcome are the writer's. */
export type AuditChange = Omit<AuditRow, 'outcome'>;

export interface Refusal {
  at: number;
  /** The manager refused; null for someone Sésame does not know (their claimed id is then in the details). */
  managerId: number | null;
  action: string;
  /** The entity and qualité the request was about, and the person it named, when they are known ones. */
  entityId?: number | null;
  qualityId?: number | null;
  userId?: number | null;
  /** What was asked and why it was refused; never a password or a token. */
  details?: Record<string, unknown>;
}

/**
 * The one audit writer: every service writes its rows here, a change inside the transaction that
 * makes it, a refusal durably in a transaction of its own, so it is kept whatever the caller does next.
 * Refusals decided outside a service (a channel turning a token away, a dialog refusing what a manager
 * may not ask) come here too, and read back alike: one row, outcome "refused".
 */
export class AuditWriter {
  constructor(private readonly store: Store) {}

  /** Within the caller's transaction. */
  changed(row: AuditChange): void {
    this.store.audit.append(changeRow(row));
  }

  refused(r: Refusal): void {
    const row = refusalRow(r);
    this.store.transaction(() => this.store.audit.append(row));
  }
}

/** The same writer on the async interface (either engine), for the services as they move to it: the same rows, the same statement. */
export class AsyncAuditWriter {
  constructor(private readonly sql: SqlStore) {}

  /** Within the caller's transaction `tx`. */
  changed(tx: Tx, row: AuditChange): Promise<void> {
    return appendAudit(tx, changeRow(row));
  }

  refused(r: Refusal): Promise<void> {
    return this.sql.transaction((tx) => appendAudit(tx, refusalRow(r)), { durable: true });
  }
}

const changeRow = (row: AuditChange): AuditRow => ({ ...row, outcome: 'ok' });

const refusalRow = (r: Refusal): AuditRow => ({
  at: r.at, managerId: r.managerId, action: r.action, outcome: 'refused', entityId: r.entityId ?? null,
  qualityId: r.qualityId ?? null, userId: r.userId ?? null, requestId: null, details: r.details ?? {},
});
