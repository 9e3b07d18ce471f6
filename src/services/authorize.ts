import type { Store } from '../store/store';
import { ForbiddenError, may, type Action, type Scope } from '../domain/authorization';
import type { AuditWriter } from './audit';

/** How a refusal is written when the command's own name differs from the permission it needs. */
export interface RefusalAs {
  /** The command refused (e.g. removeManager, which needs designateManager); default: the permission. */
  action?: string;
  /** The qualité the command named, when the permission is checked on the whole entity. */
  qualityId?: number | null;
  details?: Record<string, unknown>;
}

/**
 * Who may act where: the role × action table of src/domain/authorization.ts applied to the manager's
 * roles as the store holds them. A refusal is audited durably, the same way for every command,
 * before ForbiddenError is thrown. Call it before the command's transaction: a refusal is not rolled back.
 */
export class Authorizer {
  constructor(private readonly store: Store, private readonly audit: AuditWriter) {}

  /** Throws ForbiddenError for the first of `actions` the manager may not do in `scope`, after auditing it. */
  authorize(managerId: number, actions: readonly Action[], scope: Scope, now = Date.now(), as: RefusalAs = {}): void {
    const roles = this.store.people.rolesOf(managerId);
    const refused = actions.find((a) => !may(roles, a, scope));
    if (!refused) return;
    this.audit.refused({
      at: now, managerId, action: as.action ?? refused, entityId: scope.entityId,
      qualityId: as.qualityId !== undefined ? as.qualityId : scope.qualityId ?? null, details: as.details ?? {},
    });
    throw new ForbiddenError(refused, scope);
  }
}
