import { durably, type Db } from './db';
import { CatalogRepo } from './catalog.repo';
import { PeopleRepo } from './people.repo';
import { ConflictError } from './errors';
import { ForbiddenError, may, type Scope } from '../domain/authorization';
import { brusselsMidnight, todayInBrussels } from '../domain/dates';
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
  requestId: number;
  replayed: boolean;
  userId: number;
  /** When the change takes effect (the portal's delay, or the function's end date). */
  effectiveAt: number;
  /** Grants that will end at effectiveAt; `cancelled` ones were still pending and ended at once. */
  grants: { id: number; applicationCode: string; cancelled: boolean }[];
  /** Applications asked for that the person did not hold: nothing to do for them. */
  notHeld: string[];
  functions: { id: number; code: string; endDate: string }[];
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

type Applied = { requests: number; grants: number; functions: number; memberships: number; notifications: number };

/**
 * Revocations, executed like grants: one transaction, idempotent by key, audited, authorized in
 * the store; they take effect after the same delay (the scheduler applies them) and the
 * conversation that asked is told through the outbox.
 */
export class RevocationRepo {
  private readonly catalog: CatalogRepo;
  private readonly people: PeopleRepo;
  private readonly byKey;
  private readonly insertRequest;
  private readonly saveResult;
  private readonly heldGrant;
  private readonly cancelGrant;
  private readonly scheduleGrant;
  private readonly grantsInScope;
  private readonly heldFunction;
  private readonly scheduleFunction;
  private readonly cancelFunction;
  private readonly functionsInScope;
  private readonly membershipsInScope;
  private readonly scheduleMembership;
  private readonly insertAudit;
  private readonly dueRequests;
  private readonly markApplied;
  private readonly revokeGrants;
  private readonly endFunctions;
  private readonly removeMemberships;
  private readonly noticeInfo;
  private readonly insertOutbox;
  private readonly nextDueStmt;
  private readonly datedEnds;
  private readonly nextDatedEnd;

  constructor(private readonly db: Db, private readonly options: { activationDelayMs: number }) {
    this.catalog = new CatalogRepo(db);
    this.people = new PeopleRepo(db);
    // Bound to the manager too: an order is only ever the replay of the same manager's own.
    this.byKey = db.prepare(`SELECT result FROM revocation_requests WHERE idempotency_key = ? AND manager_id = ?`);
    this.insertRequest = db.prepare(
      `INSERT INTO revocation_requests (idempotency_key, kind, manager_id, entity_id, quality_id, user_id, conversation_id,
         created_at, effective_at) VALUES (@key, @kind, @managerId, @entityId, @qualityId, @userId, @conversationId, @now, @effectiveAt)
       RETURNING id`,
    );
    this.saveResult = db.prepare(`UPDATE revocation_requests SET result = ? WHERE id = ?`);
    this.heldGrant = db.prepare(
      `SELECT id, status, revoke_at FROM grants WHERE user_id = ? AND application_id = ? AND quality_id = ? AND status <> 'revoked'`,
    );
    this.cancelGrant = db.prepare(
      `UPDATE grants SET status = 'revoked', revoked_at = @now, revoke_at = @now, revoke_request_id = @requestId WHERE id = @id`,
    );
    // A revocation already scheduled keeps its earlier time.
    this.scheduleGrant = db.prepare(
      `UPDATE grants SET revoke_at = min(coalesce(revoke_at, @at), @at), revoke_request_id = coalesce(revoke_request_id, @requestId)
       WHERE id = @id`,
    );
    this.grantsInScope = db.prepare(
      `SELECT g.id, g.status, a.code FROM grants g JOIN applications a ON a.id = g.application_id
       WHERE g.user_id = ? AND g.quality_id = ? AND g.status <> 'revoked' ORDER BY a.code`,
    );
    this.heldFunction = db.prepare(
      `SELECT id, start_date, status FROM function_assignments
       WHERE user_id = ? AND quality_id = ? AND function_code = ? AND status <> 'ended'`,
    );
    this.scheduleFunction = db.prepare(
      `UPDATE function_assignments SET end_date = coalesce(@endDate, end_date), end_at = @at, end_request_id = @requestId WHERE id = @id`,
    );
    this.cancelFunction = db.prepare(
      `UPDATE function_assignments SET status = 'ended', end_at = @now, end_request_id = @requestId WHERE id = @id`,
    );
    this.functionsInScope = db.prepare(
      `SELECT id, function_code, start_date, status FROM function_assignments WHERE user_id = ? AND quality_id = ? AND status <> 'ended'`,
    );
    this.membershipsInScope = db.prepare(
      `SELECT m.quality_id, q.kind FROM user_memberships m JOIN qualities q ON q.id = m.quality_id
       WHERE m.user_id = @userId AND q.entity_id = @entityId AND (@qualityId IS NULL OR q.id = @qualityId) ORDER BY q.id`,
    );
    this.scheduleMembership = db.prepare(
      `UPDATE user_memberships SET remove_at = min(coalesce(remove_at, @at), @at), remove_request_id = coalesce(remove_request_id, @requestId)
       WHERE user_id = @userId AND quality_id = @qualityId`,
    );
    this.insertAudit = db.prepare(
      `INSERT INTO audit_log (at, manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details)
       VALUES (@at, @managerId, @action, @outcome, @entityId, @qualityId, @userId, NULL, @details)`,
    );
    this.dueRequests = db.prepare(
      `SELECT id, manager_id, entity_id, user_id, kind, conversation_id FROM revocation_requests
       WHERE applied_at IS NULL AND effective_at <= ? ORDER BY effective_at, id LIMIT ?`,
    );
    this.markApplied = db.prepare(`UPDATE revocation_requests SET applied_at = ? WHERE id = ?`);
    this.revokeGrants = db.prepare(
      `UPDATE grants SET status = 'revoked', revoked_at = @now
       WHERE revoke_request_id = @requestId AND status <> 'revoked' AND revoke_at <= @now
       RETURNING id, quality_id, (SELECT code FROM applications a WHERE a.id = application_id) AS code`,
    );
    this.endFunctions = db.prepare(
      `UPDATE function_assignments SET status = 'ended'
       WHERE end_request_id = @requestId AND status <> 'ended' AND end_at <= @now
       RETURNING id, quality_id, function_code, coalesce(end_date, start_date) AS end_date`,
    );
    this.removeMemberships = db.prepare(
      `DELETE FROM user_memberships WHERE remove_request_id = @requestId AND remove_at <= @now RETURNING quality_id`,
    );
    this.noticeInfo = db.prepare(
      `SELECT u.title, u.first_name, u.last_name, e.name AS entity FROM users u, entities e WHERE u.id = ? AND e.id = ?`,
    );
    this.insertOutbox = db.prepare(
      `INSERT INTO outbox (conversation_id, manager_id, request_id, kind, payload, status, next_attempt_at, created_at)
       VALUES (?, ?, NULL, 'deactivated', ?, 'pending', ?, ?)`,
    );
    this.nextDueStmt = db.prepare(`SELECT min(effective_at) AS next FROM revocation_requests WHERE applied_at IS NULL`);
    // End dates given with the function at grant time: no request carries them, their date does.
    this.datedEnds = db.prepare(
      `UPDATE function_assignments SET status = 'ended', end_at = @now
       WHERE status <> 'ended' AND end_at IS NULL AND end_date IS NOT NULL AND end_date <= @today
       RETURNING id, user_id, quality_id, function_code, (SELECT entity_id FROM qualities q WHERE q.id = quality_id) AS entity_id`,
    );
    this.nextDatedEnd = db.prepare(
      `SELECT min(end_date) AS next FROM function_assignments WHERE status <> 'ended' AND end_at IS NULL AND end_date IS NOT NULL`,
    );
  }

  /** Records the revocation; it takes effect at `effectiveAt`. The same key executes once. */
  execute(order: RevocationOrder, now = Date.now()): RevocationResult {
    const replay = this.replay(order);
    if (replay) return replay;
    const { entityId, qualityId } = this.scopeOf(order);
    const scope: Scope = qualityId === null ? { entityId } : { entityId, qualityId };
    this.authorize(order.managerId, scope, now);
    if (!this.people.userById(order.userId)) throw new ConflictError('unknownUser');

    return durably(this.db, this.db.transaction((): RevocationResult => {
      const raced = this.replay(order);
      if (raced) return raced;
      const delayed = now + this.options.activationDelayMs;
      const effectiveAt =
        order.kind === 'endFunction' ? Math.max(brusselsMidnight(order.endDate).getTime(), delayed) : delayed;
      const { id: requestId } = this.insertRequest.get({
        key: order.idempotencyKey, kind: order.kind, managerId: order.managerId, entityId, qualityId,
        userId: order.userId, conversationId: order.conversationId, now, effectiveAt,
      }) as { id: number };
      const audit = (action: string, q: number | null, details: object) =>
        this.insertAudit.run({
          at: now, managerId: order.managerId, action, outcome: 'ok', entityId, qualityId: q, userId: order.userId,
          details: JSON.stringify({ revocationRequestId: requestId, ...details }),
        });
      const result: Omit<RevocationResult, 'replayed'> = {
        requestId, userId: order.userId, effectiveAt, grants: [], notHeld: [], functions: [], memberships: [],
      };
      const takeGrant = (g: { id: number; status: string }, code: string, q: number) => {
        // Never active yet: nothing to wait for, it simply does not happen.
        const cancelled = g.status === 'pending';
        if (cancelled) this.cancelGrant.run({ id: g.id, now, requestId });
        else this.scheduleGrant.run({ id: g.id, at: effectiveAt, requestId });
        audit(cancelled ? 'cancelGrant' : 'revokeAccess', q, { grantId: g.id, application: code, effectiveAt });
        result.grants.push({ id: g.id, applicationCode: code, cancelled });
      };
      // End dates are exclusive, as the schema's end_date > start_date implies: from that day on,
      // the person no longer holds the function.
      const endFunction = (f: { id: number; start_date: string; status: string }, code: string, q: number, endDate: string) => {
        if (endDate <= f.start_date) {
          // It would end before it starts: it never starts. Ended at once if it is not active yet.
          if (f.status === 'pending') this.cancelFunction.run({ id: f.id, now, requestId });
          else this.scheduleFunction.run({ id: f.id, endDate: null, at: delayed, requestId });
          audit('endFunction', q, { functionAssignmentId: f.id, function: code, endDate: f.start_date, effectiveAt: f.status === 'pending' ? now : delayed });
          result.functions.push({ id: f.id, code, endDate: f.start_date });
          return;
        }
        const at = Math.max(brusselsMidnight(endDate).getTime(), delayed);
        this.scheduleFunction.run({ id: f.id, endDate, at, requestId });
        audit('endFunction', q, { functionAssignmentId: f.id, function: code, endDate, effectiveAt: at });
        result.functions.push({ id: f.id, code, endDate });
      };

      if (order.kind === 'revokeApplications') {
        for (const code of order.applicationCodes) {
          const app = this.catalog.applicationByCode(code);
          if (!app) throw new ConflictError('unknownApplication', code);
          const held = this.heldGrant.get(order.userId, app.id, order.qualityId) as { id: number; status: string } | undefined;
          if (held) takeGrant(held, code, order.qualityId);
          else result.notHeld.push(code);
        }
      } else if (order.kind === 'endFunction') {
        if (!this.catalog.functions().some((f) => f.code === order.functionCode)) throw new ConflictError('unknownFunction', order.functionCode);
        const held = this.heldFunction.get(order.userId, order.qualityId, order.functionCode) as
          | { id: number; start_date: string; status: string }
          | undefined;
        if (held) endFunction(held, order.functionCode, order.qualityId, order.endDate);
      } else {
        const memberships = this.membershipsInScope.all({ userId: order.userId, entityId, qualityId }) as { quality_id: number; kind: string }[];
        for (const m of memberships) {
          for (const g of this.grantsInScope.all(order.userId, m.quality_id) as { id: number; status: string; code: string }[]) {
            takeGrant(g, g.code, m.quality_id);
          }
          const fns = this.functionsInScope.all(order.userId, m.quality_id) as {
            id: number; function_code: string; start_date: string; status: string;
          }[];
          const today = todayInBrussels(new Date(effectiveAt));
          for (const f of fns) endFunction(f, f.function_code, m.quality_id, today);
          this.scheduleMembership.run({ userId: order.userId, qualityId: m.quality_id, at: effectiveAt, requestId });
          audit('removeUser', m.quality_id, { kind: m.kind, effectiveAt });
          result.memberships.push({ qualityId: m.quality_id, kind: m.kind });
        }
      }
      this.saveResult.run(JSON.stringify(result), requestId);
      return { ...result, replayed: false };
    }));
  }

  private replay(order: RevocationOrder): RevocationResult | undefined {
    const row = this.byKey.get(order.idempotencyKey, order.managerId) as { result: string } | undefined;
    return row && { ...(JSON.parse(row.result) as Omit<RevocationResult, 'replayed'>), replayed: true };
  }

  private scopeOf(order: RevocationOrder): { entityId: number; qualityId: number | null } {
    if (order.kind === 'removeUser') {
      if (order.qualityId !== undefined) {
        const q = this.catalog.qualityById(order.qualityId);
        if (!q || q.entityId !== order.entityId) throw new ConflictError('unknownQuality', String(order.qualityId));
      } else if (!this.catalog.entityById(order.entityId)) throw new ConflictError('unknownQuality', `entity ${order.entityId}`);
      return { entityId: order.entityId, qualityId: order.qualityId ?? null };
    }
    const q = this.catalog.qualityById(order.qualityId);
    if (!q) throw new ConflictError('unknownQuality', String(order.qualityId));
    return { entityId: q.entityId, qualityId: q.id };
  }

  private authorize(managerId: number, scope: Scope, now: number): void {
    if (may(this.people.rolesOf(managerId), 'revokeAccess', scope)) return;
    this.insertAudit.run({
      at: now, managerId, action: 'revokeAccess', outcome: 'refused', entityId: scope.entityId,
      qualityId: scope.qualityId ?? null, userId: null, details: '{}',
    });
    throw new ForbiddenError('revokeAccess', scope);
  }

  nextDueAt(): number | null {
    const request = (this.nextDueStmt.get() as { next: number | null }).next;
    const dated = (this.nextDatedEnd.get() as { next: string | null }).next;
    const times = [request, dated === null ? null : brusselsMidnight(dated).getTime()].filter((t): t is number => t !== null);
    return times.length === 0 ? null : Math.min(...times);
  }

  /** Applies the revocations that are due, each request in one transaction with its audit rows and notice. */
  applyDue(now = Date.now(), batchSize = 500): Applied {
    const total: Applied = { requests: 0, grants: 0, functions: 0, memberships: 0, notifications: 0 };
    for (;;) {
      const n = durably(this.db, this.db.transaction(() => {
        const ended = this.datedEnds.all({ now, today: todayInBrussels(new Date(now)) }) as {
          id: number; user_id: number; quality_id: number; function_code: string; entity_id: number;
        }[];
        for (const f of ended) {
          this.insertAudit.run({
            at: now, managerId: null, action: 'deactivateFunction', outcome: 'ok', entityId: f.entity_id, qualityId: f.quality_id,
            userId: f.user_id, details: JSON.stringify({ functionAssignmentId: f.id, function: f.function_code, reason: 'endDate' }),
          });
        }
        total.functions += ended.length;
        const due = this.dueRequests.all(now, batchSize) as {
          id: number; manager_id: number; entity_id: number; user_id: number; kind: RevocationOrder['kind']; conversation_id: string | null;
        }[];
        for (const r of due) this.applyOne(r, now, total);
        return due.length;
      }));
      if (n < batchSize) return total;
    }
  }

  private applyOne(
    r: { id: number; manager_id: number; entity_id: number; user_id: number; kind: RevocationOrder['kind']; conversation_id: string | null },
    now: number,
    total: Applied,
  ): void {
    const audit = (action: string, qualityId: number, details: object) =>
      this.insertAudit.run({
        at: now, managerId: null, action, outcome: 'ok', entityId: r.entity_id, qualityId, userId: r.user_id,
        details: JSON.stringify({ revocationRequestId: r.id, onBehalfOf: r.manager_id, ...details }),
      });
    const grants = this.revokeGrants.all({ requestId: r.id, now }) as { id: number; quality_id: number; code: string }[];
    const fns = this.endFunctions.all({ requestId: r.id, now }) as { id: number; quality_id: number; function_code: string; end_date: string }[];
    const memberships = this.removeMemberships.all({ requestId: r.id, now }) as { quality_id: number }[];
    for (const g of grants) audit('deactivateGrant', g.quality_id, { grantId: g.id, application: g.code });
    for (const f of fns) audit('deactivateFunction', f.quality_id, { functionAssignmentId: f.id, function: f.function_code });
    for (const m of memberships) audit('removeMembership', m.quality_id, {});
    this.markApplied.run(now, r.id);
    total.requests += 1;
    total.grants += grants.length;
    total.functions += fns.length;
    total.memberships += memberships.length;
    if (r.conversation_id === null || grants.length + fns.length + memberships.length === 0) return;
    const info = this.noticeInfo.get(r.user_id, r.entity_id) as { title: string | null; first_name: string; last_name: string; entity: string };
    const fnDefs = this.catalog.functions();
    const notice: DeactivationNotice = {
      userName: `${info.title ? `${info.title} ` : ''}${info.first_name} ${info.last_name}`,
      kind: r.kind,
      entity: info.entity,
      applications: grants.map((g) => ({ code: g.code, names: this.catalog.applicationByCode(g.code)!.names })),
      functions: fns.map((f) => ({
        code: f.function_code,
        names: fnDefs.find((d) => d.code === f.function_code)!.names,
        endDate: f.end_date,
      })),
    };
    // To the manager who confirmed it, at the reference of their own turns (see OutboxSender).
    this.insertOutbox.run(r.conversation_id, r.manager_id, JSON.stringify(notice), now, now);
    total.notifications += 1;
  }
}
