/** The system's own work (activation, revocations taking effect): claimed in the transaction that does it, all or nothing. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { servicesOf } from '../../src/services';
import { tempDir } from '../support/harness';
import { count, DELAY, demoStore, NOW } from '../store/fixtures';
import { grant, lookUp, type Ids } from '../store/people-fixtures';

const ACTIVE = NOW + DELAY;
const LATER = ACTIVE + 60_000;

async function marieRevoked(store: Store, ids: Ids) {
  await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] });
  servicesOf(store).activation.activateDue(ACTIVE);
  await servicesOf(store).revocations.execute(
    { idempotencyKey: 'rev-1', managerId: ids.coRae, conversationId: 'conv-1', userId: ids.marie, kind: 'revokeApplications', qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'] },
    LATER,
  );
}

describe('claiming due work', () => {
  it('is refused outside the transaction that does the work', () => {
    const store = demoStore();
    try {
      expect(() => store.access.claimDueRequests(ACTIVE, 10)).toThrow(/inside the transaction/);
      expect(() => store.revocations.claimDueRequests(ACTIVE, 10)).toThrow(/inside the transaction/);
      expect(store.transaction(() => store.access.claimDueRequests(ACTIVE, 10))).toEqual([]);
    } finally {
      store.close();
    }
  });

  describe('by two processes on one database file (the server and the CLI)', () => {
    const tmp = tempDir();
    let first: Store;
    let second: Store;
    let ids: Ids;
    beforeEach(() => {
      const file = join(tmp.dir, `claim-${Date.now()}-${Math.random()}.db`);
      first = Store.open(file, { activationDelayMs: DELAY });
      loadCatalog(first);
      loadDemoIfEmpty(first);
      second = Store.open(file, { activationDelayMs: DELAY });
      // Refused at once rather than after the 5 s busy timeout: the test sees the claim held.
      second.db.pragma('busy_timeout = 0');
      ids = lookUp(first);
    });
    afterEach(() => {
      first.close();
      second.close();
    });
    afterAll(() => tmp.cleanup());

    /** Runs `other` while `store` holds the requests it claimed, before it activates them. */
    function whileClaimed(store: Store, repo: 'access' | 'revocations', other: () => unknown): { error?: unknown } {
      const seen: { error?: unknown } = {};
      const target = store[repo] as { claimDueRequests: (now: number, limit: number) => unknown };
      const claim = target.claimDueRequests.bind(target);
      target.claimDueRequests = (now, limit) => {
        const claimed = claim(now, limit);
        try {
          other();
        } catch (error) {
          seen.error = error;
        }
        return claimed;
      };
      return seen;
    }

    it('activates each grant once, with one audit row each and one notice, whoever looks at the same time', async () => {
      await grant(first, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP', 'EBIRTH'] });
      let during: unknown;
      const seen = whileClaimed(first, 'access', () => (during = servicesOf(second).activation.activateDue(ACTIVE)));
      expect(servicesOf(first).activation.activateDue(ACTIVE)).toEqual({ grants: 2, functions: 0, notifications: 1 });
      // The other could not even begin: the claim holds the write lock until the batch commits.
      expect(during).toBeUndefined();
      expect(seen.error).toMatchObject({ code: 'SQLITE_BUSY' });
      expect(servicesOf(second).activation.activateDue(ACTIVE)).toEqual({ grants: 0, functions: 0, notifications: 0 });
      expect(count(second, 'grants', `status = 'active'`)).toBe(2);
      expect(count(second, 'audit_log', `action = 'activateGrant'`)).toBe(2);
      expect(count(second, 'outbox', `kind = 'activated'`)).toBe(1);
    });

    it('applies each revocation once, with its audit row and one notice', async () => {
      await marieRevoked(first, ids);
      const seen = whileClaimed(first, 'revocations', () => servicesOf(second).deactivation.applyDue(LATER + DELAY));
      expect(servicesOf(first).deactivation.applyDue(LATER + DELAY)).toMatchObject({ requests: 1, grants: 1, notifications: 1 });
      expect(seen.error).toMatchObject({ code: 'SQLITE_BUSY' });
      expect(servicesOf(second).deactivation.applyDue(LATER + DELAY)).toMatchObject({ requests: 0, grants: 0, notifications: 0 });
      expect(count(second, 'grants', `status = 'revoked'`)).toBe(1);
      expect(count(second, 'audit_log', `action = 'deactivateGrant'`)).toBe(1);
      expect(count(second, 'outbox', `kind = 'deactivated'`)).toBe(1);
    });
  });
});

describe('a batch that fails', () => {
  let store: Store;
  let ids: Ids;
  beforeEach(() => {
    store = demoStore();
    ids = lookUp(store);
  });
  afterEach(() => store.close());

  /** The outbox refuses its first notice (disk full, say), then works again. */
  function outboxFailsOnce() {
    const queue = store.outbox.queue.bind(store.outbox);
    let failures = 1;
    store.outbox.queue = (...args) => {
      if (failures-- > 0) throw new Error('disk I/O error');
      queue(...args);
    };
  }

  it('activates nothing and audits nothing, and is claimed again by the next pass', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] });
    const audit = count(store, 'audit_log');
    const lags: number[][] = [];
    servicesOf(store).activation.onActivated = (l) => lags.push(l);
    outboxFailsOnce();
    expect(() => servicesOf(store).activation.activateDue(ACTIVE)).toThrow('disk I/O error');
    expect(count(store, 'grants', `status = 'pending'`)).toBe(1);
    expect(count(store, 'audit_log')).toBe(audit);
    expect(lags).toEqual([]);
    expect(servicesOf(store).activation.activateDue(ACTIVE + 5_000)).toEqual({ grants: 1, functions: 0, notifications: 1 });
    expect(count(store, 'audit_log', `action = 'activateGrant'`)).toBe(1);
    // Told after the commit only, how late it was.
    expect(lags).toEqual([[5_000]]);
  });

  it('revokes nothing and leaves the request to apply, then applies it once', async () => {
    await marieRevoked(store, ids);
    const audit = count(store, 'audit_log');
    outboxFailsOnce();
    expect(() => servicesOf(store).deactivation.applyDue(LATER + DELAY)).toThrow('disk I/O error');
    expect(count(store, 'grants', `status = 'active'`)).toBe(1);
    expect(count(store, 'revocation_requests', 'applied_at IS NULL')).toBe(1);
    expect(count(store, 'audit_log')).toBe(audit);
    expect(servicesOf(store).deactivation.applyDue(LATER + DELAY)).toMatchObject({ requests: 1, grants: 1, notifications: 1 });
    expect(count(store, 'outbox', `kind = 'deactivated'`)).toBe(1);
  });
});

describe('the notices of due work', () => {
  const root = join(__dirname, '../..');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const path = join(dir, d.name);
      return d.isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('are queued by the outbox repository alone', () => {
    const writers = sources(join(root, 'src')).filter((f) => /INSERT\s+INTO\s+outbox\b/i.test(readFileSync(f, 'utf8')));
    expect(writers.map((f) => relative(root, f))).toEqual(['src/store/outbox.repo.ts']);
  });
});
