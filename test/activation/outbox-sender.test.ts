import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { OutboxSender, type Deliver } from '../../src/activation/outbox-sender';
import type { Store } from '../../src/store/store';
import { createLogger } from '../../src/logger';
import { demoStore, NOW } from '../store/fixtures';

/** Two managers wrote in one conversation id; a notice is for one of them. */
describe('OutboxSender: whose reference a notice goes to', () => {
  let store: Store;
  let sophie: number;
  let marc: number;
  const sophiesReference = { conversation: { id: 'shared' }, serviceUrl: 'http://127.0.0.1:9/sophie/', user: { id: 'demo-manager' } };
  const marcsReference = { conversation: { id: 'shared' }, serviceUrl: 'http://127.0.0.1:9/marc/', user: { id: 'manager-marc' } };

  beforeEach(() => {
    store = demoStore();
    sophie = store.people.managerByChannelUserId('demo-manager')!.id;
    marc = store.people.addManager({ channelUserId: 'manager-marc', name: 'Marc Fontaine' }).id;
    const commit = (managerId: number, reference: unknown, locale: 'fr' | 'en', at: number) =>
      store.conversations.commitTurn(
        { conversationId: 'shared', managerId, expectedVersion: 0, snapshot: null, machineVersion: 1, locale, reference, activityId: undefined, replies: [] },
        at,
      );
    commit(sophie, sophiesReference, 'fr', NOW);
    // Marc wrote last in the conversation id.
    commit(marc, marcsReference, 'en', NOW + 1);
  });
  afterEach(() => store.close());

  const put = (managerId: number | null) =>
    store.db
      .prepare(
        `INSERT INTO outbox (conversation_id, manager_id, request_id, kind, payload, status, next_attempt_at, created_at)
         VALUES ('shared', ?, NULL, 'activated', '{}', 'pending', ?, ?)`,
      )
      .run(managerId, NOW, NOW);

  const send = async () => {
    const delivered: { reference: unknown; locale: string }[] = [];
    const deliver: Deliver = async (reference, locale) => void delivered.push({ reference, locale });
    const sender = new OutboxSender(store.outbox, store.conversations, deliver, createLogger('silent'));
    await sender.flush();
    sender.stop();
    return delivered;
  };

  it("delivers to the reference and in the language of the notice's manager, not of who wrote last", async () => {
    put(sophie);
    expect(await send()).toEqual([{ reference: sophiesReference, locale: 'fr' }]);
    expect(store.outbox.counts()).toEqual({ sent: 1 });
  });

  it('delivers nothing for a notice whose manager never wrote there, and keeps it to retry', async () => {
    const other = store.people.addManager({ channelUserId: 'someone-else', name: 'X' }).id;
    put(other);
    put(null);
    expect(await send()).toEqual([]);
    expect(store.outbox.counts()).toEqual({ pending: 2 });
  });
});

/** Senders claim before they send (src/store/leased-outbox.ts): two of them never deliver a notice twice. */
describe('OutboxSender: claimed notices', () => {
  const NOTICES = 50;
  let store: Store;
  let now: number;
  const clock = { now: () => now, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms + 10_000_000), clearTimeout: (t: NodeJS.Timeout) => clearTimeout(t) };
  const senders: OutboxSender[] = [];
  const sender = (holder: string, deliver: Deliver) => {
    const s = new OutboxSender(store.outbox, store.conversations, deliver, createLogger('silent'), clock, { holder, ms: 120_000 });
    senders.push(s);
    return s;
  };
  const outboxRows = () => store.db.prepare(`SELECT id, status, attempts, claimed_by, next_attempt_at FROM outbox ORDER BY id`).all() as {
    id: number; status: string; attempts: number; claimed_by: string | null; next_attempt_at: number;
  }[];

  beforeEach(() => {
    now = NOW;
    store = demoStore();
    const sophie = store.people.managerByChannelUserId('demo-manager')!.id;
    store.conversations.commitTurn(
      { conversationId: 'conv', managerId: sophie, expectedVersion: 0, snapshot: null, machineVersion: 1, locale: 'fr', reference: { conversation: { id: 'conv' } }, activityId: undefined, replies: [] },
      NOW,
    );
    const put = store.db.prepare(
      `INSERT INTO outbox (conversation_id, manager_id, request_id, kind, payload, status, next_attempt_at, created_at) VALUES ('conv', ?, NULL, 'activated', '{}', 'pending', ?, ?)`,
    );
    for (let i = 0; i < NOTICES; i++) put.run(sophie, NOW, NOW);
  });
  afterEach(() => {
    for (const s of senders.splice(0)) s.stop();
    store.close();
  });

  it('two senders on one outbox deliver each notice once between them, both taking part', async () => {
    const delivered: Record<string, number[]> = { a: [], b: [] };
    const deliverAs = (who: string): Deliver => async (_reference, _locale, item) => {
      await new Promise((resolve) => setImmediate(resolve));
      delivered[who]!.push(item.id);
    };
    await Promise.all([sender('a', deliverAs('a')).flush(), sender('b', deliverAs('b')).flush()]);
    const all = [...delivered.a!, ...delivered.b!].sort((x, y) => x - y);
    expect(all).toEqual(outboxRows().map((r) => r.id));
    expect(delivered.a!.length).toBeGreaterThan(0);
    expect(delivered.b!.length).toBeGreaterThan(0);
    expect(new Set(outboxRows().map((r) => `${r.status} ${r.attempts}`))).toEqual(new Set(['sent 1']));
  });

  it('gives back at once what it claimed and did not send when it stops (a deployment), for the next sender', async () => {
    const delivered: number[] = [];
    const leaving = sender('leaving', async (_r, _l, item) => {
      delivered.push(item.id);
      if (delivered.length === 3) leaving.stop();
    });
    await leaving.flush();
    expect(delivered).toEqual([1, 2, 3]);
    // The other 17 of its batch of 20: due at once, held by nobody; not one waits for the lease.
    expect(outboxRows().filter((r) => r.status === 'pending' && r.next_attempt_at > now)).toEqual([]);
    expect(outboxRows().filter((r) => r.claimed_by === 'leaving' && r.status === 'pending')).toEqual([]);
    await sender('next', async (_r, _l, item) => void delivered.push(item.id)).flush();
    expect(delivered.sort((x, y) => x - y)).toEqual(outboxRows().map((r) => r.id));
    expect(store.outbox.counts()).toEqual({ sent: NOTICES });
  });

  it('sends only while a lease has time to spare: slow deliveries give the rest back and claim it again', async () => {
    const delivered: number[] = [];
    const released = jest.spyOn(store.outbox, 'release');
    // 40 s a delivery, a lease of 2 minutes: two of each claim are sent, the rest is claimed again.
    await sender('slow', async (_r, _l, item) => {
      delivered.push(item.id);
      now += 40_000;
    }).flush();
    expect(delivered).toEqual(outboxRows().map((r) => r.id));
    expect(released.mock.calls.length).toBeGreaterThanOrEqual(NOTICES / 2 - 1);
    expect(store.outbox.counts()).toEqual({ sent: NOTICES });
  });

  it('takes back at once, at its first pass, what a killed process of this host held (a restart); not what a live one holds', async () => {
    const killed = `${hostname()}:${spawnSync(process.execPath, ['-e', '0']).pid}:0123abcd`;
    store.outbox.claim(killed, now, 20);
    store.outbox.claim(`${hostname()}:${process.ppid}:0123abcd`, now, 5);
    const delivered: number[] = [];
    await sender('restarted', async (_r, _l, item) => void delivered.push(item.id)).flush();
    // The killed one's 20 and the 25 nobody held; the live process's 5 wait for their lease.
    expect(delivered).toEqual(outboxRows().map((r) => r.id).filter((id) => id <= 20 || id > 25));
    expect(store.outbox.counts()).toEqual({ sent: NOTICES - 5, pending: 5 });
  });
});
