/** `sesame help`: every command group, in the order the administrator meets them. */

const PEOPLE_USAGE = `
People and access (--as <manager id>: act with that manager's rights, checked by the store):
  users find [--entity <inami>] [--quality <kind>] [filters] [--offset N] [--limit N] [--as <id>] [--json]
  users export --format csv|xlsx --output <file> [--entity <inami>] [--quality <kind>] [filters]
               [--as <id>] [--language fr|nl|de|en]
      filters: --last-name --first-name --username --type USER|COLLABORATOR --niss --status
               invited|active|disabled --application <code>. NISS columns only if the role may see them.
  users remove --as <id> --niss <niss> --entity <inami> [--quality <kind>]
      Removes the person from the entity (or one qualité), with their access, after the portal's delay.
  users invite --niss <niss>       Sends a new invitation link (the earlier ones stop working).
  access revoke --as <id> --niss <niss> --entity <inami> [--quality <kind>] --application <code>...
  functions end --as <id> --niss <niss> --entity <inami> [--quality <kind>] --function <code> --date <date>
      From <date> on, the person no longer holds the function.
  managers designate --as <RAE id> --person <username|NISS|e-mail> --role CO_RAE|GA --entity <inami>
                     [--quality <kind>] [--id <channel id>] [--aad-object-id <guid>]
      The person must be a user of the entity; their channel id is their portal username unless --id is given.
  managers remove --as <RAE id> --id <channel id> --role CO_RAE|GA --entity <inami> [--quality <kind>]
  grants bulk --as <id> --entity <inami> [--quality <kind>] --application <code>...
              (--file <csv or list> | --niss <niss>...) [--yes]
      Checks every line and prints the plan; with --yes, grants and prints a result line per person.
  audit list [--json] [--niss <niss>] [--application <code>] [--manager <id>] [--action <action>]
             [--entity <inami>] [--since <date>] [--until <date>] [--as <id>]
  helpdesk diagnose --as <id> --niss <niss> --application <name or code> --entity <inami> [--language fr|nl|de|en]
`;

const DB_USAGE = `
Database (SESAME_DB; safe while the server runs):
  db backup --output <file> [--force]
      Copies the database with SQLite's online backup: one consistent state, every change committed
      before it started. Refuses to replace an existing file unless --force. Prints size and duration.
  db check
      PRAGMA integrity_check, PRAGMA foreign_key_check, and the migrations of data/migrations not yet
      applied: one line per problem, exit code 1 if there is any.
`;

export const USAGE = `Usage: sesame <command> [options]

Commands:
  entities add --inami <number> --name <name> [--quality <kind>]... [--inactive]
               [--tenant <guid>] [--email-domain <domain>]
      Adds an entity (or qualités to an existing one). --quality is a quality-kind code or its
      name in any language, repeatable; default HOSPITAL. --inactive: the qualités start inactive.
      --tenant, --email-domain: as for entities vouch.
  entities vouch --inami <number> [--tenant <guid>] [--email-domain <domain>]
      Whom the entity vouches for: a person Sésame does not know, from this Entra tenant (Teams)
      or with an e-mail in this domain, is told the names of the entity's RAE and Co-RAE; anyone
      else only the helpdesk (SESAME_HELPDESK). An empty value ("") removes it; without either
      option, shows the current ones.
  managers add --id <channel user id> --name <name> --role RAE|CO_RAE|GA|HELPDESK
               [--entity <inami>] [--quality <kind>] [--aad-object-id <guid>]
      Adds a manager (or a role to an existing one). --entity is required except for HELPDESK;
      --quality limits a GA to one qualité of the entity. In Teams a person is recognised by
      their Entra ID object id (--aad-object-id, shown to them when Sésame does not know them);
      --id may then be left out.
  users add --entity <inami> --niss <niss> --username <username> --last-name <name>
            --first-name <name> --email <e-mail> [--language fr|nl|de|en] [--title <title>]
            [--local-email <e-mail>] [--quality <kind>]
      Adds an active user to a qualité of the entity (default: its only qualité, else HOSPITAL).
  users list [--json]       Lists the users.
  grants list [--json]      Lists the access grants.
  functions list [--json]   Lists the function assignments.
  help                      Shows this text.
${PEOPLE_USAGE}${DB_USAGE}
The database is SESAME_DB (default data/sesame.db).
Exit codes: 0 success, 1 refused value, 2 wrong command line.
`;
