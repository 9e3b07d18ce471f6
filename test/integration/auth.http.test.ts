import jwt from 'jsonwebtoken';
import type { Sesame } from '../../src/app';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { APP_ID, keyPair, OpenIdStub, SERVICE_URL, token } from '../support/openid-stub';

const activity = (text: string) => ({
  type: 'message',
  id: `a-${text}`,
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  deliveryMode: 'expectReplies',
  conversation: { id: 'a:personal-auth', conversationType: 'personal' },
  from: { id: '29:demo', aadObjectId: 'f0000000-0000-0000-0000-000000000001', name: 'Sophie' },
  recipient: { id: `28:${APP_ID}`, name: 'Sésame' },
  locale: 'fr-BE',
  text,
});

describe('/api/messages in authenticated mode', () => {
  const trusted = keyPair();
  let stub: OpenIdStub;
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    stub = new OpenIdStub(trusted.publicKey, 'trusted-key');
    await stub.start();
  });
  afterAll(() => stub.stop());

  beforeEach(async () => {
    // botbuilder prints every refused token with console.error; the assertions below say what matters.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    tmp = tempDir();
    sesame = await startTestSesame(
      testConfig(`${tmp.dir}/sesame.db`, {
        bot: { appId: APP_ID, appPassword: 'not-used-offline', appType: 'MultiTenant', tenantId: '', openIdMetadataUrl: `${stub.url}/openid` },
      }),
    );
    sesame.store.people.addManager({ channelUserId: '29:demo', aadObjectId: 'f0000000-0000-0000-0000-000000000001', name: 'Sophie Lambert' });
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
    consoleError.mockRestore();
  });

  const post = (body: object, authorization?: string) =>
    fetch(`${sesame.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });

  const nothingStored = () => {
    const count = (table: string) => (sesame.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect({ conversations: count('conversations'), processed: count('processed_activities'), grants: count('grants') }).toEqual({
      conversations: 0,
      processed: 0,
      grants: 0,
    });
  };

  it('refuses a request without a token with 401, before reading it, and stores nothing', async () => {
    const requestsBefore = stub.requests;
    const res = await post(activity('bonjour'));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('Unauthorized');
    // Even a malformed body gets 401, not a 400 that would describe it.
    expect((await post({ nonsense: true })).status).toBe(401);
    expect(stub.requests).toBe(requestsBefore);
    nothingStored();
  });

  it('refuses garbage and tokens from an unknown issuer without fetching any key', async () => {
    const requestsBefore = stub.requests;
    expect((await post(activity('bonjour'), 'Bearer garbage')).status).toBe(401);
    expect((await post(activity('bonjour'), 'Basic dXNlcjpwYXNz')).status).toBe(401);
    const stranger = keyPair();
    const foreign = jwt.sign({ serviceurl: SERVICE_URL }, stranger.privateKey, {
      algorithm: 'RS256', keyid: 'k', issuer: 'https://evil.example', audience: APP_ID, expiresIn: '5m',
    });
    expect((await post(activity('bonjour'), `Bearer ${foreign}`)).status).toBe(401);
    expect(stub.requests).toBe(requestsBefore);
    nothingStored();
  });

  it('refuses a token signed by a key the channel does not publish', async () => {
    const forger = keyPair();
    expect((await post(activity('bonjour'), `Bearer ${token(forger.privateKey, 'trusted-key')}`)).status).toBe(401);
    expect((await post(activity('bonjour'), `Bearer ${token(forger.privateKey, 'unknown-key')}`)).status).toBe(401);
    nothingStored();
  });

  it('refuses a genuine token meant for another bot or another service URL', async () => {
    expect((await post(activity('bonjour'), `Bearer ${token(trusted.privateKey, 'trusted-key', { aud: 'someone-else' })}`)).status).toBe(401);
    expect(
      (await post(activity('bonjour'), `Bearer ${token(trusted.privateKey, 'trusted-key', { serviceurl: 'https://elsewhere.example/' })}`)).status,
    ).toBe(401);
    nothingStored();
  });

  it('accepts a token signed by the channel and answers', async () => {
    const res = await post(activity('bonjour'), `Bearer ${token(trusted.privateKey, 'trusted-key')}`);
    expect(res.status).toBe(200);
    const { activities } = (await res.json()) as { activities: { text: string }[] };
    expect(activities[0]!.text).toMatch(/entité/);
  });

  it('says in /healthz that it is authenticated', async () => {
    const health = (await (await fetch(`${sesame.url}/healthz`)).json()) as { mode: string };
    expect(health.mode).toBe('authenticated');
  });
});
