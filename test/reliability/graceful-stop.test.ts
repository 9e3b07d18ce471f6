import { existsSync, statSync } from 'node:fs';
import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { ChildServer } from '../support/child-server';
import { FakeConnector, tempDir, type Reply } from '../support/harness';
import { addPopulation, hospisupTurns } from '../support/population';
import { checkStoreAfterCrashes } from './crash-checks';
import type { CrashOutcome } from './crash-scenario';

const CONVERSATIONS = 120;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = (store: Store, sql: string) => (store.db.prepare(sql).get() as { n: number }).n;

/**
 * Managers confirm grants all at once while the server process gets SIGTERM: it finishes what it
 * is doing, turns the rest away with 503 + Retry-After, and exits 0, its database complete.
 */
describe('a server stopped with SIGTERM in the middle of the traffic', () => {
  const tmp = tempDir();
  const connector = new FakeConnector();
  beforeAll(() => connector.start());
  afterAll(async () => {
    await connector.stop();
    tmp.cleanup();
  });

  it('answers or refuses every request cleanly, exits 0 within 10 s with the WAL folded in, and a restart finishes the rest', async () => {
    const dbFile = `${tmp.dir}/graceful.db`;
    const seed = Store.open(dbFile, { activationDelayMs: 1000 });
    loadCatalog(seed);
    loadDemoIfEmpty(seed);
    const nissList = addPopulation(seed, CONVERSATIONS);
    seed.close();

    // Long enough that what is confirmed before the stop is still pending when the process exits.
    const server = new ChildServer({ SESAME_DB: dbFile, ACTIVATION_DELAY: '5s' });
    let up: Promise<string> = server.start();
    let restart!: (url: Promise<string>) => void;
    let phase: 'running' | 'stopping' | 'down' | 'restarted' = 'running';

    const acknowledged = new Map<string, number[]>();
    const acknowledgedBeforeExit = new Set<string>();
    const refusals: { phase: string; retryAfter: string | null }[] = [];
    const resets: string[] = [];
    let connectionsRefused = 0;
    const otherAnswers: string[] = [];

    // As a channel does: a 503 or a server that is down means the same activity again later.
    const send = async (conversationId: string, activityId: string, text: string): Promise<Reply> => {
      for (;;) {
        const url = await up;
        let res: Response;
        try {
          res = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              type: 'message', id: activityId, channelId: 'test', serviceUrl: connector.url, deliveryMode: 'expectReplies',
              conversation: { id: conversationId }, from: { id: 'demo-manager', name: 'Sophie' }, recipient: { id: 'sesame' },
              locale: 'fr-BE', text,
            }),
          });
        } catch (err) {
          const code = (err as { cause?: { code?: string } }).cause?.code ?? String(err);
          if (code === 'ECONNREFUSED' && phase !== 'running') connectionsRefused += 1;
          else resets.push(`${phase} ${conversationId}/${activityId}: ${code}`);
          await sleep(20);
          continue;
        }
        const body = await res.text();
        if (res.status === 503) {
          refusals.push({ phase, retryAfter: res.headers.get('retry-after') });
          await sleep(20);
          continue;
        }
        if (res.status !== 200) {
          otherAnswers.push(`${conversationId}/${activityId}: HTTP ${res.status} ${body.slice(0, 200)}`);
          await sleep(20);
          continue;
        }
        return (JSON.parse(body) as { activities: Reply[] }).activities.at(-1)!;
      }
    };

    const converse = async (i: number) => {
      const conversationId = `graceful-${i}`;
      const turns = hospisupTurns(nissList[i]!);
      for (const [k, text] of turns.entries()) {
        const reply = await send(conversationId, `${conversationId}-turn-${k}`, text);
        const done = reply.channelData?.sesame?.done;
        if (k === turns.length - 1 && done) {
          acknowledged.set(conversationId, done.grants.map((g) => g.id));
          if (phase === 'running' || phase === 'stopping') acknowledgedBeforeExit.add(conversationId);
        }
      }
    };

    await up;
    const traffic = Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => converse(i)));
    // Mid-load: a third of the managers have their confirmation.
    while (acknowledged.size < CONVERSATIONS / 3) await sleep(5);

    phase = 'stopping';
    up = new Promise((resolve) => (restart = (url) => void url.then(resolve)));
    const t0 = performance.now();
    const exit = await server.stop();
    const stopMs = performance.now() - t0;
    phase = 'down';
    if (process.env.SESAME_FIGURES) {
      console.log({ stopMs: Math.round(stopMs), acknowledgedBeforeExit: acknowledgedBeforeExit.size, refused503: refusals.length, connectionsRefused, resets: resets.length });
    }
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stopMs).toBeLessThan(10_000);
    // The WAL was checkpointed into the database file and truncated (or removed on close).
    const wal = `${dbFile}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);

    // Offline, before the restart: every confirmation answered is there once, whole; nothing half-done.
    const offline = Store.open(dbFile, { activationDelayMs: 1000 });
    let pendingAtStop: number;
    try {
      for (const conversationId of acknowledgedBeforeExit) {
        const requests = offline.db.prepare(`SELECT id, result FROM grant_requests WHERE conversation_id = ?`).all(conversationId) as { id: number; result: string | null }[];
        expect({ conversationId, requests: requests.length }).toEqual({ conversationId, requests: 1 });
        for (const id of acknowledged.get(conversationId)!) {
          const audits = count(offline, `SELECT count(*) AS n FROM audit_log WHERE action = 'grantAccess' AND json_extract(details, '$.grantId') = ${id}`);
          expect({ grant: id, audits }).toEqual({ grant: id, audits: 1 });
        }
      }
      expect(count(offline, `SELECT count(*) AS n FROM grant_requests WHERE result IS NULL`)).toBe(0);
      expect(count(offline, `SELECT count(*) AS n FROM grant_requests r WHERE NOT EXISTS (SELECT 1 FROM grants g WHERE g.request_id = r.id)`)).toBe(0);
      expect(count(offline, `SELECT count(*) AS n FROM grants`)).toBe(count(offline, `SELECT count(*) AS n FROM audit_log WHERE action = 'grantAccess'`));
      pendingAtStop = count(offline, `SELECT count(*) AS n FROM grants WHERE status = 'pending'`);
    } finally {
      offline.close();
    }
    expect(pendingAtStop).toBeGreaterThan(0);

    // While closing, a request was answered 503 with Retry-After, or found the port closed: never a reset.
    expect(resets).toEqual([]);
    expect(otherAnswers).toEqual([]);
    expect(refusals.filter((r) => r.retryAfter !== '5')).toEqual([]);
    expect(refusals.filter((r) => r.phase === 'running')).toEqual([]);
    // Traffic went on through the stop. How much of it lands in the 503 window (rather than on the closed
    // port) depends on the machine's load: the 503 itself is asserted deterministically in test/directline/stream-stop.http.test.ts.
    expect(refusals.length + connectionsRefused).toBeGreaterThan(0);

    // The restart activates what was pending and the conversations go on where they were.
    phase = 'restarted';
    restart(server.start());
    try {
      await traffic;
      expect(acknowledged.size).toBe(CONVERSATIONS);
      await connector.waitForActivations(acknowledged.keys(), 30_000);
    } finally {
      await server.stop();
    }
    const outcome: CrashOutcome = { acknowledged, kills: 0, redeliveries: 0, errors: [] };
    const report = checkStoreAfterCrashes(dbFile, outcome, [], connector);
    expect(report.problems).toEqual([]);
    expect(report.unnotified).toEqual([]);
    expect(report.totals).toMatchObject({
      requests: CONVERSATIONS, grants: CONVERSATIONS, distinctGrants: CONVERSATIONS, grantAudits: CONVERSATIONS,
      pending: 0, outbox: CONVERSATIONS, outboxSent: CONVERSATIONS, perUser: 0,
    });
  }, 120_000);
});
