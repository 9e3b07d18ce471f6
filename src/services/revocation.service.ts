import type { Store } from '../store/store';
import type { EndFunctionOrder, RemoveUserOrder, RevocationOrder, RevocationResult, RevokeApplicationsOrder } from '../store/revocation.repo';
import { ConflictError } from '../store/errors';
import type { Scope } from '../domain/authorization';
import { brusselsMidnight, todayInBrussels } from '../domain/dates';
import type { AuditWriter } from './audit';
import type { Authorizer } from './authorize';
import type { AccessEvents } from './access-events';
import { runOnce } from './idempotency';

type Common = Omit<RevocationOrder, 'kind' | 'qualityId' | 'entityId' | 'applicationCodes' | 'functionCode' | 'endDate'>;
const CHANGE = { revokeApplications: 'revoked', endFunction: 'functionEnded', removeUser: 'removed' } as const;

/**
 * Taking access away (applications, a function, the person from an entity), executed like grants:
 * authorized (revokeAccess), idempotent by key, audited in one durable transaction; the change takes
 * effect after the same delay (or on the function's end date), applied by the scheduler.
 */
export class RevocationService {
  constructor(
    private readonly store: Store,
    private readonly authorizer: Authorizer,
    private readonly audit: AuditWriter,
    private readonly events: AccessEvents,
  ) {}

  revokeApplications(order: Common & Omit<RevokeApplicationsOrder, 'kind'>, now = Date.now()): Promise<RevocationResult> {
    return this.execute({ ...order, kind: 'revokeApplications' }, now);
  }

  endFunction(order: Common & Omit<EndFunctionOrder, 'kind'>, now = Date.now()): Promise<RevocationResult> {
    return this.execute({ ...order, kind: 'endFunction' }, now);
  }

  removeUser(order: Common & Omit<RemoveUserOrder, 'kind'>, now = Date.now()): Promise<RevocationResult> {
    return this.execute({ ...order, kind: 'removeUser' }, now);
  }

  /** Any of the three, by its kind: the CLI builds the order from its options. */
  async execute(order: RevocationOrder, now = Date.now()): Promise<RevocationResult> {
    const result = this.executeNow(order, now);
    if (!result.replayed && !result.unchanged) this.events.emit({ kind: CHANGE[order.kind], managerId: order.managerId, userId: order.userId });
    return result;
  }

  private executeNow(order: RevocationOrder, now: number): RevocationResult {
    const { revocations, catalog, people } = this.store;
    let where: { entityId: number; qualityId: number | null } | undefined;
    return runOnce<Omit<RevocationResult, 'replayed'>>({
      recorded: () => revocations.recordedResult(order.idempotencyKey, order.managerId),
      check: () => {
        where = this.scopeOf(order);
        const scope: Scope = where.qualityId === null ? { entityId: where.entityId } : { entityId: where.entityId, qualityId: where.qualityId };
        this.authorizer.authorize(order.managerId, ['revokeAccess'], scope, now);
        if (!people.userById(order.userId)) throw new ConflictError('unknownUser');
      },
      transaction: (work) => this.store.transaction(work),
      execute: () => {
        const { entityId, qualityId } = where!;
        // Ending a function again on the day it already ends (its end date, or an end asked before) records nothing.
        if (order.kind === 'endFunction') {
          const held = revocations.heldFunction(order.userId, order.qualityId, order.functionCode);
          if (held && held.end_date === order.endDate) {
            return {
              requestId: null, unchanged: true as const, userId: order.userId, effectiveAt: brusselsMidnight(order.endDate).getTime(),
              grants: [], notHeld: [], functions: [{ id: held.id, code: order.functionCode, endDate: order.endDate }], memberships: [],
            };
          }
        }
        const delayed = now + this.store.options.activationDelayMs;
        const effectiveAt = order.kind === 'endFunction' ? Math.max(brusselsMidnight(order.endDate).getTime(), delayed) : delayed;
        const requestId = revocations.insertRequest({
          key: order.idempotencyKey, kind: order.kind, managerId: order.managerId, entityId, qualityId,
          userId: order.userId, conversationId: order.conversationId, now, effectiveAt,
        });
        const audit = (action: string, q: number | null, details: Record<string, unknown>) =>
          this.audit.changed({
            at: now, managerId: order.managerId, action, entityId, qualityId: q, userId: order.userId, requestId: null,
            details: { revocationRequestId: requestId, ...details },
          });
        const result: Omit<RevocationResult, 'replayed'> = {
          requestId, userId: order.userId, effectiveAt, grants: [], notHeld: [], functions: [], memberships: [],
        };
        const takeGrant = (g: { id: number; status: string }, code: string, q: number) => {
          // Never active yet: nothing to wait for, it simply does not happen.
          const cancelled = g.status === 'pending';
          if (cancelled) revocations.cancelGrant(g.id, requestId, now);
          else revocations.scheduleGrant(g.id, requestId, effectiveAt);
          audit(cancelled ? 'cancelGrant' : 'revokeAccess', q, { grantId: g.id, application: code, effectiveAt });
          result.grants.push({ id: g.id, applicationCode: code, cancelled });
        };
        // End dates are exclusive, as the schema's end_date > start_date implies: from that day on,
        // the person no longer holds the function.
        const endFunction = (f: { id: number; start_date: string; status: string }, code: string, q: number, endDate: string) => {
          if (endDate <= f.start_date) {
            // It would end before it starts: it never starts. Ended at once if it is not active yet.
            if (f.status === 'pending') revocations.cancelFunction(f.id, requestId, now);
            else revocations.scheduleFunctionEnd(f.id, requestId, null, delayed);
            // Recorded as confirmed: the end date asked, and that the function never starts.
            audit('endFunction', q, { functionAssignmentId: f.id, function: code, endDate, neverStarts: true, effectiveAt: f.status === 'pending' ? now : delayed });
            result.functions.push({ id: f.id, code, endDate, cancelled: true });
            return;
          }
          const at = Math.max(brusselsMidnight(endDate).getTime(), delayed);
          revocations.scheduleFunctionEnd(f.id, requestId, endDate, at);
          audit('endFunction', q, { functionAssignmentId: f.id, function: code, endDate, effectiveAt: at });
          result.functions.push({ id: f.id, code, endDate });
        };

        if (order.kind === 'revokeApplications') {
          for (const code of order.applicationCodes) {
            const app = catalog.applicationByCode(code);
            if (!app) throw new ConflictError('unknownApplication', code);
            const held = revocations.heldGrant(order.userId, app.id, order.qualityId);
            if (held) takeGrant(held, code, order.qualityId);
            else result.notHeld.push(code);
          }
        } else if (order.kind === 'endFunction') {
          if (!catalog.functions().some((f) => f.code === order.functionCode)) throw new ConflictError('unknownFunction', order.functionCode);
          const held = revocations.heldFunction(order.userId, order.qualityId, order.functionCode);
          if (held) endFunction(held, order.functionCode, order.qualityId, order.endDate);
        } else {
          for (const m of revocations.membershipsInScope(order.userId, entityId, qualityId)) {
            for (const g of revocations.grantsInScope(order.userId, m.quality_id)) takeGrant(g, g.code, m.quality_id);
            const today = todayInBrussels(new Date(effectiveAt));
            for (const f of revocations.functionsInScope(order.userId, m.quality_id)) endFunction(f, f.function_code, m.quality_id, today);
            revocations.scheduleMembershipRemoval(order.userId, m.quality_id, requestId, effectiveAt);
            audit('removeUser', m.quality_id, { kind: m.kind, effectiveAt });
            result.memberships.push({ qualityId: m.quality_id, kind: m.kind });
          }
        }
        revocations.saveResult(requestId, result);
        return result;
      },
    });
  }

  private scopeOf(order: RevocationOrder): { entityId: number; qualityId: number | null } {
    const { catalog } = this.store;
    if (order.kind === 'removeUser') {
      if (order.qualityId !== undefined) {
        const q = catalog.qualityById(order.qualityId);
        if (!q || q.entityId !== order.entityId) throw new ConflictError('unknownQuality', String(order.qualityId));
      } else if (!catalog.entityById(order.entityId)) throw new ConflictError('unknownQuality', `entity ${order.entityId}`);
      return { entityId: order.entityId, qualityId: order.qualityId ?? null };
    }
    const q = catalog.qualityById(order.qualityId);
    if (!q) throw new ConflictError('unknownQuality', String(order.qualityId));
    return { entityId: q.entityId, qualityId: q.id };
  }
}
