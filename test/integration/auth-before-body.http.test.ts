import type { Sesame } from '../../src/app';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { APP_ID, keyPair, OpenIdStub, SERVICE_URL, token } from '../support/openid-stub';
import { portOf, rawMessage, rawRequest } from '../support/raw-http';
import { bomb } from '../support/bombs';
import { storeDigest } from '../support/store-digest';

/**
 * Issue 13, item 3: with MicrosoftAppId set, /api/messages answers 401 to a request without a
 * valid token whatever its body, content type, encoding or size: the token is checked from the
 * header before a byte of the body is read (before, the global body parser answered 400, 413 or
 * 415 first, and inflated gzip before anyone was authenticated).
 */
const trusted = keyPair();
const forger = keyPair();
let stub: OpenIdStub;
let tmp: ReturnType<typeof tempDir>;
let sesame: Sesame;
let port: number;
let consoleError: jest.SpyInstance;

beforeAll(async () => {
  // botbuilder prints refused tokens with console.error; the statuses say what matters.
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  stub = new OpenIdStub(trusted.publicKey, 'trusted-key');
  await stub.start();
  tmp = tempDir();
  sesame = await startTestSesame(
    testConfig(`${tmp.dir}/sesame.db`, {
      bot: { appId: APP_ID, appPassword: 'not-used-offline', appType: 'MultiTenant', tenantId: '', openIdMetadataUrl: `${stub.url}/openid` },
    }),
  );
  port = portOf(sesame.url);
  await sesame.invitations.flush();
});
afterAll(async () => {
  await sesame.close();
  await stub.stop();
  tmp.cleanup();
  consoleError.mockRestore();
});

const activity = JSON.stringify({
  type: 'message', id: 'a-1', channelId: 'msteams', serviceUrl: SERVICE_URL, deliveryMode: 'expectReplies',
  conversation: { id: 'a:personal-auth' }, from: { id: '29:demo', name: 'Sophie' }, recipient: { id: `28:${APP_ID}` }, locale: 'fr-BE', text: 'bonjour',
});
const host: [string, string] = ['Host', '127.0.0.1'];

/** Every kind of body a caller without a token might send, as raw bytes. */
async function bodies(): Promise<{ name: string; headers: [string, string][]; body: Buffer }[]> {
  const gzip = await bomb('gzip');
  const deflate = await bomb('deflate');
  const json = Buffer.from(activity);
  return [
    { name: 'a valid activity', headers: [['Content-Type', 'application/json'], ['Content-Length', String(json.length)]], body: json },
    { name: 'invalid JSON', headers: [['Content-Type', 'application/json'], ['Content-Length', '1']], body: Buffer.from('{') },
    { name: 'a wrong content type', headers: [['Content-Type', 'application/xml'], ['Content-Length', '7']], body: Buffer.from('<a></a>') },
    { name: 'no content type', headers: [['Content-Length', String(json.length)]], body: json },
    { name: 'a gzip bomb', headers: [['Content-Type', 'application/json'], ['Content-Encoding', 'gzip'], ['Content-Length', String(gzip.length)]], body: gzip },
    { name: 'a deflate bomb', headers: [['Content-Type', 'application/json'], ['Content-Encoding', 'deflate'], ['Content-Length', String(deflate.length)]], body: deflate },
    { name: 'an unknown encoding', headers: [['Content-Type', 'application/json'], ['Content-Encoding', 'br'], ['Content-Length', '3']], body: Buffer.from('xyz') },
    { name: 'a chunked body', headers: [['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked']], body: Buffer.from(`${json.length.toString(16)}\r\n${activity}\r\n0\r\n\r\n`) },
    { name: 'a 2 MB body', headers: [['Content-Type', 'application/json'], ['Content-Length', String(2 << 20)]], body: Buffer.alloc(2 << 20, 0x20) },
    { name: 'an empty body', headers: [['Content-Length', '0']], body: Buffer.alloc(0) },
  ];
}

const AUTHORIZATIONS: [string, () => [string, string][]][] = [
  ['no token', () => []],
  ['a garbage token', () => [['Authorization', 'Bearer garbage']]],
  ['a Basic header', () => [['Authorization', 'Basic dXNlcjpwYXNz']]],
  ['a token signed by another key', () => [['Authorization', `Bearer ${token(forger.privateKey, 'trusted-key')}`]]],
  ['a token for another bot', () => [['Authorization', `Bearer ${token(trusted.privateKey, 'trusted-key', { aud: 'someone-else' })}`]]],
];

describe('/api/messages in authenticated mode, before the body', () => {
  it.each(AUTHORIZATIONS)('answers 401 to %s whatever the body', async (_name, authorization) => {
    const before = storeDigest(sesame.store.db);
    for (const b of await bodies()) {
      const { status } = await rawRequest(port, [rawMessage('POST', '/api/messages', [host, ...authorization(), ...b.headers], b.body)]);
      expect({ body: b.name, status }).toEqual({ body: b.name, status: 401 });
    }
    expect(storeDigest(sesame.store.db)).toBe(before);
  });

  it('answers 401 before the body is even sent: a declared 100 MB, a chunked body still streaming', async () => {
    const declared = await rawRequest(port, [rawMessage('POST', '/api/messages', [host, ['Content-Type', 'application/json'], ['Content-Length', String(100 << 20)]])], { timeoutMs: 3000 });
    expect(declared.status).toBe(401);
    const head = rawMessage('POST', '/api/messages', [host, ['Authorization', 'Bearer garbage'], ['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked']], '5\r\n{"a":\r\n');
    // The rest would take 20 s to arrive: the answer comes first.
    const streaming = await rawRequest(port, [head, ...Array.from({ length: 100 }, () => '1\r\n \r\n')], { pauseMs: 200, timeoutMs: 3000 });
    expect(streaming.status).toBe(401);
  });

  it('with a valid token, the body is then read and judged: 415, 413, 400, or 401 for another serviceUrl', async () => {
    const authorization: [string, string] = ['Authorization', `Bearer ${token(trusted.privateKey, 'trusted-key')}`];
    const statusOf = async (headers: [string, string][], body: string | Buffer) => (await rawRequest(port, [rawMessage('POST', '/api/messages', [host, authorization, ...headers], body)])).status;
    const gzip = await bomb('gzip');
    expect(await statusOf([['Content-Type', 'application/json'], ['Content-Encoding', 'gzip'], ['Content-Length', String(gzip.length)]], gzip)).toBe(415);
    expect(await statusOf([['Content-Type', 'application/json'], ['Content-Length', String(2 << 20)]], Buffer.alloc(2 << 20, 0x20))).toBe(413);
    expect(await statusOf([['Content-Type', 'text/plain'], ['Content-Length', '2']], '{}')).toBe(415);
    expect(await statusOf([['Content-Type', 'application/json'], ['Content-Length', '1']], '{')).toBe(400);
    const elsewhere = activity.replace(SERVICE_URL, 'https://elsewhere.example/');
    expect(await statusOf([['Content-Type', 'application/json'], ['Content-Length', String(elsewhere.length)]], elsewhere)).toBe(401);
    expect(await statusOf([['Content-Type', 'application/json'], ['Content-Length', String(activity.length)]], activity)).toBe(200);
  });
});
