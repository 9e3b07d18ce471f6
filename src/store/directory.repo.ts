import type { Db } from './db';
import type { Locale } from '../domain/locale';
import type { User } from './people.repo';

/** "USER" as the portal lists everyone; "COLLABORATOR" for those holding a function in the qualité. */
export const PERSON_TYPES = ['USER', 'COLLABORATOR'] as const;
export type PersonType = (typeof PERSON_TYPES)[number];
export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;

/** The portal's user list criteria. Text criteria match a part, case- and accent-insensitively for ASCII. */
export interface PeopleFilter {
  entityId: number;
  /** One qualité of the entity; omitted: every qualité. */
  qualityId?: number;
  lastName?: string;
  firstName?: string;
  username?: string;
  type?: PersonType;
  /** Digits only; a prefix is enough. */
  niss?: string;
  status?: User['status'];
  /** Application code: only people holding it (pending or active) in the scope. */
  application?: string;
}

export interface Paging {
  offset: number;
  limit: number;
}

export interface PersonRow {
  userId: number;
  niss: string;
  username: string;
  lastName: string;
  firstName: string;
  title: string | null;
  language: Locale;
  email: string;
  type: PersonType;
  status: User['status'];
  /** Qualité kinds of the entity the person belongs to. */
  qualities: string[];
  /** Codes of the applications held (pending or active) in the scope, sorted. */
  applications: string[];
}

export interface PeoplePage {
  items: PersonRow[];
  total: number;
  offset: number;
  limit: number;
}

type Row = {
  id: number; niss: string; username: string; last_name: string; first_name: string; title: string | null;
  language: Locale; email: string; status: User['status']; type: PersonType; qualities: string | null;
  applications: string | null; total: number;
};

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
const contains = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : `%${s.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

/** The users of an entity or qualité, as the portal's "Utilisateurs" screen filters and pages them. */
export class DirectoryRepo {
  private readonly pageStmt;
  private readonly heldStmt;
  private readonly namesStmt;

  constructor(db: Db) {
    // One statement for every combination of criteria: an absent criterion is NULL and matches all.
    // Memberships being removed still count until the removal takes effect, as on the portal.
    this.pageStmt = db.prepare(
      `WITH scope AS (
         SELECT q.id, q.kind FROM qualities q WHERE q.entity_id = @entityId AND (@qualityId IS NULL OR q.id = @qualityId)
       ),
       people AS (
         SELECT u.id, u.niss, u.username, u.last_name, u.first_name, u.title, u.language, u.email, u.status,
           CASE WHEN EXISTS (SELECT 1 FROM function_assignments f WHERE f.user_id = u.id AND f.status <> 'ended'
                               AND f.quality_id IN (SELECT id FROM scope))
                THEN 'COLLABORATOR' ELSE 'USER' END AS type,
           (SELECT group_concat(kind, ',') FROM (SELECT DISTINCT s.kind FROM user_memberships m JOIN scope s ON s.id = m.quality_id
              WHERE m.user_id = u.id ORDER BY s.kind)) AS qualities,
           (SELECT group_concat(code, ',') FROM (SELECT DISTINCT a.code FROM grants g JOIN applications a ON a.id = g.application_id
              WHERE g.user_id = u.id AND g.status <> 'revoked' AND g.quality_id IN (SELECT id FROM scope) ORDER BY a.code)) AS applications
         FROM users u
         WHERE EXISTS (SELECT 1 FROM user_memberships m WHERE m.user_id = u.id AND m.quality_id IN (SELECT id FROM scope))
       )
       SELECT p.*, count(*) OVER () AS total FROM people p
       WHERE (@lastName IS NULL OR p.last_name LIKE @lastName ESCAPE '\\')
         AND (@firstName IS NULL OR p.first_name LIKE @firstName ESCAPE '\\')
         AND (@username IS NULL OR p.username LIKE @username ESCAPE '\\')
         AND (@niss IS NULL OR p.niss LIKE @niss ESCAPE '\\')
         AND (@status IS NULL OR p.status = @status)
         AND (@type IS NULL OR p.type = @type)
         AND (@application IS NULL OR ',' || p.applications || ',' LIKE '%,' || @application || ',%')
       ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id
       LIMIT @limit OFFSET @offset`,
    );
    this.namesStmt = db.prepare(
      `SELECT DISTINCT u.first_name AS first, u.last_name AS last FROM users u
       WHERE EXISTS (SELECT 1 FROM user_memberships m JOIN qualities q ON q.id = m.quality_id
                     WHERE m.user_id = u.id AND q.entity_id IN (SELECT value FROM json_each(?)))
       ORDER BY u.last_name, u.first_name`,
    );
    this.heldStmt = db.prepare(
      `SELECT a.code FROM grants g JOIN applications a ON a.id = g.application_id
       WHERE g.user_id = ? AND g.quality_id = ? AND g.status <> 'revoked' ORDER BY a.code`,
    );
  }

  /** The first and last names of the users of these entities, each once: what the chat reader finds names by (no NISS). */
  namesIn(entityIds: readonly number[]): { first: string; last: string }[] {
    if (entityIds.length === 0) return [];
    return this.namesStmt.all(JSON.stringify(entityIds)) as { first: string; last: string }[];
  }

  /** Codes of the applications the user holds (pending or active) in the qualité. */
  heldApplications(userId: number, qualityId: number): string[] {
    return (this.heldStmt.all(userId, qualityId) as { code: string }[]).map((r) => r.code);
  }

  /** One page, with the total number of matches. A limit of -1 means every match (exports). */
  page(filter: PeopleFilter, paging: Paging = { offset: 0, limit: 10 }): PeoplePage {
    const niss = filter.niss?.replace(/\D/g, '');
    const rows = this.pageStmt.all({
      entityId: filter.entityId,
      qualityId: filter.qualityId ?? null,
      lastName: contains(filter.lastName),
      firstName: contains(filter.firstName),
      username: contains(filter.username),
      niss: niss ? `${niss}%` : null,
      status: filter.status ?? null,
      type: filter.type ?? null,
      application: filter.application?.trim().toUpperCase() || null,
      limit: paging.limit,
      offset: paging.offset,
    }) as Row[];
    return {
      items: rows.map((r) => ({
        userId: r.id,
        niss: r.niss,
        username: r.username,
        lastName: r.last_name,
        firstName: r.first_name,
        title: r.title,
        language: r.language,
        email: r.email,
        type: r.type,
        status: r.status,
        qualities: r.qualities ? r.qualities.split(',') : [],
        applications: r.applications ? r.applications.split(',') : [],
      })),
      // Past the last page there is no row to carry the window count: count again without paging.
      total: rows[0]?.total ?? (paging.offset > 0 ? this.page(filter, { offset: 0, limit: 1 }).total : 0),
      offset: paging.offset,
      limit: paging.limit,
    };
  }
}
