import { connect } from 'node:net';
import { ChildServer } from '../support/child-server';
import { tempDir } from '../support/harness';

describe('a stop that cannot finish', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('exits after 10 s anyway, with exit code 1 and a log line saying so', async () => {
    const server = new ChildServer({ SESAME_DB: `${tmp.dir}/forced.db` });
    const url = new URL(await server.start());
    // A request whose body never comes: it is under way, and the stop waits for it.
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('error', () => undefined);
    socket.write('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
    await new Promise((r) => setTimeout(r, 300));

    const t0 = performance.now();
    const exit = await server.stop();
    const ms = performance.now() - t0;
    socket.destroy();
    expect(exit).toEqual({ code: 1, signal: null });
    expect(ms).toBeGreaterThanOrEqual(9_900);
    expect(ms).toBeLessThan(12_000);
    const entries = server.log.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg?: string; afterMs?: number });
    expect(entries.find((e) => e.msg === 'shutdown did not finish in time: exiting without it')).toMatchObject({ afterMs: 10_000 });
  }, 60_000);
});
