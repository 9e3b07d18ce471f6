import type { Store } from '../store/store';
import type { AuditEntry, AuditFilter } from '../store/audit.repo';
import { ForbiddenError, may } from '../domain/authorization';
import { visibleUserByNiss } from '../people/visibility';
import { servicesOf } from './index';

/**
 * The audit log as a manager may read it: HELPDESK everywhere, the others on the entities where
 * they hold viewAudit. Asking for an entity outside those is refused, not silently emptied.
 */
export async function auditFor(store: Store, managerId: number, filter: Omit<AuditFilter, 'entityIds'>): Promise<AuditEntry[]> {
  return withVisibleNames(store, managerId, auditRows(store, managerId, filter));
}

/** A person no longer (or never) a user of the reader's entities is left unnamed in the rows, as everywhere. */
function withVisibleNames(store: Store, managerId: number, entries: AuditEntry[]): AuditEntry[] {
  const seen = new Map<string, boolean>();
  const visible = (niss: string) => {
    if (!seen.has(niss)) seen.set(niss, visibleUserByNiss(store, managerId, niss).user !== undefined);
    return seen.get(niss)!;
  };
  return entries.map((e) => (e.niss !== null && e.userName !== null && !visible(e.niss) ? { ...e, userName: null } : e));
}

function auditRows(store: Store, managerId: number, filter: Omit<AuditFilter, 'entityIds'>): AuditEntry[] {
  const roles = store.people.rolesOf(managerId);
  if (filter.entityId !== undefined) {
    servicesOf(store).authorizer.authorize(managerId, ['viewAudit'], { entityId: filter.entityId });
    return store.audit.list(filter);
  }
  if (roles.some((r) => r.role === 'HELPDESK')) return store.audit.list(filter);
  const entityIds = [...new Set(roles.map((r) => r.entityId).filter((id): id is number => id !== null))].filter((id) =>
    may(roles, 'viewAudit', { entityId: id }),
  );
  if (entityIds.length === 0) {
    // Decided here, not by authorize: audited the same way, once.
    servicesOf(store).audit.refused({ at: Date.now(), managerId, action: 'viewAudit', details: { asked: { request: 'audit', ...(filter.application ? { application: filter.application } : {}) } } });
    throw new ForbiddenError('viewAudit', { entityId: 0 });
  }
  return store.audit.list({ ...filter, entityIds });
}

/** "Qui a donné accès à HospiSup à 85073003328 ?", within what the manager may read. */
export function whoGranted(store: Store, managerId: number, niss: string, application: string, entityId?: number): Promise<AuditEntry[]> {
  return auditFor(store, managerId, { niss, application, action: 'grantAccess', outcome: 'ok', ...(entityId !== undefined ? { entityId } : {}) });
}
