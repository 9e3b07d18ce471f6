import type { Store } from '../store/store';
import type { DeactivationNotice, DueRevocation } from '../store/revocation.repo';
import { todayInBrussels } from '../domain/dates';
import type { AuditWriter } from './audit';

export interface Applied {
  requests: number;
  grants: number;
  functions: number;
  memberships: number;
  notifications: number;
}

/**
 * Revocations taking effect when due (the portal's delay, or a function's end date): the system's
 * own work, done for the manager who confirmed them. Each batch of due requests is one durable
 * transaction that claims them, revokes, ends and removes what each names, writes an audit row per
 * change (managerId null, on behalf of that manager), marks the request applied and queues one notice
 * for the conversation that asked.
 */
export class DeactivationService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditWriter,
  ) {}

  nextDueAt(): number | null {
    return this.store.revocations.nextDueAt();
  }

  applyDue(now = Date.now(), batchSize = 500): Applied {
    const total: Applied = { requests: 0, grants: 0, functions: 0, memberships: 0, notifications: 0 };
    for (;;) {
      const claimed = this.store.transaction(() => {
        const { revocations } = this.store;
        // End dates given with the function at grant time: no request carries them, their date does.
        const ended = revocations.endDatedFunctions(now, todayInBrussels(new Date(now)));
        for (const f of ended) {
          this.audit.changed({
            at: now, managerId: null, action: 'deactivateFunction', entityId: f.entityId, qualityId: f.qualityId, userId: f.userId,
            requestId: null, details: { functionAssignmentId: f.id, function: f.functionCode, reason: 'endDate' },
          });
        }
        total.functions += ended.length;
        const due = revocations.claimDueRequests(now, batchSize);
        for (const r of due) this.applyOne(r, now, total);
        return due.length;
      }, { durable: true, immediate: true });
      if (claimed < batchSize) return total;
    }
  }

  private applyOne(r: DueRevocation, now: number, total: Applied): void {
    const { revocations, catalog, outbox } = this.store;
    const audit = (action: string, qualityId: number, details: Record<string, unknown>) =>
      this.audit.changed({
        at: now, managerId: null, action, entityId: r.entityId, qualityId, userId: r.userId, requestId: null,
        details: { revocationRequestId: r.id, onBehalfOf: r.managerId, ...details },
      });
    const grants = revocations.revokeRequestGrants(r.id, now);
    const fns = revocations.endRequestFunctions(r.id, now);
    const memberships = revocations.removeRequestMemberships(r.id, now);
    for (const g of grants) audit('deactivateGrant', g.qualityId, { grantId: g.id, application: g.code });
    for (const f of fns) audit('deactivateFunction', f.qualityId, { functionAssignmentId: f.id, function: f.functionCode });
    for (const m of memberships) audit('removeMembership', m.qualityId, {});
    revocations.markRequestApplied(r.id, now);
    total.requests += 1;
    total.grants += grants.length;
    total.functions += fns.length;
    total.memberships += memberships.length;
    if (r.conversationId === null || grants.length + fns.length + memberships.length === 0) return;
    const info = revocations.noticeNames(r.userId, r.entityId);
    const fnDefs = catalog.functions();
    const notice: DeactivationNotice = {
      userName: `${info.title ? `${info.title} ` : ''}${info.firstName} ${info.lastName}`,
      kind: r.kind,
      entity: info.entity,
      applications: grants.map((g) => ({ code: g.code, names: catalog.applicationByCode(g.code)!.names })),
      functions: fns.map((f) => ({ code: f.functionCode, names: fnDefs.find((d) => d.code === f.functionCode)!.names, endDate: f.endDate })),
    };
    // To the manager who confirmed it, at the reference of their own turns (see OutboxSender).
    outbox.queue({ conversationId: r.conversationId, managerId: r.managerId, requestId: null, kind: 'deactivated', payload: notice }, now);
    total.notifications += 1;
  }
}
