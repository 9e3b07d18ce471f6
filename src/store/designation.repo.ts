import { durably, type Db } from './db';
import { PeopleRepo, type Manager } from './people.repo';
import { CatalogRepo } from './catalog.repo';
import { ConflictError } from './errors';
import { ForbiddenError, may, type Scope } from '../domain/authorization';

/** The roles a RAE hands out; RAE itself and HELPDESK are set up by the administrators. */
export const DESIGNABLE_ROLES = ['CO_RAE', 'GA'] as const;
export type DesignableRole = (typeof DESIGNABLE_ROLES)[number];

export interface Designation {
  /** Channel identity of the person designated (Teams/web chat user id). */
  channelUserId: string;
  name: string;
  aadObjectId?: string | null;
  role: DesignableRole;
  entityId: number;
  /** A GA may be limited to one qualité of the entity. */
  qualityId?: number | null;
}

export interface DesignationResult {
  manager: Manager;
  /** False when the person already held exactly this role: nothing was written. */
  changed: boolean;
}

export interface HeldRole {
  managerId: number;
  channelUserId: string;
  name: string;
  role: string;
  qualityId: number | null;
}

/** Designating and removing Co-RAE and Gestionnaires d'accès: the RAE's job, checked and audited here. */
export class DesignationRepo {
  private readonly people: PeopleRepo;
  private readonly catalog: CatalogRepo;
  private readonly roleExists;
  private readonly insertRole;
  private readonly deleteRole;
  private readonly insertAudit;
  private readonly rolesOfEntity;

  constructor(private readonly db: Db) {
    this.people = new PeopleRepo(db);
    this.catalog = new CatalogRepo(db);
    this.roleExists = db.prepare(
      `SELECT id FROM manager_roles WHERE manager_id = ? AND role = ? AND entity_id = ? AND ifnull(quality_id, 0) = ifnull(?, 0)`,
    );
    this.insertRole = db.prepare(`INSERT INTO manager_roles (manager_id, role, entity_id, quality_id) VALUES (?, ?, ?, ?)`);
    this.deleteRole = db.prepare(`DELETE FROM manager_roles WHERE id = ?`);
    this.insertAudit = db.prepare(
      `INSERT INTO audit_log (at, manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details)
       VALUES (@at, @managerId, @action, @outcome, @entityId, @qualityId, NULL, NULL, @details)`,
    );
    this.rolesOfEntity = db.prepare(
      `SELECT m.id, m.channel_user_id, m.name, r.role, r.quality_id FROM manager_roles r JOIN managers m ON m.id = r.manager_id
       WHERE r.entity_id = ? ORDER BY CASE r.role WHEN 'RAE' THEN 0 WHEN 'CO_RAE' THEN 1 ELSE 2 END, m.name`,
    );
  }

  designate(actorId: number, d: Designation, now = Date.now()): DesignationResult {
    const scope = this.check(actorId, d, now, 'designateManager');
    return durably(this.db, this.db.transaction((): DesignationResult => {
      const manager = this.people.addManager({ channelUserId: d.channelUserId, aadObjectId: d.aadObjectId ?? null, name: d.name }, now);
      if (this.roleExists.get(manager.id, d.role, d.entityId, d.qualityId ?? null)) return { manager, changed: false };
      this.insertRole.run(manager.id, d.role, d.entityId, d.qualityId ?? null);
      this.audit(actorId, 'designateManager', scope, d.qualityId ?? null, manager, d.role, now);
      return { manager, changed: true };
    }));
  }

  /** Removes one role; the manager keeps their other roles (and their history in the audit log). */
  remove(actorId: number, d: Omit<Designation, 'name' | 'aadObjectId'>, now = Date.now()): { changed: boolean } {
    const scope = this.check(actorId, d, now, 'removeManager');
    return durably(this.db, this.db.transaction(() => {
      const manager = this.people.managerByChannelUserId(d.channelUserId);
      const role = manager && (this.roleExists.get(manager.id, d.role, d.entityId, d.qualityId ?? null) as { id: number } | undefined);
      if (!manager || !role) return { changed: false };
      this.deleteRole.run(role.id);
      this.audit(actorId, 'removeManager', scope, d.qualityId ?? null, manager, d.role, now);
      return { changed: true };
    }));
  }

  /** Who manages access for the entity (RAE first). Requires viewUsers on the entity. */
  managersOf(actorId: number, entityId: number): HeldRole[] {
    if (!may(this.people.rolesOf(actorId), 'viewUsers', { entityId })) throw new ForbiddenError('viewUsers', { entityId });
    return (this.rolesOfEntity.all(entityId) as { id: number; channel_user_id: string; name: string; role: string; quality_id: number | null }[]).map(
      (r) => ({ managerId: r.id, channelUserId: r.channel_user_id, name: r.name, role: r.role, qualityId: r.quality_id }),
    );
  }

  private check(actorId: number, d: Pick<Designation, 'role' | 'entityId' | 'qualityId'>, now: number, action: string): Scope {
    if (!(DESIGNABLE_ROLES as readonly string[]).includes(d.role)) throw new ConflictError('invalidRole', d.role);
    if (d.qualityId != null) {
      if (d.role !== 'GA') throw new ConflictError('invalidRole', `${d.role} cannot be limited to a qualité`);
      const q = this.catalog.qualityById(d.qualityId);
      if (!q || q.entityId !== d.entityId) throw new ConflictError('unknownQuality', String(d.qualityId));
    } else if (!this.catalog.entityById(d.entityId)) throw new ConflictError('unknownQuality', `entity ${d.entityId}`);
    // The whole entity: a RAE designates for their entity, whatever qualité the GA is limited to.
    const scope: Scope = { entityId: d.entityId };
    if (!may(this.people.rolesOf(actorId), 'designateManager', scope)) {
      this.insertAudit.run({
        at: now, managerId: actorId, action, outcome: 'refused', entityId: d.entityId, qualityId: d.qualityId ?? null, details: '{}',
      });
      throw new ForbiddenError('designateManager', scope);
    }
    return scope;
  }

  private audit(actorId: number, action: string, scope: Scope, qualityId: number | null, target: Manager, role: string, now: number): void {
    this.insertAudit.run({
      at: now, managerId: actorId, action, outcome: 'ok', entityId: scope.entityId, qualityId,
      details: JSON.stringify({ targetManagerId: target.id, target: target.channelUserId, role }),
    });
  }
}
