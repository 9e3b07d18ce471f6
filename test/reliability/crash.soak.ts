import { FakeConnector, tempDir } from '../support/harness';
import { runCrashScenario } from './crash-scenario';
import { checkStoreAfterCrashes } from './crash-checks';

/** The long crash run (`npm run test:soak`): 1,000 conversations, ten SIGKILLs at random moments. */
describe('soak: a server killed ten times under 1,000 conversations', () => {
  const tmp = tempDir();
  const connector = new FakeConnector();
  beforeAll(() => connector.start());
  afterAll(async () => {
    await connector.stop();
    tmp.cleanup();
  });

  it('loses nothing acknowledged, doubles nothing, leaves nothing pending', async () => {
    const conversations = Number(process.env.SOAK_CONVERSATIONS ?? 1000);
    const dbFile = `${tmp.dir}/soak.db`;
    const { outcome, server } = await runCrashScenario(dbFile, connector, {
      conversations, rounds: Number(process.env.SOAK_KILLS ?? 10), killAfterMs: [200, 2500], activationDelay: '2s',
    });
    try {
      expect(outcome.errors).toEqual([]);
      expect(outcome.acknowledged.size).toBe(conversations);
      await connector.waitForActivations(outcome.acknowledged.keys(), 120_000);
    } finally {
      await server.stop();
    }
    const report = checkStoreAfterCrashes(dbFile, outcome, [], connector);
    console.log({ kills: outcome.kills, redeliveries: outcome.redeliveries, notices: connector.received.length, ...report.totals });
    expect(report.problems).toEqual([]);
    expect(report.unnotified).toEqual([]);
    expect(report.totals).toMatchObject({ requests: conversations, grants: conversations, grantAudits: conversations, pending: 0, outboxSent: conversations, perUser: 0 });
  });
});
