import type { Locale, Names } from '../domain/locale';
import { formatDateTime } from '../domain/dates';
import { bullet, joinList, quote } from './format';
import type { AuditLine, ListFilters, PersonLine } from './manage.catalog';

/** The words each language gives to the lines of a user list and of the audit log. */
export interface ManageWords {
  status: Record<PersonLine['status'], string>;
  noApplication: string;
  filter: { application: string; status: string; lastName: string; firstName: string; username: string; collaborators: string };
  /** Audit actions as the log shows them. */
  actions: Record<string, string>;
  /** An action with no words yet: never its code name. */
  otherAction: string;
  system: string;
  behalf: string;
  refused: string;
}

/** One person a line: name (username) — NISS — status — applications. */
export const lines = (people: PersonLine[], w: ManageWords) =>
  bullet(
    people.map((p) =>
      [`${p.name} (${p.username})`, ...(p.niss ? [p.niss] : []), w.status[p.status], p.applications.length ? p.applications.join(', ') : w.noApplication].join(' — '),
    ),
  );

/** What a list was filtered on, said back in parentheses; nothing when unfiltered. */
export function filterText(f: ListFilters, l: Locale, w: ManageWords): string {
  const parts = [
    f.application ? `${w.filter.application} ${f.application[l]}` : '',
    f.status ? `${w.filter.status} ${w.status[f.status]}` : '',
    f.lastName ? `${w.filter.lastName} ${quote(f.lastName, l)}` : '',
    f.firstName ? `${w.filter.firstName} ${quote(f.firstName, l)}` : '',
    f.username ? `${w.filter.username} ${quote(f.username, l)}` : '',
    f.collaborators ? w.filter.collaborators : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export const where = (entity: string, quality: Names | null, l: Locale) => (quality ? `${entity}, ${quality[l]}` : entity);

export const auditLines = (ls: AuditLine[], l: Locale, w: ManageWords) =>
  bullet(
    ls.map((a) => {
      const who = a.by ?? w.system;
      const behalf = a.onBehalfOf && a.onBehalfOf !== a.by ? ` (${w.behalf} ${a.onBehalfOf})` : '';
      return `${formatDateTime(a.at, l)} — ${who} ${w.actions[a.action] ?? w.otherAction}${behalf}${a.refused ? ` — ${w.refused}` : ''}`;
    }),
  );

export const appsOf = (names: Names[], l: Locale) => joinList(names.map((n) => n[l]), l);
