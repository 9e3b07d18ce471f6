import type { Sesame } from '../../src/app';
import { loadConfig } from '../../src/config';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { portOf, rawMessage, rawRequest } from '../support/raw-http';

/**
 * Issue 13, item 12: the chat page is framed only by the origins configured to embed it; every
 * answer (page, API, asset, 404, refusals) says nosniff and no-referrer, and none names the
 * framework that served it.
 */
const INTRANET = 'https://intranet.hospital.be';
let tmp: ReturnType<typeof tempDir>;
let sesame: Sesame;

beforeAll(async () => {
  tmp = tempDir();
  sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { frameAncestors: [INTRANET, 'https://*.iris-sud.be'] }));
});
afterAll(async () => {
  await sesame.close();
  tmp.cleanup();
});

const json = { 'content-type': 'application/json' };
const ANSWERS: [string, string, RequestInit, number][] = [
  ['the web chat page', '/', {}, 200],
  ['a static asset', '/web/sesame-chat.js', {}, 200],
  ['the API index', '/api', {}, 200],
  ['health', '/healthz', {}, 200],
  ['an unknown route (restify 404)', '/nope', {}, 404],
  ['a wrong method (restify 405)', '/api/messages', { method: 'GET' }, 405],
  ['an unknown asset', '/web/nope.js', {}, 404],
  ['a malformed path', '/web/%ZZ', {}, 400],
  ['an invalid activity', '/api/messages', { method: 'POST', headers: json, body: '{}' }, 400],
  ['invalid JSON', '/api/messages', { method: 'POST', headers: json, body: '{' }, 400],
  ['a compressed body', '/api/messages', { method: 'POST', headers: { ...json, 'content-encoding': 'gzip' }, body: 'x' }, 415],
  ['a body too large', '/api/messages', { method: 'POST', headers: json, body: ' '.repeat(300 * 1024) }, 413],
  ['a forged Direct Line token', '/v3/directline/conversations', { method: 'POST', headers: { authorization: 'Bearer forged' } }, 401],
  ['a CORS preflight', '/v3/directline/conversations', { method: 'OPTIONS' }, 204],
  ['an unknown password link', '/password/unknown', {}, 404],
];

describe('response headers', () => {
  it.each(ANSWERS)('%s: nosniff, no-referrer, a CSP, and no banner', async (_name, path, init, status) => {
    const res = await fetch(`${sesame.url}${path}`, init);
    await res.arrayBuffer();
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors /);
    for (const banner of ['server', 'x-powered-by', 'x-aspnet-version', 'x-runtime', 'via']) expect({ banner, value: res.headers.get(banner) }).toEqual({ banner, value: null });
  });

  it('lets only this server and the configured origins frame the page; nothing frames the rest', async () => {
    const page = (await fetch(`${sesame.url}/`)).headers.get('content-security-policy')!;
    expect(page.split('; ')).toContain(`frame-ancestors 'self' ${INTRANET} https://*.iris-sud.be`);
    expect(page).toMatch(/script-src 'self'(;|$)/);
    const api = (await fetch(`${sesame.url}/api`)).headers.get('content-security-policy');
    expect(api).toBe("default-src 'none'; frame-ancestors 'none'");
    const form = (await fetch(`${sesame.url}/password/unknown`)).headers;
    expect(form.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it('sends no banner on refused upgrades or on answers node itself gives', async () => {
    const port = portOf(sesame.url);
    for (const bytes of [
      rawMessage('GET', '/v3/directline/conversations/x/stream', [['Host', 'h'], ['Upgrade', 'websocket'], ['Connection', 'Upgrade']]),
      rawMessage('GET', '/', [['Host', 'h']], '', 'HTTP/9.9'),
      Buffer.from('NONSENSE\r\n\r\n'),
    ]) {
      const { status, head } = await rawRequest(port, [bytes]);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(head).not.toMatch(/^(server|x-powered-by):/im);
    }
  });

  it('takes SESAME_FRAME_ANCESTORS as space-separated origins and refuses anything else by name', () => {
    expect(loadConfig({}).frameAncestors).toEqual([]);
    expect(loadConfig({ SESAME_FRAME_ANCESTORS: ' https://a.hospital.be  http://localhost:8080 https://*.iris-sud.be ' }).frameAncestors).toEqual([
      'https://a.hospital.be', 'http://localhost:8080', 'https://*.iris-sud.be',
    ]);
    for (const bad of ['https://a.be/path', "https://a.be; script-src *", "'unsafe-inline'", '*', 'javascript:alert(1)', 'a.be', 'https://a.be\r\nX: y']) {
      expect(() => loadConfig({ SESAME_FRAME_ANCESTORS: bad })).toThrow(/SESAME_FRAME_ANCESTORS/);
    }
  });
});
