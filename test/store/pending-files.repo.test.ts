import { demoStore } from './fixtures';
import { PENDING_FILE_MAX_BYTES, PENDING_FILE_TTL_MS } from '../../src/store/pending-files.repo';

describe('pending files (Teams file offers)', () => {
  const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);
  const setup = () => {
    const store = demoStore();
    const file = (name: string) => ({ managerId: 1, conversationId: 'c', fileName: name, mimeType: 'text/csv', content: Buffer.from(name) });
    return { store, file };
  };

  it('keeps a file until its answer, once, and forgets it after the TTL', () => {
    const { store, file } = setup();
    const id = store.pendingFiles.offer(file('a.csv'), T0);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(store.pendingFiles.get(id, T0 + 1)).toMatchObject({ managerId: 1, fileName: 'a.csv', content: Buffer.from('a.csv') });
    expect(store.pendingFiles.get(id, T0 + PENDING_FILE_TTL_MS)).toBeUndefined();
    expect(store.pendingFiles.take(id)).toBe(true);
    expect(store.pendingFiles.take(id)).toBe(false);
    store.pendingFiles.offer(file('b.csv'), T0);
    expect(store.pendingFiles.prune(T0 + PENDING_FILE_TTL_MS)).toBe(1);
    store.close();
  });

  it('holds at most five offers per manager, dropping the oldest, and refuses a huge file', () => {
    const { store, file } = setup();
    const ids = [0, 1, 2, 3, 4, 5, 6].map((i) => store.pendingFiles.offer(file(`${i}.csv`), T0 + i));
    expect(ids.map((id) => store.pendingFiles.get(id, T0 + 10)?.fileName ?? null)).toEqual([null, null, '2.csv', '3.csv', '4.csv', '5.csv', '6.csv']);
    expect(() => store.pendingFiles.offer({ ...file('big.csv'), content: Buffer.alloc(PENDING_FILE_MAX_BYTES + 1) }, T0)).toThrow(RangeError);
    store.close();
  });
});
