import type { Db } from './db';

/** What a channel vouches for about someone Sésame does not know: their Entra tenant, their e-mail's domain. */
export interface StrangerOrigin {
  tenantId?: string;
  emailDomain?: string;
}

/** An RAE or Co-RAE of an entity, who can have a person registered as an access manager. */
export interface Appointer {
  name: string;
  role: 'RAE' | 'CO_RAE';
  entity: string;
}

/** Whom an entity vouches for; null: nobody by that criterion. */
export interface Vouching {
  tenantId: string | null;
  emailDomain: string | null;
}

/**
 * Whom to name to a person Sésame does not know. An entity's RAE and Co-RAE are named only to
 * people the entity vouches for (its tenant, its e-mail domain): in a shared deployment, a
 * stranger must not learn every hospital's managers.
 */
export class ContactsRepo {
  private readonly appointersStmt;
  private readonly vouchingStmt;
  private readonly setTenantStmt;
  private readonly setDomainStmt;

  constructor(private readonly db: Db) {
    this.appointersStmt = db.prepare(
      `SELECT m.name AS name, r.role AS role, e.name AS entity
         FROM entities e JOIN manager_roles r ON r.entity_id = e.id JOIN managers m ON m.id = r.manager_id
        WHERE (e.entra_tenant_id = @tenantId OR e.email_domain = @emailDomain) AND r.role IN ('RAE', 'CO_RAE')
        ORDER BY e.name, CASE r.role WHEN 'RAE' THEN 0 ELSE 1 END, m.name`,
    );
    this.vouchingStmt = db.prepare(`SELECT entra_tenant_id AS tenantId, email_domain AS emailDomain FROM entities WHERE id = ?`);
    this.setTenantStmt = db.prepare(`UPDATE entities SET entra_tenant_id = ? WHERE id = ?`);
    this.setDomainStmt = db.prepare(`UPDATE entities SET email_domain = ? WHERE id = ?`);
  }

  /** RAE and Co-RAE of the entities that vouch for this person, RAE first; none when nothing is known of them. */
  appointersFor(origin: StrangerOrigin): Appointer[] {
    return this.appointersStmt.all({ tenantId: origin.tenantId?.toLowerCase() ?? null, emailDomain: origin.emailDomain?.toLowerCase() ?? null }) as Appointer[];
  }

  vouchingOf(entityId: number): Vouching | undefined {
    return this.vouchingStmt.get(entityId) as Vouching | undefined;
  }

  /** Sets what is given (null clears it), leaves the rest as it was. */
  vouch(entityId: number, change: Partial<Vouching>): Vouching {
    return this.db.transaction(() => {
      if (change.tenantId !== undefined) this.setTenantStmt.run(change.tenantId?.toLowerCase() ?? null, entityId);
      if (change.emailDomain !== undefined) this.setDomainStmt.run(change.emailDomain?.toLowerCase() ?? null, entityId);
      return this.vouchingOf(entityId)!;
    })();
  }
}
