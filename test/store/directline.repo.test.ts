import { openDatabase } from '../../src/store/db';
import { DirectLineRepo } from '../../src/store/directline.repo';

const DAY = 24 * 60 * 60_000;
const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);

describe('the web chat log is kept for a limited time', () => {
  it('forgets activities older than the limit and the conversations left empty, keeping the rest in order', () => {
    const db = openDatabase(':memory:');
    const repo = new DirectLineRepo(db);
    repo.create('old', 'demo-manager', T0);
    repo.create('mixed', 'demo-manager', T0);
    repo.create('new', 'demo-manager', T0 + 9 * DAY);
    repo.append('old', (seq) => ({ id: `old|${seq}`, text: '85073003328' }), T0);
    repo.append('mixed', (seq) => ({ id: `mixed|${seq}`, text: 'bonjour' }), T0);
    repo.append('mixed', (seq) => ({ id: `mixed|${seq}`, text: 'oui' }), T0 + 8 * DAY);
    repo.append('new', (seq) => ({ id: `new|${seq}`, text: 'hello' }), T0 + 9 * DAY);

    expect(repo.prune(T0 + 10 * DAY - 7 * DAY)).toEqual({ activities: 2, conversations: 1 });

    expect(repo.owner('old')).toBeUndefined();
    expect(repo.after('mixed', 0).map((a) => [a.seq, a.activity.text])).toEqual([[2, 'oui']]);
    expect(repo.owner('mixed')).toBe('demo-manager');
    expect(repo.after('new', 0)).toHaveLength(1);
    // Watermarks keep counting after a prune: a resumed page never sees an old number again.
    expect(repo.append('mixed', (seq) => ({ id: `mixed|${seq}` }), T0 + 10 * DAY).seq).toBe(3);
    db.close();
  });
});
