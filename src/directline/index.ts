import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Store } from '../store/store';
import type { SesameBot } from '../bot/sesame-bot';
import type { Deliver } from '../activation/outbox-sender';
import { createAdapter, isLocalMode, proactiveDeliver } from '../bot/adapter';
import { TokenIssuer } from './tokens';
import { DIRECT_LINE_CHANNEL, DirectLineService } from './service';
import { connectorKeyOf, connectorPath, registerDirectLine } from './routes';
import { managerGate } from './manager-gate';

export interface DirectLineChannel {
  /** Proactive delivery: Direct Line conversations through this channel, the others through `other`. */
  deliver(other: Deliver): Deliver;
  tokens: TokenIssuer;
  /** Web chat streams open now. */
  openStreams(): number;
  /** Closes the streams with a code Web Chat reconnects on. */
  close(): Promise<void>;
}

/**
 * The web chat's channel, inside this server. Its adapter is a CloudAdapter like the Teams one,
 * without Bot Framework credentials: the channel is in-process and authenticates users itself
 * (its tokens), and its connector is this server, reached on the loopback.
 */
export function attachDirectLine(deps: {
  server: Server;
  store: Store;
  config: Config;
  bot: SesameBot;
  logger: Logger;
  /** This server's own address, known once it listens. */
  selfUrl: () => string;
}): DirectLineChannel {
  const { config, logger } = deps;
  const secret = config.directLineSecret ?? randomBytes(48).toString('base64url');
  if (!config.directLineSecret) logger.info('DIRECT_LINE_SECRET unset: web chat tokens are signed with a random secret for this run');
  const tokens = new TokenIssuer(secret);
  const localConfig: Config = { ...config, bot: { appId: '', appPassword: '', appType: '', tenantId: '' } };
  const adapter = createAdapter(localConfig, logger);
  const key = connectorKeyOf(secret);
  const connectorUrl = () => `${deps.selfUrl()}${connectorPath(key)}`;
  const service = new DirectLineService({ repo: deps.store.directLine, adapter, bot: deps.bot, connectorUrl, logger });

  const demoManager = config.demoData && isLocalMode(config) ? deps.store.people.managerByChannelUserId('demo-manager') : undefined;
  const streams = registerDirectLine(deps.server, {
    service,
    tokens,
    gate: managerGate(deps.store),
    connectorKey: key,
    demoUser: demoManager ? { id: 'demo-manager', name: demoManager.name } : undefined,
    logger,
  });
  const ownDeliver = proactiveDeliver(adapter, localConfig);
  return {
    tokens,
    openStreams: streams.open,
    close: streams.close,
    deliver: (other) => (reference, locale, item) =>
      ownsDirectLineChat(deps.store, reference)
        ? // The stored serviceUrl may name an earlier port: this server is the connector now.
          ownDeliver({ ...(reference as object), serviceUrl: connectorUrl() }, locale, item)
        : other(reference, locale, item),
  };
}

/**
 * A notice goes into a web chat's log only when the reference's user owns that Direct Line
 * conversation: someone posting to /api/messages with channelId "directline" and another
 * person's conversation id gets their notices at their own serviceUrl, never in that log.
 */
function ownsDirectLineChat(store: Store, reference: unknown): boolean {
  const r = reference as { channelId?: string; conversation?: { id?: string }; user?: { id?: string } };
  if (r.channelId !== DIRECT_LINE_CHANNEL || !r.conversation?.id || !r.user?.id) return false;
  return store.directLine.owner(r.conversation.id) === r.user.id;
}
