/**
 * Who may do what: one table, role × action. src/services/authorize.ts applies it to every command,
 * so a chat message can never widen a manager's rights.
 */
export const ROLES = ['RAE', 'CO_RAE', 'GA', 'HELPDESK'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'grantAccess',
  'createUser',
  'assignFunction',
  'activateQuality',
  'viewUsers',
  'viewNiss',
  'revokeAccess',
  'designateManager',
  'diagnose',
  'viewAudit',
] as const;
export type Action = (typeof ACTIONS)[number];

const Y = true;
const N = false;
// prettier-ignore
export const PERMISSIONS: Record<Role, Record<Action, boolean>> = {
  //          grant createUser assignFn activateQ viewUsers viewNiss revoke designate diagnose viewAudit
  RAE:      { grantAccess: Y, createUser: Y, assignFunction: Y, activateQuality: Y, viewUsers: Y, viewNiss: Y, revokeAccess: Y, designateManager: Y, diagnose: Y, viewAudit: Y },
  CO_RAE:   { grantAccess: Y, createUser: Y, assignFunction: Y, activateQuality: Y, viewUsers: Y, viewNiss: Y, revokeAccess: Y, designateManager: N, diagnose: Y, viewAudit: Y },
  GA:       { grantAccess: Y, createUser: Y, assignFunction: Y, activateQuality: N, viewUsers: Y, viewNiss: Y, revokeAccess: Y, designateManager: N, diagnose: Y, viewAudit: Y },
  // Read-only across entities: sees who has what and why not, never a NISS in a list, changes nothing.
  HELPDESK: { grantAccess: N, createUser: N, assignFunction: N, activateQuality: N, viewUsers: Y, viewNiss: N, revokeAccess: N, designateManager: N, diagnose: Y, viewAudit: Y },
};

/** A role as held: HELPDESK has no entity; a GA may be limited to one qualité. */
export interface RoleHolding {
  role: Role;
  entityId: number | null;
  qualityId: number | null;
}

export interface Scope {
  entityId: number;
  /** The qualité acted on; omitted for entity-wide actions. */
  qualityId?: number;
}

function covers(holding: RoleHolding, scope: Scope): boolean {
  if (holding.role === 'HELPDESK') return true;
  if (holding.entityId !== scope.entityId) return false;
  if (holding.qualityId === null) return true;
  return scope.qualityId === holding.qualityId;
}

export function may(roles: readonly RoleHolding[], action: Action, scope: Scope): boolean {
  return roles.some((h) => PERMISSIONS[h.role][action] && covers(h, scope));
}

export class ForbiddenError extends Error {
  constructor(readonly action: Action, readonly scope: Scope) {
    super(`not allowed: ${action} on entity ${scope.entityId}${scope.qualityId ? ` qualité ${scope.qualityId}` : ''}`);
    this.name = 'ForbiddenError';
  }
}

/**
 * Whether a manager may see who a person is (name, title, username, e-mails): HELPDESK everywhere,
 * any other role only for a user of an entity where it holds a role. What another entity holds of a
 * person would tell one hospital who works at another. `userEntityIds`: the entities the person is a user of.
 */
export function maySeePerson(roles: readonly RoleHolding[], userEntityIds: readonly number[]): boolean {
  return roles.some((h) => h.role === 'HELPDESK' || (h.entityId !== null && userEntityIds.includes(h.entityId)));
}
