import type { Store } from '../store/store';
import type { Manager } from '../store/people.repo';
import { DESIGNABLE_ROLES, type Designation, type DesignationResult, type HeldRole, type RoleRemoval } from '../store/designation.repo';
import { ConflictError } from '../store/errors';
import type { Scope } from '../domain/authorization';
import type { AuditWriter } from './audit';
import type { Authorizer } from './authorize';

/** Designating and removing Co-RAE and Gestionnaires d'accès: the RAE's job (designateManager on the entity). */
export class DesignationService {
  constructor(private readonly store: Store, private readonly authorizer: Authorizer, private readonly audit: AuditWriter) {}

  async designate(actorId: number, d: Designation, now = Date.now()): Promise<DesignationResult> {
    const scope = this.check(actorId, d, now, 'designateManager');
    const { people, designations, helpdesk } = this.store;
    return this.store.transaction((): DesignationResult => {
      // A role goes to a person of the directory, a user of the entity: an unknown id would give it to nobody, or to someone else.
      const user = people.userById(d.userId);
      if (!user || helpdesk.membershipsInEntities(user.id, [d.entityId]).length === 0) throw new ConflictError('unknownUser', `user ${d.userId} of entity ${d.entityId}`);
      const name = `${user.firstName} ${user.lastName}`;
      const manager = people.addManager({ channelUserId: d.channelUserId ?? user.username, aadObjectId: d.aadObjectId ?? null, name }, now);
      if (designations.heldRole(manager.id, d.role, d.entityId, d.qualityId ?? null) !== undefined) return { manager, changed: false };
      designations.insertRole(manager.id, d.role, d.entityId, d.qualityId ?? null);
      this.changed(actorId, 'designateManager', scope, d.qualityId ?? null, manager, d.role, now);
      return { manager, changed: true };
    });
  }

  /** Removes one role; the manager keeps their other roles (and their history in the audit log). */
  async remove(actorId: number, d: RoleRemoval, now = Date.now()): Promise<{ changed: boolean }> {
    const scope = this.check(actorId, d, now, 'removeManager');
    const { people, designations } = this.store;
    return this.store.transaction(() => {
      const manager = people.managerByChannelUserId(d.channelUserId);
      const roleId = manager && designations.heldRole(manager.id, d.role, d.entityId, d.qualityId ?? null);
      if (!manager || roleId === undefined) return { changed: false };
      designations.deleteRole(roleId);
      this.changed(actorId, 'removeManager', scope, d.qualityId ?? null, manager, d.role, now);
      return { changed: true };
    });
  }

  /** Who manages access for the entity (RAE first). Requires viewUsers on the entity. */
  async managersOf(actorId: number, entityId: number, now = Date.now()): Promise<HeldRole[]> {
    this.authorizer.authorize(actorId, ['viewUsers'], { entityId }, now);
    return this.store.designations.rolesOfEntity(entityId);
  }

  private check(actorId: number, d: Pick<Designation, 'role' | 'entityId' | 'qualityId'>, now: number, action: string): Scope {
    const { catalog } = this.store;
    if (!(DESIGNABLE_ROLES as readonly string[]).includes(d.role)) throw new ConflictError('invalidRole', d.role);
    if (d.qualityId != null) {
      if (d.role !== 'GA') throw new ConflictError('invalidRole', `${d.role} cannot be limited to a qualité`);
      const q = catalog.qualityById(d.qualityId);
      if (!q || q.entityId !== d.entityId) throw new ConflictError('unknownQuality', String(d.qualityId));
    } else if (!catalog.entityById(d.entityId)) throw new ConflictError('unknownQuality', `entity ${d.entityId}`);
    // The whole entity: a RAE designates for their entity, whatever qualité the GA is limited to.
    const scope: Scope = { entityId: d.entityId };
    this.authorizer.authorize(actorId, ['designateManager'], scope, now, { action, qualityId: d.qualityId ?? null });
    return scope;
  }

  private changed(actorId: number, action: string, scope: Scope, qualityId: number | null, target: Manager, role: string, now: number): void {
    this.audit.changed({
      at: now, managerId: actorId, action, entityId: scope.entityId, qualityId, userId: null, requestId: null,
      details: { targetManagerId: target.id, target: target.channelUserId, role },
    });
  }
}
