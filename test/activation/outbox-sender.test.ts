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
