#!/usr/bin/env node
/**
 * `sesame`: the administrator's command line. It sets up what the chat relies on (entities and their
 * qualités, managers and their roles, users) and lists what the chat did (grants, functions).
 *
 *   npm run sesame -- entities add --inami 710087-50 --name "Hôpitaux IRIS Sud"
 *
 * Exit codes: 0 success, 1 a value was refused (message on stderr), 2 the command line is wrong.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { loadConfig } from './config';
import { Store } from './store/store';
import { loadCatalog } from './store/seed';
import type { Entity, Quality } from './store/catalog.repo';
import type { NewUser } from './store/people.repo';
import type { Vouching } from './store/contacts.repo';
import { ROLES, type Role } from './domain/authorization';
import { LOCALES, type Locale } from './domain/locale';
import { checkInami, inamiCheckDigits } from './domain/inami';
import { checkNiss, maskNiss, type NissCheck } from './domain/niss';
import { checkUsername, USERNAME_MAX, USERNAME_MIN, type UsernameProblem } from './domain/username';
import { checkPersonName, describeNameProblems, type NameField } from './domain/person-name';
import { PEOPLE_USAGE, peopleCommands } from './cli-people';
import { DB_USAGE, dbCommands } from './cli-db';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

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

/** A refusal the user can act on: printed as is, without a stack trace. */
class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
  }
}
const usageError = (message: string) => new CliError(message, 2);

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(command: string, args: string[], options: Options): Values {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    if (positionals.length > 0) throw usageError(`${command}: unexpected argument "${positionals[0]}"`);
    return values as Values;
  } catch (err) {
    if (err instanceof CliError) throw err;
    // parseArgs' own messages name the option ("Unknown option '--foo'", "Option '--name <value>' argument missing").
    throw usageError(`${command}: ${(err as Error).message.split('\n')[0]}`);
  }
}

function optional(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function required(command: string, values: Values, name: string): string {
  const v = optional(values, name);
  if (v === undefined || v.trim() === '') throw usageError(`${command}: --${name} is required`);
  return v.trim();
}

function oneOf<T extends string>(command: string, name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw usageError(`${command}: --${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

// ---- Value checks: each says what is wrong, so the administrator can fix it in one go. ----

function validInami(input: string): string {
  const check = checkInami(input);
  if (check.ok) return check.inami;
  if (check.problem === 'format') {
    const digits = input.replace(/\D/g, '').length;
    throw new CliError(`INAMI number "${input}" must have 8 digits, like 710087-50 (found ${digits})`);
  }
  const first6 = input.replace(/\D/g, '').slice(0, 6);
  const expected = inamiCheckDigits(first6);
  throw new CliError(
    `INAMI number "${input}" has wrong check digits: for ${first6} they are ${expected} (${first6}-${expected})`,
  );
}

const NISS_PROBLEMS: Record<Exclude<NissCheck, { ok: true }>['problem'], string> = {
  empty: 'it is empty',
  characters: 'it may only contain digits (and the separators . - / or spaces)',
  length: 'it must have 11 digits',
  birthDate: 'its first 6 digits are not a possible birth date (YYMMDD)',
  checksum: 'its check digits (last 2) do not match: probably a typing error',
};

function validNiss(input: string): string {
  const check = checkNiss(input);
  if (check.ok) return check.niss;
  const detail = check.problem === 'length' ? ` (found ${check.length})` : '';
  throw new CliError(`NISS "${maskNiss(input)}" is not valid: ${NISS_PROBLEMS[check.problem]}${detail}`);
}

const USERNAME_PROBLEMS: Record<UsernameProblem, string> = {
  tooShort: `it must have at least ${USERNAME_MIN} characters`,
  tooLong: `it must have at most ${USERNAME_MAX} characters`,
  mustStartWithLetter: 'it must start with a letter',
  forbiddenCharacters: 'it may only contain letters A-Z, digits, ".", "_" and "-"',
  onlyDigits: 'it may not be only digits',
  repeatedSeparators: 'it may not have two separators (. _ -) in a row',
};

function validName(option: string, input: string, field: NameField): string {
  const check = checkPersonName(input, field);
  if (check.ok) return check.name;
  throw new CliError(`--${option} ${JSON.stringify(input)} is not valid: ${describeNameProblems(check)}`);
}

function validUsername(input: string): string {
  const check = checkUsername(input);
  if (check.ok) return check.username;
  const problems = check.problems.map((p) =>
    p === 'forbiddenCharacters' ? `${USERNAME_PROBLEMS[p]} (not allowed: ${check.forbidden.map((c) => `"${c}"`).join(' ')})` : USERNAME_PROBLEMS[p],
  );
  throw new CliError(`username "${input}" is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

const Email = z.email();
function validEmail(option: string, input: string): string {
  const value = input.trim();
  if (!Email.safeParse(value).success) throw new CliError(`--${option} "${input}" is not a valid e-mail address`);
  return value;
}

const Guid = z.guid();
function validGuid(input: string, option = 'aad-object-id'): string {
  const value = input.trim();
  if (!Guid.safeParse(value).success) {
    throw new CliError(`--${option} "${input}" is not a GUID (like 00000000-0000-0000-0000-000000000000)`);
  }
  return value.toLowerCase();
}

// Labels of letters, digits and inner hyphens (punycode included), at least two of them.
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$/;
function validDomain(input: string): string {
  // "@example.org" and "Example.org" mean example.org.
  const value = input.trim().replace(/^@/, '').toLowerCase();
  if (!DOMAIN.test(value)) throw new CliError(`--email-domain "${input}" is not a domain name (like example.org, without the part before @)`);
  return value;
}

/** --tenant and --email-domain as given: a value sets, "" removes, absent leaves as is. */
function vouchingOptions(v: Values): Partial<Vouching> {
  const tenant = optional(v, 'tenant');
  const domain = optional(v, 'email-domain');
  return {
    ...(tenant === undefined ? {} : { tenantId: tenant.trim() === '' ? null : validGuid(tenant, 'tenant') }),
    ...(domain === undefined ? {} : { emailDomain: domain.trim() === '' ? null : validDomain(domain) }),
  };
}

const vouchingText = (e: Entity, vouching: Vouching): string => {
  const whom = [vouching.tenantId && `tenant ${vouching.tenantId}`, vouching.emailDomain && `e-mail domain ${vouching.emailDomain}`].filter(Boolean);
  return whom.length
    ? `${e.inami} (${e.name}) vouches for ${whom.join(' and ')}: people Sésame does not know from there are told its RAE and Co-RAE`
    : `${e.inami} (${e.name}) vouches for nobody: people Sésame does not know are told the helpdesk only`;
};

// ---- Store look-ups ----

const normalized = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/ ?([:;]) ?/g, '$1 ').toLowerCase();

/** A quality-kind code or its name in any language → its code. */
function resolveKind(store: Store, input: string): string {
  const kinds = store.catalog.qualityKinds();
  const wanted = normalized(input);
  const kind = kinds.find((k) => normalized(k.code) === wanted || LOCALES.some((l) => normalized(k.names[l]) === wanted));
  if (kind) return kind.code;
  const known = kinds.map((k) => `${k.code} (${k.names.fr})`).join(', ');
  throw new CliError(`unknown qualité "${input}"; known: ${known}`);
}

function entity(store: Store, inamiInput: string): Entity {
  const inami = validInami(inamiInput);
  const found = store.catalog.entityByInami(inami);
  if (!found) throw new CliError(`unknown entity ${inami}: add it first with "sesame entities add --inami ${inami} --name …"`);
  return found;
}

function qualityOf(store: Store, e: Entity, kindInput: string): Quality {
  const kind = resolveKind(store, kindInput);
  const qualities = store.catalog.qualitiesOfEntity(e.id);
  const q = qualities.find((x) => x.kind === kind);
  if (!q) {
    const held = qualities.map((x) => x.kind).join(', ') || 'none';
    throw new CliError(`entity ${e.inami} (${e.name}) has no qualité ${kind} (it has: ${held})`);
  }
  return q;
}

// ---- Commands ----

type Command = (args: string[], open: () => Store, io: CliIo) => void | Promise<void>;

const entitiesAdd: Command = (args, open, io) => {
  const cmd = 'entities add';
  const v = parse(cmd, args, {
    inami: { type: 'string' },
    name: { type: 'string' },
    quality: { type: 'string', multiple: true },
    inactive: { type: 'boolean' },
    tenant: { type: 'string' },
    'email-domain': { type: 'string' },
  });
  const inamiInput = required(cmd, v, 'inami');
  const name = required(cmd, v, 'name');
  const inami = validInami(inamiInput);
  const vouching = vouchingOptions(v);
  const store = open();
  const requested = (v.quality as string[] | undefined) ?? ['HOSPITAL'];
  const kinds = [...new Set(requested.map((q) => resolveKind(store, q)))];
  const active = v.inactive !== true;
  const existing = store.catalog.entityByInami(inami);
  const e = store.catalog.addEntity(inami, name, kinds.map((kind) => ({ kind, active })));
  const vouched = store.contacts.vouch(e.id, vouching);
  const qualities = store.catalog
    .qualitiesOfEntity(e.id)
    .map((q) => `${q.kind} (${q.active ? 'active' : 'inactive'})`)
    .join(', ');
  if (existing) {
    const kept = existing.name === name ? '' : ` (name kept: "${existing.name}")`;
    io.stdout(`Entity ${e.inami} already existed${kept}; qualités: ${qualities}\n`);
  } else {
    io.stdout(`Added entity ${e.inami} "${e.name}"; qualités: ${qualities}\n`);
  }
  if (Object.keys(vouching).length > 0) io.stdout(`${vouchingText(e, vouched)}\n`);
};

const entitiesVouch: Command = (args, open, io) => {
  const cmd = 'entities vouch';
  const v = parse(cmd, args, { inami: { type: 'string' }, tenant: { type: 'string' }, 'email-domain': { type: 'string' } });
  const inamiInput = required(cmd, v, 'inami');
  validInami(inamiInput);
  const vouching = vouchingOptions(v);
  const store = open();
  const e = entity(store, inamiInput);
  io.stdout(`${vouchingText(e, store.contacts.vouch(e.id, vouching))}\n`);
};

const managersAdd: Command = (args, open, io) => {
  const cmd = 'managers add';
  const v = parse(cmd, args, {
    id: { type: 'string' },
    name: { type: 'string' },
    entity: { type: 'string' },
    role: { type: 'string' },
    quality: { type: 'string' },
    'aad-object-id': { type: 'string' },
  });
  const idArgument = optional(v, 'id')?.trim() || undefined;
  if (idArgument === undefined && optional(v, 'aad-object-id') === undefined) required(cmd, v, 'id');
  const nameInput = required(cmd, v, 'name');
  const role = oneOf<Role>(cmd, 'role', required(cmd, v, 'role'), ROLES);
  const entityInput = optional(v, 'entity');
  const qualityInput = optional(v, 'quality');
  if (role === 'HELPDESK' && entityInput !== undefined) throw usageError(`${cmd}: HELPDESK spans all entities; leave out --entity`);
  if (role !== 'HELPDESK' && entityInput === undefined) throw usageError(`${cmd}: --entity is required for ${role}`);
  if (qualityInput !== undefined && role !== 'GA') throw usageError(`${cmd}: only a GA can be limited to one qualité (--quality)`);
  const aadInput = optional(v, 'aad-object-id');
  const aadObjectId = aadInput === undefined ? null : validGuid(aadInput);
  if (entityInput !== undefined) validInami(entityInput);
  const name = validName('name', nameInput, 'managerName');

  const store = open();
  const e = entityInput === undefined ? null : entity(store, entityInput);
  const q = e && qualityInput !== undefined ? qualityOf(store, e, qualityInput) : null;
  const holder = aadObjectId === null ? undefined : store.people.managerByAadObjectId(aadObjectId);
  // A Teams-only manager has no other id worth typing: their object id serves as both.
  const channelUserId = idArgument ?? holder?.channelUserId ?? aadObjectId!;
  if (aadObjectId !== null) {
    if (holder && holder.channelUserId !== channelUserId) {
      throw new CliError(`--aad-object-id ${aadObjectId} already belongs to manager "${holder.channelUserId}" (${holder.name})`);
    }
  }
  const existed = store.people.managerByChannelUserId(channelUserId) !== undefined;
  const manager = store.db.transaction(() => {
    const m = store.people.addManager({ channelUserId, aadObjectId, name });
    store.people.addRole(m.id, role, e?.id ?? null, q?.id ?? null);
    return m;
  })();
  const scope = e ? ` for ${e.inami} (${e.name})${q ? `, qualité ${q.kind}` : ''}` : ' (all entities)';
  io.stdout(`${existed ? 'Updated' : 'Added'} manager "${manager.channelUserId}" (${manager.name}): ${role}${scope}\n`);
};

const usersAdd: Command = (args, open, io) => {
  const cmd = 'users add';
  const v = parse(cmd, args, {
    entity: { type: 'string' },
    niss: { type: 'string' },
    username: { type: 'string' },
    'last-name': { type: 'string' },
    'first-name': { type: 'string' },
    email: { type: 'string' },
    language: { type: 'string' },
    title: { type: 'string' },
    'local-email': { type: 'string' },
    quality: { type: 'string' },
  });
  const entityInput = required(cmd, v, 'entity');
  const nissInput = required(cmd, v, 'niss');
  const usernameInput = required(cmd, v, 'username');
  const lastName = required(cmd, v, 'last-name');
  const firstName = required(cmd, v, 'first-name');
  const emailInput = required(cmd, v, 'email');
  const language = oneOf<Locale>(cmd, 'language', optional(v, 'language') ?? 'fr', LOCALES);
  const titleInput = optional(v, 'title')?.trim();
  const localEmailInput = optional(v, 'local-email');

  validInami(entityInput);
  const user: NewUser = {
    niss: validNiss(nissInput),
    username: validUsername(usernameInput),
    lastName: validName('last-name', lastName, 'lastName'),
    firstName: validName('first-name', firstName, 'firstName'),
    title: titleInput ? validName('title', titleInput, 'title') : null,
    language,
    email: validEmail('email', emailInput),
    localEmail: localEmailInput === undefined || localEmailInput.trim() === '' ? null : validEmail('local-email', localEmailInput),
  };

  const store = open();
  const e = entity(store, entityInput);
  let q: Quality;
  const qualityInput = optional(v, 'quality');
  if (qualityInput !== undefined) q = qualityOf(store, e, qualityInput);
  else {
    const qualities = store.catalog.qualitiesOfEntity(e.id);
    q = qualities.length === 1 ? qualities[0]! : qualityOf(store, e, 'HOSPITAL');
  }
  const created = store.db.transaction(() => {
    if (store.people.userByNiss(user.niss)) throw new CliError(`a user with NISS ${maskNiss(user.niss)} already exists`);
    const sameName = store.people.userByUsername(user.username);
    if (sameName) throw new CliError(`username "${user.username}" is already taken (by "${sameName.username}")`);
    return store.people.insertUser(user, q.id, 'active');
  })();
  io.stdout(
    `Added user ${created.firstName} ${created.lastName} ("${created.username}", NISS ${maskNiss(created.niss)}) ` +
      `to ${e.inami} (${e.name}), qualité ${q.kind}\n`,
  );
};

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

function lister<T>(cmd: string, load: (store: Store) => T[], headers: string[], row: (item: T) => string[], empty: string): Command {
  return (args, open, io) => {
    const v = parse(cmd, args, { json: { type: 'boolean' } });
    const items = load(open());
    if (v.json === true) io.stdout(`${JSON.stringify(items, null, 2)}\n`);
    else if (items.length === 0) io.stdout(`${empty}\n`);
    else io.stdout(table(headers, items.map(row)));
  };
}

const usersList = lister(
  'users list',
  (store) => store.people.users(),
  ['ID', 'NISS', 'USERNAME', 'NAME', 'LANG', 'E-MAIL', 'STATUS'],
  (u) => [String(u.id), maskNiss(u.niss), u.username, `${u.lastName} ${u.firstName}`, u.language, u.email, u.status],
  'No users.',
);

const grantsList = lister(
  'grants list',
  (store) => store.access.listGrants(),
  ['ID', 'NISS', 'APPLICATION', 'ENTITY', 'QUALITÉ', 'STATUS', 'ACTIVE AT', 'REQUESTED BY'],
  (g) => [String(g.id), maskNiss(g.niss), g.application, g.entity, g.qualityKind, g.status, g.activeAt, g.requestedBy],
  'No grants.',
);

const functionsList = lister(
  'functions list',
  (store) => store.access.listFunctions(),
  ['ID', 'NISS', 'FUNCTION', 'ENTITY', 'START', 'END', 'STATUS', 'ACTIVE AT'],
  (f) => [String(f.id), maskNiss(f.niss), f.function, f.entity, f.startDate, f.endDate ?? '', f.status, f.activeAt],
  'No function assignments.',
);

const PEOPLE = peopleCommands({
  parse, optional, required, oneOf, validNiss, entity, qualityOf, table,
  refused: (message) => new CliError(message),
  usage: usageError,
});

const COMMANDS: Record<string, Record<string, Command>> = {
  entities: { add: entitiesAdd, vouch: entitiesVouch },
  managers: { add: managersAdd, ...PEOPLE.managers },
  users: { add: usersAdd, list: usersList, ...PEOPLE.users },
  grants: { list: grantsList, ...PEOPLE.grants },
  functions: { list: functionsList, ...PEOPLE.functions },
  access: { ...PEOPLE.access },
  audit: { ...PEOPLE.audit },
  helpdesk: { ...PEOPLE.helpdesk },
  db: dbCommands({ parse, required, refused: (message) => new CliError(message) }),
};

/** Runs one command; returns the exit code. Never throws: every failure is a message on stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [noun, verb, ...rest] = argv;
  if (noun === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (noun === 'help' || noun === '--help' || noun === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const group = COMMANDS[noun];
  const command = group && verb !== undefined && Object.hasOwn(group, verb) ? group[verb] : undefined;
  if (!command) {
    const what = group ? `${noun} ${verb ?? ''}`.trim() : noun;
    io.stderr(`sesame: unknown command "${what}"\n\n${USAGE}`);
    return 2;
  }

  let store: Store | undefined;
  const open = (): Store => {
    if (!store) {
      const config = loadConfig(io.env);
      store = Store.open(config.dbFile, { activationDelayMs: config.activationDelayMs });
      loadCatalog(store);
    }
    return store;
  };
  try {
    await command(rest, open, io);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`sesame: ${err.message}\n${err.exitCode === 2 ? `Run "sesame help" for the usage.\n` : ''}`);
      return err.exitCode;
    }
    io.stderr(`sesame: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    store?.close();
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
