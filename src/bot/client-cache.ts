import {
  BotFrameworkAuthentication, ConnectorFactory, JwtTokenValidation, type AuthenticateRequestResult, type BotFrameworkClient,
  type ClaimsIdentity, type ConnectorClient, type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** A map that forgets its oldest entry past `max`: service URLs come from requests, so it must stay bounded. */
class Bounded<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return value;
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  get size(): number {
    return this.map.size;
  }
}

const appIdOf = (identity: ClaimsIdentity) => JwtTokenValidation.getAppIdFromClaims(identity.claims) ?? '';

/**
 * CloudAdapter builds a ConnectorClient and a UserTokenClient (each a whole Azure HTTP pipeline)
 * for every incoming activity, even with expectReplies where neither sends anything: a fifth of
 * a turn's CPU and much of its garbage. This wrapper hands out one client per (app id, service
 * URL, audience) and one user-token client per app id, and delegates everything else.
 *
 * Used in local mode only (no app id, no credentials: a client holds nothing that expires). In
 * authenticated mode a client holds credentials whose token refresh would have to be proved safe
 * against a token service first; see docs/benchmarks.md.
 */
export class CachingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors: Bounded<Promise<ConnectorClient>>;
  private readonly userTokens: Bounded<Promise<UserTokenClient>>;

  constructor(private readonly inner: BotFrameworkAuthentication, maxEntries = 256) {
    super();
    this.connectors = new Bounded(maxEntries);
    this.userTokens = new Bounded(maxEntries);
  }

  /** Number of distinct connector clients held (tests). */
  get connectorCount(): number {
    return this.connectors.size;
  }

  private caching(identity: ClaimsIdentity, factory: ConnectorFactory | undefined): ConnectorFactory | undefined {
    if (!factory) return factory;
    const appId = appIdOf(identity);
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = JSON.stringify([appId, serviceUrl, audience ?? '']);
        // A failed creation is not kept: the next activity tries again.
        return connectors.get(key, () => factory.create(serviceUrl, audience).catch((err: unknown) => {
          connectors.delete(key);
          throw err;
        }));
      }
    })();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: this.caching(result.claimsIdentity, result.connectorFactory)! };
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    return { ...result, connectorFactory: this.caching(result.claimsIdentity, result.connectorFactory)! };
  }

  override createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return this.caching(identity, this.inner.createConnectorFactory(identity))!;
  }

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(identity);
    return this.userTokens.get(key, () => this.inner.createUserTokenClient(identity).catch((err: unknown) => {
      this.userTokens.delete(key);
      throw err;
    }));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}
