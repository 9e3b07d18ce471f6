import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { DirectLineClient } from '../support/directline';
import { storeDigest } from '../support/store-digest';
import { portOf, rawMessage, rawRequest } from '../support/raw-http';

/**
 * Issue 13, item 1: no request stops the server. Every decoding of what a client sends (path,
 * query, upgrade, header) gets a 4xx, and the process answers normally afterwards. Before,
 * `GET /v3/directline/conversations/%ZZ/stream` with an Upgrade header ended the process.
 */
let tmp: ReturnType<typeof tempDir>;
let sesame: Sesame;
let port: number;
let dl: DirectLineClient;

beforeAll(async () => {
  tmp = tempDir();
  sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  port = portOf(sesame.url);
  dl = await DirectLineClient.demo(sesame.url);
  await dl.start();
  await sesame.invitations.flush();
});
afterAll(async () => {
  await sesame.close();
  tmp.cleanup();
});

const host: [string, string] = ['Host', '127.0.0.1'];
const upgrade = (target: string, extra: [string, string][] = []) =>
  rawMessage('GET', target, [host, ['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='], ['Sec-WebSocket-Version', '13'], ...extra]);

/** Bad escapes, invalid UTF-8 (a lone continuation byte, a cut sequence, an overlong '/', a surrogate), raw bytes. */
const BAD = ['%ZZ', '%', '%4', '%FF', '%C3%28', '%E0%A4', '%C0%AF', '%ED%A0%80', '%F4%90%80%80'];
const FAMILIES: ((bad: string) => [string, string])[] = [
  (bad: string) => ['POST', `/api/messages${bad}`],
  (bad: string) => ['POST', `/api/${bad}/messages`],
  (bad: string) => ['GET', `/v3/directline/conversations/${bad}/activities`],
  (bad: string) => ['POST', `/v3/directline/conversations/${bad}/activities`],
  (bad: string) => ['POST', `/v3/directline/tokens/${bad}`],
  (bad: string) => ['GET', `/password/${bad}`],
  (bad: string) => ['POST', `/password/abc${bad}`],
  (bad: string) => ['GET', `/${bad}`],
  (bad: string) => ['GET', `/web/${bad}`],
  (bad: string) => ['GET', `/web/webchat.js${bad}`],
  (bad: string) => ['GET', `/healthz/${bad}`],
];

describe('malformed request targets', () => {
  it.each(BAD)('path with %s: 400 on every route family', async (bad) => {
    for (const family of FAMILIES) {
      const [method, target] = family(bad);
      const { status } = await rawRequest(port, [rawMessage(method, target, [host, ['Content-Length', '0']])]);
      expect({ target, status }).toEqual({ target, status: 400 });
    }
  });

  it('refuses raw bytes outside ASCII in the path with 400', async () => {
    for (const target of ['/web/\xff', '/password/\xc3\xa9', '/\x80', '/api/messages\xe9']) {
      const { status } = await rawRequest(port, [rawMessage('GET', target, [host])]);
      // node's parser may refuse some bytes itself (400 too): either way never a crash.
      expect({ target, status }).toEqual({ target, status: 400 });
    }
  });

  it.each(['?lang=%ZZ', '?lang=%C3%28', '?%', '?watermark=%E0%A4&x=1', '?t=%ED%A0%80', '?a=%FF'])('query %s: 400 on every route family', async (query) => {
    for (const target of ['/', '/api', '/healthz', '/password/abc', '/web/sesame.css', `/v3/directline/conversations/${dl.conversationId}/activities`, '/api/messages']) {
      const { status } = await rawRequest(port, [rawMessage(target === '/api/messages' ? 'POST' : 'GET', `${target}${query}`, [host, ['Content-Length', '0']])]);
      expect({ target: `${target}${query}`, status }).toEqual({ target: `${target}${query}`, status: 400 });
    }
  });

  it('answers a WebSocket upgrade with a bad target 400 and closes, on several paths', async () => {
    const stream = `/v3/directline/conversations/${encodeURIComponent(dl.conversationId)}/stream`;
    const cases: [string, number][] = [
      ['/v3/directline/conversations/%ZZ/stream', 400],
      ['/v3/directline/conversations/%C3%28/stream?t=x', 400],
      ['/v3/directline/conversations/%ED%A0%80/stream', 400],
      [`${stream}?t=%ZZ`, 400],
      [`${stream}?t=${dl.token}&watermark=%E0%A4`, 400],
      ['/%ZZ', 400],
      ['/api/messages?%', 400],
      ['/v3/directline/conversations//stream', 404],
      ['/v3/directline/conversations/x/stream/%ZZ', 400],
      ['/api/messages', 404],
      [`${stream}?t=forged`, 401],
      // An escaped '/' stays inside the id: another conversation, which does not exist.
      [`/v3/directline/conversations/${encodeURIComponent(`${dl.conversationId}/x`)}/stream?t=${dl.token}`, 404],
    ];
    for (const [target, expected] of cases) {
      const { status } = await rawRequest(port, [upgrade(target)]);
      expect({ target, status }).toEqual({ target, status: expected });
    }
    // The stream itself still opens.
    expect((await rawRequest(port, [upgrade(`${stream}?t=${dl.token}`)])).status).toBe(101);
  });

  it('reads odd headers and cookies without failing: what a route uses gets its 4xx, the rest is ignored', async () => {
    const odd = ['%ZZ', '%C3%28', '\xff\xfe', '"; DROP', 'a'.repeat(2000)];
    for (const value of odd) {
      const headers: [string, string][] = [host, ['Cookie', `session=${value}; b=%E0%A4`], ['Accept-Language', value], ['Accept', `${value}/*;q=x`], ['X-Forwarded-Proto', value], ['Content-Length', '0']];
      const cases: [string, string, [string, string][], number][] = [
        ['GET', '/', headers, 200],
        ['GET', '/password/not-a-token', headers, 404],
        ['POST', '/api/messages', [...headers, ['Content-Type', `application/json; charset=${value}`]], 400],
        ['POST', '/api/messages', [...headers, ['Content-Type', value]], 400],
        ['POST', '/v3/directline/conversations', [...headers, ['Authorization', `Bearer ${value}`]], 401],
        ['POST', '/v3/directline/tokens/generate', [...headers, ['Authorization', value]], 401],
        ['GET', `/v3/directline/conversations/${dl.conversationId}`, [...headers, ['Authorization', `Bearer ${dl.token}`]], 200],
      ];
      for (const [method, target, h, expected] of cases) {
        const { status } = await rawRequest(port, [rawMessage(method, target, h)]);
        expect({ method, target, value: value.slice(0, 10), status }).toEqual({ method, target, value: value.slice(0, 10), status: expected });
      }
      const { status } = await rawRequest(port, [upgrade(`/v3/directline/conversations/${dl.conversationId}/stream`, [['Authorization', `Bearer ${value}`], ['Cookie', value]])]);
      expect(status).toBe(401);
    }
  });

  it('answers headers beyond 16 kB with 431, whatever the route', async () => {
    for (const target of ['/', '/api/messages', '/v3/directline/conversations', '/password/x']) {
      const { status } = await rawRequest(port, [rawMessage('GET', target, [host, ['Cookie', 'a'.repeat(20_000)]])]);
      expect({ target, status }).toEqual({ target, status: 431 });
    }
  });

  it('is still alive, answers normally and stored nothing', async () => {
    const before = storeDigest(sesame.store.db, { exclude: ['directline_activities'] });
    for (const bad of BAD) await rawRequest(port, [upgrade(`/v3/directline/conversations/${bad}/stream`)]);
    expect(storeDigest(sesame.store.db, { exclude: ['directline_activities'] })).toBe(before);
    expect(await (await fetch(`${sesame.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
    const [reply] = await new ChatClient(() => sesame.url, 'after-malformed').send('bonjour');
    expect(reply!.channelData?.sesame?.expecting).toBe('entity');
  });
});
