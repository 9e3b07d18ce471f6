import type { Store } from '../../src/store/store';
import { emptyStore, NOW } from './fixtures';

let store: Store;
beforeEach(() => {
  store = emptyStore();
});
afterEach(() => store.close());

/** The outbox is written by the activation; these tests put rows in directly. */
function put(conversationId: string, nextAttemptAt: number, payload: unknown = { n: conversationId }, status = 'pending'): number {
  const { id } = store.db
    .prepare(
      `INSERT INTO outbox (conversation_id, request_id, kind, payload, status, next_attempt_at, created_at)
       VALUES (?, NULL, 'activated', ?, ?, ?, ?) RETURNING id`,
    )
    .get(conversationId, JSON.stringify(payload), status, nextAttemptAt, NOW) as { id: number };
  return id;
}

type Row = { id: number; status: string; attempts: number; next_attempt_at: number; sent_at: number | null };
const row = (id: number) =>
  store.db.prepare(`SELECT id, status, attempts, next_attempt_at, sent_at FROM outbox WHERE id = ?`).get(id) as Row;

describe('due', () => {
  it('returns the pending items whose time has come, in insertion order, with their payload parsed', () => {
    const late = put('c-late', NOW + 60_000);
    const a = put('c-a', NOW - 5_000, { userName: 'Dr Marie Dupont', applications: [{ code: 'EBIRTH' }] });
    const b = put('c-b', NOW - 10_000);
    const c = put('c-c', NOW);
    put('c-sent', NOW - 1, {}, 'sent');
    put('c-failed', NOW - 1, {}, 'failed');

    expect(store.outbox.due(NOW)).toEqual([
      { id: a, conversationId: 'c-a', managerId: null, kind: 'activated', payload: { userName: 'Dr Marie Dupont', applications: [{ code: 'EBIRTH' }] }, attempts: 0 },
      { id: b, conversationId: 'c-b', managerId: null, kind: 'activated', payload: { n: 'c-b' }, attempts: 0 },
      { id: c, conversationId: 'c-c', managerId: null, kind: 'activated', payload: { n: 'c-c' }, attempts: 0 },
    ]);
    expect(store.outbox.due(NOW - 1).map((i) => i.id)).toEqual([a, b]);
    expect(store.outbox.due(NOW + 60_000).map((i) => i.id)).toEqual([late, a, b, c]);
  });

  it('honours the limit, first items first', () => {
    const ids = Array.from({ length: 7 }, (_, i) => put(`c-${i}`, NOW - i));
    expect(store.outbox.due(NOW, 3).map((i) => i.id)).toEqual(ids.slice(0, 3));
    expect(store.outbox.due(NOW, 100).map((i) => i.id)).toEqual(ids);
    expect(store.outbox.due(NOW).map((i) => i.id)).toEqual(ids);
  });

  it('defaults to 100 items', () => {
    store.db.transaction(() => {
      for (let i = 0; i < 150; i++) put(`c-${i}`, NOW);
    })();
    expect(store.outbox.due(NOW)).toHaveLength(100);
  });

  it('is empty on an empty outbox', () => {
    expect(store.outbox.due(NOW)).toEqual([]);
    expect(store.outbox.nextAttemptAt()).toBeNull();
    expect(store.outbox.counts()).toEqual({});
  });
});

describe('markSent', () => {
  it('marks the item sent with its time and one more attempt; it is no longer due', () => {
    const a = put('c-a', NOW);
    const b = put('c-b', NOW);
    store.outbox.markSent(a, NOW + 500);
    expect(row(a)).toEqual({ id: a, status: 'sent', attempts: 1, next_attempt_at: NOW, sent_at: NOW + 500 });
    expect(row(b)).toEqual({ id: b, status: 'pending', attempts: 0, next_attempt_at: NOW, sent_at: null });
    expect(store.outbox.due(NOW + 1_000).map((i) => i.id)).toEqual([b]);
    expect(store.outbox.counts()).toEqual({ pending: 1, sent: 1 });
  });

  it('after retries counts every attempt', () => {
    const a = put('c-a', NOW);
    store.outbox.markRetry(a, NOW + 1_000, 8);
    store.outbox.markRetry(a, NOW + 3_000, 8);
    store.outbox.markSent(a, NOW + 3_000);
    expect(row(a)).toEqual({ id: a, status: 'sent', attempts: 3, next_attempt_at: NOW + 3_000, sent_at: NOW + 3_000 });
  });
});

describe('markRetry', () => {
  it('backs off: the item is not due before its next attempt, then due again with its attempts counted', () => {
    const a = put('c-a', NOW);
    store.outbox.markRetry(a, NOW + 2_000, 3);
    expect(row(a)).toEqual({ id: a, status: 'pending', attempts: 1, next_attempt_at: NOW + 2_000, sent_at: null });
    expect(store.outbox.due(NOW)).toEqual([]);
    expect(store.outbox.due(NOW + 1_999)).toEqual([]);
    expect(store.outbox.due(NOW + 2_000)).toEqual([expect.objectContaining({ id: a, attempts: 1 })]);
  });

  it("becomes 'failed' at maxAttempts and is never due again", () => {
    const a = put('c-a', NOW);
    store.outbox.markRetry(a, NOW + 1_000, 3);
    store.outbox.markRetry(a, NOW + 3_000, 3);
    expect(row(a)).toMatchObject({ status: 'pending', attempts: 2 });
    store.outbox.markRetry(a, NOW + 7_000, 3);
    expect(row(a)).toMatchObject({ status: 'failed', attempts: 3, sent_at: null });
    expect(store.outbox.due(Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect(store.outbox.nextAttemptAt()).toBeNull();
    expect(store.outbox.counts()).toEqual({ failed: 1 });
  });

  it('with maxAttempts 1 fails at the first failure', () => {
    const a = put('c-a', NOW);
    store.outbox.markRetry(a, NOW + 1_000, 1);
    expect(row(a)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('touches only the item named', () => {
    const a = put('c-a', NOW);
    const b = put('c-b', NOW);
    store.outbox.markRetry(a, NOW + 1_000, 3);
    expect(row(b)).toEqual({ id: b, status: 'pending', attempts: 0, next_attempt_at: NOW, sent_at: null });
  });
});

describe('nextAttemptAt', () => {
  it('is the earliest next attempt among pending items only', () => {
    expect(store.outbox.nextAttemptAt()).toBeNull();
    put('c-sent', NOW - 100, {}, 'sent');
    put('c-failed', NOW - 50, {}, 'failed');
    expect(store.outbox.nextAttemptAt()).toBeNull();

    const a = put('c-a', NOW + 5_000);
    const b = put('c-b', NOW + 1_000);
    expect(store.outbox.nextAttemptAt()).toBe(NOW + 1_000);
    store.outbox.markRetry(b, NOW + 9_000, 8);
    expect(store.outbox.nextAttemptAt()).toBe(NOW + 5_000);
    store.outbox.markSent(a, NOW + 5_000);
    expect(store.outbox.nextAttemptAt()).toBe(NOW + 9_000);
    store.outbox.markSent(b, NOW + 9_000);
    expect(store.outbox.nextAttemptAt()).toBeNull();
  });
});
