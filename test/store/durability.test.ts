import { durably, openDatabase } from '../../src/store/db';
import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { tempDir } from '../support/harness';
import { servicesOf } from '../../src/services';

const FULL = 2;
const NORMAL = 1;

/** Turns commit at NORMAL (crash-safe); access changes at FULL (power-cut-safe). */
describe('durability of commits', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('opens at NORMAL and runs durably() at FULL, back to NORMAL after, even when it throws', () => {
    const db = openDatabase(`${tmp.dir}/d.db`);
    const level = () => db.pragma('synchronous', { simple: true });
    expect(level()).toBe(NORMAL);
    expect(durably(db, level)).toBe(FULL);
    expect(level()).toBe(NORMAL);
    expect(() => durably(db, () => { throw new Error('boom'); })).toThrow('boom');
    expect(level()).toBe(NORMAL);
    db.close();
  });

  it('commits a grant, its activation and a refusal at FULL', async () => {
    const store = Store.open(`${tmp.dir}/s.db`, { activationDelayMs: 0 });
    loadCatalog(store);
    loadDemoIfEmpty(store);
    const seen: number[] = [];
    type Spied = Record<string, { get: (...a: unknown[]) => unknown; run: (...a: unknown[]) => unknown }>;
    // The grant's row and every audit row (the one audit writer's statement).
    for (const [repo, name] of [[store.access, 'insertGrantStmt'], [store.audit, 'insertStmt']] as const) {
      const statements = repo as unknown as Spied;
      const real = statements[name]!;
      statements[name] = {
        get: (...a) => (seen.push(store.db.pragma('synchronous', { simple: true }) as number), real.get(...a)),
        run: (...a) => (seen.push(store.db.pragma('synchronous', { simple: true }) as number), real.run(...a)),
      };
    }
    const manager = store.people.managerByChannelUserId('demo-manager')!;
    const helpdesk = store.people.managerByChannelUserId('demo-helpdesk')!;
    const marie = store.people.userByUsername('mdupont')!;
    const quality = store.catalog.qualitiesOfEntity(store.catalog.entityByInami('710087-50')!.id).find((q) => q.kind === 'HOSPITAL')!;
    const order = { idempotencyKey: 'k', managerId: manager.id, conversationId: null, qualityId: quality.id, activateQuality: false, user: { existingUserId: marie.id }, applicationCodes: ['HOSPISUP'], fn: null };
    const { grants } = servicesOf(store);
    await grants.execute(order, 1000);
    servicesOf(store).activation.activateDue(2000);
    await expect(grants.execute({ ...order, idempotencyKey: 'k2', managerId: helpdesk.id }, 3000)).rejects.toThrow();
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.every((l) => l === FULL)).toBe(true);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(NORMAL);
    store.close();
  });
});
