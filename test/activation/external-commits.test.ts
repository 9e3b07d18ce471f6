import { join } from 'node:path';
import type { Sesame } from '../../src/app';
import { runCli } from '../../src/cli/index';
import { Store } from '../../src/store/store';
import { ChildServer } from '../support/child-server';
import { ChatClient, FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { servicesOf } from '../../src/services';

const MARIE = '85073003328';
const JAN = '90041212377';
const DELAY_MS = 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Grants written by another connection than the server's own (the CLI, a second process) are
 * activated and announced on time: the server notices their commit within seconds.
 */
describe('work written elsewhere is done on time', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let connector: FakeConnector;

  beforeEach(async () => {
    tmp = tempDir();
    connector = new FakeConnector();
    await connector.start();
    sesame = await startTestSesame(testConfig(join(tmp.dir, 'sesame.db'), { activationDelayMs: DELAY_MS }));
  });
  afterEach(async () => {
    await sesame.close();
    await connector.stop();
    tmp.cleanup();
  });

  it('a grant written through a second connection becomes active and is announced within seconds of its due time', async () => {
    // The conversation exists (its reference is stored), so its notice has somewhere to go.
    await new ChatClient(() => sesame.url, 'elsewhere-1', { serviceUrl: connector.url }).send('bonjour');
    // Nothing was due at start: without a look at other connections, the timer sleeps for hours.
    const other = Store.open(sesame.store.db.name, { activationDelayMs: DELAY_MS });
    let dueAt: number;
    try {
      const entity = other.catalog.entityByInami('710087-50')!;
      const quality = other.catalog.qualitiesOfEntity(entity.id).find((q) => q.kind === 'HOSPITAL')!;
      const result = await servicesOf(other).grants.execute({
        idempotencyKey: 'elsewhere-1', managerId: other.people.managerByChannelUserId('demo-manager')!.id, conversationId: 'elsewhere-1',
        qualityId: quality.id, activateQuality: false, user: { existingUserId: other.people.userByNiss(MARIE)!.id }, applicationCodes: ['HOSPISUP'], fn: null,
      });
      dueAt = result.grants[0]!.activeAt;
    } finally {
      other.close();
    }
    await connector.waitForActivations(['elsewhere-1'], DELAY_MS + 4000);
    const late = Date.now() - dueAt;
    if (process.env.SESAME_FIGURES) console.log(`second connection: notice ${late} ms after the due time (delay ${DELAY_MS} ms)`);
    expect(late).toBeLessThan(2500);
    expect(sesame.store.access.listGrants()).toMatchObject([{ niss: MARIE, status: 'active' }]);
  });

  it('a bulk grant from the CLI becomes active within seconds of its due time', async () => {
    const dbFile = sesame.store.db.name;
    let out = '';
    const written = Date.now();
    const code = await runCli(['grants', 'bulk', '--as', 'demo-manager', '--entity', '710087-50', '--application', 'HOSPISUP', '--niss', JAN, '--yes'], {
      stdout: (s) => (out += s),
      stderr: (s) => (out += s),
      env: { SESAME_DB: dbFile, SESAME_DEMO: '0', ACTIVATION_DELAY: `${DELAY_MS}ms`, MAIL_DIR: join(tmp.dir, 'mail') },
    });
    expect({ code, out }).toMatchObject({ code: 0 });
    const active = () => sesame.store.access.listGrants().find((g) => g.niss === JAN)?.status === 'active';
    while (!active() && Date.now() - written < DELAY_MS + 4000) await sleep(50);
    const grant = sesame.store.access.listGrants().find((g) => g.niss === JAN)!;
    expect(grant.status).toBe('active');
    const late = Date.parse(grant.activatedAt!) - Date.parse(grant.activeAt);
    if (process.env.SESAME_FIGURES) console.log(`CLI grants bulk: active ${late} ms after the due time`);
    expect(late).toBeLessThan(2500);
  });
});

describe('an idle server', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('uses next to no CPU while it waits (the commit check costs one integer read a second)', async () => {
    const server = new ChildServer({ SESAME_DB: join(tmp.dir, 'idle.db'), LOG_LEVEL: 'info' });
    const url = await server.start();
    try {
      const cpu = async () => sampleValue(parsePrometheusText(await (await fetch(`${url}/metrics`)).text()), 'process_cpu_seconds_total')!;
      // Start-up work (migrations, catalog, first prune) is over.
      await sleep(1000);
      const before = await cpu();
      await sleep(10_000);
      const used = (await cpu()) - before;
      if (process.env.SESAME_FIGURES) console.log(`idle server: ${(used * 1000).toFixed(1)} ms of CPU in 10 s (${((used / 10) * 100).toFixed(2)} %)`);
      expect(used).toBeLessThan(0.2);
    } finally {
      await server.stop();
    }
  }, 40_000);
});
