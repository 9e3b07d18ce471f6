import type { Db } from './db';
import type { Contact } from '../../dialogs/messages/channel';

/** Whom to name to a person Sésame does not know: who can have them registered. */
export class ContactsRepo {
  private readonly appointersStmt;
  private readonly helpdeskStmt;

  constructor(db: Db) {
    this.appointersStmt = db.prepare(
      `SELECT m.name AS name, r.role AS role, e.name AS entity
         FROM manager_roles r JOIN managers m ON m.id = r.manager_id JOIN entities e ON e.id = r.entity_id
        WHERE r.role IN ('RAE', 'CO_RAE')
        ORDER BY e.name, CASE r.role WHEN 'RAE' THEN 0 ELSE 1 END, m.name`,
    );
    this.helpdeskStmt = db.prepare(
      `SELECT DISTINCT m.name AS name FROM manager_roles r JOIN managers m ON m.id = r.manager_id
        WHERE r.role = 'HELPDESK' ORDER BY m.name`,
    );
  }

  /** RAE and Co-RAE of every entity, RAE first. */
  appointers(): Contact[] {
    return this.appointersStmt.all() as Contact[];
  }

  helpdeskNames(): string[] {
    return (this.helpdeskStmt.all() as { name: string }[]).map((r) => r.name);
  }
}
