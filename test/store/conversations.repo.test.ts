import type { Store } from '../../src/store/store';
import { StaleConversationError, type TurnCommit } from '../../src/store/conversations.repo';
import { emptyStore, NOW } from './fixtures';

let store: Store;
/** Two managers: the state, replies and reference of a conversation id are each one's own. */
let sophie: number;
let marc: number;
beforeEach(() => {
  store = emptyStore();
  sophie = store.people.addManager({ channelUserId: 'sophie', name: 'Sophie' }).id;
  marc = store.people.addManager({ channelUserId: 'marc', name: 'Marc' }).id;
});
afterEach(() => store.close());

const reference = { conversation: { id: 'conv-1' }, serviceUrl: 'https://smba.example/emea/', bot: { id: 'bot' } };

const turn = (over: Partial<TurnCommit> = {}): TurnCommit => ({
  conversationId: 'conv-1',
  managerId: sophie,
  expectedVersion: 0,
  snapshot: { value: 'askUser', context: { step: 1 } },
  machineVersion: 3,
  locale: 'nl',
  reference,
  activityId: 'act-1',
  replies: [{ type: 'message', text: 'Bonjour' }],
  ...over,
});

type Row = {
  id: string; manager_id: number; reference: string | null; locale: string; snapshot: string | null; machine_version: number; version: number;
  updated_at: number;
};
const rawRow = (id = 'conv-1', managerId = sophie) =>
  store.db.prepare(`SELECT * FROM conversations WHERE id = ? AND manager_id = ?`).get(id, managerId) as Row | undefined;
const processedRows = () => store.db.prepare(`SELECT * FROM processed_activities ORDER BY conversation_id, manager_id, activity_id`).all();

describe('commitTurn', () => {
  it('inserts a new conversation at version 1 when the turn read none (expectedVersion 0)', () => {
    expect(store.conversations.get('conv-1', sophie)).toBeUndefined();
    expect(store.conversations.commitTurn(turn(), NOW)).toBe(1);

    expect(rawRow()).toEqual({
      id: 'conv-1', manager_id: sophie, reference: JSON.stringify(reference), locale: 'nl', snapshot: JSON.stringify(turn().snapshot),
      machine_version: 3, version: 1, updated_at: NOW,
    });
    expect(store.conversations.get('conv-1', sophie)).toEqual({
      id: 'conv-1', managerId: sophie, reference, locale: 'nl', snapshot: { value: 'askUser', context: { step: 1 } }, machineVersion: 3, version: 1,
    });
    expect(store.conversations.count()).toBe(1);
  });

  it('updates from the version read: 1 → 2, then 2 → 3', () => {
    store.conversations.commitTurn(turn(), NOW);
    expect(
      store.conversations.commitTurn(
        turn({ expectedVersion: 1, snapshot: { value: 'askApps' }, locale: 'de', machineVersion: 4, activityId: 'act-2' }),
        NOW + 1_000,
      ),
    ).toBe(2);
    expect(rawRow()).toEqual({
      id: 'conv-1', manager_id: sophie, reference: JSON.stringify(reference), locale: 'de', snapshot: '{"value":"askApps"}', machine_version: 4,
      version: 2, updated_at: NOW + 1_000,
    });
    expect(store.conversations.commitTurn(turn({ expectedVersion: 2, snapshot: { value: 'done' }, activityId: 'act-3' }), NOW + 2_000)).toBe(3);
    expect(store.conversations.get('conv-1', sophie)).toMatchObject({ version: 3, snapshot: { value: 'done' }, locale: 'nl' });
    expect(store.conversations.count()).toBe(1);
  });

  it('refuses a stale writer and changes nothing (neither the row nor the processed replies)', () => {
    store.conversations.commitTurn(turn(), NOW);
    store.conversations.commitTurn(turn({ expectedVersion: 1, snapshot: { value: 'second' }, activityId: 'act-2' }), NOW + 1_000);
    const row = rawRow();
    const processed = processedRows();

    expect(() =>
      store.conversations.commitTurn(turn({ expectedVersion: 1, snapshot: { value: 'stale' }, activityId: 'act-3' }), NOW + 2_000),
    ).toThrow(StaleConversationError);
    expect(rawRow()).toEqual(row);
    expect(processedRows()).toEqual(processed);
    expect(store.conversations.processedReplies('conv-1', sophie, 'act-3')).toBeUndefined();
  });

  it('refuses a writer from the future as stale too', () => {
    store.conversations.commitTurn(turn(), NOW);
    const row = rawRow();
    expect(() => store.conversations.commitTurn(turn({ expectedVersion: 5, activityId: 'act-9' }), NOW)).toThrow(StaleConversationError);
    expect(rawRow()).toEqual(row);
  });

  it('refuses a second "first" turn: two turns that both read no conversation', () => {
    store.conversations.commitTurn(turn({ snapshot: { value: 'winner' } }), NOW);
    const err = (() => {
      try {
        store.conversations.commitTurn(turn({ snapshot: { value: 'loser' }, activityId: 'act-2' }), NOW + 1);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(StaleConversationError);
    expect((err as Error).message).toBe('conversation conv-1 was changed by another turn');
    expect(store.conversations.get('conv-1', sophie)).toMatchObject({ version: 1, snapshot: { value: 'winner' } });
    expect(store.conversations.processedReplies('conv-1', sophie, 'act-2')).toBeUndefined();
  });

  it('refuses an update of a conversation that does not exist', () => {
    expect(() => store.conversations.commitTurn(turn({ expectedVersion: 1 }), NOW)).toThrow(StaleConversationError);
    expect(store.conversations.count()).toBe(0);
    expect(processedRows()).toEqual([]);
  });

  it('keeps conversations apart', () => {
    store.conversations.commitTurn(turn({ conversationId: 'a' }), NOW);
    store.conversations.commitTurn(turn({ conversationId: 'b', locale: 'en' }), NOW);
    store.conversations.commitTurn(turn({ conversationId: 'a', expectedVersion: 1, activityId: 'act-2' }), NOW);
    expect(store.conversations.get('a', sophie)!.version).toBe(2);
    expect(store.conversations.get('b', sophie)).toMatchObject({ version: 1, locale: 'en' });
    expect(store.conversations.count()).toBe(2);
  });
});

describe('two managers in one conversation id', () => {
  it('keeps a state, a version and a locale per manager: one writing never changes the other', () => {
    store.conversations.commitTurn(turn({ snapshot: { value: 'sophie' } }), NOW);
    store.conversations.commitTurn(turn({ managerId: marc, snapshot: { value: 'marc' }, locale: 'en', activityId: 'act-m1' }), NOW + 1);
    store.conversations.commitTurn(turn({ managerId: marc, expectedVersion: 1, snapshot: null, locale: 'en', activityId: 'act-m2' }), NOW + 2);

    expect(store.conversations.get('conv-1', sophie)).toMatchObject({ managerId: sophie, snapshot: { value: 'sophie' }, locale: 'nl', version: 1 });
    expect(store.conversations.get('conv-1', marc)).toMatchObject({ managerId: marc, snapshot: null, locale: 'en', version: 2 });
    // A stale write of one is refused by that one's own version only.
    expect(() => store.conversations.commitTurn(turn({ managerId: marc, expectedVersion: 1, activityId: 'act-m3' }), NOW + 3)).toThrow(StaleConversationError);
    expect(store.conversations.commitTurn(turn({ expectedVersion: 1, activityId: 'act-2' }), NOW + 3)).toBe(2);
  });

  it('answers a redelivery with the replies given to the same sender only', () => {
    store.conversations.commitTurn(turn({ replies: [{ text: 'Dr Marie Dupont, 85.07.30-033.28' }] }), NOW);
    expect(store.conversations.processedReplies('conv-1', marc, 'act-1')).toBeUndefined();
    store.conversations.commitTurn(turn({ managerId: marc, replies: [{ text: 'Bonjour Marc' }] }), NOW + 1);
    expect(store.conversations.processedReplies('conv-1', marc, 'act-1')).toEqual([{ text: 'Bonjour Marc' }]);
    expect(store.conversations.processedReplies('conv-1', sophie, 'act-1')).toEqual([{ text: 'Dr Marie Dupont, 85.07.30-033.28' }]);
  });

  it('gives each manager the reference of their own turns', () => {
    const marcs = { ...reference, serviceUrl: 'http://127.0.0.1:9/marc/' };
    store.conversations.commitTurn(turn(), NOW);
    store.conversations.commitTurn(turn({ managerId: marc, reference: marcs, locale: 'en' }), NOW + 1);
    expect(store.conversations.reference('conv-1', sophie)).toEqual({ reference, locale: 'nl' });
    expect(store.conversations.reference('conv-1', marc)).toEqual({ reference: marcs, locale: 'en' });
  });
});

describe('processed activities', () => {
  it('remembers the replies per (conversation, activity) and returns them', () => {
    const replies = [{ type: 'message', text: 'Accès accordé' }, { type: 'typing' }];
    store.conversations.commitTurn(turn({ activityId: 'act-1', replies }), NOW);
    store.conversations.commitTurn(turn({ conversationId: 'conv-2', activityId: 'act-1', replies: [{ text: 'other' }] }), NOW);

    expect(store.conversations.processedReplies('conv-1', sophie, 'act-1')).toEqual(replies);
    expect(store.conversations.processedReplies('conv-2', sophie, 'act-1')).toEqual([{ text: 'other' }]);
    expect(store.conversations.processedReplies('conv-1', sophie, 'act-2')).toBeUndefined();
    expect(store.conversations.processedReplies('conv-3', sophie, 'act-1')).toBeUndefined();
    expect(processedRows()).toEqual([
      { conversation_id: 'conv-1', manager_id: sophie, activity_id: 'act-1', replies: JSON.stringify(replies), at: NOW },
      { conversation_id: 'conv-2', manager_id: sophie, activity_id: 'act-1', replies: '[{"text":"other"}]', at: NOW },
    ]);
  });

  it('remembers an empty reply list as such (run once, nothing said)', () => {
    store.conversations.commitTurn(turn({ replies: [] }), NOW);
    expect(store.conversations.processedReplies('conv-1', sophie, 'act-1')).toEqual([]);
  });

  it('remembers nothing for a turn without an activity id', () => {
    store.conversations.commitTurn(turn({ activityId: undefined }), NOW);
    expect(processedRows()).toEqual([]);
    expect(store.conversations.get('conv-1', sophie)!.version).toBe(1);
  });

  it('keeps the first replies of an activity', () => {
    store.conversations.commitTurn(turn({ replies: [{ text: 'first' }] }), NOW);
    store.conversations.commitTurn(turn({ expectedVersion: 1, replies: [{ text: 'second' }] }), NOW + 1);
    expect(store.conversations.processedReplies('conv-1', sophie, 'act-1')).toEqual([{ text: 'first' }]);
  });

  it('pruneProcessed removes the ones older than the limit, and only those', () => {
    store.conversations.commitTurn(turn({ activityId: 'old' }), NOW - 2 * 86_400_000);
    store.conversations.commitTurn(turn({ expectedVersion: 1, activityId: 'edge' }), NOW - 86_400_000);
    store.conversations.commitTurn(turn({ expectedVersion: 2, activityId: 'new' }), NOW);

    expect(store.conversations.pruneProcessed(NOW - 86_400_000)).toBe(1);
    expect(store.conversations.processedReplies('conv-1', sophie, 'old')).toBeUndefined();
    expect(store.conversations.processedReplies('conv-1', sophie, 'edge')).toBeDefined();
    expect(store.conversations.processedReplies('conv-1', sophie, 'new')).toBeDefined();
    expect(store.conversations.pruneProcessed(NOW - 86_400_000)).toBe(0);
    expect(store.conversations.pruneProcessed(NOW + 1)).toBe(2);
    expect(processedRows()).toEqual([]);
    // The conversation itself is not pruned.
    expect(store.conversations.get('conv-1', sophie)!.version).toBe(3);
  });
});

describe('reference', () => {
  it('returns the stored reference and locale', () => {
    store.conversations.commitTurn(turn({ locale: 'de' }), NOW);
    expect(store.conversations.reference('conv-1', sophie)).toEqual({ reference, locale: 'de' });
  });

  it('follows the latest turn', () => {
    store.conversations.commitTurn(turn(), NOW);
    const moved = { ...reference, serviceUrl: 'https://smba.example/amer/' };
    store.conversations.commitTurn(turn({ expectedVersion: 1, reference: moved, locale: 'en', activityId: 'act-2' }), NOW);
    expect(store.conversations.reference('conv-1', sophie)).toEqual({ reference: moved, locale: 'en' });
  });

  it('is undefined for an unknown conversation or one without a reference', () => {
    expect(store.conversations.reference('nope', sophie)).toBeUndefined();
    store.db
      .prepare(`INSERT INTO conversations (id, manager_id, reference, locale, updated_at) VALUES ('bare', ?, NULL, 'fr', ?)`)
      .run(sophie, NOW);
    expect(store.conversations.reference('bare', sophie)).toBeUndefined();
    expect(store.conversations.get('bare', sophie)).toEqual({
      id: 'bare', managerId: sophie, reference: null, locale: 'fr', snapshot: null, machineVersion: 0, version: 0,
    });
  });
});
