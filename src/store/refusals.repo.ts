import type { Db } from './db';

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
  details: Record<string, unknown>;
}

/**
 * Refusals decided outside a store transaction (a channel turning a token away, a dialog refusing
 * what a manager may not ask before any store call: an entity or a qualité the manager has no rights in), written as
 * the store's own refusals are: one audit row, outcome "refused".
 */
export class RefusalsRepo {
  private readonly insert;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details)
       VALUES (?, ?, ?, 'refused', ?, ?, ?, NULL, ?)`,
    );
  }

  record(r: Refusal): void {
    this.insert.run(r.at, r.managerId, r.action, r.entityId ?? null, r.qualityId ?? null, r.userId ?? null, JSON.stringify(r.details));
  }
}
