import type { Db } from './db';

/** One application a person holds (or will hold) in a qualité. */
export interface Holding {
  applicationCode: string;
  qualityId: number;
  entityId: number;
  status: 'pending' | 'active';
  activeAt: number;
  activatedAt: number | null;
}

/** A grant held (pending or active) in a scope, with its dates, for the exports. */
export interface ScopeGrant {
  userId: number;
  qualityId: number;
  applicationCode: string;
  status: 'pending' | 'active';
  requestedAt: number;
  activeAt: number;
  activatedAt: number | null;
}

/** A function assignment not ended in a scope (held, or starting later). */
export interface ScopeFunction {
  userId: number;
  qualityId: number;
  functionCode: string;
  startDate: string;
  endDate: string | null;
}

/** What people hold, read for answers ("is it active?"), copies ("same access as…") and exports; never written here. */
export class HoldingsRepo {
  private readonly ofUserStmt;
  private readonly grantsInScopeStmt;
  private readonly functionsInScopeStmt;

  constructor(db: Db) {
    this.ofUserStmt = db.prepare(
      `SELECT a.code AS applicationCode, g.quality_id AS qualityId, q.entity_id AS entityId, g.status,
              g.active_at AS activeAt, g.activated_at AS activatedAt
       FROM grants g JOIN applications a ON a.id = g.application_id JOIN qualities q ON q.id = g.quality_id
       WHERE g.user_id = ? AND g.status <> 'revoked'
       ORDER BY a.id`,
    );
    // A scope is an entity, or one qualité of it (qualityId NULL: every qualité).
    const scope = `SELECT id FROM qualities WHERE entity_id = @entityId AND (@qualityId IS NULL OR id = @qualityId)`;
    this.grantsInScopeStmt = db.prepare(
      `SELECT g.user_id AS userId, g.quality_id AS qualityId, a.code AS applicationCode, g.status,
              g.requested_at AS requestedAt, g.active_at AS activeAt, g.activated_at AS activatedAt
       FROM grants g JOIN applications a ON a.id = g.application_id
       WHERE g.status <> 'revoked' AND g.quality_id IN (${scope})
       ORDER BY g.user_id, g.quality_id, a.code`,
    );
    this.functionsInScopeStmt = db.prepare(
      `SELECT user_id AS userId, quality_id AS qualityId, function_code AS functionCode, start_date AS startDate, end_date AS endDate
       FROM function_assignments
       WHERE status <> 'ended' AND quality_id IN (${scope})
       ORDER BY user_id, quality_id, start_date`,
    );
  }

  grantsInScope(entityId: number, qualityId: number | null): ScopeGrant[] {
    return this.grantsInScopeStmt.all({ entityId, qualityId }) as ScopeGrant[];
  }

  functionsInScope(entityId: number, qualityId: number | null): ScopeFunction[] {
    return this.functionsInScopeStmt.all({ entityId, qualityId }) as ScopeFunction[];
  }

  ofUser(userId: number): Holding[] {
    return this.ofUserStmt.all(userId) as Holding[];
  }
}
