import type { Db } from './db';
import { skipLocked, type Engine, type Sql } from './sql/sql';
import type { NewUser, User } from './people.repo';
import type { Names } from '../domain/locale';

export interface GrantOrder {
  idempotencyKey: string;
  managerId: number;
  conversationId: string | null;
  qualityId: number;
  activateQuality: boolean;
  user: { existingUserId: number } | { newUser: NewUser };
  applicationCodes: string[];
  fn: { code: string; startDate: string; endDate: string | null } | null;
}

export interface GrantResult {
  /** null: everything asked was already held, nothing changed, and no request was written. */
  requestId: number | null;
  /** True when this order had already been executed: nothing was written this time. */
  replayed: boolean;
  userId: number;
  grants: { id: number; applicationCode: string; activeAt: number; alreadyHeld: boolean }[];
  fn: { id: number; code: string; startDate: string; endDate: string | null; activeAt: number; alreadyHeld: boolean } | null;
  /** The person's removal from this qualité was pending: granting keeps them a user, so the removal is cancelled. */
  removalCancelled?: true;
}

export interface ActivationNotice {
  userName: string;
  /** The account when the access became active: a disabled or invited one cannot use it yet, and the notice says so. */
  account?: User['status'];
  applications: { code: string; names: Names }[];
  fn: { code: string; names: Names; startDate: string } | null;
}

/** A function assignment activated, as its row says. */
export interface ActivatedFunction {
  id: number; functionCode: string; userId: number; qualityId: number; startDate: string; activeAt: number;
}

type AppNamesRow = { code: string; name_fr: string; name_nl: string; name_de: string; name_en: string };
const appNames = (a: AppNamesRow): { code: string; names: Names } => ({ code: a.code, names: { fr: a.name_fr, nl: a.name_nl, de: a.name_de, en: a.name_en } });
type RequestlessFunction = { id: number; userId: number; qualityId: number; activeAt: number; entityId: number };
type ActivatedGrant = { id: number; applicationId: number; userId: number; qualityId: number; activeAt: number };
type RequestForActivation = {
  conversationId: string | null; managerId: number; title: string | null; firstName: string; lastName: string; status: User['status']; entityId: number;
};

/**
 * The statements of due activations, one text for AccessRepo (better-sqlite3) and dueAccessRows (the
 * async interface, either engine). Aliases are quoted: PostgreSQL folds unquoted ones to lower case.
 */
const DUE_ACCESS = {
  applicationNames: `SELECT code, name_fr, name_nl, name_de, name_en FROM applications WHERE id = ?`,
  requestlessFunctions: `UPDATE function_assignments SET status = 'active', activated_at = @now
    WHERE request_id IS NULL AND status = 'pending' AND active_at <= @now
    RETURNING id, user_id AS "userId", quality_id AS "qualityId", active_at AS "activeAt",
      (SELECT entity_id FROM qualities q WHERE q.id = quality_id) AS "entityId"`,
  /**
   * SQLite: the write transaction (BEGIN IMMEDIATE) is the claim. PostgreSQL cannot lock the rows of
   * a UNION; it claims the requests' own rows instead, skipping those another instance holds.
   */
  claimDueRequests: (engine: Engine) => {
    const due = `SELECT request_id FROM grants WHERE status = 'pending' AND active_at <= @now
      UNION
      SELECT request_id FROM function_assignments
      WHERE status = 'pending' AND active_at <= @now AND request_id IS NOT NULL`;
    return engine === 'sqlite'
      ? `${due} LIMIT @limit`
      : `SELECT r.id AS request_id FROM grant_requests r WHERE r.id IN (${due}) ORDER BY r.id LIMIT @limit${skipLocked(engine, 'r')}`;
  },
  // INDEXED BY (SQLite): without statistics the planner picks (status, active_at), which reads every
  // due row for each request: 100,000 due grants took minutes instead of seconds.
  activateGrants: (engine: Engine) => `UPDATE grants${engine === 'sqlite' ? ' INDEXED BY grants_byRequest' : ''}
    SET status = 'active', activated_at = @now
    WHERE request_id = @requestId AND status = 'pending' AND active_at <= @now
    RETURNING id, application_id AS "applicationId", user_id AS "userId", quality_id AS "qualityId", active_at AS "activeAt"`,
  activateFunctions: (engine: Engine) => `UPDATE function_assignments${engine === 'sqlite' ? ' INDEXED BY function_assignments_byRequest' : ''}
    SET status = 'active', activated_at = @now
    WHERE request_id = @requestId AND status = 'pending' AND active_at <= @now
    RETURNING id, function_code AS "functionCode", user_id AS "userId", quality_id AS "qualityId", start_date AS "startDate",
      active_at AS "activeAt"`,
  requestForActivation: `SELECT r.conversation_id AS "conversationId", r.manager_id AS "managerId", u.title, u.first_name AS "firstName",
      u.last_name AS "lastName", u.status, q.entity_id AS "entityId"
    FROM grant_requests r JOIN users u ON u.id = r.user_id JOIN qualities q ON q.id = r.quality_id WHERE r.id = ?`,
};

/**
 * AccessRepo's due-activation rows on the async interface (either engine), `tx` the transaction that
 * activates them. claimDueRequests on PostgreSQL locks the requests it returns (FOR UPDATE OF r SKIP
 * LOCKED): another instance skips them, and the `status = 'pending'` of the activations makes a
 * request another instance finished meanwhile a no-op (no audit row, no notice).
 */
export const dueAccessRows = {
  claimDueRequests: async (tx: Sql, now: number, limit: number): Promise<number[]> =>
    (await tx.query<{ request_id: number }>(DUE_ACCESS.claimDueRequests(tx.engine), { now, limit })).map((r) => r.request_id),
  activateRequestlessFunctions: (tx: Sql, now: number) => tx.query<RequestlessFunction>(DUE_ACCESS.requestlessFunctions, { now }),
  activateRequestGrants: (tx: Sql, requestId: number, now: number) => tx.query<ActivatedGrant>(DUE_ACCESS.activateGrants(tx.engine), { requestId, now }),
  activateRequestFunctions: (tx: Sql, requestId: number, now: number) =>
    tx.query<ActivatedFunction>(DUE_ACCESS.activateFunctions(tx.engine), { requestId, now }),
  requestForActivation: async (tx: Sql, requestId: number) => (await tx.get<RequestForActivation>(DUE_ACCESS.requestForActivation, [requestId]))!,
  applicationNames: async (tx: Sql, applicationId: number) => appNames((await tx.get<AppNamesRow>(DUE_ACCESS.applicationNames, [applicationId]))!),
};

/**
 * Grants, function assignments and their activation: the rows. The rules are in src/services: of an
 * order in grant.service.ts, of the activation (audit, notice, batches) in activation.service.ts.
 */
export class AccessRepo {
  private readonly requestByKey;
  private readonly insertRequestStmt;
  private readonly saveResultStmt;
  private readonly applicationById;
  private readonly appInKind;
  private readonly requestlessFunctions;
  private readonly heldGrantStmt;
  private readonly keepGrantStmt;
  private readonly insertGrantStmt;
  private readonly heldFunctionStmt;
  private readonly insertFunctionStmt;
  private readonly activateQualityStmt;
  private readonly dueRequests;
  private readonly activateGrants;
  private readonly activateFunctions;
  private readonly requestForNotice;
  private readonly nextDueStmt;
  private readonly listGrantsStmt;
  private readonly listFunctionsStmt;

  constructor(private readonly db: Db) {
    this.requestByKey = db.prepare(`SELECT result FROM grant_requests WHERE idempotency_key = ? AND manager_id = ?`);
    this.saveResultStmt = db.prepare(`UPDATE grant_requests SET result = ? WHERE id = ?`);
    this.insertRequestStmt = db.prepare(
      `INSERT INTO grant_requests (idempotency_key, manager_id, quality_id, user_id, conversation_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    this.heldGrantStmt = db.prepare(
      `SELECT id, active_at, revoke_at FROM grants WHERE user_id = ? AND application_id = ? AND quality_id = ? AND status <> 'revoked'`,
    );
    this.keepGrantStmt = db.prepare(`UPDATE grants SET revoke_at = NULL, revoke_request_id = NULL WHERE id = ?`);
    this.insertGrantStmt = db.prepare(
      `INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at)
       VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) RETURNING id`,
    );
    this.heldFunctionStmt = db.prepare(
      `SELECT id, start_date, end_date, active_at FROM function_assignments
       WHERE user_id = ? AND quality_id = ? AND function_code = ? AND status <> 'ended'`,
    );
    this.insertFunctionStmt = db.prepare(
      `INSERT INTO function_assignments (request_id, user_id, quality_id, function_code, start_date, end_date, status,
         active_at, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) RETURNING id`,
    );
    this.appInKind = db.prepare(`SELECT 1 FROM application_quality_kinds WHERE application_id = ? AND quality_kind = ?`).pluck();
    this.applicationById = db.prepare(DUE_ACCESS.applicationNames);
    this.requestlessFunctions = db.prepare(DUE_ACCESS.requestlessFunctions);
    this.activateQualityStmt = db.prepare(`UPDATE qualities SET active = 1 WHERE id = ?`);
    this.dueRequests = db.prepare(DUE_ACCESS.claimDueRequests('sqlite')).pluck();
    this.activateGrants = db.prepare(DUE_ACCESS.activateGrants('sqlite'));
    this.activateFunctions = db.prepare(DUE_ACCESS.activateFunctions('sqlite'));
    this.requestForNotice = db.prepare(DUE_ACCESS.requestForActivation);
    this.nextDueStmt = db.prepare(
      `SELECT min(t) AS next FROM (
         SELECT min(active_at) AS t FROM grants WHERE status = 'pending'
         UNION ALL
         SELECT min(active_at) AS t FROM function_assignments WHERE status = 'pending')`,
    );
    this.listGrantsStmt = db.prepare(
      `SELECT g.id, u.niss, a.code AS application, a.name_fr AS application_name, e.inami AS entity, q.kind,
              k.name_fr AS quality, g.status, g.requested_at, g.active_at, g.activated_at,
              m.channel_user_id AS requested_by, m.name AS requested_by_name
       FROM grants g JOIN users u ON u.id = g.user_id JOIN applications a ON a.id = g.application_id
         JOIN qualities q ON q.id = g.quality_id JOIN quality_kinds k ON k.code = q.kind
         JOIN entities e ON e.id = q.entity_id JOIN managers m ON m.id = g.requested_by
       ORDER BY g.id`,
    );
    this.listFunctionsStmt = db.prepare(
      `SELECT f.id, u.niss, f.function_code, e.inami AS entity, f.start_date, f.end_date, f.status, f.active_at
       FROM function_assignments f JOIN users u ON u.id = f.user_id JOIN qualities q ON q.id = f.quality_id
         JOIN entities e ON e.id = q.entity_id ORDER BY f.id`,
    );
  }

  /** The outcome recorded under a manager's request key: bound to the manager, an order is only ever the replay of their own. */
  recordedResult(idempotencyKey: string, managerId: number): Omit<GrantResult, 'replayed'> | undefined {
    const row = this.requestByKey.get(idempotencyKey, managerId) as { result: string } | undefined;
    return row && (JSON.parse(row.result) as Omit<GrantResult, 'replayed'>);
  }

  insertRequest(r: { idempotencyKey: string; managerId: number; qualityId: number; userId: number; conversationId: string | null }, now: number): number {
    return (this.insertRequestStmt.get(r.idempotencyKey, r.managerId, r.qualityId, r.userId, r.conversationId, now) as { id: number }).id;
  }

  saveResult(requestId: number, result: Omit<GrantResult, 'replayed'>): void {
    this.saveResultStmt.run(JSON.stringify(result), requestId);
  }

  activateQuality(qualityId: number): void {
    this.activateQualityStmt.run(qualityId);
  }

  /** One indexed lookup per application, not the kind's whole catalog per order (a third of a grant's time). */
  applicationInKind(applicationId: number, kind: string): boolean {
    return this.appInKind.get(applicationId, kind) !== undefined;
  }

  heldGrant(userId: number, applicationId: number, qualityId: number): { id: number; activeAt: number; revokeAt: number | null } | undefined {
    const r = this.heldGrantStmt.get(userId, applicationId, qualityId) as { id: number; active_at: number; revoke_at: number | null } | undefined;
    return r && { id: r.id, activeAt: r.active_at, revokeAt: r.revoke_at };
  }

  /** Granted again while its revocation waits for the delay: the manager's latest word wins. */
  keepGrant(grantId: number): void {
    this.keepGrantStmt.run(grantId);
  }

  insertGrant(g: { requestId: number; userId: number; applicationId: number; qualityId: number; requestedBy: number; activeAt: number }, now: number): number {
    return (this.insertGrantStmt.get(g.requestId, g.userId, g.applicationId, g.qualityId, g.requestedBy, now, g.activeAt) as { id: number }).id;
  }

  heldFunction(userId: number, qualityId: number, code: string): { id: number; startDate: string; endDate: string | null; activeAt: number } | undefined {
    const r = this.heldFunctionStmt.get(userId, qualityId, code) as { id: number; start_date: string; end_date: string | null; active_at: number } | undefined;
    return r && { id: r.id, startDate: r.start_date, endDate: r.end_date, activeAt: r.active_at };
  }

  insertFunction(
    f: { requestId: number; userId: number; qualityId: number; code: string; startDate: string; endDate: string | null; activeAt: number; createdBy: number },
    now: number,
  ): number {
    return (this.insertFunctionStmt.get(f.requestId, f.userId, f.qualityId, f.code, f.startDate, f.endDate, f.activeAt, f.createdBy, now) as { id: number }).id;
  }

  /** Earliest pending activation time, for the scheduler's next timer. */
  nextDueAt(): number | null {
    return (this.nextDueStmt.get() as { next: number | null }).next;
  }

  /**
   * Functions recorded outside a request (none today), made active when due; no notice goes with
   * them, but nextDueAt counts them, so they must not be skipped.
   */
  activateRequestlessFunctions(now: number): RequestlessFunction[] {
    return this.requestlessFunctions.all({ now }) as RequestlessFunction[];
  }

  /**
   * Up to `limit` grant requests with a grant or function due at `now`, claimed: no one else
   * activates them until the caller's transaction ends. Call it inside the write transaction that
   * activates them (Store.transaction with `immediate`): on SQLite that transaction holds the only
   * write lock, so the SELECT itself is the claim and a second claimer (another process) waits, then
   * finds them done. On PostgreSQL, see dueAccessRows.claimDueRequests.
   */
  claimDueRequests(now: number, limit: number): number[] {
    if (!this.db.inTransaction) throw new Error('claimDueRequests runs inside the transaction that activates what it claims');
    return this.dueRequests.all({ now, limit }) as number[];
  }

  /** The request's pending grants that are due, made active. */
  activateRequestGrants(requestId: number, now: number): ActivatedGrant[] {
    return this.activateGrants.all({ requestId, now }) as ActivatedGrant[];
  }

  /** The request's pending function assignments that are due, made active. */
  activateRequestFunctions(requestId: number, now: number): ActivatedFunction[] {
    return this.activateFunctions.all({ requestId, now }) as ActivatedFunction[];
  }

  /** Who asked for a request, where, and for whom: what its activation notice needs. */
  requestForActivation(requestId: number): RequestForActivation {
    return this.requestForNotice.get(requestId) as RequestForActivation;
  }

  /** An application's code and names by id (an activated grant names its application by id). */
  applicationNames(applicationId: number): { code: string; names: Names } {
    return appNames(this.applicationById.get(applicationId) as AppNamesRow);
  }

  listGrants(): GrantListItem[] {
    return (this.listGrantsStmt.all() as GrantRow[]).map((r) => ({
      id: r.id,
      niss: r.niss,
      application: r.application,
      applicationName: r.application_name,
      entity: r.entity,
      quality: r.quality,
      qualityKind: r.kind,
      status: r.status,
      requestedAt: new Date(r.requested_at).toISOString(),
      activeAt: new Date(r.active_at).toISOString(),
      activatedAt: r.activated_at === null ? null : new Date(r.activated_at).toISOString(),
      requestedBy: r.requested_by,
      requestedByName: r.requested_by_name,
    }));
  }

  listFunctions(): FunctionListItem[] {
    return (this.listFunctionsStmt.all() as FunctionRow[]).map((r) => ({
      id: r.id,
      niss: r.niss,
      function: r.function_code,
      entity: r.entity,
      startDate: r.start_date,
      endDate: r.end_date,
      status: r.status,
      activeAt: new Date(r.active_at).toISOString(),
    }));
  }
}

type GrantRow = {
  id: number; niss: string; application: string; application_name: string; entity: string; kind: string; quality: string;
  status: 'pending' | 'active' | 'revoked'; requested_at: number; active_at: number; activated_at: number | null;
  requested_by: string; requested_by_name: string;
};
export interface GrantListItem {
  id: number; niss: string; application: string; applicationName: string; entity: string; quality: string;
  qualityKind: string; status: GrantRow['status']; requestedAt: string; activeAt: string; activatedAt: string | null;
  requestedBy: string; requestedByName: string;
}

type FunctionRow = {
  id: number; niss: string; function_code: string; entity: string; start_date: string; end_date: string | null;
  status: 'pending' | 'active' | 'ended'; active_at: number;
};
export interface FunctionListItem {
  id: number; niss: string; function: string; entity: string; startDate: string; endDate: string | null;
  status: FunctionRow['status']; activeAt: string;
}
