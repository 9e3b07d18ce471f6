import {
  CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions,
  type Activity, type ConversationReference,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, ClaimsIdentity, type BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Deliver } from '../activation/outbox-sender';
import type { ActivationNotice } from '../store/access.repo';
import type { DeactivationNotice } from '../store/revocation.repo';
import { toLocale } from '../domain/locale';
import { renderText } from './render';
import { TypingMiddleware } from './typing';
import { storeProblem } from '../store/errors';
import { CachingBotFrameworkAuthentication } from './client-cache';

/** Local mode (no app id) accepts unauthenticated requests, like the Bot Framework Emulator. */
export function isLocalMode(config: Config): boolean {
  return config.bot.appId === '';
}

/** What the start-up log says: which mode, and with which kind of credential (never the credential). */
export function authMode(config: Config): string {
  if (isLocalMode(config)) return 'local (no authentication, like the Bot Framework Emulator)';
  const b = config.bot;
  const credential = b.appType.toLowerCase() === 'userassignedmsi'
    ? 'user-assigned managed identity'
    : b.certificateThumbprint
      ? 'certificate'
      : b.appPassword
        ? 'client secret'
        : 'no outbound credential';
  return `authenticated (Bot Framework JWT required; ${b.appType || 'MultiTenant'}, ${credential})`;
}

/** botbuilder's settings from ours; an inconsistent set (SingleTenant without tenant…) fails here, at start-up. */
export function authSettings(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  const b = config.bot;
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: b.appId || undefined,
    MicrosoftAppPassword: b.appPassword || undefined,
    MicrosoftAppType: b.appType || undefined,
    MicrosoftAppTenantId: b.tenantId || undefined,
    ...(b.certificateThumbprint ? { CertificateThumbprint: b.certificateThumbprint, CertificatePrivateKey: b.certificatePrivateKey } : {}),
  };
  if (b.openIdMetadataUrl) {
    // Setting one of these switches botbuilder to "all parameters given": give the public cloud's others.
    Object.assign(settings, {
      ToBotFromChannelOpenIdMetadataUrl: b.openIdMetadataUrl,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    });
  }
  return settings;
}

export function createChannelAuth(config: Config): BotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication(authSettings(config));
}

/**
 * Checks the channel's token from the Authorization header alone (signature, issuer, audience,
 * expiry), before any byte of the body is read. The adapter checks it again with the activity
 * (endorsements of its channel, the serviceUrl claim), but answers 500 to a forged signature
 * (jsonwebtoken's error is not an AuthenticationError); here every refusal is a 401, and only a
 * failure to fetch the channel's keys is ours (503: retry). The caller compares the returned
 * serviceUrl claim with the activity once it has read it.
 */
export function tokenCheck(auth: BotFrameworkAuthentication) {
  return async (authorization: string): Promise<{ ok: true; serviceUrl: string | undefined } | { ok: false; status: 401 | 503; reason: string }> => {
    if (!/^Bearer \S+$/.test(authorization)) return { ok: false, status: 401, reason: 'no Bearer token' };
    try {
      // No channel and no serviceUrl yet: botbuilder then checks the token and nothing of the activity.
      const { claimsIdentity } = await auth.authenticateRequest({ channelId: '', serviceUrl: '' } as Activity, authorization);
      const claim = claimsIdentity.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
      return { ok: true, serviceUrl: claim ?? undefined };
    } catch (err) {
      const status = err instanceof AuthenticationError && err.statusCode >= 500 ? 503 : 401;
      return { ok: false, status, reason: (err as Error).message };
    }
  };
}

export function createAdapter(config: Config, logger: Logger, auth = createChannelAuth(config)): CloudAdapter {
  // Local mode builds no token per call, so its clients can be kept; authenticated mode keeps botbuilder's own.
  const adapter = new CloudAdapter(isLocalMode(config) ? new CachingBotFrameworkAuthentication(auth) : auth);
  adapter.use(new TypingMiddleware());
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'turn failed');
    const locale = toLocale(context.activity.locale);
    try {
      // A database that refuses writes gets its own answer: the manager knows nothing was kept and to resend.
      const problem = storeProblem(error);
      await context.sendActivity(renderText(problem ? { key: 'storeUnavailable', params: { problem } } : { key: 'technicalError' }, locale));
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the user about the failure');
    }
  };
  return adapter;
}

/** Proactive delivery of activation notices to the conversation that asked. */
export function proactiveDeliver(adapter: CloudAdapter, config: Config): Deliver {
  return async (reference, locale, item) => {
    const notice = item.payload as ActivationNotice;
    const identity = isLocalMode(config)
      ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
      : config.bot.appId;
    await adapter.continueConversationAsync(identity as string, reference as ConversationReference, async (context) => {
      if (item.kind === 'deactivated') {
        const off = item.payload as DeactivationNotice;
        const params = { person: off.userName, entity: off.entity, kind: off.kind, applications: off.applications.map((a) => a.names), functions: off.functions };
        await context.sendActivity({ ...renderText({ people: { key: 'deactivated', params } }, locale), channelData: { sesame: { expecting: null, deactivated: item.payload } } });
        return;
      }
      const activated = {
        key: 'activated',
        params: {
          person: notice.userName,
          ...(notice.account ? { account: notice.account } : {}),
          applications: notice.applications.map((a) => a.names),
          fn: notice.fn ? { names: notice.fn.names, startDate: notice.fn.startDate } : null,
        },
      } as const;
      await context.sendActivity({ ...renderText(activated, locale), channelData: { sesame: { expecting: null, activated: item.payload } } });
    });
  };
}
