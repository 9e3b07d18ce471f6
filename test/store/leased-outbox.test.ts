/** Both outboxes claimed under a lease, on either engine, whatever the number of claimers. */
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { AsyncOutbox, goneFromThisHost, leaseHolder, type OutboxTable } from '../../src/store/leased-outbox';
import { MAILS } from '../../src/store/invitations.repo';
import { NOTICES } from '../../src/store/outbox.repo';
import type { Sql, SqlStore } from '../../src/store/sql/sql';
import { describeEachEngine } from '../support/postgres';
import { queueMails, queueNotices } from '../support/queued-outbox';
import { NOW } from './fixtures';

const LEASE = 120_000;

interface Outbox {
  name: string;
  t: OutboxTable<{ id: number; attempts: number }>;
  /** `count` rows due at `at`, numbered from 1 on a new database. */
  put(sql: Sql, count: number, at: number): Promise<void>;
}

const OUTBOXES: Outbox[] = [
  { name: 'notices (outbox)', t: NOTICES, put: queueNotices },
  { name: 'invitation mails (mail_outbox)', t: MAILS, put: queueMails },
];

describeEachEngine('outboxes claimed under a lease', (open, instances) => {
  describe.each(OUTBOXES)('$name', ({ t, put }) => {
    let sql: SqlStore;
    let outbox: AsyncOutbox<{ id: number; attempts: number }>;
    const ids = (items: { id: number }[]) => items.map((i) => i.id);
    const row = async (id: number) =>
      sql.get(`SELECT status, attempts, next_attempt_at, claimed_by, lease_until, sent_at FROM ${t.table} WHERE id = ?`, [id]);
    beforeEach(async () => {
      sql = await open();
      outbox = new AsyncOutbox(sql, t);
    });
    afterEach(async () => {
      await sql.close();
    });

    it('claims the due rows oldest first, each for one holder until its lease ends; the not-yet-due wait', async () => {
      await put(sql, 3, NOW);
      await put(sql, 1, NOW + 60_000);
      const first = await outbox.claim('instance-a', NOW, 2, LEASE);
      expect(first).toEqual([
        expect.objectContaining({ id: 1, attempts: 0, lease: { holder: 'instance-a', until: NOW + LEASE } }),
        expect.objectContaining({ id: 2, attempts: 0, lease: { holder: 'instance-a', until: NOW + LEASE } }),
      ]);
      expect(ids(await outbox.claim('instance-b', NOW, 10, LEASE))).toEqual([3]);
      expect(await outbox.claim('instance-b', NOW + 1_000, 10, LEASE)).toEqual([]);
      expect(ids(await outbox.claim('instance-b', NOW + 60_000, 10, LEASE))).toEqual([4]);
      // Not due for anyone before the lease ends: the retry timers of every instance wake then.
      expect(await row(1)).toEqual({ status: 'pending', attempts: 0, next_attempt_at: NOW + LEASE, claimed_by: 'instance-a', lease_until: NOW + LEASE, sent_at: null });
      expect(await outbox.claim('instance-b', NOW + LEASE - 1, 10, LEASE)).toEqual([]);
    });

    it('gives a row whose lease ended unsent to the next claimer; the late holder can no longer mark it', async () => {
      await put(sql, 1, NOW);
      const a = (await outbox.claim('instance-a', NOW, 10, LEASE))[0]!;
      // instance-a dies mid-send; instance-b claims once the lease has ended.
      const b = (await outbox.claim('instance-b', NOW + LEASE, 10, LEASE))[0]!;
      expect(b).toEqual(expect.objectContaining({ id: a.id, lease: { holder: 'instance-b', until: NOW + 2 * LEASE } }));
      expect(await outbox.markSent(a.id, NOW + LEASE + 1, a.lease)).toBe(false);
      expect(await outbox.markRetry(a.id, NOW + LEASE + 5_000, 8, a.lease, 'late')).toBe(false);
      // Without a lease, a row someone holds cannot be marked either.
      expect(await outbox.markSent(a.id, NOW + LEASE + 1)).toBe(false);
      expect(await row(a.id)).toMatchObject({ status: 'pending', attempts: 0, claimed_by: 'instance-b' });
      expect(await outbox.markSent(b.id, NOW + LEASE + 2, b.lease)).toBe(true);
      expect(await row(a.id)).toEqual({ status: 'sent', attempts: 1, next_attempt_at: NOW + 2 * LEASE, claimed_by: 'instance-b', lease_until: NOW + 2 * LEASE, sent_at: NOW + LEASE + 2 });
      // Sent once: a second mark, the holder's own, changes nothing.
      expect(await outbox.markSent(b.id, NOW + LEASE + 3, b.lease)).toBe(false);
      expect(await outbox.claim('instance-c', NOW + 10 * LEASE, 10, LEASE)).toEqual([]);
    });

    it('refuses the mark of an older claim of the same holder', async () => {
      await put(sql, 1, NOW);
      const [old] = await outbox.claim('instance-a', NOW, 10, LEASE);
      const [again] = await outbox.claim('instance-a', NOW + LEASE, 10, LEASE);
      expect(await outbox.markSent(old!.id, NOW + LEASE, old!.lease)).toBe(false);
      expect(await outbox.markSent(again!.id, NOW + LEASE, again!.lease)).toBe(true);
    });

    it("backs off on the holder's retry and frees the row, counted and due again at its next attempt", async () => {
      await put(sql, 1, NOW);
      const [a] = await outbox.claim('instance-a', NOW, 10, LEASE);
      expect(await outbox.markRetry(a!.id, NOW + 5_000, 8, a!.lease, 'SMTP down')).toBe(true);
      expect(await row(a!.id)).toEqual({ status: 'pending', attempts: 1, next_attempt_at: NOW + 5_000, claimed_by: null, lease_until: null, sent_at: null });
      if (t.table === 'mail_outbox') expect(await sql.get(`SELECT last_error FROM mail_outbox`)).toEqual({ last_error: 'SMTP down' });
      expect(await outbox.claim('instance-b', NOW + 4_999, 10, LEASE)).toEqual([]);
      const [b] = await outbox.claim('instance-b', NOW + 5_000, 10, LEASE);
      expect(b).toEqual(expect.objectContaining({ id: a!.id, attempts: 1 }));
      expect(await outbox.markRetry(b!.id, NOW + 6_000, 2, b!.lease, 'again')).toBe(true);
      expect(await row(a!.id)).toMatchObject({ status: 'failed', attempts: 2 });
      expect(await outbox.claim('instance-b', NOW + 10 * LEASE, 10, LEASE)).toEqual([]);
    });

    it('gives back at once what a stopping holder did not send; the rows of others stay theirs', async () => {
      await put(sql, 3, NOW);
      await outbox.claim('instance-a', NOW, 2, LEASE);
      await outbox.claim('instance-b', NOW, 2, LEASE);
      expect((await outbox.holders()).sort()).toEqual(['instance-a', 'instance-b']);
      expect(await outbox.release('instance-a', NOW + 10)).toBe(2);
      expect(await outbox.holders()).toEqual(['instance-b']);
      expect(ids(await outbox.claim('instance-c', NOW + 10, 10, LEASE))).toEqual([1, 2]);
      expect(await outbox.release('instance-a', NOW + 20)).toBe(0);
    });

    it.each([2, 4])('%i claimers at once over 2,000 rows: each claimed once and sent once, every claimer taking part', async (claimers) => {
      const stores = await instances(claimers);
      try {
        await put(stores[0]!, 2_000, NOW);
        const refused: number[] = [];
        const sent = await Promise.all(
          stores.map(async (store, i) => {
            const mine = new AsyncOutbox(store, t);
            const ids: number[] = [];
            for (;;) {
              // Small batches, so the claimers meet over and over.
              const items = await mine.claim(`instance-${i}`, NOW, 25, LEASE);
              if (items.length === 0) return ids;
              for (const item of items) {
                ids.push(item.id);
                if (!(await mine.markSent(item.id, NOW + 1, item.lease))) refused.push(item.id);
              }
            }
          }),
        );
        const all = sent.flat();
        expect(all).toHaveLength(2_000);
        expect(new Set(all).size).toBe(2_000);
        expect(refused).toEqual([]);
        for (const mine of sent) expect(mine.length).toBeGreaterThan(0);
        expect(await stores[0]!.get(`SELECT count(*) AS n, count(DISTINCT claimed_by) AS holders FROM ${t.table} WHERE status = 'sent' AND attempts = 1`)).toEqual({
          n: 2_000, holders: claimers,
        });
      } finally {
        await Promise.all([...new Set(stores)].map((s) => s.close()));
      }
    }, 60_000);
  });
});

describe('goneFromThisHost: whose claims a restarted server takes back at once', () => {
  const gonePid = spawnSync(process.execPath, ['-e', '0']).pid!;

  it('a process of this host that has exited, or an earlier life of this pid; never this process, a live one, or another host', () => {
    expect(goneFromThisHost(`${hostname()}:${gonePid}:0123abcd`)).toBe(true);
    expect(goneFromThisHost(`${hostname()}:${process.pid}:0123abcd`)).toBe(leaseHolder() !== `${hostname()}:${process.pid}:0123abcd`);
    expect(goneFromThisHost(leaseHolder())).toBe(false);
    expect(goneFromThisHost(`${hostname()}:${process.ppid}:0123abcd`)).toBe(false);
    expect(goneFromThisHost(`elsewhere.example:${gonePid}:0123abcd`)).toBe(false);
    expect(goneFromThisHost('instance-a')).toBe(false);
  });
});
