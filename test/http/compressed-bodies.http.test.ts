import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sesame } from '../../src/app';
import { connectorKeyOf, connectorPath } from '../../src/directline/routes';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { DirectLineClient } from '../support/directline';
import { bomb } from '../support/bombs';
import { storeDigest } from '../support/store-digest';
import { portOf, rawMessage, rawRequest } from '../support/raw-http';

/**
 * Issue 13, item 2: a body costs what it weighs. restify's bodyParser checked its limit against
 * the compressed bytes (243 kB of gzip became 250 MB); now no route inflates anything (415) and
 * every body is cut at its limit as it streams (413).
 */
const SECRET = 'compressed-bodies-secret-'.padEnd(48, 'x');
let tmp: ReturnType<typeof tempDir>;
let sesame: Sesame;
let port: number;
let dl: DirectLineClient;
let invitation: string;

beforeAll(async () => {
  tmp = tempDir();
  sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { directLineSecret: SECRET }));
  port = portOf(sesame.url);
  dl = await DirectLineClient.demo(sesame.url);
  await dl.start();
  await dl.botReplies(1); // the welcome
  await sesame.invitations.flush();
  // The demo's invited user got a link at start-up: the password form is reached with it.
  const mails = readdirSync(join(tmp.dir, 'mail')).map((f) => readFileSync(join(tmp.dir, 'mail', f), 'utf8'));
  invitation = /\/password\/([\w-]{43})/.exec(mails.join('\n'))![1]!;
});
afterAll(async () => {
  await sesame.close();
  tmp.cleanup();
});

/** Every route that takes a body, with what it takes to get past its own checks to the body. */
const routes = (): { name: string; target: string; headers: [string, string][] }[] => [
  { name: 'Bot Framework messages (local mode)', target: '/api/messages', headers: [] },
  { name: 'Direct Line activities', target: `/v3/directline/conversations/${dl.conversationId}/activities`, headers: [['Authorization', `Bearer ${dl.token}`]] },
  { name: 'Direct Line token exchange', target: '/v3/directline/tokens/generate', headers: [['Authorization', `Bearer ${SECRET}`]] },
  { name: 'web chat demo token', target: '/api/webchat/token', headers: [] },
  { name: "the bot's connector", target: `${connectorPath(connectorKeyOf(SECRET))}/v3/conversations/${dl.conversationId}/activities`, headers: [] },
  { name: 'password form', target: `/password/${invitation}`, headers: [] },
];

const typeOf = (target: string) => (target.startsWith('/password/') ? 'application/x-www-form-urlencoded' : 'application/json');
const send = async (route: ReturnType<typeof routes>[number], headers: [string, string][], body: Buffer) =>
  (await rawRequest(port, [rawMessage('POST', route.target, [['Host', '127.0.0.1'], ['Content-Type', typeOf(route.target)], ...route.headers, ...headers], body)], { timeoutMs: 10_000 })).status;

describe('compressed and oversized bodies', () => {
  it('refuses gzip, deflate and any other encoding with 415 on every route, and changes nothing', async () => {
    const gzip = await bomb('gzip');
    const deflate = await bomb('deflate');
    const before = storeDigest(sesame.store.db, { exclude: ['directline_activities'] });
    for (const route of routes()) {
      for (const [encoding, body] of [['gzip', gzip], ['deflate', deflate], ['x-gzip', gzip], ['GZIP', gzip], ['br', Buffer.from('abc')], ['gzip, identity', gzip]] as const) {
        const status = await send(route, [['Content-Encoding', encoding], ['Content-Length', String(body.length)]], body);
        expect({ route: route.name, encoding, status }).toEqual({ route: route.name, encoding, status: 415 });
      }
    }
    expect(storeDigest(sesame.store.db, { exclude: ['directline_activities'] })).toBe(before);
    // The invitation is still unused: a refused body consumed nothing.
    expect(sesame.store.db.prepare(`SELECT status FROM users WHERE username = 'lmertens'`).get()).toEqual({ status: 'invited' });
  });

  it('refuses a body over its limit with 413, declared or chunked, on every route', async () => {
    const big = Buffer.alloc(300 * 1024, 0x20);
    const chunked = Buffer.concat([Buffer.from(`${big.length.toString(16)}\r\n`), big, Buffer.from('\r\n0\r\n\r\n')]);
    for (const route of routes()) {
      expect({ route: route.name, status: await send(route, [['Content-Length', String(big.length)]], big) }).toEqual({ route: route.name, status: 413 });
      expect({ route: route.name, status: await send(route, [['Transfer-Encoding', 'chunked']], chunked) }).toEqual({ route: route.name, status: 413 });
    }
  });

  it('keeps the server within 50 MB of RSS through 20 bombs, and it answers normally after', async () => {
    const bombs = [await bomb('gzip'), await bomb('deflate')];
    const all = routes();
    global.gc?.();
    const before = process.memoryUsage().rss;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const body = bombs[i % 2]!;
        return send(all[i % all.length]!, [['Content-Encoding', i % 2 ? 'deflate' : 'gzip'], ['Content-Length', String(body.length)]], body);
      }),
    );
    const after = process.memoryUsage().rss;
    if (process.env.HTTP_EDGE_FIGURES) process.stdout.write(`RSS before 20 bombs ${(before / 2 ** 20).toFixed(1)} MB, after ${(after / 2 ** 20).toFixed(1)} MB\n`);
    expect(after - before).toBeLessThan(50 * 2 ** 20);
    const reply = await dl.say('bonjour');
    expect(reply.channelData?.sesame?.expecting).toBe('entity');
  });
});
