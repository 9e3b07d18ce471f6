/**
 * CLI commands for people and access management: find and export users, take access away,
 * designate managers, bulk grants, the audit log, the helpdesk diagnosis, invitations.
 * Commands that change access or read personal data act `--as` a manager, so the store applies
 * that manager's rights (src/services); `users find/export` and `audit list` without `--as` are the administrator's view.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import type { Store } from './store/store';
import type { Entity, Quality } from './store/catalog.repo';
import type { Manager } from './store/people.repo';
import { PERSON_TYPES, USER_STATUSES, type PeopleFilter } from './store/directory.repo';
import { DESIGNABLE_ROLES, type DesignableRole } from './store/designation.repo';
import { ForbiddenError } from './domain/authorization';
import type { AuditEntry } from './store/audit.repo';
import { auditFor } from './people/audit-view';
import { isVisibleTo } from './people/visibility';
import { LOCALES, type Locale } from './domain/locale';
import { brusselsMidnight, parseDate } from './domain/dates';
import { formatNiss, maskNiss } from './domain/niss';
import { checkPersonName, describeNameProblems } from './domain/person-name';
import { ConflictError } from './store/errors';
import { findAllPeople, findPeople, type PeopleView } from './people/find-people';
import { EXPORT_FORMATS, exportPeople, type ExportFormat } from './people/export';
import { executeBulkGrant, parseNissList, planBulkGrant } from './people/bulk-grant';
import { diagnose, diagnosisNotice } from './helpdesk/diagnose';
import { messages, say } from './i18n/say';
import { countOf } from './i18n/format';
import { createMailer } from './mail/mailer';
import { InvitationSender } from './mail/invitation-sender';
import { loadMailConfig } from './mail/config';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { servicesOf } from './services';
import type { RevocationOrder, RevocationResult } from './store/revocation.repo';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;
export type Command = (args: string[], open: () => Store, io: { stdout: (s: string) => void; stderr: (s: string) => void; env: NodeJS.ProcessEnv }) => void | Promise<void>;

/** What cli.ts lends: its argument parsing and value checks, so both halves answer alike. */
export interface CliHelpers {
  parse(command: string, args: string[], options: Options): Values;
  optional(values: Values, name: string): string | undefined;
  required(command: string, values: Values, name: string): string;
  oneOf<T extends string>(command: string, name: string, value: string, allowed: readonly T[]): T;
  validNiss(input: string): string;
  entity(store: Store, inami: string): Entity;
  qualityOf(store: Store, e: Entity, kind: string): Quality;
  table(headers: string[], rows: string[][]): string;
  refused(message: string): Error;
  usage(message: string): Error;
}

export const PEOPLE_USAGE = `
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
  managers designate --as <RAE id> --id <channel id> --name <name> --role CO_RAE|GA --entity <inami>
                     [--quality <kind>] [--aad-object-id <guid>]
  managers remove --as <RAE id> --id <channel id> --role CO_RAE|GA --entity <inami> [--quality <kind>]
  grants bulk --as <id> --entity <inami> [--quality <kind>] --application <code>...
              (--file <csv or list> | --niss <niss>...) [--yes]
      Checks every line and prints the plan; with --yes, grants and prints a result line per person.
  audit list [--json] [--niss <niss>] [--application <code>] [--manager <id>] [--action <action>]
             [--entity <inami>] [--since <date>] [--until <date>] [--as <id>]
  helpdesk diagnose --as <id> --niss <niss> --application <name or code> --entity <inami> [--language fr|nl|de|en]
`;

const FILTER_OPTIONS: Options = {
  entity: { type: 'string' },
  quality: { type: 'string' },
  'last-name': { type: 'string' },
  'first-name': { type: 'string' },
  username: { type: 'string' },
  type: { type: 'string' },
  niss: { type: 'string' },
  status: { type: 'string' },
  application: { type: 'string' },
  as: { type: 'string' },
};

export function peopleCommands(h: CliHelpers): Record<string, Record<string, Command>> {
  const manager = (store: Store, id: string): Manager => {
    const m = store.people.managerByChannelUserId(id);
    if (!m) throw h.refused(`unknown manager "${id}" (--as)`);
    return m;
  };
  const resolveEntity = (store: Store, v: Values): Entity => {
    const input = h.optional(v, 'entity');
    if (input !== undefined) return h.entity(store, input);
    const all = store.catalog.entities();
    if (all.length === 1) return all[0]!;
    throw h.usage(`--entity is required (${all.length} entities)`);
  };
  const scope = (store: Store, v: Values) => {
    const e = resolveEntity(store, v);
    const kind = h.optional(v, 'quality');
    return { e, q: kind === undefined ? undefined : h.qualityOf(store, e, kind) };
  };
  const filterOf = (cmd: string, store: Store, v: Values): PeopleFilter => {
    const { e, q } = scope(store, v);
    const type = h.optional(v, 'type');
    const status = h.optional(v, 'status');
    const niss = h.optional(v, 'niss');
    return {
      entityId: e.id,
      ...(q ? { qualityId: q.id } : {}),
      ...(h.optional(v, 'last-name') ? { lastName: h.optional(v, 'last-name') } : {}),
      ...(h.optional(v, 'first-name') ? { firstName: h.optional(v, 'first-name') } : {}),
      ...(h.optional(v, 'username') ? { username: h.optional(v, 'username') } : {}),
      ...(type ? { type: h.oneOf(cmd, 'type', type.toUpperCase(), PERSON_TYPES) } : {}),
      ...(status ? { status: h.oneOf(cmd, 'status', status.toLowerCase(), USER_STATUSES) } : {}),
      ...(niss ? { niss: niss.replace(/\D/g, '') } : {}),
      ...(h.optional(v, 'application') ? { application: h.optional(v, 'application') } : {}),
    };
  };
  const view = (store: Store, v: Values, filter: PeopleFilter, paging?: { offset: number; limit: number }): PeopleView => {
    const as = h.optional(v, 'as');
    if (as !== undefined) {
      const m = manager(store, as);
      return paging ? findPeople(store, m.id, filter, paging) : findAllPeople(store, m.id, filter);
    }
    const page = store.directory.page(filter, paging ?? { offset: 0, limit: -1 });
    return { ...page, nissShown: true };
  };
  const userOf = (store: Store, nissInput: string) => {
    const niss = h.validNiss(nissInput);
    const u = store.people.userByNiss(niss);
    if (!u) throw h.refused(`no user has NISS ${maskNiss(niss)}`);
    return u;
  };
  const qualityFor = (store: Store, v: Values, e: Entity): Quality => {
    const kind = h.optional(v, 'quality');
    if (kind !== undefined) return h.qualityOf(store, e, kind);
    const qualities = store.catalog.qualitiesOfEntity(e.id);
    return qualities.length === 1 ? qualities[0]! : h.qualityOf(store, e, 'HOSPITAL');
  };
  const explain = (err: unknown): never => {
    if (err instanceof ForbiddenError) throw h.refused(`refused: your role does not allow ${err.action} here`);
    if (err instanceof ConflictError) throw h.refused(`refused: ${err.message}`);
    throw err;
  };
  const when = (t: number) => new Date(t).toISOString();

  const usersFind: Command = (args, open, io) => {
    const cmd = 'users find';
    const v = h.parse(cmd, args, { ...FILTER_OPTIONS, offset: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } });
    const store = open();
    const offset = Number(h.optional(v, 'offset') ?? 0);
    const limit = Number(h.optional(v, 'limit') ?? 10);
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) throw h.usage(`${cmd}: --offset and --limit are whole numbers`);
    let page: PeopleView;
    try {
      page = view(store, v, filterOf(cmd, store, v), { offset, limit });
    } catch (err) {
      return explain(err);
    }
    if (v.json === true) return io.stdout(`${JSON.stringify(page, null, 2)}\n`);
    if (page.items.length === 0) return io.stdout(`No users match (total ${page.total}).\n`);
    io.stdout(
      h.table(
        ['NAME', 'FIRST NAME', 'USERNAME', 'TYPE', 'NISS', 'STATUS', 'APPLICATIONS'],
        page.items.map((p) => [p.lastName, p.firstName, p.username, p.type, p.niss === null ? '(hidden)' : formatNiss(p.niss), p.status, p.applications.join(',')]),
      ) + `Users ${page.offset + 1}-${page.offset + page.items.length} of ${page.total}.\n`,
    );
  };

  const usersExport: Command = async (args, open, io) => {
    const cmd = 'users export';
    const v = h.parse(cmd, args, { ...FILTER_OPTIONS, format: { type: 'string' }, output: { type: 'string' }, language: { type: 'string' } });
    const format = h.oneOf<ExportFormat>(cmd, 'format', h.required(cmd, v, 'format'), EXPORT_FORMATS);
    const output = h.required(cmd, v, 'output');
    const language = h.oneOf<Locale>(cmd, 'language', h.optional(v, 'language') ?? 'fr', LOCALES);
    const store = open();
    let all: PeopleView;
    const filter = filterOf(cmd, store, v);
    try {
      all = view(store, v, filter);
    } catch (err) {
      return explain(err);
    }
    const file = await exportPeople(store, filter, all, format, language);
    writeFileSync(output, file.buffer);
    io.stdout(`Exported ${countOf(all.items.length, 'en', 'user', 'users')} to ${output} (${file.mimeType.split(';')[0]}${all.nissShown ? '' : ', without NISS'}).\n`);
  };

  const revocation = (cmd: string, extra: Options, build: (store: Store, v: Values, e: Entity) => object, say: (r: RevocationResult) => string): Command =>
    async (args, open, io) => {
      const v = h.parse(cmd, args, { as: { type: 'string' }, niss: { type: 'string' }, entity: { type: 'string' }, quality: { type: 'string' }, ...extra });
      const as = h.required(cmd, v, 'as');
      const nissInput = h.required(cmd, v, 'niss');
      const store = open();
      const m = manager(store, as);
      const user = userOf(store, nissInput);
      // As everywhere, someone who is no user of this manager's entities is answered as unknown to them.
      if (!isVisibleTo(store, m.id, user.id)) throw h.refused(`no user of your entities has NISS ${maskNiss(user.niss)}`);
      const e = resolveEntity(store, v);
      try {
        const order = { idempotencyKey: `cli:${randomUUID()}`, managerId: m.id, conversationId: null, userId: user.id, ...build(store, v, e) };
        const r = await servicesOf(store).revocations.execute(order as RevocationOrder);
        io.stdout(say(r));
      } catch (err) {
        explain(err);
      }
    };

  const accessRevoke = revocation(
    'access revoke',
    { application: { type: 'string', multiple: true } },
    (store, v, e) => {
      const apps = (v.application as string[] | undefined) ?? [];
      if (apps.length === 0) throw h.usage('access revoke: --application is required');
      return { kind: 'revokeApplications', qualityId: qualityFor(store, v, e).id, applicationCodes: apps.map((a) => a.toUpperCase()) };
    },
    (r) =>
      [
        ...r.grants.map((g) => `${g.applicationCode}: ${g.cancelled ? 'cancelled (was not active yet)' : `inactive from ${when(r.effectiveAt)}`}`),
        ...r.notHeld.map((c) => `${c}: not held, nothing to do`),
      ].join('\n') + '\n',
  );

  const functionsEnd = revocation(
    'functions end',
    { function: { type: 'string' }, date: { type: 'string' } },
    (store, v, e) => {
      const date = parseDate(h.required('functions end', v, 'date'));
      if (!date.ok) throw h.refused(`--date: not a date (jj-mm-aaaa or YYYY-MM-DD)`);
      return { kind: 'endFunction', qualityId: qualityFor(store, v, e).id, functionCode: h.required('functions end', v, 'function'), endDate: date.date };
    },
    (r) =>
      r.functions.length === 0
        ? 'The person holds no such function: nothing to do.\n'
        : r.functions.map((f) => `${f.code}: ends ${f.endDate}, inactive from ${when(r.effectiveAt)}`).join('\n') + '\n',
  );

  const usersRemove = revocation(
    'users remove',
    {},
    (store, v, e) => {
      const kind = h.optional(v, 'quality');
      return { kind: 'removeUser', entityId: e.id, ...(kind ? { qualityId: h.qualityOf(store, e, kind).id } : {}) };
    },
    (r) =>
      r.memberships.length === 0
        ? 'The person is not a user of this entity: nothing to do.\n'
        : `Removed from ${r.memberships.map((m) => m.kind).join(', ')} at ${when(r.effectiveAt)}; ${countOf(r.grants.length, 'en', 'access', 'accesses')} and ${countOf(r.functions.length, 'en', 'function', 'functions')} end with it.\n`,
  );

  const validManagerName = (input: string): string => {
    const check = checkPersonName(input, 'managerName');
    if (!check.ok) throw h.refused(`--name ${JSON.stringify(input)} is not valid: ${describeNameProblems(check)}`);
    return check.name;
  };

  const designation = (cmd: string, remove: boolean): Command => async (args, open, io) => {
    const v = h.parse(cmd, args, {
      as: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, entity: { type: 'string' },
      quality: { type: 'string' }, 'aad-object-id': { type: 'string' },
    });
    const as = h.required(cmd, v, 'as');
    const id = h.required(cmd, v, 'id');
    const role = h.oneOf<DesignableRole>(cmd, 'role', h.required(cmd, v, 'role'), DESIGNABLE_ROLES);
    const name = remove ? '' : validManagerName(h.required(cmd, v, 'name'));
    const store = open();
    const actor = manager(store, as);
    const { e, q } = scope(store, v);
    try {
      if (remove) {
        const r = await servicesOf(store).designations.remove(actor.id, { channelUserId: id, role, entityId: e.id, qualityId: q?.id ?? null });
        io.stdout(r.changed ? `Removed ${role} "${id}" from ${e.inami} (${e.name}).\n` : `"${id}" was not ${role} of ${e.inami}: nothing to do.\n`);
      } else {
        const aad = h.optional(v, 'aad-object-id');
        const r = await servicesOf(store).designations.designate(actor.id, { channelUserId: id, name, aadObjectId: aad ?? null, role, entityId: e.id, qualityId: q?.id ?? null });
        io.stdout(r.changed ? `Designated "${id}" (${r.manager.name}) as ${role} of ${e.inami} (${e.name})${q ? `, qualité ${q.kind}` : ''}.\n` : `"${id}" already is ${role} there: nothing to do.\n`);
      }
    } catch (err) {
      explain(err);
    }
  };

  const grantsBulk: Command = async (args, open, io) => {
    const cmd = 'grants bulk';
    const v = h.parse(cmd, args, {
      as: { type: 'string' }, entity: { type: 'string' }, quality: { type: 'string' }, application: { type: 'string', multiple: true },
      file: { type: 'string' }, niss: { type: 'string', multiple: true }, yes: { type: 'boolean' }, language: { type: 'string' },
    });
    const as = h.required(cmd, v, 'as');
    const apps = ((v.application as string[] | undefined) ?? []).map((a) => a.toUpperCase());
    if (apps.length === 0) throw h.usage(`${cmd}: --application is required`);
    const file = h.optional(v, 'file');
    const list = (v.niss as string[] | undefined) ?? [];
    if ((file === undefined) === (list.length === 0)) throw h.usage(`${cmd}: give either --file or --niss`);
    const language = h.oneOf<Locale>(cmd, 'language', h.optional(v, 'language') ?? 'en', LOCALES);
    const lines = parseNissList(file !== undefined ? readFileSync(file, 'utf8') : list.join('\n'));
    const store = open();
    const m = manager(store, as);
    const e = resolveEntity(store, v);
    const q = qualityFor(store, v, e);
    try {
      const plan = planBulkGrant(store, m.id, q.id, apps, lines);
      const names = apps.map((c) => store.catalog.applicationByCode(c)!.names);
      const namesOf = (codes: string[]) => codes.map((c) => store.catalog.applicationByCode(c)!.names);
      for (const l of plan.lines) {
        io.stdout(`${say('people', { key: 'bulkLine', params: { line: l.line, input: l.niss ? maskNiss(l.niss) : l.input, person: l.person, outcome: l.outcome, applications: namesOf(l.applications), ...(l.account ? { account: l.account } : {}) } }, language)}\n`);
      }
      const s = plan.summary;
      io.stdout(`${say('people', { key: 'bulkSummary', params: { ok: s.ok, alreadyHolds: s.alreadyHolds, invalid: s.invalidNiss, unknown: s.unknownUser, duplicate: s.duplicate, applications: names } }, language)}\n`);
      if (v.yes !== true) return io.stdout('Nothing written: run again with --yes to grant.\n');
      const results = await executeBulkGrant(store, plan, {
        idempotencyKey: `cli-bulk:${randomUUID()}`,
        conversationId: null,
        onProgress: (done, total) => {
          if (done % 25 === 0 && done < total) io.stdout(`${say('people', { key: 'bulkProgress', params: { done, total } }, language)}\n`);
        },
      });
      for (const r of results) {
        const activeAt = r.grants.length ? Math.max(...r.grants.map((g) => g.activeAt)) : null;
        io.stdout(`${say('people', { key: 'bulkResult', params: { person: r.person.replace(/\(.*\)/, '').trim(), input: maskNiss(r.input), ok: r.ok, activeAt, applications: namesOf(r.grants.map((g) => g.applicationCode)) } }, language)}\n`);
      }
    } catch (err) {
      explain(err);
    }
  };

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
    if (Number.isNaN(t)) throw h.usage(`${cmd}: --${name} "${input}" is not a date (YYYY-MM-DD, jj-mm-aaaa or ISO 8601)`);
    return t;
  };

  const auditList: Command = (args, open, io) => {
    const cmd = 'audit list';
    const v = h.parse(cmd, args, {
      json: { type: 'boolean' }, niss: { type: 'string' }, application: { type: 'string' }, manager: { type: 'string' },
      action: { type: 'string' }, entity: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, as: { type: 'string' },
      limit: { type: 'string' },
    });
    const since = instant(cmd, 'since', h.optional(v, 'since'), false);
    const until = instant(cmd, 'until', h.optional(v, 'until'), true);
    const nissInput = h.optional(v, 'niss');
    const store = open();
    const entityInput = h.optional(v, 'entity');
    const e = entityInput === undefined ? undefined : h.entity(store, entityInput);
    const filter = {
      ...(nissInput ? { niss: h.validNiss(nissInput) } : {}),
      ...(h.optional(v, 'application') ? { application: h.optional(v, 'application') } : {}),
      ...(h.optional(v, 'manager') ? { manager: h.optional(v, 'manager') } : {}),
      ...(h.optional(v, 'action') ? { action: h.optional(v, 'action') } : {}),
      ...(e ? { entityId: e.id } : {}),
      ...(since !== undefined ? { since } : {}),
      ...(until !== undefined ? { until } : {}),
      ...(h.optional(v, 'limit') ? { limit: Number(h.optional(v, 'limit')) } : {}),
    };
    const as = h.optional(v, 'as');
    let entries: AuditEntry[];
    try {
      entries = as === undefined ? store.audit.list(filter) : auditFor(store, manager(store, as).id, filter);
    } catch (err) {
      return explain(err);
    }
    if (v.json === true) return io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    if (entries.length === 0) return io.stdout('No audit entries.\n');
    io.stdout(
      h.table(
        ['AT', 'ACTION', 'OUTCOME', 'BY', 'ON BEHALF OF', 'ENTITY', 'NISS', 'APPLICATION'],
        entries.map((a) => [a.at, a.action, a.outcome, a.by, a.onBehalfOf ?? '', a.entity ?? '', a.niss ? maskNiss(a.niss) : '', a.application ?? '']),
      ),
    );
  };

  const helpdeskDiagnose: Command = (args, open, io) => {
    const cmd = 'helpdesk diagnose';
    const v = h.parse(cmd, args, { as: { type: 'string' }, niss: { type: 'string' }, application: { type: 'string' }, entity: { type: 'string' }, language: { type: 'string' }, json: { type: 'boolean' } });
    const as = h.required(cmd, v, 'as');
    const niss = h.required(cmd, v, 'niss');
    const application = h.required(cmd, v, 'application');
    const language = h.oneOf<Locale>(cmd, 'language', h.optional(v, 'language') ?? 'fr', LOCALES);
    const store = open();
    const m = manager(store, as);
    const e = resolveEntity(store, v);
    try {
      const d = diagnose(store, m.id, { niss, application, entityId: e.id });
      io.stdout(v.json === true ? `${JSON.stringify(d, null, 2)}\n` : `${say('people', diagnosisNotice(d), language)}\n`);
    } catch (err) {
      explain(err);
    }
  };

  const usersInvite: Command = async (args, open, io) => {
    const cmd = 'users invite';
    const v = h.parse(cmd, args, { niss: { type: 'string' } });
    const nissInput = h.required(cmd, v, 'niss');
    const store = open();
    const user = userOf(store, nissInput);
    if (user.status !== 'invited') throw h.refused(`${user.username} has already chosen a password (status ${user.status})`);
    const config = loadConfig(io.env);
    const mail = config.mail ?? loadMailConfig(io.env, { dbFile: config.dbFile, port: config.port });
    store.invitations.queueInvitation(user.id);
    let where = '';
    const send = createMailer(mail);
    const sender = new InvitationSender(store.invitations, store.people, async (m) => (where = await send(m)), mail, createLogger('silent'));
    await sender.flush();
    sender.stop();
    if (!where) throw h.refused(`the invitation could not be sent now; it will be retried by the server`);
    io.stdout(`Invitation sent to ${user.username} (${messages('people', user.language).languageOf({ language: user.language })}): ${where}\n`);
  };

  return {
    users: { find: usersFind, export: usersExport, remove: usersRemove, invite: usersInvite },
    access: { revoke: accessRevoke },
    functions: { end: functionsEnd },
    managers: { designate: designation('managers designate', false), remove: designation('managers remove', true) },
    grants: { bulk: grantsBulk },
    audit: { list: auditList },
    helpdesk: { diagnose: helpdeskDiagnose },
  };
}
