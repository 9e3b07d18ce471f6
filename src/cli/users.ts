/** `sesame users …`: add, list, find, export, remove, invite. */
import { writeFileSync } from 'node:fs';
import type { NewUser } from '../store/people.repo';
import type { Quality } from '../store/catalog.repo';
import { LOCALES, type Locale } from '../domain/locale';
import { formatNiss, maskNiss } from '../domain/niss';
import type { PeopleView } from '../services/find-people.service';
import { EXPORT_FORMATS, exportPeople, type ExportFormat } from '../services/export.service';
import { servicesOf } from '../services';
import { messages } from '../i18n/say';
import { countOf } from '../i18n/format';
import { createMailer } from '../mail/mailer';
import { InvitationSender } from '../mail/invitation-sender';
import { loadMailConfig } from '../mail/config';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { CliError, lister, oneOf, optional, parse, refused, required, table, usageError, type Command, type Options } from './args';
import { validEmail, validInami, validName, validNiss, validUsername } from './values';
import { entity, explain, filterOf, qualityOf, userOf, view, when } from './lookups';
import { revocation } from './revocation-command';

export const usersAdd: Command = (args, open, io) => {
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

export const usersList = lister(
  'users list',
  (store) => store.people.users(),
  ['ID', 'NISS', 'USERNAME', 'NAME', 'LANG', 'E-MAIL', 'STATUS'],
  (u) => [String(u.id), maskNiss(u.niss), u.username, `${u.lastName} ${u.firstName}`, u.language, u.email, u.status],
  'No users.',
);

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

export const usersFind: Command = async (args, open, io) => {
  const cmd = 'users find';
  const v = parse(cmd, args, { ...FILTER_OPTIONS, offset: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } });
  const store = open();
  const offset = Number(optional(v, 'offset') ?? 0);
  const limit = Number(optional(v, 'limit') ?? 10);
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) throw usageError(`${cmd}: --offset and --limit are whole numbers`);
  let page: PeopleView;
  try {
    page = await view(store, v, filterOf(cmd, store, v), { offset, limit });
  } catch (err) {
    return explain(err);
  }
  if (v.json === true) return io.stdout(`${JSON.stringify(page, null, 2)}\n`);
  if (page.items.length === 0) return io.stdout(`No users match (total ${page.total}).\n`);
  io.stdout(
    table(
      ['NAME', 'FIRST NAME', 'USERNAME', 'TYPE', 'NISS', 'STATUS', 'APPLICATIONS'],
      page.items.map((p) => [p.lastName, p.firstName, p.username, p.type, p.niss === null ? '(hidden)' : formatNiss(p.niss), p.status, p.applications.join(',')]),
    ) + `Users ${page.offset + 1}-${page.offset + page.items.length} of ${page.total}.\n`,
  );
};

export const usersExport: Command = async (args, open, io) => {
  const cmd = 'users export';
  const v = parse(cmd, args, { ...FILTER_OPTIONS, format: { type: 'string' }, output: { type: 'string' }, language: { type: 'string' } });
  const format = oneOf<ExportFormat>(cmd, 'format', required(cmd, v, 'format'), EXPORT_FORMATS);
  const output = required(cmd, v, 'output');
  const language = oneOf<Locale>(cmd, 'language', optional(v, 'language') ?? 'fr', LOCALES);
  const store = open();
  let all: PeopleView;
  const filter = filterOf(cmd, store, v);
  try {
    all = await view(store, v, filter);
  } catch (err) {
    return explain(err);
  }
  const file = await exportPeople(store, filter, all, format, language);
  writeFileSync(output, file.buffer);
  io.stdout(`Exported ${countOf(all.items.length, 'en', 'user', 'users')} to ${output} (${file.mimeType.split(';')[0]}${all.nissShown ? '' : ', without NISS'}).\n`);
};

export const usersRemove = revocation(
  'users remove',
  {},
  (store, v, e) => {
    const kind = optional(v, 'quality');
    return { kind: 'removeUser', entityId: e.id, ...(kind ? { qualityId: qualityOf(store, e, kind).id } : {}) };
  },
  (r) =>
    r.memberships.length === 0
      ? 'The person is not a user of this entity: nothing to do.\n'
      : `Removed from ${r.memberships.map((m) => m.kind).join(', ')} at ${when(r.effectiveAt)}; ${countOf(r.grants.length, 'en', 'access', 'accesses')} and ${countOf(r.functions.length, 'en', 'function', 'functions')} end with it.\n`,
);

export const usersInvite: Command = async (args, open, io) => {
  const cmd = 'users invite';
  const v = parse(cmd, args, { niss: { type: 'string' } });
  const nissInput = required(cmd, v, 'niss');
  const store = open();
  const user = userOf(store, nissInput);
  if (user.status !== 'invited') throw refused(`${user.username} has already chosen a password (status ${user.status})`);
  const config = loadConfig(io.env);
  const mail = config.mail ?? loadMailConfig(io.env, { dbFile: config.dbFile, port: config.port });
  store.invitations.queueInvitation(user.id);
  let where = '';
  const send = createMailer(mail);
  const sender = new InvitationSender(store.invitations, servicesOf(store).invitations, store.people, async (m) => (where = await send(m)), mail, createLogger('silent'));
  await sender.flush();
  sender.stop();
  if (!where) throw refused(`the invitation could not be sent now; it will be retried by the server`);
  io.stdout(`Invitation sent to ${user.username} (${messages('people', user.language).languageOf({ language: user.language })}): ${where}\n`);
};
