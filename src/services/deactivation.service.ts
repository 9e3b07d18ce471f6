import type { Store } from '../store/store';
import type { DeactivationNotice, DueRevocation } from '../store/revocation.repo';
import { todayInBrussels } from '../domain/dates';
import type { FunctionDef } from '../store/catalog.repo';
import type { AuditChange, AuditWriter } from './audit';

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
        for (const f of ended) this.audit.changed(endDateAudit(f, now));
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
    const changes = {
      grants: revocations.revokeRequestGrants(r.id, now),
      fns: revocations.endRequestFunctions(r.id, now),
      memberships: revocations.removeRequestMemberships(r.id, now),
    };
    for (const row of deactivationAudit(r, now, changes)) this.audit.changed(row);
    revocations.markRequestApplied(r.id, now);
    if (!appliedCounted(total, r, changes)) return;
    const info = revocations.noticeNames(r.userId, r.entityId);
    const notice = deactivationNotice(r, info, changes, (code) => catalog.applicationByCode(code)!.names, catalog.functions());
    // To the manager who confirmed it, at the reference of their own turns (see OutboxSender).
    outbox.queue({ conversationId: r.conversationId!, managerId: r.managerId, requestId: null, kind: 'deactivated', payload: notice }, now);
    total.notifications += 1;
  }
}

/*
 * What a revocation taking effect writes, the same from DeactivationService (better-sqlite3) and
 * AsyncDueWork (the async interface, either engine): its audit rows, its counts, its notice.
 */

export interface RevocationChanges {
  grants: { id: number; qualityId: number; code: string }[];
  fns: { id: number; qualityId: number; functionCode: string; endDate: string }[];
  memberships: { qualityId: number }[];
}

export const endDateAudit = (f: { id: number; userId: number; qualityId: number; functionCode: string; entityId: number }, now: number): AuditChange => ({
  at: now, managerId: null, action: 'deactivateFunction', entityId: f.entityId, qualityId: f.qualityId, userId: f.userId,
  requestId: null, details: { functionAssignmentId: f.id, function: f.functionCode, reason: 'endDate' },
});

/** managerId null: the system, on behalf of the manager who confirmed the request. */
export function deactivationAudit(r: DueRevocation, now: number, c: RevocationChanges): AuditChange[] {
  const row = (action: string, qualityId: number, details: Record<string, unknown>): AuditChange => ({
    at: now, managerId: null, action, entityId: r.entityId, qualityId, userId: r.userId, requestId: null,
    details: { revocationRequestId: r.id, onBehalfOf: r.managerId, ...details },
  });
  return [
    ...c.grants.map((g) => row('deactivateGrant', g.qualityId, { grantId: g.id, application: g.code })),
    ...c.fns.map((f) => row('deactivateFunction', f.qualityId, { functionAssignmentId: f.id, function: f.functionCode })),
    ...c.memberships.map((m) => row('removeMembership', m.qualityId, {})),
  ];
}

/** Adds the request to the totals; says whether it needs a notice (a conversation asked, and something changed). */
export function appliedCounted(total: Applied, r: DueRevocation, c: RevocationChanges): boolean {
  total.requests += 1;
  total.grants += c.grants.length;
  total.functions += c.fns.length;
  total.memberships += c.memberships.length;
  return r.conversationId !== null && c.grants.length + c.fns.length + c.memberships.length > 0;
}

export function deactivationNotice(
  r: DueRevocation,
  info: { title: string | null; firstName: string; lastName: string; entity: string },
  c: RevocationChanges,
  applicationNames: (code: string) => DeactivationNotice['applications'][number]['names'],
  fnDefs: FunctionDef[],
): DeactivationNotice {
  return {
    userName: `${info.title ? `${info.title} ` : ''}${info.firstName} ${info.lastName}`,
    kind: r.kind,
    entity: info.entity,
    applications: c.grants.map((g) => ({ code: g.code, names: applicationNames(g.code) })),
    functions: c.fns.map((f) => ({ code: f.functionCode, names: fnDefs.find((d) => d.code === f.functionCode)!.names, endDate: f.endDate })),
  };
}
