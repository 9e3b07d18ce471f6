import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, USAGE } from '../src/cli/index';
import { Store } from '../src/store/store';
import { openDatabase } from '../src/store/db';
import { servicesOf } from '../src/services';

const MARIE = '85073003328';
const JAN = '90041212377';
const DELAY_MS = 20 * 60_000;

let dir: string;
let dbFile: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sesame-cli-'));
  dbFile = path.join(dir, 'sesame.db');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    // Demo data on: the CLI must not load it anyway.
    env: { SESAME_DB: dbFile, SESAME_DEMO: '1', ACTIVATION_DELAY: '20m' },
  });
  return { code, stdout, stderr };
}

/** Runs a command that must succeed; returns its stdout. */
async function ok(...argv: string[]): Promise<string> {
  const r = await cli(...argv);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return r.stdout;
}

/** Runs a command that must be refused with exit code 1; returns its stderr. */
async function refused(...argv: string[]): Promise<string> {
  const r = await cli(...argv);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^sesame: /);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return r.stderr;
}

function withStore<T>(fn: (store: Store) => T): T {
  const store = new Store(openDatabase(dbFile), { activationDelayMs: DELAY_MS });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

async function withStoreAsync<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = new Store(openDatabase(dbFile), { activationDelayMs: DELAY_MS });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

const addIris = (...extra: string[]) =>
  ok('entities', 'add', '--inami', '710087-50', '--name', 'Hôpitaux IRIS Sud', ...extra);

const userArgs = (overrides: Record<string, string> = {}): string[] =>
  Object.entries({
    entity: '710087-50',
    niss: '85.07.30-033.28',
    username: 'mdupont',
    'last-name': 'Dupont',
    'first-name': 'Marie',
    email: 'marie.dupont@example.org',
    ...overrides,
  }).flatMap(([k, v]) => [`--${k}`, v]);

const addUser = (overrides: Record<string, string> = {}, ...extra: string[]) =>
  ok('users', 'add', ...userArgs(overrides), ...extra);

// A display name is a person's name: letters only ("m-1" → "Manager m").
const managerArgs = (id: string, role: string, ...extra: string[]) => ['managers', 'add', '--id', id, '--name', `Manager ${id.replace(/[^\p{L}]/gu, '')}`, '--role', role, ...extra];

describe('usage', () => {
  it('prints the usage for help, on stdout, with exit code 0', async () => {
    const r = await cli('help');
    expect(r).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    for (const command of ['entities add', 'managers add', 'users add', 'users list', 'grants list', 'functions list', 'help']) {
      expect(USAGE).toContain(command);
    }
    expect(await cli('users', 'add', '--help')).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it('prints the usage on stderr with exit code 2 without a command', async () => {
    expect(await cli()).toEqual({ code: 2, stdout: '', stderr: USAGE });
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['users'], /unknown command "users"/],
    [['users', 'delete'], /unknown command "users delete"/],
    [['entities', 'add', '--inami', '710087-50'], /--name is required/],
    [['entities', 'add', '--inami', '710087-50', '--name', 'X', '--colour', 'red'], /--colour/],
    [['entities', 'add', '--inami', '710087-50', '--name', 'X', 'extra'], /unexpected argument "extra"/],
    [['entities', 'add', '--inami', '--name', 'X'], /--inami/],
    [['users', 'list', '--json=yes'], /--json/],
    [['users', 'add', ...userArgs({ language: 'es' })], /--language must be one of fr, nl, de, en/],
    [['users', 'add', ...userArgs().slice(0, -2)], /--email is required/],
    [managerArgs('m1', 'BOSS', '--entity', '710087-50'), /--role must be one of RAE, CO_RAE, GA, HELPDESK/],
    [managerArgs('m1', 'RAE'), /--entity is required for RAE/],
    [managerArgs('m1', 'HELPDESK', '--entity', '710087-50'), /HELPDESK spans all entities/],
    [managerArgs('m1', 'RAE', '--entity', '710087-50', '--quality', 'HOSPITAL'), /only a GA/],
  ])('exits 2 for %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // A wrong command line does not even create the database.
    expect(fs.existsSync(dbFile)).toBe(false);
  });
});

describe('entities add', () => {
  it('adds an entity with an active HOSPITAL qualité by default, and no demo data', async () => {
    expect(await addIris()).toBe('Added entity 710087-50 "Hôpitaux IRIS Sud"; qualités: HOSPITAL (active)\n');
    withStore((store) => {
      expect(store.catalog.entities()).toEqual([{ id: expect.any(Number), inami: '710087-50', name: 'Hôpitaux IRIS Sud' }]);
      const e = store.catalog.entityByInami('710087-50')!;
      expect(store.catalog.qualitiesOfEntity(e.id).map((q) => [q.kind, q.active])).toEqual([['HOSPITAL', true]]);
      expect(store.people.users()).toEqual([]);
      // The catalog was loaded.
      expect(store.catalog.applicationByCode('EBIRTH')).toBeDefined();
    });
  });

  it('normalizes the INAMI number and accepts qualités by code or by name in any language', async () => {
    await ok(
      'entities', 'add', '--inami', '7.10338.90', '--name', 'Clinique Sainte-Anne',
      '--quality', 'Prestataire de soins: hôpital', '--quality', 'geneeskundige verzorging (riziv)', '--inactive',
    );
    withStore((store) => {
      const e = store.catalog.entityByInami('710338-90')!;
      expect(e.name).toBe('Clinique Sainte-Anne');
      expect(store.catalog.qualitiesOfEntity(e.id).map((q) => [q.kind, q.active])).toEqual([
        ['HOSPITAL', false],
        ['INAMI_CARE', false],
      ]);
    });
  });

  it('adds qualités to an existing entity and keeps its name', async () => {
    await addIris();
    const out = await ok('entities', 'add', '--inami', '71008750', '--name', 'Other', '--quality', 'INAMI_CARE', '--inactive');
    expect(out).toBe('Entity 710087-50 already existed (name kept: "Hôpitaux IRIS Sud"); qualités: HOSPITAL (active), INAMI_CARE (inactive)\n');
    withStore((store) => expect(store.catalog.entities()).toHaveLength(1));
  });

  it('refuses an INAMI number with wrong check digits, giving the expected ones', async () => {
    const err = await refused('entities', 'add', '--inami', '710087-51', '--name', 'X');
    expect(err).toBe('sesame: INAMI number "710087-51" has wrong check digits: for 710087 they are 50 (710087-50)\n');
    expect(fs.existsSync(dbFile)).toBe(false);
  });

  it('refuses an INAMI number that is not 8 digits', async () => {
    expect(await refused('entities', 'add', '--inami', '71008', '--name', 'X')).toMatch(/must have 8 digits.*found 5/);
  });

  it('refuses an unknown qualité, listing the known ones', async () => {
    const err = await refused('entities', 'add', '--inami', '710087-50', '--name', 'X', '--quality', 'PHARMACY');
    expect(err).toMatch(/unknown qualité "PHARMACY"; known: HOSPITAL \(Prestataire de soins : hôpital\), INAMI_CARE/);
    withStore((store) => expect(store.catalog.entities()).toEqual([]));
  });
});

describe('whom an entity vouches for', () => {
  const TENANT = '5E1A7C3B-2D4F-4A6E-9B8C-0D1E2F3A4B5C';
  const vouching = (inami: string) => withStore((store) => store.contacts.vouchingOf(store.catalog.entityByInami(inami)!.id));

  it('is set with entities add, lower-cased, a leading @ dropped', async () => {
    const out = await addIris('--tenant', TENANT, '--email-domain', '@IRIS-Sud.example.BE');
    expect(out).toBe(
      'Added entity 710087-50 "Hôpitaux IRIS Sud"; qualités: HOSPITAL (active)\n' +
        `710087-50 (Hôpitaux IRIS Sud) vouches for tenant ${TENANT.toLowerCase()} and e-mail domain iris-sud.example.be: people Sésame does not know from there are told its RAE and Co-RAE\n`,
    );
    expect(vouching('710087-50')).toEqual({ tenantId: TENANT.toLowerCase(), emailDomain: 'iris-sud.example.be' });
  });

  it('is set, changed one part at a time, shown and removed with entities vouch', async () => {
    await addIris();
    expect(vouching('710087-50')).toEqual({ tenantId: null, emailDomain: null });
    expect(await ok('entities', 'vouch', '--inami', '71008750')).toBe(
      '710087-50 (Hôpitaux IRIS Sud) vouches for nobody: people Sésame does not know are told the helpdesk only\n',
    );
    await ok('entities', 'vouch', '--inami', '710087-50', '--tenant', TENANT);
    await ok('entities', 'vouch', '--inami', '710087-50', '--email-domain', 'iris-sud.example.be');
    expect(vouching('710087-50')).toEqual({ tenantId: TENANT.toLowerCase(), emailDomain: 'iris-sud.example.be' });
    expect(await ok('entities', 'vouch', '--inami', '710087-50', '--tenant', '')).toBe(
      '710087-50 (Hôpitaux IRIS Sud) vouches for e-mail domain iris-sud.example.be: people Sésame does not know from there are told its RAE and Co-RAE\n',
    );
    await ok('entities', 'vouch', '--inami', '710087-50', '--email-domain', '');
    expect(vouching('710087-50')).toEqual({ tenantId: null, emailDomain: null });
  });

  it('lets two entities of one hospital group share a tenant', async () => {
    await addIris('--tenant', TENANT);
    await ok('entities', 'add', '--inami', '710338-90', '--name', 'Sainte-Anne', '--tenant', TENANT);
    expect(vouching('710338-90')).toEqual({ tenantId: TENANT.toLowerCase(), emailDomain: null });
  });

  it.each([
    [['--tenant', 'contoso.onmicrosoft.com'], '--tenant "contoso.onmicrosoft.com" is not a GUID'],
    [['--email-domain', 'marie.dupont@example.org'], '--email-domain "marie.dupont@example.org" is not a domain name'],
    [['--email-domain', 'localhost'], '--email-domain "localhost" is not a domain name'],
    [['--email-domain', 'exa mple.org'], '--email-domain "exa mple.org" is not a domain name'],
  ])('refuses %j, changing nothing', async (options, message) => {
    await addIris();
    expect(await refused('entities', 'vouch', '--inami', '710087-50', ...options)).toContain(message);
    expect(vouching('710087-50')).toEqual({ tenantId: null, emailDomain: null });
  });

  it('refuses an unknown entity', async () => {
    await addIris();
    expect(await refused('entities', 'vouch', '--inami', '710338-90', '--tenant', TENANT)).toContain('unknown entity 710338-90');
  });
});

describe('managers add', () => {
  beforeEach(async () => {
    await addIris('--quality', 'HOSPITAL', '--quality', 'INAMI_CARE');
  });

  const rolesOf = (channelUserId: string) =>
    withStore((store) => {
      const m = store.people.managerByChannelUserId(channelUserId)!;
      const e = store.catalog.entityByInami('710087-50')!;
      const kinds = new Map(store.catalog.qualitiesOfEntity(e.id).map((q) => [q.id, q.kind]));
      return {
        manager: m,
        roles: store.people.rolesOf(m.id).map((r) => ({
          role: r.role,
          entity: r.entityId === null ? null : store.catalog.entityById(r.entityId)!.inami,
          quality: r.qualityId === null ? null : kinds.get(r.qualityId),
        })),
      };
    });

  it.each(['RAE', 'CO_RAE', 'GA'])('adds a %s for the whole entity', async (role) => {
    const out = await ok(...managerArgs('m-1', role, '--entity', '710087-50'));
    expect(out).toBe(`Added manager "m-1" (Manager m): ${role} for 710087-50 (Hôpitaux IRIS Sud)\n`);
    expect(rolesOf('m-1')).toEqual({
      manager: { id: expect.any(Number), channelUserId: 'm-1', aadObjectId: null, name: 'Manager m' },
      roles: [{ role, entity: '710087-50', quality: null }],
    });
  });

  it('adds a GA limited to one qualité, named in any language', async () => {
    const out = await ok(...managerArgs('ga-1', 'GA', '--entity', '710087-50', '--quality', 'Health care (NIHDI)'));
    expect(out).toBe('Added manager "ga-1" (Manager ga): GA for 710087-50 (Hôpitaux IRIS Sud), qualité INAMI_CARE\n');
    expect(rolesOf('ga-1').roles).toEqual([{ role: 'GA', entity: '710087-50', quality: 'INAMI_CARE' }]);
  });

  it('adds a HELPDESK without entity, with its Entra object id', async () => {
    const guid = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';
    const out = await ok(...managerArgs('hd', 'HELPDESK', '--aad-object-id', guid));
    expect(out).toBe('Added manager "hd" (Manager hd): HELPDESK (all entities)\n');
    expect(rolesOf('hd')).toEqual({
      manager: { id: expect.any(Number), channelUserId: 'hd', aadObjectId: guid.toLowerCase(), name: 'Manager hd' },
      roles: [{ role: 'HELPDESK', entity: null, quality: null }],
    });
  });

  it('adds a Teams manager by Entra object id alone, and a second role the same way', async () => {
    const guid = '6E7C5A0B-3F2D-4B8E-9C1A-0D2E4F6A8B9C';
    const base = ['managers', 'add', '--name', 'Sophie Teams', '--aad-object-id', guid];
    expect(await ok(...base, '--role', 'RAE', '--entity', '710087-50')).toBe(
      `Added manager "${guid.toLowerCase()}" (Sophie Teams): RAE for 710087-50 (Hôpitaux IRIS Sud)\n`,
    );
    expect(await ok(...base, '--role', 'HELPDESK')).toMatch(/^Updated manager "6e7c5a0b-/);
    expect(rolesOf(guid.toLowerCase()).manager.aadObjectId).toBe(guid.toLowerCase());
    expect(await cli('managers', 'add', '--name', 'X', '--role', 'HELPDESK')).toMatchObject({ code: 2 });
  });

  it('adds a second role to an existing manager', async () => {
    await ok(...managerArgs('m-1', 'CO_RAE', '--entity', '710087-50'));
    expect(await ok(...managerArgs('m-1', 'HELPDESK'))).toMatch(/^Updated manager "m-1"/);
    expect(rolesOf('m-1').roles).toEqual([
      { role: 'CO_RAE', entity: '710087-50', quality: null },
      { role: 'HELPDESK', entity: null, quality: null },
    ]);
  });

  it('refuses an unknown entity', async () => {
    const err = await refused(...managerArgs('m-1', 'RAE', '--entity', '710338-90'));
    expect(err).toMatch(/unknown entity 710338-90/);
    withStore((store) => expect(store.people.managerByChannelUserId('m-1')).toBeUndefined());
  });

  it('refuses a bad entity INAMI number, a qualité the entity lacks, and a bad GUID', async () => {
    expect(await refused(...managerArgs('m-1', 'RAE', '--entity', '710087-05'))).toMatch(/they are 50/);
    await ok('entities', 'add', '--inami', '710338-90', '--name', 'Sainte-Anne');
    expect(await refused(...managerArgs('m-1', 'GA', '--entity', '710338-90', '--quality', 'INAMI_CARE'))).toMatch(
      /710338-90 \(Sainte-Anne\) has no qualité INAMI_CARE \(it has: HOSPITAL\)/,
    );
    expect(await refused(...managerArgs('m-1', 'HELPDESK', '--aad-object-id', 'not-a-guid'))).toMatch(/is not a GUID/);
    withStore((store) => expect(store.people.managerByChannelUserId('m-1')).toBeUndefined());
  });

  it('refuses an Entra object id that belongs to another manager', async () => {
    const guid = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    await ok(...managerArgs('a', 'HELPDESK', '--aad-object-id', guid));
    expect(await refused(...managerArgs('b', 'HELPDESK', '--aad-object-id', guid))).toMatch(/already belongs to manager "a"/);
  });
});

describe('users add', () => {
  beforeEach(async () => {
    await addIris();
  });

  it('stores an active user with the NISS as 11 digits', async () => {
    const out = await addUser({}, '--title', 'Dr', '--local-email', 'mdupont@iris.local', '--language', 'nl');
    expect(out).toBe('Added user Marie Dupont ("mdupont", NISS *********28) to 710087-50 (Hôpitaux IRIS Sud), qualité HOSPITAL\n');
    withStore((store) => {
      expect(store.people.users()).toEqual([
        {
          id: expect.any(Number),
          niss: MARIE,
          username: 'mdupont',
          lastName: 'Dupont',
          firstName: 'Marie',
          title: 'Dr',
          language: 'nl',
          email: 'marie.dupont@example.org',
          localEmail: 'mdupont@iris.local',
          status: 'active',
        },
      ]);
      const membership = store.db.prepare(`SELECT q.kind FROM user_memberships m JOIN qualities q ON q.id = m.quality_id`).all();
      expect(membership).toEqual([{ kind: 'HOSPITAL' }]);
    });
  });

  it.each([
    ['last-name', '[Reset your password](https://evil.example)', /--last-name .* is not valid: it must start with a letter; it contains "\[", "\]", "\(", ":", "\/", "\)"/],
    ['first-name', '**URGENT**', /--first-name "\*\*URGENT\*\*" is not valid: it must start with a letter; it contains "\*"/],
    ['last-name', 'Dupont <b>x</b>', /it contains "<", ">", "\/"/],
    ['last-name', 'Dupont ![x](y.png)', /it contains "!", "\[", "\]", "\(", "\)"/],
    ['last-name', '# Dupont', /it must start with a letter; it contains "#"/],
    ['first-name', 'Marie `x`', /it contains "`"/],
    ['last-name', 'a | b', /it contains "\|"/],
    ['title', 'Dr **', /--title "Dr \*\*" is not valid: it contains "\*"/],
  ])('refuses markup in --%s %j, saying which characters', async (option, value, message) => {
    expect(await refused('users', 'add', ...userArgs({ [option]: value }))).toMatch(message);
    withStore((store) => expect(store.people.users()).toEqual([]));
  });

  it.each([
    ['Zoë', 'Ångström'], ["O'Brien", 'Seán'], ['Van den Berghe', 'Jean-Pierre'], ['山田', '太郎'], ['Müller-Lüdenscheidt', 'Jürgen'], ['d’Ursel', 'Éléonore'],
  ])('accepts the real name %j %j', async (last, first) => {
    expect(await addUser({ 'last-name': last, 'first-name': first })).toContain(`Added user ${first} ${last} `);
  });

  it('defaults to French, no title and no local e-mail', async () => {
    await addUser();
    withStore((store) =>
      expect(store.people.userByNiss(MARIE)).toMatchObject({ language: 'fr', title: null, localEmail: null }),
    );
  });

  it('joins the qualité given with --quality', async () => {
    await ok('entities', 'add', '--inami', '710087-50', '--name', 'x', '--quality', 'INAMI_CARE');
    await addUser({}, '--quality', 'Soins de santé (INAMI)');
    withStore((store) => {
      const kinds = store.db.prepare(`SELECT q.kind FROM user_memberships m JOIN qualities q ON q.id = m.quality_id`).all();
      expect(kinds).toEqual([{ kind: 'INAMI_CARE' }]);
    });
  });

  it.each([
    ['850730033', 'it must have 11 digits (found 9)'],
    ['85073003329', 'its check digits (last 2) do not match'],
    ['85133003328', 'its first 6 digits are not a possible birth date'],
    ['8507300332X', 'it may only contain digits'],
  ])('refuses the NISS %s, saying why', async (niss, reason) => {
    const err = await refused('users', 'add', ...userArgs({ niss }));
    expect(err).toContain(`is not valid: ${reason}`);
    expect(err).not.toContain(niss); // masked
    withStore((store) => expect(store.people.users()).toEqual([]));
  });

  it('refuses a bad username, listing every problem', async () => {
    const err = await refused('users', 'add', ...userArgs({ username: '1é..' }));
    expect(err).toBe(
      'sesame: username "1é.." is not valid:\n' +
        '  - it must have at least 6 characters\n' +
        '  - it must start with a letter\n' +
        '  - it may only contain letters A-Z, digits, ".", "_" and "-" (not allowed: "é")\n' +
        '  - it may not have two separators (. _ -) in a row\n',
    );
  });

  it.each([
    ['email', 'marie.dupont@'],
    ['local-email', 'not an address'],
  ])('refuses a bad --%s', async (option, value) => {
    const err = await refused('users', 'add', ...userArgs({ [option]: value }));
    expect(err).toBe(`sesame: --${option} "${value}" is not a valid e-mail address\n`);
  });

  it('refuses an unknown entity', async () => {
    expect(await refused('users', 'add', ...userArgs({ entity: '710338-90' }))).toMatch(/unknown entity 710338-90/);
  });

  it('refuses a qualité the entity does not have', async () => {
    const err = await refused('users', 'add', ...userArgs({ quality: 'INAMI_CARE' }));
    expect(err).toMatch(/has no qualité INAMI_CARE/);
  });

  it('refuses a duplicate NISS (however formatted) and a taken username (in any case)', async () => {
    await addUser();
    expect(await refused('users', 'add', ...userArgs({ niss: MARIE, username: 'marie2' }))).toBe(
      'sesame: a user with NISS *********28 already exists\n',
    );
    expect(await refused('users', 'add', ...userArgs({ niss: JAN, username: 'MDupont' }))).toBe(
      'sesame: username "MDupont" is already taken (by "mdupont")\n',
    );
    withStore((store) => expect(store.people.users()).toHaveLength(1));
  });
});

describe('lists', () => {
  it('prints empty JSON arrays and readable empty tables on a new database', async () => {
    for (const noun of ['users', 'grants', 'functions']) {
      expect(JSON.parse(await ok(noun, 'list', '--json'))).toEqual([]);
    }
    expect(await ok('grants', 'list')).toBe('No grants.\n');
  });

  it('lists users as JSON and as a table with masked NISS', async () => {
    await addIris();
    await addUser();
    await addUser({ niss: JAN, username: 'jpeeters', 'last-name': 'Peeters', 'first-name': 'Jan', email: 'jan@example.be' });
    const users = JSON.parse(await ok('users', 'list', '--json')) as Record<string, unknown>[];
    expect(users).toEqual([
      {
        id: expect.any(Number), niss: MARIE, username: 'mdupont', lastName: 'Dupont', firstName: 'Marie', title: null,
        language: 'fr', email: 'marie.dupont@example.org', localEmail: null, status: 'active',
      },
      {
        id: expect.any(Number), niss: JAN, username: 'jpeeters', lastName: 'Peeters', firstName: 'Jan', title: null,
        language: 'fr', email: 'jan@example.be', localEmail: null, status: 'active',
      },
    ]);
    const table = await ok('users', 'list');
    expect(table.split('\n')[0]).toMatch(/^ID\s+NISS\s+USERNAME\s+NAME/);
    expect(table).toContain('*********28');
    expect(table).toContain('mdupont');
    expect(table).not.toContain(MARIE);
    expect(table).not.toContain(JAN);
  });

  it('lists grants and function assignments made through the store', async () => {
    await addIris();
    await ok(...managerArgs('sophie', 'CO_RAE', '--entity', '710087-50'));
    await addUser();
    const before = Date.now();
    const result = await withStoreAsync((store) => {
      const manager = store.people.managerByChannelUserId('sophie')!;
      const entity = store.catalog.entityByInami('710087-50')!;
      const quality = store.catalog.qualitiesOfEntity(entity.id).find((q) => q.kind === 'HOSPITAL')!;
      return servicesOf(store).grants.execute({
        idempotencyKey: 'cli-test-1',
        managerId: manager.id,
        conversationId: null,
        qualityId: quality.id,
        activateQuality: false,
        user: { existingUserId: store.people.userByNiss(MARIE)!.id },
        applicationCodes: ['EBIRTH', 'CHAPTER_IV'],
        fn: { code: 'COLLAB_SPECIALIST', startDate: '2099-01-01', endDate: null },
      });
    });
    const after = Date.now();

    const grants = JSON.parse(await ok('grants', 'list', '--json')) as Record<string, unknown>[];
    expect(grants).toHaveLength(2);
    const [first, second] = grants;
    expect(Object.keys(first!).sort()).toEqual(
      ['id', 'niss', 'application', 'applicationName', 'entity', 'quality', 'qualityKind', 'status', 'requestedAt',
        'activeAt', 'activatedAt', 'requestedBy', 'requestedByName'].sort(),
    );
    expect(first).toEqual({
      id: result.grants[0]!.id,
      niss: MARIE,
      application: 'EBIRTH',
      applicationName: expect.any(String),
      entity: '710087-50',
      quality: 'Prestataire de soins : hôpital',
      qualityKind: 'HOSPITAL',
      status: 'pending',
      requestedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      activeAt: new Date(result.grants[0]!.activeAt).toISOString(),
      activatedAt: null,
      requestedBy: 'sophie',
      requestedByName: 'Manager sophie',
    });
    const requestedAt = Date.parse(first!.requestedAt as string);
    expect(requestedAt).toBeGreaterThanOrEqual(before);
    expect(requestedAt).toBeLessThanOrEqual(after);
    expect(Date.parse(first!.activeAt as string) - requestedAt).toBe(DELAY_MS);
    expect(second).toMatchObject({ application: 'CHAPTER_IV', niss: MARIE, status: 'pending' });

    const functions = JSON.parse(await ok('functions', 'list', '--json')) as unknown[];
    expect(functions).toEqual([
      {
        id: result.fn!.id,
        niss: MARIE,
        function: 'COLLAB_SPECIALIST',
        entity: '710087-50',
        startDate: '2099-01-01',
        endDate: null,
        status: 'pending',
        activeAt: new Date(result.fn!.activeAt).toISOString(),
      },
    ]);

    const grantTable = await ok('grants', 'list');
    expect(grantTable.split('\n')[0]).toMatch(/^ID\s+NISS\s+APPLICATION\s+ENTITY/);
    expect(grantTable).toMatch(/\*{9}28\s+EBIRTH\s+710087-50\s+HOSPITAL\s+pending/);
    expect(grantTable).not.toContain(MARIE);
    const fnTable = await ok('functions', 'list');
    expect(fnTable).toMatch(/\*{9}28\s+COLLAB_SPECIALIST\s+710087-50\s+2099-01-01/);
    expect(fnTable).not.toContain(MARIE);
  });
});

describe('configuration', () => {
  it('reports a wrong setting as a refusal, without a stack trace', async () => {
    let stderr = '';
    const code = await runCli(['users', 'list'], {
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
      env: { SESAME_DB: dbFile, ACTIVATION_DELAY: 'soon' },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^sesame: invalid configuration: ACTIVATION_DELAY/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
