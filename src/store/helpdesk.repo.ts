import type { Db } from './db';

export interface GrantFact {
  id: number;
  qualityId: number;
  status: 'pending' | 'active' | 'revoked';
  activeAt: number;
  activatedAt: number | null;
  revokedAt: number | null;
  revokeAt: number | null;
}

export interface FunctionFact {
  code: string;
  startDate: string;
  endDate: string | null;
  status: 'pending' | 'active' | 'ended';
  activeAt: number;
}

/** Read-only facts the helpdesk diagnosis reasons on. */
export class HelpdeskRepo {
  private readonly membershipsStmt;
  private readonly membershipsInEntitiesStmt;
  private readonly grantsStmt;
  private readonly functionsStmt;
  private readonly pendingMailStmt;

  constructor(db: Db) {
    this.membershipsStmt = db.prepare(
      `SELECT m.quality_id FROM user_memberships m JOIN qualities q ON q.id = m.quality_id WHERE m.user_id = ? AND q.entity_id = ? ORDER BY q.id`,
    );
    // One query for every entity asked (a JSON array of ids), not one per entity.
    this.membershipsInEntitiesStmt = db.prepare(
      `SELECT q.entity_id, m.quality_id, m.remove_at FROM user_memberships m JOIN qualities q ON q.id = m.quality_id
       WHERE m.user_id = ? AND q.entity_id IN (SELECT value FROM json_each(?)) ORDER BY q.entity_id, q.id`,
    );
    // Live grants first, then the latest revoked one.
    this.grantsStmt = db.prepare(
      `SELECT g.id, g.quality_id, g.status, g.active_at, g.activated_at, g.revoked_at, g.revoke_at
       FROM grants g JOIN qualities q ON q.id = g.quality_id
       WHERE g.user_id = ? AND g.application_id = ? AND q.entity_id = ?
       ORDER BY g.status = 'revoked', g.status = 'pending', coalesce(g.revoked_at, g.requested_at) DESC`,
    );
    this.functionsStmt = db.prepare(
      `SELECT function_code, start_date, end_date, status, active_at FROM function_assignments
       WHERE user_id = ? AND quality_id = ? ORDER BY status = 'ended', start_date DESC`,
    );
    this.pendingMailStmt = db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE user_id = ? AND status = 'pending'`);
  }

  membershipsInEntity(userId: number, entityId: number): number[] {
    return (this.membershipsStmt.all(userId, entityId) as { quality_id: number }[]).map((r) => r.quality_id);
  }

  /** The user's memberships (qualité ids) in any of these entities, read at once: the entities a person belongs to among a manager's. */
  /** `removeAt`: when the membership's removal is due (pending), or null. */
  membershipsInEntities(userId: number, entityIds: readonly number[]): { entityId: number; qualityId: number; removeAt: number | null }[] {
    if (entityIds.length === 0) return [];
    return (this.membershipsInEntitiesStmt.all(userId, JSON.stringify(entityIds)) as { entity_id: number; quality_id: number; remove_at: number | null }[])
      .map((r) => ({ entityId: r.entity_id, qualityId: r.quality_id, removeAt: r.remove_at }));
  }

  grants(userId: number, applicationId: number, entityId: number): GrantFact[] {
    return (
      this.grantsStmt.all(userId, applicationId, entityId) as {
        id: number; quality_id: number; status: GrantFact['status']; active_at: number; activated_at: number | null;
        revoked_at: number | null; revoke_at: number | null;
      }[]
    ).map((r) => ({
      id: r.id, qualityId: r.quality_id, status: r.status, activeAt: r.active_at, activatedAt: r.activated_at,
      revokedAt: r.revoked_at, revokeAt: r.revoke_at,
    }));
  }

  functions(userId: number, qualityId: number): FunctionFact[] {
    return (
      this.functionsStmt.all(userId, qualityId) as {
        function_code: string; start_date: string; end_date: string | null; status: FunctionFact['status']; active_at: number;
      }[]
    ).map((r) => ({ code: r.function_code, startDate: r.start_date, endDate: r.end_date, status: r.status, activeAt: r.active_at }));
  }

  invitationPending(userId: number): boolean {
    return (this.pendingMailStmt.get(userId) as { n: number }).n > 0;
  }
}
