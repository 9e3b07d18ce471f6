import type { Store } from '../store/store';
import type { GrantOrder, GrantResult } from '../store/access.repo';
import { ConflictError } from '../store/errors';
import type { Action, Scope } from '../domain/authorization';
import { brusselsMidnight } from '../domain/dates';
import type { AuditWriter } from './audit';
import type { Authorizer } from './authorize';
import type { AccessEvents } from './access-events';
import { runOnce } from './idempotency';

/**
 * A confirmed grant order: user (if new), membership, qualité activation, grants, function, audit, in
 * one durable transaction. The same request key executes once; a refusal is audited and kept.
 */
export class GrantService {
  constructor(
    private readonly store: Store,
    private readonly authorizer: Authorizer,
    private readonly audit: AuditWriter,
    private readonly events: AccessEvents,
  ) {}

  /** `announce: false`: the caller emits once for many orders (a bulk run). */
  async execute(order: GrantOrder, now = Date.now(), options: { announce?: boolean } = {}): Promise<GrantResult> {
    const result = this.executeNow(order, now);
    if (!result.replayed && options.announce !== false) this.events.emit({ kind: 'granted', managerId: order.managerId, userId: result.userId });
    return result;
  }

  /** The command itself, synchronous while the store is. */
  private executeNow(order: GrantOrder, now: number): GrantResult {
    const { access, catalog, people } = this.store;
    const quality = catalog.qualityById(order.qualityId);
    return runOnce<Omit<GrantResult, 'replayed'>>({
      recorded: () => access.recordedResult(order.idempotencyKey, order.managerId),
      check: () => {
        if (!quality) throw new ConflictError('unknownQuality', String(order.qualityId));
        const needed: Action[] = ['grantAccess'];
        if ('newUser' in order.user) needed.push('createUser');
        if (order.fn) needed.push('assignFunction');
        if (order.activateQuality && !quality.active) needed.push('activateQuality');
        const scope: Scope = { entityId: quality.entityId, qualityId: quality.id };
        this.authorizer.authorize(order.managerId, needed, scope, now);
      },
      transaction: (work) => this.store.transaction(work),
      execute: () => {
        const q = quality!;
        const audit = (action: string, userId: number | null, requestId: number | null, details: Record<string, unknown>) =>
          this.audit.changed({ at: now, managerId: order.managerId, action, entityId: q.entityId, qualityId: q.id, userId, requestId, details });

        if (!q.active) {
          if (!order.activateQuality) throw new ConflictError('qualityInactive', q.kind);
          access.activateQuality(q.id);
          audit('activateQuality', null, null, { kind: q.kind });
        }

        let userId: number;
        let createdUser = false;
        let removalCancelled = false;
        if ('newUser' in order.user) {
          const u = order.user.newUser;
          if (people.userByNiss(u.niss)) throw new ConflictError('nissExists');
          if (people.userByUsername(u.username)) throw new ConflictError('usernameTaken', u.username);
          // 'invited': the person sets their own password later, never through the chat.
          userId = people.insertUser(u, q.id, 'invited', now).id;
          createdUser = true;
        } else {
          userId = order.user.existingUserId;
          if (!people.userById(userId)) throw new ConflictError('unknownUser');
          removalCancelled = people.addMembership(userId, q.id, now);
        }

        // The request is written with its first change: an order whose every access is already held writes none.
        let written: number | null = null;
        const request = () => (written ??= access.insertRequest({ ...order, qualityId: q.id, userId }, now));
        if (createdUser) audit('createUser', userId, request(), {});

        const activeAt = now + this.store.options.activationDelayMs;
        const grants: GrantResult['grants'] = [];
        for (const code of order.applicationCodes) {
          const app = catalog.applicationByCode(code);
          if (!app) throw new ConflictError('unknownApplication', code);
          if (!access.applicationInKind(app.id, q.kind)) throw new ConflictError('applicationNotInQuality', code);
          const held = access.heldGrant(userId, app.id, q.id);
          if (held) {
            if (held.revokeAt !== null) {
              access.keepGrant(held.id);
              audit('keepGrant', userId, request(), { grantId: held.id, application: code, revocationCancelled: held.revokeAt });
            }
            grants.push({ id: held.id, applicationCode: code, activeAt: held.activeAt, alreadyHeld: true });
            continue;
          }
          const requestId = request();
          const id = access.insertGrant({ requestId, userId, applicationId: app.id, qualityId: q.id, requestedBy: order.managerId, activeAt }, now);
          audit('grantAccess', userId, requestId, { grantId: id, application: code, activeAt });
          grants.push({ id, applicationCode: code, activeAt, alreadyHeld: false });
        }

        let fn: GrantResult['fn'] = null;
        if (order.fn) {
          const { code, startDate, endDate } = order.fn;
          if (!catalog.functions().some((f) => f.code === code)) throw new ConflictError('unknownFunction', code);
          const held = access.heldFunction(userId, q.id, code);
          if (held) {
            fn = { id: held.id, code, startDate: held.startDate, endDate: held.endDate, activeAt: held.activeAt, alreadyHeld: true };
          } else {
            // A function starts on its start date in Brussels, and never before the portal's delay.
            const fnActiveAt = Math.max(brusselsMidnight(startDate).getTime(), activeAt);
            const requestId = request();
            const id = access.insertFunction(
              { requestId, userId, qualityId: q.id, code, startDate, endDate, activeAt: fnActiveAt, createdBy: order.managerId },
              now,
            );
            audit('assignFunction', userId, requestId, { functionAssignmentId: id, function: code, startDate, endDate });
            fn = { id, code, startDate, endDate, activeAt: fnActiveAt, alreadyHeld: false };
          }
        }
        // Granted while their removal was pending, the person stays a user: said in the result and in the audit.
        if (removalCancelled) audit('keepMembership', userId, request(), { removalCancelled: true });
        const result = { requestId: written, userId, grants, fn, ...(removalCancelled ? { removalCancelled: true as const } : {}) };
        if (written !== null) access.saveResult(written, result);
        return result;
      },
    });
  }
}
