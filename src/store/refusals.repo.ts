import type { Db } from './db';

export interface Refusal {
  at: number;
  /** The manager refused; null for someone Sésame does not know (their claimed id is then in the details). */
  managerId: number | null;
  action: string;
  /** What was asked and why it was refused; never a password or a token. */
  details: Record<string, unknown>;
  /** The entity and qualité asked for, when they are known ones (a refusal decided in a dialog). */
  entityId?: number | null;
  qualityId?: number | null;
}

/**
 * Refusals decided outside a store transaction (a channel turning a token away, a dialog refusing
 * an entity or a qualité the manager has no rights in), written as
 * the store's own refusals are: one audit row, outcome "refused".
 */
export class RefusalsRepo {
  private readonly insert;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (at, manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details)
       VALUES (?, ?, ?, 'refused', ?, ?, NULL, NULL, ?)`,
    );
  }

  record(r: Refusal): void {
    this.insert.run(r.at, r.managerId, r.action, r.entityId ?? null, r.qualityId ?? null, JSON.stringify(r.details));
  }
}
