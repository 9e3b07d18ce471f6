import type { Db } from './db';
import type { Locale } from '../domain/locale';
import type { Role, RoleHolding } from '../domain/authorization';

export interface Manager {
  id: number;
  channelUserId: string;
  aadObjectId: string | null;
  name: string;
}

export interface User {
  id: number;
  niss: string;
  username: string;
  lastName: string;
  firstName: string;
  title: string | null;
  language: Locale;
  email: string;
  localEmail: string | null;
  status: 'invited' | 'active' | 'disabled';
}

export interface NewUser {
  niss: string;
  username: string;
  lastName: string;
  firstName: string;
  title: string | null;
  language: Locale;
  email: string;
  localEmail: string | null;
}

export interface UserFunction {
  functionCode: string;
  qualityId: number;
  startDate: string;
  endDate: string | null;
  status: 'pending' | 'active' | 'ended';
}

type UserRow = {
  id: number; niss: string; username: string; last_name: string; first_name: string; title: string | null;
  language: Locale; email: string; local_email: string | null; status: User['status'];
};
const toUser = (r: UserRow): User => ({
  id: r.id,
  niss: r.niss,
  username: r.username,
  lastName: r.last_name,
  firstName: r.first_name,
  title: r.title,
  language: r.language,
  email: r.email,
  localEmail: r.local_email,
  status: r.status,
});

type ManagerRow = { id: number; channel_user_id: string; aad_object_id: string | null; name: string };
const toManager = (r: ManagerRow): Manager => ({
  id: r.id,
  channelUserId: r.channel_user_id,
  aadObjectId: r.aad_object_id,
  name: r.name,
});

const USER_COLUMNS = 'id, niss, username, last_name, first_name, title, language, email, local_email, status';

export class PeopleRepo {
  private readonly managerByChannel;
  private readonly managerByAad;
  private readonly insertManager;
  private readonly insertRole;
  private readonly rolesStmt;
  private readonly userByNissStmt;
  private readonly userByUsernameStmt;
  private readonly userByIdStmt;
  private readonly insertUserStmt;
  private readonly insertMembership;
  private readonly leavingStmt;
  private readonly functionsOfUserStmt;
  private readonly usersStmt;

  constructor(db: Db) {
    this.managerByChannel = db.prepare(`SELECT id, channel_user_id, aad_object_id, name FROM managers WHERE channel_user_id = ?`);
    this.managerByAad = db.prepare(`SELECT id, channel_user_id, aad_object_id, name FROM managers WHERE aad_object_id = ?`);
    this.insertManager = db.prepare(
      `INSERT INTO managers (channel_user_id, aad_object_id, name, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (channel_user_id) DO UPDATE SET name = excluded.name,
         aad_object_id = coalesce(excluded.aad_object_id, managers.aad_object_id)
       RETURNING id, channel_user_id, aad_object_id, name`,
    );
    this.insertRole = db.prepare(
      `INSERT OR IGNORE INTO manager_roles (manager_id, role, entity_id, quality_id) VALUES (?, ?, ?, ?)`,
    );
    this.rolesStmt = db.prepare(`SELECT role, entity_id, quality_id FROM manager_roles WHERE manager_id = ?`);
    this.userByNissStmt = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE niss = ?`);
    this.userByUsernameStmt = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`);
    this.userByIdStmt = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
    this.insertUserStmt = db.prepare(
      `INSERT INTO users (niss, username, last_name, first_name, title, language, email, local_email, status, created_at, updated_at)
       VALUES (@niss, @username, @lastName, @firstName, @title, @language, @email, @localEmail, @status, @now, @now)
       RETURNING ${USER_COLUMNS}`,
    );
    this.insertMembership = db.prepare(
      // A membership being removed is kept when the person is granted again meanwhile.
      `INSERT INTO user_memberships (user_id, quality_id, created_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id, quality_id) DO UPDATE SET remove_at = NULL, remove_request_id = NULL WHERE remove_at IS NOT NULL`,
    );
    this.leavingStmt = db.prepare(`SELECT 1 FROM user_memberships WHERE user_id = ? AND quality_id = ? AND remove_at IS NOT NULL`);
    this.functionsOfUserStmt = db.prepare(
      `SELECT function_code, quality_id, start_date, end_date, status FROM function_assignments
       WHERE user_id = ? AND status <> 'ended' ORDER BY start_date`,
    );
    this.usersStmt = db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY last_name, first_name`);
  }

  managerByChannelUserId(channelUserId: string): Manager | undefined {
    const row = this.managerByChannel.get(channelUserId) as ManagerRow | undefined;
    return row && toManager(row);
  }

  managerByAadObjectId(aadObjectId: string): Manager | undefined {
    const row = this.managerByAad.get(aadObjectId) as ManagerRow | undefined;
    return row && toManager(row);
  }

  addManager(m: { channelUserId: string; aadObjectId?: string | null; name: string }, now = Date.now()): Manager {
    return toManager(this.insertManager.get(m.channelUserId, m.aadObjectId ?? null, m.name, now) as ManagerRow);
  }

  addRole(managerId: number, role: Role, entityId: number | null, qualityId: number | null = null): void {
    this.insertRole.run(managerId, role, entityId, qualityId);
  }

  rolesOf(managerId: number): RoleHolding[] {
    return (this.rolesStmt.all(managerId) as { role: Role; entity_id: number | null; quality_id: number | null }[]).map(
      (r) => ({ role: r.role, entityId: r.entity_id, qualityId: r.quality_id }),
    );
  }

  userByNiss(niss: string): User | undefined {
    const row = this.userByNissStmt.get(niss) as UserRow | undefined;
    return row && toUser(row);
  }

  userById(id: number): User | undefined {
    const row = this.userByIdStmt.get(id) as UserRow | undefined;
    return row && toUser(row);
  }

  userByUsername(username: string): User | undefined {
    const row = this.userByUsernameStmt.get(username) as UserRow | undefined;
    return row && toUser(row);
  }

  /** Inserts a user (within the caller's transaction when there is one) and links them to a qualité. */
  insertUser(u: NewUser, qualityId: number, status: User['status'], now = Date.now()): User {
    const user = toUser(this.insertUserStmt.get({ ...u, status, now }) as UserRow);
    this.insertMembership.run(user.id, qualityId, now);
    return user;
  }

  /** Adds the membership; true when a removal of it was pending, and is cancelled by this (the person stays a user). */
  addMembership(userId: number, qualityId: number, now = Date.now()): boolean {
    const leaving = this.leavingStmt.get(userId, qualityId) !== undefined;
    this.insertMembership.run(userId, qualityId, now);
    return leaving;
  }

  functionsOfUser(userId: number): UserFunction[] {
    return (
      this.functionsOfUserStmt.all(userId) as {
        function_code: string; quality_id: number; start_date: string; end_date: string | null; status: UserFunction['status'];
      }[]
    ).map((r) => ({
      functionCode: r.function_code,
      qualityId: r.quality_id,
      startDate: r.start_date,
      endDate: r.end_date,
      status: r.status,
    }));
  }

  users(): User[] {
    return (this.usersStmt.all() as UserRow[]).map(toUser);
  }
}
