import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions,
  type ConversationReference,
} from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Deliver } from '../activation/outbox-sender';
import type { ActivationNotice } from '../store/access.repo';
import { toLocale } from '../domain/locale';
import { renderText } from './render';
import { say } from './i18n';
import { storeProblem } from '../store/errors';
import { CachingBotFrameworkAuthentication } from './client-cache';

/** Local mode (no app id) accepts unauthenticated requests, like the Bot Framework Emulator. */
export function isLocalMode(config: Config): boolean {
  return config.bot.appId === '';
}

export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId || undefined,
    MicrosoftAppPassword: config.bot.appPassword || undefined,
    MicrosoftAppType: config.bot.appType || undefined,
    MicrosoftAppTenantId: config.bot.tenantId || undefined,
  };
  const auth = new ConfigurationBotFrameworkAuthentication(settings);
  const adapter = new CloudAdapter(isLocalMode(config) ? new CachingBotFrameworkAuthentication(auth) : auth);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, conversation: context.activity.conversation?.id }, 'turn failed');
    const locale = toLocale(context.activity.locale);
    try {
      // A database that refuses writes gets its own answer: the manager knows nothing was kept and to resend.
      const problem = storeProblem(error);
      const text = problem ? say({ key: 'storeUnavailable', params: { problem } }, locale) : say({ key: 'technicalError' }, locale);
      await context.sendActivity(renderText(text, locale));
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
      const text = say(
        {
          key: 'activated',
          params: {
            person: notice.userName,
            applications: notice.applications.map((a) => a.names),
            fn: notice.fn ? { names: notice.fn.names, startDate: notice.fn.startDate } : null,
          },
        },
        locale,
      );
      await context.sendActivity({ ...renderText(text, locale), channelData: { sesame: { expecting: null, activated: item.payload } } });
    });
  };
}
