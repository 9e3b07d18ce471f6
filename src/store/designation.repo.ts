import type { Db } from './db';
import type { Manager } from './people.repo';

/** The roles a RAE hands out; RAE itself and HELPDESK are set up by the administrators. */
export const DESIGNABLE_ROLES = ['CO_RAE', 'GA'] as const;
export type DesignableRole = (typeof DESIGNABLE_ROLES)[number];

export interface Designation {
  /** The person designated, as the directory holds them: a user of the entity (never a word taken on trust). */
  userId: number;
  /** The channel identity they chat with; default: their portal username (the id the web chat is bound to). */
  channelUserId?: string;
  aadObjectId?: string | null;
  role: DesignableRole;
  entityId: number;
  /** A GA may be limited to one qualité of the entity. */
  qualityId?: number | null;
}

/** A role taken away: from the manager of that channel identity. */
export interface RoleRemoval {
  channelUserId: string;
  role: DesignableRole;
  entityId: number;
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

/** The manager roles a RAE hands out, as rows; the rules are in src/services/designation.service.ts. */
export class DesignationRepo {
  private readonly roleExists;
  private readonly insertRoleStmt;
  private readonly deleteRoleStmt;
  private readonly rolesOfEntityStmt;

  constructor(db: Db) {
    this.roleExists = db.prepare(
      `SELECT id FROM manager_roles WHERE manager_id = ? AND role = ? AND entity_id = ? AND ifnull(quality_id, 0) = ifnull(?, 0)`,
    );
    this.insertRoleStmt = db.prepare(`INSERT INTO manager_roles (manager_id, role, entity_id, quality_id) VALUES (?, ?, ?, ?)`);
    this.deleteRoleStmt = db.prepare(`DELETE FROM manager_roles WHERE id = ?`);
    this.rolesOfEntityStmt = db.prepare(
      `SELECT m.id, m.channel_user_id, m.name, r.role, r.quality_id FROM manager_roles r JOIN managers m ON m.id = r.manager_id
       WHERE r.entity_id = ? ORDER BY CASE r.role WHEN 'RAE' THEN 0 WHEN 'CO_RAE' THEN 1 ELSE 2 END, m.name`,
    );
  }

  /** The role row held exactly (same role, entity and qualité limit), if any. */
  heldRole(managerId: number, role: string, entityId: number, qualityId: number | null): number | undefined {
    return (this.roleExists.get(managerId, role, entityId, qualityId) as { id: number } | undefined)?.id;
  }

  insertRole(managerId: number, role: string, entityId: number, qualityId: number | null): void {
    this.insertRoleStmt.run(managerId, role, entityId, qualityId);
  }

  deleteRole(roleId: number): void {
    this.deleteRoleStmt.run(roleId);
  }

  /** Who manages access for the entity (RAE first); src/services checks viewUsers first. */
  rolesOfEntity(entityId: number): HeldRole[] {
    return (this.rolesOfEntityStmt.all(entityId) as { id: number; channel_user_id: string; name: string; role: string; quality_id: number | null }[]).map(
      (r) => ({ managerId: r.id, channelUserId: r.channel_user_id, name: r.name, role: r.role, qualityId: r.quality_id }),
    );
  }
}
