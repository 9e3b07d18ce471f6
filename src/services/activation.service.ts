import type { Store } from '../store/store';
import type { ActivatedFunction, ActivationNotice } from '../store/access.repo';
import type { AuditWriter } from './audit';

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
          this.audit.changed({
            at: now, managerId: null, action: 'activateFunction', entityId: f.entityId, qualityId: f.qualityId, userId: f.userId,
            requestId: null, details: { functionAssignmentId: f.id },
          });
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
    const audit = (action: string, userId: number, qualityId: number, details: Record<string, unknown>) =>
      this.audit.changed({ at: now, managerId: null, action, entityId: req.entityId, qualityId, userId, requestId, details });
    for (const g of grants) audit('activateGrant', g.userId, g.qualityId, { grantId: g.id });
    for (const f of fns) audit('activateFunction', f.userId, f.qualityId, { functionAssignmentId: f.id });
    total.grants += grants.length;
    total.functions += fns.length;
    for (const row of [...grants, ...fns]) lagsMs.push(now - row.activeAt);
    if (req.conversationId === null || grants.length + fns.length === 0) return;
    const notice: ActivationNotice = {
      userName: `${req.title ? `${req.title} ` : ''}${req.firstName} ${req.lastName}`,
      // Said only when the account cannot use the access yet: an active one needs no word.
      ...(req.status !== 'active' ? { account: req.status } : {}),
      applications: grants.map((g) => access.applicationNames(g.applicationId)),
      fn: this.functionNoticed(fns[0]),
    };
    // To the manager who confirmed it, at the reference of their own turns (see OutboxSender).
    outbox.queue({ conversationId: req.conversationId, managerId: req.managerId, requestId, kind: 'activated', payload: notice }, now);
    total.notifications += 1;
  }

  /** A request carries one function at most. */
  private functionNoticed(f: ActivatedFunction | undefined): ActivationNotice['fn'] {
    const def = f && this.store.catalog.functions().find((d) => d.code === f.functionCode);
    return def && f ? { code: def.code, names: def.names, startDate: f.startDate } : null;
  }
}
