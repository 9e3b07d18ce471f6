import { durably, type Db } from './db';
import type { NewUser, User } from './people.repo';
import type { CatalogRepo } from './catalog.repo';
import type { AuditRepo } from './audit.repo';
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
  requestId: number;
  /** True when this order had already been executed: nothing was written this time. */
  replayed: boolean;
  userId: number;
  grants: { id: number; applicationCode: string; activeAt: number; alreadyHeld: boolean }[];
  fn: { id: number; code: string; startDate: string; endDate: string | null; activeAt: number; alreadyHeld: boolean } | null;
}

export interface ActivationNotice {
  userName: string;
  /** The account when the access became active: a disabled or invited one cannot use it yet, and the notice says so. */
  account?: User['status'];
  applications: { code: string; names: Names }[];
  fn: { code: string; names: Names; startDate: string } | null;
}

/** Grants, function assignments and their activation: the rows; the rules of an order are in src/services/grant.service.ts. */
export class AccessRepo {
  private readonly catalog: CatalogRepo;
  private readonly audit: AuditRepo;
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
  private readonly insertOutbox;
  private readonly nextDueStmt;
  private readonly listGrantsStmt;
  private readonly listFunctionsStmt;
  /** Told, after each committed batch, how late each activation was (due time to now), for /metrics. */
  onActivated?: (lagsMs: number[]) => void;

  constructor(private readonly db: Db, lent: { catalog: CatalogRepo; audit: AuditRepo }) {
    this.catalog = lent.catalog;
    // Activations are the system's own work, audited where they happen; orders are audited by src/services.
    this.audit = lent.audit;
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
    this.applicationById = db.prepare(`SELECT code, name_fr, name_nl, name_de, name_en FROM applications WHERE id = ?`);
    this.requestlessFunctions = db.prepare(
      `UPDATE function_assignments SET status = 'active', activated_at = @now
       WHERE request_id IS NULL AND status = 'pending' AND active_at <= @now
       RETURNING id, user_id, quality_id, active_at, (SELECT entity_id FROM qualities q WHERE q.id = quality_id) AS entity_id`,
    );
    this.activateQualityStmt = db.prepare(`UPDATE qualities SET active = 1 WHERE id = ?`);
    this.dueRequests = db.prepare(
      `SELECT request_id FROM grants WHERE status = 'pending' AND active_at <= @now
       UNION
       SELECT request_id FROM function_assignments
       WHERE status = 'pending' AND active_at <= @now AND request_id IS NOT NULL
       LIMIT @limit`,
    );
    this.activateGrants = db.prepare(
      // INDEXED BY: without statistics the planner picks (status, active_at), which reads every due
      // row for each request: 100,000 due grants took minutes instead of seconds.
      `UPDATE grants INDEXED BY grants_byRequest SET status = 'active', activated_at = @now
       WHERE request_id = @requestId AND status = 'pending' AND active_at <= @now
       RETURNING id, application_id, user_id, quality_id, active_at`,
    );
    this.activateFunctions = db.prepare(
      `UPDATE function_assignments INDEXED BY function_assignments_byRequest SET status = 'active', activated_at = @now
       WHERE request_id = @requestId AND status = 'pending' AND active_at <= @now
       RETURNING id, function_code, user_id, quality_id, start_date, active_at`,
    );
    this.requestForNotice = db.prepare(
      `SELECT r.conversation_id, r.manager_id, u.title, u.first_name, u.last_name, u.status, q.entity_id
       FROM grant_requests r JOIN users u ON u.id = r.user_id JOIN qualities q ON q.id = r.quality_id WHERE r.id = ?`,
    );
    this.insertOutbox = db.prepare(
      `INSERT INTO outbox (conversation_id, manager_id, request_id, kind, payload, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, 'activated', ?, 'pending', ?, ?)`,
    );
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
   * Activates what is due, a batch of requests per transaction, each activation with its audit row
   * and one outbox notification per request. Returns how many grants and functions became active.
   */
  activateDue(now = Date.now(), batchSize = 500): { grants: number; functions: number; notifications: number } {
    const total = { grants: 0, functions: 0, notifications: 0 };
    for (;;) {
      const lagsMs: number[] = [];
      const batch = durably(this.db, this.db.transaction(() => {
        // Functions recorded outside a request (none today) are activated too, without a notice,
        // so that nextDueAt never points at something this method would skip.
        for (const f of this.requestlessFunctions.all({ now }) as { id: number; user_id: number; quality_id: number; active_at: number; entity_id: number }[]) {
          this.audit.append({
            at: now, managerId: null, action: 'activateFunction', outcome: 'ok', entityId: f.entity_id, qualityId: f.quality_id,
            userId: f.user_id, requestId: null, details: { functionAssignmentId: f.id },
          });
          total.functions += 1;
          lagsMs.push(now - f.active_at);
        }
        const requests = this.dueRequests.all({ now, limit: batchSize }) as { request_id: number }[];
        for (const { request_id: requestId } of requests) this.activateRequest(requestId, now, total, lagsMs);
        return requests.length;
      }));
      // After the commit: a batch rolled back activated nothing.
      if (lagsMs.length > 0) this.onActivated?.(lagsMs);
      if (batch < batchSize) return total;
    }
  }

  private activateRequest(requestId: number, now: number, total: { grants: number; functions: number; notifications: number }, lagsMs: number[]) {
    const grants = this.activateGrants.all({ requestId, now }) as {
      id: number; application_id: number; user_id: number; quality_id: number; active_at: number;
    }[];
    const fns = this.activateFunctions.all({ requestId, now }) as {
      id: number; function_code: string; user_id: number; quality_id: number; start_date: string; active_at: number;
    }[];
    const req = this.requestForNotice.get(requestId) as {
      conversation_id: string | null; manager_id: number; title: string | null; first_name: string; last_name: string; status: User['status']; entity_id: number;
    };
    const audit = (action: string, userId: number, qualityId: number, details: Record<string, unknown>) =>
      this.audit.append({ at: now, managerId: null, action, outcome: 'ok', entityId: req.entity_id, qualityId, userId, requestId, details });
    for (const g of grants) audit('activateGrant', g.user_id, g.quality_id, { grantId: g.id });
    for (const f of fns) audit('activateFunction', f.user_id, f.quality_id, { functionAssignmentId: f.id });
    total.grants += grants.length;
    total.functions += fns.length;
    for (const row of [...grants, ...fns]) lagsMs.push(now - row.active_at);
    if (req.conversation_id === null || grants.length + fns.length === 0) return;
    const functions = this.catalog.functions();
    const fnDef = fns[0] && functions.find((f) => f.code === fns[0]!.function_code);
    const notice: ActivationNotice = {
      userName: `${req.title ? `${req.title} ` : ''}${req.first_name} ${req.last_name}`,
      // Said only when the account cannot use the access yet: an active one needs no word.
      ...(req.status !== 'active' ? { account: req.status } : {}),
      applications: grants.map((g) => {
        const a = this.applicationById.get(g.application_id) as { code: string; name_fr: string; name_nl: string; name_de: string; name_en: string };
        return { code: a.code, names: { fr: a.name_fr, nl: a.name_nl, de: a.name_de, en: a.name_en } };
      }),
      fn: fnDef && fns[0] ? { code: fnDef.code, names: fnDef.names, startDate: fns[0].start_date } : null,
    };
    // To the manager who confirmed it, at the reference of their own turns (see OutboxSender).
    this.insertOutbox.run(req.conversation_id, req.manager_id, requestId, JSON.stringify(notice), now, now);
    total.notifications += 1;
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
