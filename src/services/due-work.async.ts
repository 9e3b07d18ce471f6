import { todayInBrussels } from '../domain/dates';
import { dueAccessRows } from '../store/access.repo';
import { catalogRows, type Application } from '../store/catalog.repo';
import { queueNotice } from '../store/outbox.repo';
import { dueRevocationRows, type DueRevocation } from '../store/revocation.repo';
import type { SqlStore, Tx } from '../store/sql/sql';
import { activationAudit, activationNotice, counted, functionNoticed, requestlessActivationAudit, type Activated } from './activation.service';
import type { AsyncAuditWriter } from './audit';
import { appliedCounted, deactivationAudit, deactivationNotice, endDateAudit, type Applied } from './deactivation.service';

/**
 * ActivationService and DeactivationService on the async interface, for either engine (issue 16,
 * point 3): the same batches, rows, audit rows and notices, with the same statements. Each batch is
 * one durable transaction that claims its requests first. On SQLite the transaction is BEGIN
 * IMMEDIATE, the only writer. On PostgreSQL the claim is FOR UPDATE SKIP LOCKED: instances claiming
 * at once take different requests, none waits for another, and each grant is activated, audited and
 * announced once whatever the number of instances. Not wired into the server yet (it uses the
 * synchronous services).
 */
export class AsyncDueWork {
  /** Told, after each committed batch, how late each activation was (due time to now), for /metrics. */
  onActivated?: (lagsMs: number[]) => void;

  constructor(
    private readonly sql: SqlStore,
    private readonly audit: AsyncAuditWriter,
  ) {}

  /** Activates everything due at `now`, `batchSize` requests per transaction; says how much this instance did. */
  async activateDue(now = Date.now(), batchSize = 500): Promise<Activated> {
    const total: Activated = { grants: 0, functions: 0, notifications: 0 };
    for (;;) {
      const lagsMs: number[] = [];
      const batch: Activated = { grants: 0, functions: 0, notifications: 0 };
      const claimed = await this.sql.transaction(async (tx) => {
        for (const f of await dueAccessRows.activateRequestlessFunctions(tx, now)) {
          await this.audit.changed(tx, requestlessActivationAudit(f, now));
          batch.functions += 1;
          lagsMs.push(now - f.activeAt);
        }
        const requests = await dueAccessRows.claimDueRequests(tx, now, batchSize);
        for (const requestId of requests) await this.activateRequest(tx, requestId, now, batch, lagsMs);
        return requests.length;
      }, { durable: true });
      // After the commit: a batch rolled back activated nothing.
      add(total, batch);
      if (lagsMs.length > 0) this.onActivated?.(lagsMs);
      if (claimed < batchSize) return total;
    }
  }

  /** Applies the revocations due at `now`, `batchSize` requests per transaction. */
  async applyDue(now = Date.now(), batchSize = 500): Promise<Applied> {
    const total: Applied = { requests: 0, grants: 0, functions: 0, memberships: 0, notifications: 0 };
    for (;;) {
      const batch: Applied = { requests: 0, grants: 0, functions: 0, memberships: 0, notifications: 0 };
      const claimed = await this.sql.transaction(async (tx) => {
        const ended = await dueRevocationRows.endDatedFunctions(tx, now, todayInBrussels(new Date(now)));
        for (const f of ended) await this.audit.changed(tx, endDateAudit(f, now));
        batch.functions += ended.length;
        const due = await dueRevocationRows.claimDueRequests(tx, now, batchSize);
        for (const r of due) await this.applyOne(tx, r, now, batch);
        return due.length;
      }, { durable: true });
      add(total, batch);
      if (claimed < batchSize) return total;
    }
  }

  private async activateRequest(tx: Tx, requestId: number, now: number, total: Activated, lagsMs: number[]): Promise<void> {
    const grants = await dueAccessRows.activateRequestGrants(tx, requestId, now);
    const fns = await dueAccessRows.activateRequestFunctions(tx, requestId, now);
    // Finished by another instance between its claim and ours (PostgreSQL): nothing to say twice.
    if (grants.length + fns.length === 0) return;
    const req = await dueAccessRows.requestForActivation(tx, requestId);
    for (const row of activationAudit(req, requestId, now, grants, fns)) await this.audit.changed(tx, row);
    counted(total, lagsMs, now, grants, fns);
    if (req.conversationId === null) return;
    const applications = [];
    for (const g of grants) applications.push(await dueAccessRows.applicationNames(tx, g.applicationId));
    const notice = activationNotice(req, applications, fns[0] ? functionNoticed(await catalogRows.functions(tx), fns[0]) : null);
    await queueNotice(tx, { conversationId: req.conversationId, managerId: req.managerId, requestId, kind: 'activated', payload: notice }, now);
    total.notifications += 1;
  }

  private async applyOne(tx: Tx, r: DueRevocation, now: number, total: Applied): Promise<void> {
    const changes = {
      grants: await dueRevocationRows.revokeRequestGrants(tx, r.id, now),
      fns: await dueRevocationRows.endRequestFunctions(tx, r.id, now),
      memberships: await dueRevocationRows.removeRequestMemberships(tx, r.id, now),
    };
    for (const row of deactivationAudit(r, now, changes)) await this.audit.changed(tx, row);
    await dueRevocationRows.markRequestApplied(tx, r.id, now);
    if (!appliedCounted(total, r, changes)) return;
    const info = await dueRevocationRows.noticeNames(tx, r.userId, r.entityId);
    const names = new Map<string, Application['names']>();
    for (const g of changes.grants) names.set(g.code, (await catalogRows.applicationByCode(tx, g.code))!.names);
    const fnDefs = changes.fns.length > 0 ? await catalogRows.functions(tx) : [];
    const notice = deactivationNotice(r, info, changes, (code) => names.get(code)!, fnDefs);
    await queueNotice(tx, { conversationId: r.conversationId!, managerId: r.managerId, requestId: null, kind: 'deactivated', payload: notice }, now);
    total.notifications += 1;
  }
}

/** Totals count committed batches only: a batch rolled back did nothing. */
function add<T extends Activated | Applied>(total: T, batch: T): void {
  const sum = total as unknown as Record<string, number>;
  for (const [key, n] of Object.entries(batch)) sum[key] = (sum[key] ?? 0) + n;
}
