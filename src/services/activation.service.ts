import type { Store } from '../store/store';
import type { ActivatedFunction, ActivationNotice } from '../store/access.repo';
import type { FunctionDef } from '../store/catalog.repo';
import type { User } from '../store/people.repo';
import type { AuditChange, AuditWriter } from './audit';

export interface Activated {
  grants: number;
  functions: number;
  notifications: number;
}

/**
 * Grants and functions becoming active when due: the system's own work, done for the manager who
 * confirmed them. Each batch of requests is one durable transaction that claims them, activates
 * them, writes an audit row per activation (managerId null: the system) and queues one notice per
 * request for the conversation that asked; a batch rolled back activated nothing and is claimed again.
 */
export class ActivationService {
  /** Told, after each committed batch, how late each activation was (due time to now), for /metrics. */
  onActivated?: (lagsMs: number[]) => void;

  constructor(
    private readonly store: Store,
    private readonly audit: AuditWriter,
  ) {}

  /** Earliest pending activation time, for the scheduler's next timer. */
  nextDueAt(): number | null {
    return this.store.access.nextDueAt();
  }

  /** Activates everything due at `now`, `batchSize` requests per transaction; says how much. */
  activateDue(now = Date.now(), batchSize = 500): Activated {
    const total: Activated = { grants: 0, functions: 0, notifications: 0 };
    for (;;) {
      const lagsMs: number[] = [];
      const claimed = this.store.transaction(() => {
        const { access } = this.store;
        for (const f of access.activateRequestlessFunctions(now)) {
          this.audit.changed(requestlessActivationAudit(f, now));
          total.functions += 1;
          lagsMs.push(now - f.activeAt);
        }
        const requests = access.claimDueRequests(now, batchSize);
        for (const requestId of requests) this.activateRequest(requestId, now, total, lagsMs);
        return requests.length;
      }, { durable: true, immediate: true });
      // After the commit: a batch rolled back activated nothing.
      if (lagsMs.length > 0) this.onActivated?.(lagsMs);
      if (claimed < batchSize) return total;
    }
  }

  private activateRequest(requestId: number, now: number, total: Activated, lagsMs: number[]): void {
    const { access, outbox } = this.store;
    const grants = access.activateRequestGrants(requestId, now);
    const fns = access.activateRequestFunctions(requestId, now);
    const req = access.requestForActivation(requestId);
    for (const row of activationAudit(req, requestId, now, grants, fns)) this.audit.changed(row);
    counted(total, lagsMs, now, grants, fns);
    if (req.conversationId === null || grants.length + fns.length === 0) return;
    const notice = activationNotice(req, grants.map((g) => access.applicationNames(g.applicationId)), fns[0] ? functionNoticed(this.store.catalog.functions(), fns[0]) : null);
    // To the manager who confirmed it, at the reference of their own turns (see OutboxSender).
    outbox.queue({ conversationId: req.conversationId, managerId: req.managerId, requestId, kind: 'activated', payload: notice }, now);
    total.notifications += 1;
  }
}

/*
 * What an activation writes, the same from ActivationService (better-sqlite3) and AsyncDueWork (the
 * async interface, either engine): its audit rows, its counts, its notice.
 */

type Activation = { id: number; userId: number; qualityId: number; activeAt: number };
type Requester = { entityId: number; title: string | null; firstName: string; lastName: string; status: User['status'] };

export const requestlessActivationAudit = (f: Activation & { entityId: number }, now: number): AuditChange => ({
  at: now, managerId: null, action: 'activateFunction', entityId: f.entityId, qualityId: f.qualityId, userId: f.userId,
  requestId: null, details: { functionAssignmentId: f.id },
});

/** One row per activated grant, then one per function; managerId null: the system, for the request's manager. */
export function activationAudit(req: { entityId: number }, requestId: number, now: number, grants: Activation[], fns: Activation[]): AuditChange[] {
  const row = (action: string, a: Activation, details: Record<string, unknown>): AuditChange =>
    ({ at: now, managerId: null, action, entityId: req.entityId, qualityId: a.qualityId, userId: a.userId, requestId, details });
  return [
    ...grants.map((g) => row('activateGrant', g, { grantId: g.id })),
    ...fns.map((f) => row('activateFunction', f, { functionAssignmentId: f.id })),
  ];
}

export function counted(total: Activated, lagsMs: number[], now: number, grants: Activation[], fns: Activation[]): void {
  total.grants += grants.length;
  total.functions += fns.length;
  for (const row of [...grants, ...fns]) lagsMs.push(now - row.activeAt);
}

export function activationNotice(req: Requester, applications: ActivationNotice['applications'], fn: ActivationNotice['fn']): ActivationNotice {
  return {
    userName: `${req.title ? `${req.title} ` : ''}${req.firstName} ${req.lastName}`,
    // Said only when the account cannot use the access yet: an active one needs no word.
    ...(req.status !== 'active' ? { account: req.status } : {}),
    applications,
    fn,
  };
}

/** A request carries one function at most. */
export function functionNoticed(defs: FunctionDef[], f: ActivatedFunction | undefined): ActivationNotice['fn'] {
  const def = f && defs.find((d) => d.code === f.functionCode);
  return def && f ? { code: def.code, names: def.names, startDate: f.startDate } : null;
}
