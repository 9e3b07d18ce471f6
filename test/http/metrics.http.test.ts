import type { Sesame } from '../../src/app';
import { ChatClient, FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';
import { parsePrometheusText, sampleValue, type Family } from '../support/prometheus-text';
import { servicesOf } from '../../src/services';

const HOSPISUP_FOR_MARIE = ['bonjour', '2', '1', '85.07.30-033.28', 'oui', 'hospisup', 'oui'];
const TOKEN = 'metrics-token-for-the-tests-0123456789';

describe('/metrics and /readyz', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame | undefined;
  let connector: FakeConnector;

  beforeEach(async () => {
    tmp = tempDir();
    connector = new FakeConnector();
    await connector.start();
  });
  afterEach(async () => {
    await sesame?.close();
    sesame = undefined;
    await connector.stop();
    tmp.cleanup();
  });

  const start = async (overrides: Parameters<typeof testConfig>[1] = {}) => {
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, overrides));
    return sesame;
  };
  const scrape = async (s: Sesame, headers: Record<string, string> = {}): Promise<Map<string, Family>> => {
    const res = await fetch(`${s.url}/metrics`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await res.text());
  };

  it('counts turns, grants, activations, refusals and outboxes, in a format Prometheus reads', async () => {
    const s = await start({ activationDelayMs: 300 });
    const before = await scrape(s);
    expect(sampleValue(before, 'sesame_turns_total', { channel: 'test', outcome: 'ok' })).toBeUndefined();
    expect(sampleValue(before, 'sesame_errors_total', { kind: 'turn' })).toBe(0);
    expect(sampleValue(before, 'sesame_grants', { status: 'pending' })).toBe(0);

    const chat = new ChatClient(() => s.url, 'metrics-1', { serviceUrl: connector.url });
    await chat.walk(HOSPISUP_FOR_MARIE);
    await connector.waitForActivations(['metrics-1'], 5000);
    // A helpdesk agent may not grant: the refusal is audited, and counted.
    const helpdesk = s.store.people.managerByChannelUserId('demo-helpdesk')!;
    const entity = s.store.catalog.entityByInami('710087-50')!;
    expect(() => servicesOf(s.store).authorizer.authorize(helpdesk.id, ['grantAccess'], { entityId: entity.id })).toThrow();

    const after = await scrape(s);
    expect(sampleValue(after, 'sesame_turns_total', { channel: 'test', outcome: 'ok' })).toBe(HOSPISUP_FOR_MARIE.length);
    expect(sampleValue(after, 'sesame_turn_duration_seconds_count', { channel: 'test' })).toBe(HOSPISUP_FOR_MARIE.length);
    expect(sampleValue(after, 'sesame_turn_duration_seconds_sum', { channel: 'test' })).toBeGreaterThan(0);
    expect(sampleValue(after, 'sesame_grants', { status: 'active' })).toBe(1);
    expect(sampleValue(after, 'sesame_grants', { status: 'pending' })).toBe(0);
    expect(sampleValue(after, 'sesame_activation_lag_seconds_count')).toBe(1);
    // Activated on its timer, not minutes late.
    expect(sampleValue(after, 'sesame_activation_lag_seconds_bucket', { le: '1' })).toBe(1);
    expect(sampleValue(after, 'sesame_refusals_total', { action: 'grantAccess' })).toBe(1);
    expect(sampleValue(after, 'sesame_outbox_depth', { outbox: 'notices' })).toBe(0);
    expect(sampleValue(after, 'sesame_outbox_oldest_age_seconds', { outbox: 'mail' })).toBe(0);
    expect(sampleValue(after, 'sesame_directline_streams_open')).toBe(0);
    expect(sampleValue(after, 'sesame_errors_total', { kind: 'turn' })).toBe(0);
    expect(after.get('sesame_turns_total')!.type).toBe('counter');
    expect(after.get('sesame_turn_duration_seconds')!.type).toBe('histogram');
    // The process's own metrics (collectDefaultMetrics).
    expect(sampleValue(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(after.get('nodejs_eventloop_lag_seconds')?.type).toBe('gauge');

    // How long a scrape takes: printed with SESAME_FIGURES=1, never asserted (docs/testing.md).
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await (await fetch(`${s.url}/metrics`)).text();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    if (process.env.SESAME_FIGURES) console.log(`/metrics scrape: median ${times[10]!.toFixed(2)} ms, max ${times[19]!.toFixed(2)} ms`);
  });

  it('does not let a caller create a series per channel id', async () => {
    const s = await start();
    for (const channelId of ['made-up-1', 'made-up-2']) {
      const res = await fetch(`${s.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: channelId, channelId, deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `c-${channelId}` }, from: { id: 'demo-manager' }, recipient: { id: 'sesame' }, text: 'bonjour' }),
      });
      expect(res.status).toBe(200);
    }
    const families = await scrape(s);
    expect(sampleValue(families, 'sesame_turns_total', { channel: 'other', outcome: 'ok' })).toBe(2);
    expect(families.get('sesame_turns_total')!.samples.map((x) => x.labels.channel)).toEqual(['other']);
  });

  it('readyz: 200 on a healthy store, 503 saying what fails with a migration pending or the database closed', async () => {
    const s = await start();
    const ready = await fetch(`${s.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { ready: boolean; schemaVersion: number };
    expect(body).toEqual({ ready: true, schemaVersion: 800 });

    // The schema behind the code, as after a deployment whose migrations did not run.
    s.store.db.pragma('user_version = 710');
    const behind = await fetch(`${s.url}/readyz`);
    expect(behind.status).toBe(503);
    expect(await behind.json()).toEqual({ ready: false, database: 'migrations pending', schemaVersion: 710, pendingMigrations: ['0720-refusals-index.sql', '0800-outbox-leases.sql'] });
    s.store.db.pragma('user_version = 800');

    s.store.db.close();
    const closed = await fetch(`${s.url}/readyz`);
    expect(closed.status).toBe(503);
    expect(await closed.json()).toEqual({ ready: false, database: 'closed' });
    // /metrics still answers, without the series read from the database; /healthz is liveness only.
    const families = await scrape(s);
    expect(sampleValue(families, 'sesame_grants', { status: 'pending' })).toBeUndefined();
    expect(sampleValue(families, 'sesame_directline_streams_open')).toBe(0);
  });

  it('with SESAME_METRICS_TOKEN, both routes want it as a Bearer token; without, they are open', async () => {
    const s = await start({ metricsToken: TOKEN });
    for (const path of ['/metrics', '/readyz']) {
      expect((await fetch(`${s.url}${path}`)).status).toBe(401);
      const wrong = await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}x` } });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
      expect((await fetch(`${s.url}${path}`, { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
      expect((await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    }
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    await s.close();

    sesame = await start();
    expect((await fetch(`${sesame.url}/metrics`)).status).toBe(200);
    expect((await fetch(`${sesame.url}/readyz`)).status).toBe(200);
  });
});
