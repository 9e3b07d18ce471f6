import type { Db } from './db';
import type { Sql } from './sql/sql';

export interface AuditFilter {
  /** Digits of the person's NISS. */
  niss?: string;
  /** Application code. */
  application?: string;
  /** Channel user id of the manager who acted (or on whose behalf the system acted). */
  manager?: string;
  action?: string;
  entityId?: number;
  /** Only these entities (the ones the reader may see); undefined: all. */
  entityIds?: number[];
  /** Inclusive bounds, ms since epoch. */
  since?: number;
  until?: number;
  outcome?: 'ok' | 'refused';
  limit?: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  outcome: 'ok' | 'refused';
  /** Who acted: a manager's channel id, or "system" for activations and revocations taking effect. */
  by: string;
  byName: string | null;
  /** The manager whose confirmed request the system carried out (activations), else the actor. */
  onBehalfOf: string | null;
  entity: string | null;
  entityName: string | null;
  quality: string | null;
  niss: string | null;
  userName: string | null;
  application: string | null;
  details: Record<string, unknown>;
}

type Row = {
  id: number; at: number; action: string; outcome: 'ok' | 'refused'; by_id: string | null; by_name: string | null;
  behalf_id: string | null; inami: string | null; entity_name: string | null; kind: string | null; niss: string | null;
  first_name: string | null; last_name: string | null; application: string | null; details: string;
};

/** One row of the audit log as written; `details` never holds a password, a token or a clear NISS. */
export interface AuditRow {
  at: number;
  /** The manager who acted; null for the system (activations) or someone Sésame does not know. */
  managerId: number | null;
  action: string;
  outcome: 'ok' | 'refused';
  entityId: number | null;
  qualityId: number | null;
  userId: number | null;
  requestId: number | null;
  details: Record<string, unknown>;
}

/** The one statement that writes the audit log, on either engine (AuditRepo.append, appendAudit). */
const APPEND_AUDIT = `INSERT INTO audit_log (at, manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details)
  VALUES (@at, @managerId, @action, @outcome, @entityId, @qualityId, @userId, @requestId, @details)`;
const auditParams = (row: AuditRow) => ({ ...row, details: JSON.stringify(row.details) });

/** AuditRepo.append on the async interface (either engine), inside the caller's transaction: for src/services/audit.ts only. */
export async function appendAudit(tx: Sql, row: AuditRow): Promise<void> {
  await tx.run(APPEND_AUDIT, auditParams(row));
}

/**
 * The audit log: the one statement that writes it (called only by src/services/audit.ts, inside the
 * caller's transaction) and the log read back: who did what to whose access, when, for whom.
 */
export class AuditRepo {
  private readonly listStmt;
  private readonly insertStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(APPEND_AUDIT);
    // The application is in the details of the row that changed it, or found through the grant it names.
    this.listStmt = db.prepare(
      `WITH rows AS (
         SELECT a.*, coalesce(json_extract(a.details, '$.application'),
                  (SELECT ap.code FROM grants g JOIN applications ap ON ap.id = g.application_id
                   WHERE g.id = json_extract(a.details, '$.grantId'))) AS application,
                coalesce(a.manager_id,
                  (SELECT r.manager_id FROM grant_requests r WHERE r.id = a.request_id),
                  json_extract(a.details, '$.onBehalfOf'),
                  (SELECT v.manager_id FROM revocation_requests v WHERE v.id = json_extract(a.details, '$.revocationRequestId'))) AS behalf
         FROM audit_log a
       )
       SELECT r.id, r.at, r.action, r.outcome, m.channel_user_id AS by_id, m.name AS by_name, b.channel_user_id AS behalf_id,
              e.inami, e.name AS entity_name, q.kind, u.niss, u.first_name, u.last_name, r.application, r.details
       FROM rows r LEFT JOIN managers m ON m.id = r.manager_id LEFT JOIN managers b ON b.id = r.behalf
         LEFT JOIN entities e ON e.id = r.entity_id LEFT JOIN qualities q ON q.id = r.quality_id LEFT JOIN users u ON u.id = r.user_id
       WHERE (@niss IS NULL OR u.niss = @niss)
         AND (@application IS NULL OR r.application = @application)
         AND (@manager IS NULL OR m.channel_user_id = @manager OR b.channel_user_id = @manager)
         AND (@action IS NULL OR r.action = @action)
         AND (@entityId IS NULL OR r.entity_id = @entityId)
         AND (@entityIds IS NULL OR r.entity_id IN (SELECT value FROM json_each(@entityIds)))
         AND (@since IS NULL OR r.at >= @since)
         AND (@until IS NULL OR r.at <= @until)
         AND (@outcome IS NULL OR r.outcome = @outcome)
       ORDER BY r.at DESC, r.id DESC
       LIMIT @limit`,
    );
  }

  append(row: AuditRow): void {
    this.insertStmt.run(auditParams(row));
  }

  list(filter: AuditFilter = {}): AuditEntry[] {
    const rows = this.listStmt.all({
      niss: filter.niss?.replace(/\D/g, '') || null,
      application: filter.application?.trim().toUpperCase() || null,
      manager: filter.manager ?? null,
      action: filter.action ?? null,
      entityId: filter.entityId ?? null,
      entityIds: filter.entityIds ? JSON.stringify(filter.entityIds) : null,
      since: filter.since ?? null,
      until: filter.until ?? null,
      outcome: filter.outcome ?? null,
      limit: filter.limit ?? -1,
    }) as Row[];
    return rows.map((r) => {
      const details = JSON.parse(r.details) as Record<string, unknown>;
      return {
        id: r.id,
        at: new Date(r.at).toISOString(),
        action: r.action,
        outcome: r.outcome,
        // Someone Sésame does not know, refused by a channel, is named by the id they claimed.
        by: r.by_id ?? (typeof details.channelUserId === 'string' ? details.channelUserId : 'system'),
        byName: r.by_name,
        onBehalfOf: r.behalf_id,
        entity: r.inami,
        entityName: r.entity_name,
        quality: r.kind,
        niss: r.niss,
        userName: r.first_name === null ? null : `${r.first_name} ${r.last_name}`,
        application: r.application,
        details,
      };
    });
  }

  /** "Qui a donné accès à HospiSup à 85073003328 ?": the grants of that application to that person, newest first. */
  whoGranted(niss: string, application: string, entityIds?: number[]): AuditEntry[] {
    return this.list({ niss, application, action: 'grantAccess', outcome: 'ok', ...(entityIds ? { entityIds } : {}) });
  }
}
