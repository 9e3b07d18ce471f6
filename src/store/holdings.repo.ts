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

/** What people hold, read for answers ("is it active?") and copies ("same access as…"); never written here. */
export class HoldingsRepo {
  private readonly ofUserStmt;

  constructor(db: Db) {
    this.ofUserStmt = db.prepare(
      `SELECT a.code AS applicationCode, g.quality_id AS qualityId, q.entity_id AS entityId, g.status,
              g.active_at AS activeAt, g.activated_at AS activatedAt
       FROM grants g JOIN applications a ON a.id = g.application_id JOIN qualities q ON q.id = g.quality_id
       WHERE g.user_id = ? AND g.status <> 'revoked'
       ORDER BY a.id`,
    );
  }

  ofUser(userId: number): Holding[] {
    return this.ofUserStmt.all(userId) as Holding[];
  }
}
