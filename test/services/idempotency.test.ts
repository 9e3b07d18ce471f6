/** One idempotent replay for every command: a key that ran returns its recorded outcome and writes nothing. */
import type { Store } from '../../src/store/store';
import { runOnce } from '../../src/services/idempotency';
import { servicesOf } from '../../src/services';
import { demoStore, NOW, snapshot } from '../store/fixtures';
import { lookUp, type Ids } from '../store/people-fixtures';

describe('runOnce', () => {
  const inline = <T>(work: () => T) => work();

  it('runs the checks and the work once, then returns what was recorded, marked replayed, without checking again', () => {
    let recorded: { n: number } | undefined;
    const calls: string[] = [];
    const command = {
      recorded: () => recorded,
      check: () => void calls.push('check'),
      transaction: inline,
      execute: () => (calls.push('execute'), (recorded = { n: 1 })),
    };
    expect(runOnce(command)).toEqual({ n: 1, replayed: false });
    expect(runOnce(command)).toEqual({ n: 1, replayed: true });
    expect(calls).toEqual(['check', 'execute']);
  });

  it('looks again inside the transaction: a delivery that raced past the first look is a replay', () => {
    let looks = 0;
    const result = runOnce({
      recorded: () => (++looks === 2 ? { n: 7 } : undefined),
      check: () => undefined,
      transaction: inline,
      execute: () => {
        throw new Error('must not run');
      },
    });
    expect(result).toEqual({ n: 7, replayed: true });
  });

  it('does not run the work when a check refuses', () => {
    let ran = false;
    expect(() =>
      runOnce({ recorded: () => undefined, check: () => { throw new Error('refused'); }, transaction: inline, execute: () => ((ran = true), {}) }),
    ).toThrow('refused');
    expect(ran).toBe(false);
  });
});

describe('the commands replay alike', () => {
  let store: Store;
  let ids: Ids;
  beforeEach(() => {
    store = demoStore();
    ids = lookUp(store);
  });
  afterEach(() => store.close());

  it('a grant and a revocation confirmed twice are written once and say "replayed" the second time, without a second event', async () => {
    const { grants, revocations, events } = servicesOf(store);
    const seen: string[] = [];
    events.on((e) => seen.push(e.kind));
    const order = { idempotencyKey: 'twice', managerId: ids.coRae, conversationId: 'c', qualityId: ids.hospitalA, activateQuality: false, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'], fn: null };
    const granted = await grants.execute(order, NOW);
    const afterGrant = snapshot(store);
    expect(await grants.execute(order, NOW + 1000)).toEqual({ ...granted, replayed: true });
    expect(snapshot(store)).toEqual(afterGrant);

    const revocation = { idempotencyKey: 'twice', managerId: ids.coRae, conversationId: 'c', userId: ids.marie, qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'] };
    const revoked = await revocations.revokeApplications(revocation, NOW + 2000);
    const afterRevoke = snapshot(store);
    expect(await revocations.revokeApplications(revocation, NOW + 3000)).toEqual({ ...revoked, replayed: true });
    expect(snapshot(store)).toEqual(afterRevoke);
    expect(seen).toEqual(['granted', 'revoked']);
  });
});
