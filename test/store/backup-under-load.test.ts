import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { backupDatabase } from '../../src/store/backup';
import { checkDatabase } from '../../src/store/check';
import { ChildServer } from '../support/child-server';
import { FakeConnector, tempDir, type Reply } from '../support/harness';
import { addPopulation, hospisupTurns } from '../support/population';

const CONVERSATIONS = 50;

/**
 * The backup a cron job takes while managers work: the server is its own process writing turns and
 * grants, the backup another connection (as `sesame db backup` is). What the backup must hold is
 * every grant whose confirmation a manager had received before it started.
 */
describe('db backup while the server is under load', () => {
  let tmp: ReturnType<typeof tempDir>;
  let connector: FakeConnector;
  let server: ChildServer | undefined;
  beforeEach(async () => {
    tmp = tempDir();
    connector = new FakeConnector();
    await connector.start();
  });
  afterEach(async () => {
    await server?.stop();
    await connector.stop();
    tmp.cleanup();
  });

  it(`holds every grant acknowledged before it started, with ${CONVERSATIONS} conversations running`, async () => {
    const dbFile = join(tmp.dir, 'sesame.db');
    const seed = Store.open(dbFile, { activationDelayMs: 1000 });
    loadCatalog(seed);
    loadDemoIfEmpty(seed);
    const nissList = addPopulation(seed, CONVERSATIONS);
    seed.close();
    server = new ChildServer({ SESAME_DB: dbFile, ACTIVATION_DELAY: '20m' });
    const url = await server.start();

    const acknowledged = new Map<string, number[]>();
    const send = async (conversationId: string, text: string): Promise<Reply> => {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: `${conversationId}-${text}-${Math.random()}`, channelId: 'test', serviceUrl: connector.url,
          deliveryMode: 'expectReplies', conversation: { id: conversationId }, from: { id: 'demo-manager', name: 'Sophie' },
          recipient: { id: 'sesame' }, locale: 'fr-BE', text,
        }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { activities: Reply[] }).activities.at(-1)!;
    };
    const converse = async (i: number) => {
      const conversationId = `backup-${i}`;
      for (const text of hospisupTurns(nissList[i]!)) {
        const done = (await send(conversationId, text)).channelData?.sesame?.done;
        if (done) acknowledged.set(conversationId, done.grants.map((g) => g.id));
      }
    };
    const traffic = Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => converse(i)));

    // Start the backup once a part of the grants are confirmed and the rest still under way.
    while (acknowledged.size < CONVERSATIONS / 5) await new Promise((r) => setTimeout(r, 5));
    const before = [...acknowledged.values()].flat();
    const backupFile = join(tmp.dir, 'backup.db');
    const { ms } = await backupDatabase(dbFile, backupFile);
    const runningWhenDone = CONVERSATIONS - acknowledged.size;
    await traffic;

    expect(acknowledged.size).toBe(CONVERSATIONS);
    // The server kept taking turns: the backup ran beside it, not after it.
    expect(runningWhenDone).toBeGreaterThan(0);
    expect(checkDatabase(backupFile).problems).toEqual([]);
    const copy = new Database(backupFile, { readonly: true });
    const inBackup = new Set((copy.prepare('SELECT id FROM grants').all() as { id: number }[]).map((r) => r.id));
    copy.close();
    expect(before.filter((id) => !inBackup.has(id))).toEqual([]);
    expect(before.length).toBeGreaterThanOrEqual(CONVERSATIONS / 5);
    expect(ms).toBeLessThan(10_000);
  }, 90_000);
});
