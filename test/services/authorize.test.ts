/**
 * One `authorize` for every command: a refused grant, revocation or designation is answered the
 * same way (ForbiddenError), writes its one `refused` row durably (synchronous = FULL), and nothing else.
 */
import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { ForbiddenError } from '../../src/domain/authorization';
import { servicesOf } from '../../src/services';
import { tempDir } from '../support/harness';
import { count, DELAY, NOW, snapshot } from '../store/fixtures';
import { addManager, lookUp, type Ids } from '../store/people-fixtures';

const FULL = 2;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

let store: Store;
let ids: Ids;
let n = 0;
beforeEach(() => {
  n += 1;
  store = Store.open(`${tmp.dir}/authorize-${n}.db`, { activationDelayMs: DELAY });
  loadCatalog(store);
  loadDemoIfEmpty(store);
  ids = lookUp(store);
});
afterEach(() => store.close());

/** The synchronous level at which each audit row was written. */
function watchAuditLevel(): number[] {
  const levels: number[] = [];
  const statements = store.audit as unknown as Record<'insertStmt', { run: (...a: unknown[]) => unknown }>;
  const real = statements.insertStmt;
  statements.insertStmt = { run: (...a) => (levels.push(store.db.pragma('synchronous', { simple: true }) as number), real.run(...a)) };
  return levels;
}

const COMMANDS = {
  grant: (m: number) =>
    servicesOf(store).grants.execute(
      { idempotencyKey: 'k-grant', managerId: m, conversationId: null, qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'], fn: null },
      NOW,
    ),
  revoke: (m: number) =>
    servicesOf(store).revocations.revokeApplications(
      { idempotencyKey: 'k-revoke', managerId: m, conversationId: null, userId: ids.marie, qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'] },
      NOW,
    ),
  designate: (m: number) =>
    servicesOf(store).designations.designate(m, { channelUserId: 'new-ga', userId: ids.marie, role: 'GA', entityId: ids.entityA }, NOW),
};
const ACTION = { grant: 'grantAccess', revoke: 'revokeAccess', designate: 'designateManager' } as const;

describe.each(Object.keys(COMMANDS) as (keyof typeof COMMANDS)[])('%s by a manager of another entity', (command) => {
  it('is refused with ForbiddenError, audited once, durably, and nothing else is written', async () => {
    const outsider = addManager(store, 'rae-b', [['RAE', ids.entityB]]);
    const before = snapshot(store);
    const levels = watchAuditLevel();
    const events: unknown[] = [];
    servicesOf(store).events.on((e) => events.push(e));

    const error = await COMMANDS[command](outsider).then(() => null, (err: unknown) => err);

    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).action).toBe(ACTION[command]);
    expect(levels).toEqual([FULL]);
    const rows = store.db.prepare(`SELECT manager_id, action, outcome, entity_id, quality_id, user_id, request_id, details FROM audit_log`).all();
    expect(rows).toEqual([
      {
        manager_id: outsider, action: ACTION[command], outcome: 'refused', entity_id: ids.entityA,
        quality_id: command === 'designate' ? null : ids.hospitalA, user_id: null, request_id: null, details: '{}',
      },
    ]);
    const after = snapshot(store);
    expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] });
    expect(count(store, 'revocation_requests')).toBe(0);
    expect(store.people.managerByChannelUserId('new-ga')).toBeUndefined();
    expect(events).toEqual([]);
  });
});

describe('a refusal named after the command', () => {
  it('audits a removal as removeManager, with the qualité it named, checked on the whole entity', async () => {
    const { designations } = servicesOf(store);
    await expect(
      designations.remove(ids.coRae, { channelUserId: 'demo-manager', role: 'GA', entityId: ids.entityA, qualityId: ids.hospitalA }, NOW),
    ).rejects.toThrow(ForbiddenError);
    expect(store.audit.list({ outcome: 'refused' }).map((a) => [a.action, a.quality, a.entity])).toEqual([['removeManager', 'HOSPITAL', '710087-50']]);
  });

  it('names the first action refused among several, once', () => {
    const { authorizer } = servicesOf(store);
    expect(() => authorizer.authorize(ids.helpdesk, ['viewUsers', 'grantAccess'], { entityId: ids.entityA }, NOW)).toThrow(ForbiddenError);
    expect(store.audit.list({}).map((a) => [a.action, a.outcome, a.by])).toEqual([['grantAccess', 'refused', 'demo-helpdesk']]);
  });
});
