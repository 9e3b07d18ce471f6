import {
  ACTIONS,
  ForbiddenError,
  may,
  maySeePerson,
  PERMISSIONS,
  ROLES,
  type Action,
  type Role,
  type RoleHolding,
  type Scope,
} from '../../src/domain/authorization';

// Two entities: E1 with qualités 10 and 11, E2 with qualité 20.
const E1 = 1;
const E2 = 2;
const Q10 = 10; // in E1
const Q11 = 11; // in E1
const Q20 = 20; // in E2

/** Column order of the flags below. */
const COLUMNS = [
  'grantAccess',
  'createUser',
  'assignFunction',
  'activateQuality',
  'viewUsers',
  'viewNiss',
  'revokeAccess',
  'designateManager',
  'diagnose',
  'viewAudit',
] as const;

const HOLDINGS = {
  'RAE of E1': { role: 'RAE', entityId: E1, qualityId: null },
  'CO_RAE of E1': { role: 'CO_RAE', entityId: E1, qualityId: null },
  'GA of E1 (whole entity)': { role: 'GA', entityId: E1, qualityId: null },
  'GA of E1 limited to Q10': { role: 'GA', entityId: E1, qualityId: Q10 },
  HELPDESK: { role: 'HELPDESK', entityId: null, qualityId: null },
} satisfies Record<string, RoleHolding>;

const SCOPES = {
  'E1 (entity-wide)': { entityId: E1 },
  'E1/Q10': { entityId: E1, qualityId: Q10 },
  'E1/Q11': { entityId: E1, qualityId: Q11 },
  'E2 (entity-wide)': { entityId: E2 },
  'E2/Q20': { entityId: E2, qualityId: Q20 },
  // Same qualité id, other entity: the entity must match first.
  'E2/Q10': { entityId: E2, qualityId: Q10 },
} satisfies Record<string, Scope>;

/**
 * The expected answer of may() for every holding × scope × action, written out by hand.
 *                                       grant create assignFn activateQ viewUsers viewNiss revoke designate diagnose viewAudit
 */
// prettier-ignore
const EXPECTED: [holding: keyof typeof HOLDINGS, scope: keyof typeof SCOPES, flags: string][] = [
  ['RAE of E1',               'E1 (entity-wide)', 'Y Y Y Y Y Y Y Y Y Y'],
  ['RAE of E1',               'E1/Q10',           'Y Y Y Y Y Y Y Y Y Y'],
  ['RAE of E1',               'E1/Q11',           'Y Y Y Y Y Y Y Y Y Y'],
  ['RAE of E1',               'E2 (entity-wide)', '. . . . . . . . . .'],
  ['RAE of E1',               'E2/Q20',           '. . . . . . . . . .'],
  ['RAE of E1',               'E2/Q10',           '. . . . . . . . . .'],

  ['CO_RAE of E1',            'E1 (entity-wide)', 'Y Y Y Y Y Y Y . Y Y'],
  ['CO_RAE of E1',            'E1/Q10',           'Y Y Y Y Y Y Y . Y Y'],
  ['CO_RAE of E1',            'E1/Q11',           'Y Y Y Y Y Y Y . Y Y'],
  ['CO_RAE of E1',            'E2 (entity-wide)', '. . . . . . . . . .'],
  ['CO_RAE of E1',            'E2/Q20',           '. . . . . . . . . .'],
  ['CO_RAE of E1',            'E2/Q10',           '. . . . . . . . . .'],

  ['GA of E1 (whole entity)', 'E1 (entity-wide)', 'Y Y Y . Y Y Y . Y Y'],
  ['GA of E1 (whole entity)', 'E1/Q10',           'Y Y Y . Y Y Y . Y Y'],
  ['GA of E1 (whole entity)', 'E1/Q11',           'Y Y Y . Y Y Y . Y Y'],
  ['GA of E1 (whole entity)', 'E2 (entity-wide)', '. . . . . . . . . .'],
  ['GA of E1 (whole entity)', 'E2/Q20',           '. . . . . . . . . .'],
  ['GA of E1 (whole entity)', 'E2/Q10',           '. . . . . . . . . .'],

  ['GA of E1 limited to Q10', 'E1 (entity-wide)', '. . . . . . . . . .'],
  ['GA of E1 limited to Q10', 'E1/Q10',           'Y Y Y . Y Y Y . Y Y'],
  ['GA of E1 limited to Q10', 'E1/Q11',           '. . . . . . . . . .'],
  ['GA of E1 limited to Q10', 'E2 (entity-wide)', '. . . . . . . . . .'],
  ['GA of E1 limited to Q10', 'E2/Q20',           '. . . . . . . . . .'],
  ['GA of E1 limited to Q10', 'E2/Q10',           '. . . . . . . . . .'],

  ['HELPDESK',                'E1 (entity-wide)', '. . . . Y . . . Y Y'],
  ['HELPDESK',                'E1/Q10',           '. . . . Y . . . Y Y'],
  ['HELPDESK',                'E1/Q11',           '. . . . Y . . . Y Y'],
  ['HELPDESK',                'E2 (entity-wide)', '. . . . Y . . . Y Y'],
  ['HELPDESK',                'E2/Q20',           '. . . . Y . . . Y Y'],
  ['HELPDESK',                'E2/Q10',           '. . . . Y . . . Y Y'],
];

function flags(text: string): boolean[] {
  const cells = text.split(' ');
  if (cells.length !== COLUMNS.length || cells.some((c) => c !== 'Y' && c !== '.')) throw new Error(`bad row: ${text}`);
  return cells.map((c) => c === 'Y');
}

const CASES: [holding: string, scope: string, action: Action, expected: boolean][] = EXPECTED.flatMap(([h, s, row]) =>
  flags(row).map((allowed, i) => [h, s, COLUMNS[i]!, allowed] as [string, string, Action, boolean]),
);

describe('the lists', () => {
  it('has exactly these roles and actions', () => {
    expect([...ROLES]).toEqual(['RAE', 'CO_RAE', 'GA', 'HELPDESK']);
    expect([...ACTIONS]).toEqual([...COLUMNS]);
  });

  it('has exactly this permission matrix', () => {
    // prettier-ignore
    const expected: Record<Role, Record<Action, boolean>> = {
      RAE:      { grantAccess: true,  createUser: true,  assignFunction: true,  activateQuality: true,  viewUsers: true, viewNiss: true,  revokeAccess: true,  designateManager: true,  diagnose: true, viewAudit: true },
      CO_RAE:   { grantAccess: true,  createUser: true,  assignFunction: true,  activateQuality: true,  viewUsers: true, viewNiss: true,  revokeAccess: true,  designateManager: false, diagnose: true, viewAudit: true },
      GA:       { grantAccess: true,  createUser: true,  assignFunction: true,  activateQuality: false, viewUsers: true, viewNiss: true,  revokeAccess: true,  designateManager: false, diagnose: true, viewAudit: true },
      HELPDESK: { grantAccess: false, createUser: false, assignFunction: false, activateQuality: false, viewUsers: true, viewNiss: false, revokeAccess: false, designateManager: false, diagnose: true, viewAudit: true },
    };
    expect(PERMISSIONS).toEqual(expected);
  });

  it('the expected table covers every holding × scope × action', () => {
    expect(CASES).toHaveLength(Object.keys(HOLDINGS).length * Object.keys(SCOPES).length * ACTIONS.length);
    const seen = new Set(CASES.map(([h, s, a]) => `${h}|${s}|${a}`));
    expect(seen.size).toBe(CASES.length);
    // Every role appears in at least one holding.
    expect(new Set(Object.values(HOLDINGS).map((h) => h.role))).toEqual(new Set(ROLES));
  });
});

describe('may, one holding', () => {
  it.each(CASES)('%s, on %s, %s → %p', (holding, scope, action, expected) => {
    const h = HOLDINGS[holding as keyof typeof HOLDINGS];
    const s = SCOPES[scope as keyof typeof SCOPES];
    expect(may([h], action, s)).toBe(expected);
  });
});

describe('may, several holdings', () => {
  it('allows nothing without a holding', () => {
    for (const action of ACTIONS) {
      for (const scope of Object.values(SCOPES)) expect(may([], action, scope)).toBe(false);
    }
  });

  it('CO_RAE of E1 and RAE of E2: designates managers in E2 only, grants in both', () => {
    const roles: RoleHolding[] = [
      { role: 'CO_RAE', entityId: E1, qualityId: null },
      { role: 'RAE', entityId: E2, qualityId: null },
    ];
    expect(may(roles, 'designateManager', { entityId: E1 })).toBe(false);
    expect(may(roles, 'designateManager', { entityId: E2 })).toBe(true);
    expect(may(roles, 'grantAccess', { entityId: E1, qualityId: Q11 })).toBe(true);
    expect(may(roles, 'grantAccess', { entityId: E2, qualityId: Q20 })).toBe(true);
    expect(may(roles, 'grantAccess', { entityId: 3 })).toBe(false);
  });

  it('GA limited to Q10 and to Q11: both qualités, but never entity-wide', () => {
    const roles: RoleHolding[] = [
      { role: 'GA', entityId: E1, qualityId: Q10 },
      { role: 'GA', entityId: E1, qualityId: Q11 },
    ];
    expect(may(roles, 'grantAccess', { entityId: E1, qualityId: Q10 })).toBe(true);
    expect(may(roles, 'grantAccess', { entityId: E1, qualityId: Q11 })).toBe(true);
    expect(may(roles, 'grantAccess', { entityId: E1 })).toBe(false);
    expect(may(roles, 'grantAccess', { entityId: E1, qualityId: 12 })).toBe(false);
    expect(may(roles, 'activateQuality', { entityId: E1, qualityId: Q10 })).toBe(false);
  });

  it('HELPDESK and GA limited to Q10: grants only in Q10, views everywhere, never sees a NISS outside Q10', () => {
    const roles: RoleHolding[] = [
      { role: 'HELPDESK', entityId: null, qualityId: null },
      { role: 'GA', entityId: E1, qualityId: Q10 },
    ];
    expect(may(roles, 'grantAccess', { entityId: E1, qualityId: Q10 })).toBe(true);
    expect(may(roles, 'grantAccess', { entityId: E1, qualityId: Q11 })).toBe(false);
    expect(may(roles, 'grantAccess', { entityId: E2, qualityId: Q20 })).toBe(false);
    expect(may(roles, 'viewUsers', { entityId: E2 })).toBe(true);
    expect(may(roles, 'diagnose', { entityId: E2, qualityId: Q20 })).toBe(true);
    expect(may(roles, 'viewNiss', { entityId: E1, qualityId: Q10 })).toBe(true);
    expect(may(roles, 'viewNiss', { entityId: E1, qualityId: Q11 })).toBe(false);
    expect(may(roles, 'viewNiss', { entityId: E2 })).toBe(false);
  });

  it('GA of E1 and CO_RAE of E1: the widest holding wins (activateQuality allowed)', () => {
    const roles: RoleHolding[] = [
      { role: 'GA', entityId: E1, qualityId: Q10 },
      { role: 'CO_RAE', entityId: E1, qualityId: null },
    ];
    expect(may(roles, 'activateQuality', { entityId: E1, qualityId: Q11 })).toBe(true);
    expect(may(roles, 'designateManager', { entityId: E1 })).toBe(false);
    expect(may(roles, 'activateQuality', { entityId: E2, qualityId: Q20 })).toBe(false);
  });

  it('does not depend on the order of the holdings', () => {
    const a: RoleHolding = { role: 'GA', entityId: E1, qualityId: Q10 };
    const b: RoleHolding = { role: 'RAE', entityId: E2, qualityId: null };
    const c: RoleHolding = { role: 'HELPDESK', entityId: null, qualityId: null };
    for (const action of ACTIONS) {
      for (const scope of Object.values(SCOPES)) {
        const answer = may([a, b, c], action, scope);
        expect(may([c, b, a], action, scope)).toBe(answer);
        expect(may([b, a, c], action, scope)).toBe(answer);
        // Several holdings allow exactly what one of them allows.
        expect(answer).toBe(may([a], action, scope) || may([b], action, scope) || may([c], action, scope));
      }
    }
  });
});

describe('ForbiddenError', () => {
  it('names the action and the scope', () => {
    const withQuality = new ForbiddenError('grantAccess', { entityId: E1, qualityId: Q10 });
    expect(withQuality).toBeInstanceOf(Error);
    expect(withQuality.name).toBe('ForbiddenError');
    expect(withQuality.action).toBe('grantAccess');
    expect(withQuality.scope).toEqual({ entityId: E1, qualityId: Q10 });
    expect(withQuality.message).toBe('not allowed: grantAccess on entity 1 qualité 10');
    expect(new ForbiddenError('designateManager', { entityId: E2 }).message).toBe('not allowed: designateManager on entity 2');
  });
});

describe('maySeePerson: who a person is, only to a manager of one of their entities', () => {
  it('a role in one of the person\'s entities, a GA limited to a qualité included, sees them', () => {
    expect(maySeePerson([{ role: 'GA', entityId: 1, qualityId: 5 }], [1])).toBe(true);
    expect(maySeePerson([{ role: 'RAE', entityId: 2, qualityId: null }, { role: 'CO_RAE', entityId: 1, qualityId: null }], [1, 3])).toBe(true);
  });
  it('a role in other entities only does not', () => {
    expect(maySeePerson([{ role: 'RAE', entityId: 2, qualityId: null }], [1])).toBe(false);
    expect(maySeePerson([{ role: 'GA', entityId: 2, qualityId: null }], [])).toBe(false);
    expect(maySeePerson([], [1])).toBe(false);
  });
  it('the helpdesk sees everyone', () => {
    expect(maySeePerson([{ role: 'HELPDESK', entityId: null, qualityId: null }], [])).toBe(true);
  });
});
