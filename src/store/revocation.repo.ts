import type { Db } from './db';
import { skipLocked, type Engine, type Sql } from './sql/sql';
import { brusselsMidnight } from '../domain/dates';
import type { Names } from '../domain/locale';

/** Takes one or more applications away from a person in one qualité. */
export interface RevokeApplicationsOrder {
  kind: 'revokeApplications';
  qualityId: number;
  applicationCodes: string[];
}
/** Ends a function on a date (YYYY-MM-DD, Brussels): from that day on the person no longer holds it. */
export interface EndFunctionOrder {
  kind: 'endFunction';
  qualityId: number;
  functionCode: string;
  endDate: string;
}
/** Removes a person from one qualité or, without qualityId, from every qualité of the entity. */
export interface RemoveUserOrder {
  kind: 'removeUser';
  entityId: number;
  qualityId?: number;
}

export type RevocationOrder = (RevokeApplicationsOrder | EndFunctionOrder | RemoveUserOrder) & {
  idempotencyKey: string;
  managerId: number;
  conversationId: string | null;
  userId: number;
};

export interface RevocationResult {
  /** null when nothing was recorded (unchanged). */
  requestId: number | null;
  /** The function already ended on the day asked (its end date, or an end asked before): nothing recorded, no request. */
  unchanged?: true;
  replayed: boolean;
  userId: number;
  /** When the change takes effect (the portal's delay, or the function's end date). */
  effectiveAt: number;
  /** Grants that will end at effectiveAt; `cancelled` ones were still pending and ended at once. */
  grants: { id: number; applicationCode: string; cancelled: boolean }[];
  /** Applications asked for that the person did not hold: nothing to do for them. */
  notHeld: string[];
  /** cancelled: it ended before it started, so it never starts. */
  functions: { id: number; code: string; endDate: string; cancelled?: boolean }[];
  /** Qualités the person leaves. */
  memberships: { qualityId: number; kind: string }[];
}

export interface DeactivationNotice {
  userName: string;
  kind: RevocationOrder['kind'];
  applications: { code: string; names: Names }[];
  functions: { code: string; names: Names; endDate: string }[];
  entity: string;
}

/** A revocation request due to take effect, as its row says. */
export interface DueRevocation {
  id: number; managerId: number; entityId: number; userId: number; kind: RevocationOrder['kind']; conversationId: string | null;
}

type DatedEnd = { id: number; userId: number; qualityId: number; functionCode: string; entityId: number };
type RevokedGrant = { id: number; qualityId: number; code: string };
type EndedFunction = { id: number; qualityId: number; functionCode: string; endDate: string };
type NoticeNames = { title: string | null; firstName: string; lastName: string; entity: string };

/**
 * The statements of revocations taking effect, one text for RevocationRepo (better-sqlite3) and
 * dueRevocationRows (the async interface, either engine). Aliases are quoted: PostgreSQL folds them.
 */
const DUE_REVOCATIONS = {
  claimDueRequests: (engine: Engine) =>
    `SELECT id, manager_id AS "managerId", entity_id AS "entityId", user_id AS "userId", kind, conversation_id AS "conversationId"
     FROM revocation_requests WHERE applied_at IS NULL AND effective_at <= ? ORDER BY effective_at, id LIMIT ?${skipLocked(engine)}`,
  markApplied: `UPDATE revocation_requests SET applied_at = ? WHERE id = ?`,
  revokeGrants: `UPDATE grants SET status = 'revoked', revoked_at = @now
    WHERE revoke_request_id = @requestId AND status <> 'revoked' AND revoke_at <= @now
    RETURNING id, quality_id AS "qualityId", (SELECT code FROM applications a WHERE a.id = application_id) AS code`,
  endFunctions: `UPDATE function_assignments SET status = 'ended'
    WHERE end_request_id = @requestId AND status <> 'ended' AND end_at <= @now
    RETURNING id, quality_id AS "qualityId", function_code AS "functionCode", coalesce(end_date, start_date) AS "endDate"`,
  removeMemberships: `DELETE FROM user_memberships WHERE remove_request_id = @requestId AND remove_at <= @now RETURNING quality_id AS "qualityId"`,
  noticeNames: `SELECT u.title, u.first_name AS "firstName", u.last_name AS "lastName", e.name AS entity FROM users u, entities e WHERE u.id = ? AND e.id = ?`,
  // End dates given with the function at grant time: no request carries them, their date does.
  endDatedFunctions: `UPDATE function_assignments SET status = 'ended', end_at = @now
    WHERE status <> 'ended' AND end_at IS NULL AND end_date IS NOT NULL AND end_date <= @today
    RETURNING id, user_id AS "userId", quality_id AS "qualityId", function_code AS "functionCode",
      (SELECT entity_id FROM qualities q WHERE q.id = quality_id) AS "entityId"`,
};

/**
 * RevocationRepo's due rows on the async interface (either engine), `tx` the transaction that applies
 * them. On PostgreSQL claimDueRequests locks what it returns (FOR UPDATE SKIP LOCKED): another
 * instance skips those rows, and a request applied meanwhile fails `applied_at IS NULL` when
 * PostgreSQL rechecks the locked row, so each is applied once.
 */
export const dueRevocationRows = {
  claimDueRequests: (tx: Sql, now: number, limit: number) => tx.query<DueRevocation>(DUE_REVOCATIONS.claimDueRequests(tx.engine), [now, limit]),
  endDatedFunctions: (tx: Sql, now: number, today: string) => tx.query<DatedEnd>(DUE_REVOCATIONS.endDatedFunctions, { now, today }),
  revokeRequestGrants: (tx: Sql, requestId: number, now: number) => tx.query<RevokedGrant>(DUE_REVOCATIONS.revokeGrants, { requestId, now }),
  endRequestFunctions: (tx: Sql, requestId: number, now: number) => tx.query<EndedFunction>(DUE_REVOCATIONS.endFunctions, { requestId, now }),
  removeRequestMemberships: (tx: Sql, requestId: number, now: number) =>
    tx.query<{ qualityId: number }>(DUE_REVOCATIONS.removeMemberships, { requestId, now }),
  markRequestApplied: (tx: Sql, requestId: number, now: number) => tx.run(DUE_REVOCATIONS.markApplied, [now, requestId]),
  noticeNames: async (tx: Sql, userId: number, entityId: number) => (await tx.get<NoticeNames>(DUE_REVOCATIONS.noticeNames, [userId, entityId]))!,
};

/**
 * Revocations: the rows. The order's rules (authorized, idempotent by key, audited, one transaction)
 * are in src/services/revocation.service.ts; they take effect after the same delay as grants, applied
 * by src/services/deactivation.service.ts, and the conversation that asked is told through the outbox.
 */
export class RevocationRepo {
  private readonly byKey;
  private readonly insertRequestStmt;
  private readonly saveResultStmt;
  private readonly heldGrantStmt;
  private readonly cancelGrantStmt;
  private readonly scheduleGrantStmt;
  private readonly grantsInScopeStmt;
  private readonly heldFunctionStmt;
  private readonly scheduleFunctionStmt;
  private readonly cancelFunctionStmt;
  private readonly functionsInScopeStmt;
  private readonly membershipsInScopeStmt;
  private readonly scheduleMembershipStmt;
  private readonly dueRequests;
  private readonly markApplied;
  private readonly revokeGrants;
  private readonly endFunctions;
  private readonly removeMemberships;
  private readonly noticeInfo;
  private readonly nextDueStmt;
  private readonly datedEnds;
  private readonly nextDatedEnd;

  constructor(private readonly db: Db) {
    this.byKey = db.prepare(`SELECT result FROM revocation_requests WHERE idempotency_key = ? AND manager_id = ?`);
    this.insertRequestStmt = db.prepare(
      `INSERT INTO revocation_requests (idempotency_key, kind, manager_id, entity_id, quality_id, user_id, conversation_id,
         created_at, effective_at) VALUES (@key, @kind, @managerId, @entityId, @qualityId, @userId, @conversationId, @now, @effectiveAt)
       RETURNING id`,
    );
    this.saveResultStmt = db.prepare(`UPDATE revocation_requests SET result = ? WHERE id = ?`);
    this.heldGrantStmt = db.prepare(
      `SELECT id, status, revoke_at FROM grants WHERE user_id = ? AND application_id = ? AND quality_id = ? AND status <> 'revoked'`,
    );
    this.cancelGrantStmt = db.prepare(
      `UPDATE grants SET status = 'revoked', revoked_at = @now, revoke_at = @now, revoke_request_id = @requestId WHERE id = @id`,
    );
    // A revocation already scheduled keeps its earlier time.
    this.scheduleGrantStmt = db.prepare(
      `UPDATE grants SET revoke_at = min(coalesce(revoke_at, @at), @at), revoke_request_id = coalesce(revoke_request_id, @requestId)
       WHERE id = @id`,
    );
    this.grantsInScopeStmt = db.prepare(
      `SELECT g.id, g.status, a.code FROM grants g JOIN applications a ON a.id = g.application_id
       WHERE g.user_id = ? AND g.quality_id = ? AND g.status <> 'revoked' ORDER BY a.code`,
    );
    this.heldFunctionStmt = db.prepare(
      `SELECT id, start_date, end_date, status FROM function_assignments
       WHERE user_id = ? AND quality_id = ? AND function_code = ? AND status <> 'ended'`,
    );
    this.scheduleFunctionStmt = db.prepare(
      `UPDATE function_assignments SET end_date = coalesce(@endDate, end_date), end_at = @at, end_request_id = @requestId WHERE id = @id`,
    );
    this.cancelFunctionStmt = db.prepare(
      `UPDATE function_assignments SET status = 'ended', end_at = @now, end_request_id = @requestId WHERE id = @id`,
    );
    this.functionsInScopeStmt = db.prepare(
      `SELECT id, function_code, start_date, status FROM function_assignments WHERE user_id = ? AND quality_id = ? AND status <> 'ended'`,
    );
    this.membershipsInScopeStmt = db.prepare(
      `SELECT m.quality_id, q.kind FROM user_memberships m JOIN qualities q ON q.id = m.quality_id
       WHERE m.user_id = @userId AND q.entity_id = @entityId AND (@qualityId IS NULL OR q.id = @qualityId) ORDER BY q.id`,
    );
    this.scheduleMembershipStmt = db.prepare(
      `UPDATE user_memberships SET remove_at = min(coalesce(remove_at, @at), @at), remove_request_id = coalesce(remove_request_id, @requestId)
       WHERE user_id = @userId AND quality_id = @qualityId`,
    );
    this.dueRequests = db.prepare(DUE_REVOCATIONS.claimDueRequests('sqlite'));
    this.markApplied = db.prepare(DUE_REVOCATIONS.markApplied);
    this.revokeGrants = db.prepare(DUE_REVOCATIONS.revokeGrants);
    this.endFunctions = db.prepare(DUE_REVOCATIONS.endFunctions);
    this.removeMemberships = db.prepare(DUE_REVOCATIONS.removeMemberships);
    this.noticeInfo = db.prepare(DUE_REVOCATIONS.noticeNames);
    this.nextDueStmt = db.prepare(`SELECT min(effective_at) AS next FROM revocation_requests WHERE applied_at IS NULL`);
    this.datedEnds = db.prepare(DUE_REVOCATIONS.endDatedFunctions);
    this.nextDatedEnd = db.prepare(
      `SELECT min(end_date) AS next FROM function_assignments WHERE status <> 'ended' AND end_at IS NULL AND end_date IS NOT NULL`,
    );
  }

  /** The outcome recorded under a manager's request key (bound to the manager, as for grants). */
  recordedResult(idempotencyKey: string, managerId: number): Omit<RevocationResult, 'replayed'> | undefined {
    const row = this.byKey.get(idempotencyKey, managerId) as { result: string } | undefined;
    return row && (JSON.parse(row.result) as Omit<RevocationResult, 'replayed'>);
  }

  insertRequest(r: {
    key: string; kind: RevocationOrder['kind']; managerId: number; entityId: number; qualityId: number | null; userId: number;
    conversationId: string | null; now: number; effectiveAt: number;
  }): number {
    return (this.insertRequestStmt.get(r) as { id: number }).id;
  }

  saveResult(requestId: number, result: Omit<RevocationResult, 'replayed'>): void {
    this.saveResultStmt.run(JSON.stringify(result), requestId);
  }

  heldGrant(userId: number, applicationId: number, qualityId: number): { id: number; status: string } | undefined {
    return this.heldGrantStmt.get(userId, applicationId, qualityId) as { id: number; status: string } | undefined;
  }

  /** A grant never active yet ends at once: nothing to wait for, it simply does not happen. */
  cancelGrant(grantId: number, requestId: number, now: number): void {
    this.cancelGrantStmt.run({ id: grantId, now, requestId });
  }

  /** A revocation already scheduled keeps its earlier time. */
  scheduleGrant(grantId: number, requestId: number, at: number): void {
    this.scheduleGrantStmt.run({ id: grantId, at, requestId });
  }

  grantsInScope(userId: number, qualityId: number): { id: number; status: string; code: string }[] {
    return this.grantsInScopeStmt.all(userId, qualityId) as { id: number; status: string; code: string }[];
  }

  heldFunction(userId: number, qualityId: number, code: string): { id: number; start_date: string; end_date: string | null; status: string } | undefined {
    return this.heldFunctionStmt.get(userId, qualityId, code) as { id: number; start_date: string; end_date: string | null; status: string } | undefined;
  }

  /** `endDate` null keeps the function's own end date (one that would end before it starts). */
  scheduleFunctionEnd(assignmentId: number, requestId: number, endDate: string | null, at: number): void {
    this.scheduleFunctionStmt.run({ id: assignmentId, endDate, at, requestId });
  }

  cancelFunction(assignmentId: number, requestId: number, now: number): void {
    this.cancelFunctionStmt.run({ id: assignmentId, now, requestId });
  }

  functionsInScope(userId: number, qualityId: number): { id: number; function_code: string; start_date: string; status: string }[] {
    return this.functionsInScopeStmt.all(userId, qualityId) as { id: number; function_code: string; start_date: string; status: string }[];
  }

  membershipsInScope(userId: number, entityId: number, qualityId: number | null): { quality_id: number; kind: string }[] {
    return this.membershipsInScopeStmt.all({ userId, entityId, qualityId }) as { quality_id: number; kind: string }[];
  }

  scheduleMembershipRemoval(userId: number, qualityId: number, requestId: number, at: number): void {
    this.scheduleMembershipStmt.run({ userId, qualityId, at, requestId });
  }

  nextDueAt(): number | null {
    const request = (this.nextDueStmt.get() as { next: number | null }).next;
    const dated = (this.nextDatedEnd.get() as { next: string | null }).next;
    const times = [request, dated === null ? null : brusselsMidnight(dated).getTime()].filter((t): t is number => t !== null);
    return times.length === 0 ? null : Math.min(...times);
  }

  /** Functions whose own end date (given at grant time, no request) has come, ended. */
  endDatedFunctions(now: number, today: string): DatedEnd[] {
    return this.datedEnds.all({ now, today }) as DatedEnd[];
  }

  /**
   * Up to `limit` revocation requests due at `now`, oldest first, claimed: call it inside the write
   * transaction that applies them (Store.transaction with `immediate`), which on SQLite holds the
   * only write lock, so no other process applies them meanwhile; markRequestApplied, in that same
   * transaction, takes them off the list for good. On PostgreSQL, see dueRevocationRows.
   */
  claimDueRequests(now: number, limit: number): DueRevocation[] {
    if (!this.db.inTransaction) throw new Error('claimDueRequests runs inside the transaction that applies what it claims');
    return this.dueRequests.all(now, limit) as DueRevocation[];
  }

  /** The request's grants whose revocation time has come, revoked. */
  revokeRequestGrants(requestId: number, now: number): RevokedGrant[] {
    return this.revokeGrants.all({ requestId, now }) as RevokedGrant[];
  }

  /** The request's functions whose end has come, ended. */
  endRequestFunctions(requestId: number, now: number): EndedFunction[] {
    return this.endFunctions.all({ requestId, now }) as EndedFunction[];
  }

  /** The request's memberships whose removal time has come, removed. */
  removeRequestMemberships(requestId: number, now: number): { qualityId: number }[] {
    return this.removeMemberships.all({ requestId, now }) as { qualityId: number }[];
  }

  markRequestApplied(requestId: number, now: number): void {
    this.markApplied.run(now, requestId);
  }

  /** The person's name and the entity's, for the notice. */
  noticeNames(userId: number, entityId: number): NoticeNames {
    return this.noticeInfo.get(userId, entityId) as NoticeNames;
  }
}
