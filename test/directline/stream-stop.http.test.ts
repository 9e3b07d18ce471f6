import type { Sesame } from '../../src/app';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { DirectLineClient, openStream } from '../support/directline';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';

describe('web chat streams when the server stops', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it('are counted while open, then closed with 1012 (service restart), which Web Chat reconnects on; requests meanwhile get 503', async () => {
    const client = await DirectLineClient.demo(sesame.url);
    await client.start();
    const stream = await openStream(client.streamUrl);
    await stream.next(1);
    const scraped = parsePrometheusText(await (await fetch(`${sesame.url}/metrics`)).text());
    expect(sampleValue(scraped, 'sesame_directline_streams_open')).toBe(1);

    const closed = new Promise<{ code: number; reason: string }>((resolve) => stream.ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
    const stopping = sesame.close();
    // directlinejs reconnects through this call: a 503 makes it try again later, a 404 would end the chat.
    const reconnect = await client.request('GET', `/conversations/${client.conversationId}`);
    expect(reconnect.status).toBe(503);
    expect(reconnect.headers.get('retry-after')).toBe('5');
    expect(await closed).toEqual({ code: 1012, reason: 'service restart' });
    await stopping;
  });
});
