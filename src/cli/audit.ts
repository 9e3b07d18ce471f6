/** `sesame audit list`: the administrator's view, or a manager's (--as) within what their role may read. */
import type { AuditEntry } from '../store/audit.repo';
import { brusselsMidnight, parseDate } from '../domain/dates';
import { maskNiss } from '../domain/niss';
import { auditFor } from '../services/audit-view.service';
import { optional, parse, table, usageError, type Command } from './args';
import { validNiss } from './values';
import { entity, explain, manager } from './lookups';

const instant = (cmd: string, name: string, input: string | undefined, endOfDay: boolean): number | undefined => {
  if (input === undefined) return undefined;
  const d = parseDate(input);
  if (d.ok) {
    if (!endOfDay) return brusselsMidnight(d.date).getTime();
    const [y, mo, day] = d.date.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, mo - 1, day + 1)).toISOString().slice(0, 10);
    return brusselsMidnight(next).getTime() - 1;
  }
  const t = Date.parse(input);
  if (Number.isNaN(t)) throw usageError(`${cmd}: --${name} "${input}" is not a date (YYYY-MM-DD, jj-mm-aaaa or ISO 8601)`);
  return t;
};

export const auditList: Command = async (args, open, io) => {
  const cmd = 'audit list';
  const v = parse(cmd, args, {
    json: { type: 'boolean' }, niss: { type: 'string' }, application: { type: 'string' }, manager: { type: 'string' },
    action: { type: 'string' }, entity: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, as: { type: 'string' },
    limit: { type: 'string' },
  });
  const since = instant(cmd, 'since', optional(v, 'since'), false);
  const until = instant(cmd, 'until', optional(v, 'until'), true);
  const nissInput = optional(v, 'niss');
  const store = open();
  const entityInput = optional(v, 'entity');
  const e = entityInput === undefined ? undefined : entity(store, entityInput);
  const filter = {
    ...(nissInput ? { niss: validNiss(nissInput) } : {}),
    ...(optional(v, 'application') ? { application: optional(v, 'application') } : {}),
    ...(optional(v, 'manager') ? { manager: optional(v, 'manager') } : {}),
    ...(optional(v, 'action') ? { action: optional(v, 'action') } : {}),
    ...(e ? { entityId: e.id } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(optional(v, 'limit') ? { limit: Number(optional(v, 'limit')) } : {}),
  };
  const as = optional(v, 'as');
  let entries: AuditEntry[];
  try {
    entries = as === undefined ? store.audit.list(filter) : await auditFor(store, manager(store, as).id, filter);
  } catch (err) {
    return explain(err);
  }
  if (v.json === true) return io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
  if (entries.length === 0) return io.stdout('No audit entries.\n');
  io.stdout(
    table(
      ['AT', 'ACTION', 'OUTCOME', 'BY', 'ON BEHALF OF', 'ENTITY', 'NISS', 'APPLICATION'],
      entries.map((a) => [a.at, a.action, a.outcome, a.by, a.onBehalfOf ?? '', a.entity ?? '', a.niss ? maskNiss(a.niss) : '', a.application ?? '']),
    ),
  );
};
