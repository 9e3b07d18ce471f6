import { FakeConnector, tempDir } from '../support/harness';
import { runCrashScenario } from './crash-scenario';
import { checkStoreAfterCrashes } from './crash-checks';

/**
 * 200 managers confirm grants at once while the server process is killed with SIGKILL three
 * times; `npm run test:soak` runs the same with more conversations and more kills.
 */
describe('a server killed with SIGKILL in the middle of 200 conversations', () => {
  const tmp = tempDir();
  const connector = new FakeConnector();
  beforeAll(() => connector.start());
  afterAll(async () => {
    await connector.stop();
    tmp.cleanup();
  });

  it('keeps every acknowledged confirmation exactly once, activates and announces all, and resumes every conversation', async () => {
    const conversations = 200;
    const dbFile = `${tmp.dir}/crash.db`;
    const { outcome, server, send } = await runCrashScenario(dbFile, connector, {
      conversations, rounds: 3, killAfterMs: [300, 1200], activationDelay: '1s',
    });
    try {
      if (process.env.SESAME_CRASH_VERBOSE) console.log({ kills: outcome.kills, redeliveries: outcome.redeliveries, notices: connector.received.length });
      expect(outcome.errors).toEqual([]);
      expect(outcome.kills).toBeGreaterThan(0);
      // Every conversation was driven to the end (redelivering what the kills cut off).
      expect(outcome.acknowledged.size).toBe(conversations);
      await connector.waitForActivations(outcome.acknowledged.keys(), 30_000);
      // Every conversation resumes where it was: a new request starts with the entity question.
      const next = await Promise.all(Array.from({ length: conversations }, (_, i) => send(`crash-${i}`, `crash-${i}-again`, 'bonjour')));
      expect(next.filter((r) => r.channelData?.sesame?.expecting !== 'entity')).toEqual([]);
    } finally {
      await server.stop();
    }
    const report = checkStoreAfterCrashes(dbFile, outcome, [], connector);
    expect(report.problems).toEqual([]);
    expect(report.unnotified).toEqual([]);
    expect(report.totals).toMatchObject({
      requests: conversations, grants: conversations, distinctGrants: conversations, grantAudits: conversations,
      pending: 0, outbox: conversations, outboxSent: conversations, perUser: 0,
    });
  }, 120_000);
});
