import {
  AuthenticationConstants, BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory, type AuthenticateRequestResult,
  type ConnectorClient, type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { CachingBotFrameworkAuthentication } from '../../src/bot/client-cache';
import { FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';

/** An inner authentication that counts what it builds. */
class CountingAuth extends BotFrameworkAuthentication {
  created: string[] = [];
  tokenClients = 0;
  failNext = false;
  private factory(appId: string): ConnectorFactory {
    const self = this;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (self.failNext) {
          self.failNext = false;
          throw new Error('token service down');
        }
        self.created.push(`${appId} ${serviceUrl} ${audience}`);
        return { serviceUrl, audience, appId } as unknown as ConnectorClient;
      }
    })();
  }
  async authenticateRequest(activity: Activity): Promise<AuthenticateRequestResult> {
    const appId = (activity.recipient?.id ?? '') as string;
    return { audience: `aud-${appId}`, claimsIdentity: identity(appId), connectorFactory: this.factory(appId) } as AuthenticateRequestResult;
  }
  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  createConnectorFactory(claims: ClaimsIdentity): ConnectorFactory {
    return this.factory(claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '');
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    this.tokenClients += 1;
    return {} as UserTokenClient;
  }
}

const identity = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }, { type: AuthenticationConstants.AppIdClaim, value: appId }], true);
const activity = (appId: string, serviceUrl: string) => ({ recipient: { id: appId }, serviceUrl }) as unknown as Activity;

describe('one connector client per (app id, service URL, audience)', () => {
  it('reuses a client for the same key and builds one for each other key', async () => {
    const inner = new CountingAuth();
    const auth = new CachingBotFrameworkAuthentication(inner);
    const client = async (appId: string, url: string, audience?: string) => {
      const r = await auth.authenticateRequest(activity(appId, url), '');
      return r.connectorFactory!.create(url, audience ?? r.audience);
    };
    const a1 = await client('app-1', 'https://smba.example/emea/');
    const a2 = await client('app-1', 'https://smba.example/emea/');
    expect(a2).toBe(a1);
    const otherUrl = await client('app-1', 'https://smba.example/amer/');
    const otherApp = await client('app-2', 'https://smba.example/emea/');
    const otherAudience = await client('app-1', 'https://smba.example/emea/', 'api://other');
    expect(new Set([a1, otherUrl, otherApp, otherAudience]).size).toBe(4);
    expect(otherUrl).toMatchObject({ serviceUrl: 'https://smba.example/amer/' });
    expect(otherApp).toMatchObject({ appId: 'app-2' });
    expect(inner.created).toHaveLength(4);
    // Proactive sends (continueConversation) go through createConnectorFactory: same cache.
    expect(await auth.createConnectorFactory(identity('app-1')).create('https://smba.example/emea/', 'aud-app-1')).toBe(a1);
  });

  it('builds one user-token client per app id', async () => {
    const inner = new CountingAuth();
    const auth = new CachingBotFrameworkAuthentication(inner);
    await auth.createUserTokenClient(identity('a'));
    await auth.createUserTokenClient(identity('a'));
    await auth.createUserTokenClient(identity('b'));
    expect(inner.tokenClients).toBe(2);
  });

  it('keeps no failed creation, and stays bounded whatever service URLs requests carry', async () => {
    const inner = new CountingAuth();
    const auth = new CachingBotFrameworkAuthentication(inner, 10);
    const factory = auth.createConnectorFactory(identity('a'));
    inner.failNext = true;
    await expect(factory.create('https://x/', 'aud')).rejects.toThrow('token service down');
    await expect(factory.create('https://x/', 'aud')).resolves.toMatchObject({ serviceUrl: 'https://x/' });
    for (let i = 0; i < 50; i++) await factory.create(`https://attacker-${i}/`, 'aud');
    expect(auth.connectorCount).toBe(10);
  });
});

describe('the bot in local mode, replies and notices to several service URLs', () => {
  it('sends each reply and each notice to the service URL of its own conversation', async () => {
    const tmp = tempDir();
    const [emea, amer] = [new FakeConnector(), new FakeConnector()];
    await emea.start();
    await amer.start();
    const sesame = await startTestSesame(testConfig(`${tmp.dir}/s.db`, { activationDelayMs: 300 }));
    try {
      const post = (conversation: string, serviceUrl: string, text: string, i: number) =>
        fetch(`${sesame.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message', id: `${conversation}-${i}`, channelId: 'test', serviceUrl, conversation: { id: conversation },
            from: { id: 'demo-manager' }, recipient: { id: 'sesame' }, locale: 'fr-BE', text,
          }),
        });
      const walk = ['bonjour', '2', '1', '85073003328', 'oui', 'hospisup', 'oui'];
      const walk2 = ['bonjour', '2', '1', '90041212377', 'oui', 'hospisup', 'oui'];
      for (let i = 0; i < walk.length; i++) {
        // Interleaved: the same cached clients serve both regions turn after turn.
        expect((await post('conv-emea', emea.url, walk[i]!, i)).status).toBeLessThan(300);
        expect((await post('conv-amer', amer.url, walk2[i]!, i)).status).toBeLessThan(300);
      }
      await emea.waitFor(walk.length + 1);
      await amer.waitFor(walk.length + 1);
      expect(new Set(emea.received.map((r) => r.conversationId))).toEqual(new Set(['conv-emea']));
      expect(new Set(amer.received.map((r) => r.conversationId))).toEqual(new Set(['conv-amer']));
      expect(String(emea.received.at(-1)!.activity.text)).toContain('Marie Dupont');
      expect(String(amer.received.at(-1)!.activity.text)).toContain('Jan Peeters');
    } finally {
      await sesame.close();
      await emea.stop();
      await amer.stop();
      tmp.cleanup();
    }
  });
});
