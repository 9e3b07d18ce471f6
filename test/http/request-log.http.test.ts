import { Writable } from 'node:stream';
import { join } from 'node:path';
import { startSesame, type Sesame } from '../../src/app';
import { createLogger } from '../../src/logger';
import { tempDir, testConfig } from '../support/harness';
import { findLeaks } from '../support/privacy/scan';

/** A refused request is logged with the route it matched, never its path (ids, tokens, a NISS typed in). */
describe('request logs name the route', () => {
  let dir: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const lines: string[] = [];

  beforeEach(async () => {
    dir = tempDir();
    lines.length = 0;
    const stream = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
    sesame = await startSesame(testConfig(join(dir.dir, 'sesame.db')), createLogger('debug', stream));
  });
  afterEach(async () => {
    await sesame.close();
    dir.cleanup();
  });

  const refusals = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request refused');

  it.each([
    ['GET', '/users/85%2E07%2E30%2D033%2E28?mail=marie.dupont%40example.org', undefined, '(no route)', 404],
    ['GET', '/users/85073003328', undefined, '(no route)', 404],
    ['POST', '/v3/directline/conversations/85073003328/activities', '{"text": "85.07.30-033.28" oops', '/v3/directline/conversations/:conversationId/activities', 401],
    ['POST', '/password/85_07_30_033_28', 'password=x', '/password/:token', 404],
  ] as const)('%s %s → %s', async (method, path, body, route, status) => {
    const res = await fetch(`${sesame.url}${path}`, {
      method,
      ...(body === undefined ? {} : { body, headers: { 'content-type': body.startsWith('{') ? 'application/json' : 'text/x-unknown' } }),
    });
    expect(res.status).toBe(status);
    const [refused] = refusals();
    expect(refused).toMatchObject({ method, route, status });
    expect(refused).not.toHaveProperty('url');
    const all = lines.join('');
    expect(all).not.toContain(path.split('?')[0]);
    expect(findLeaks(all)).toEqual([]);
  });
});
