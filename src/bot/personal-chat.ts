import { TurnContext, type Activity, type CloudAdapter, type ConversationParameters, type ConversationReference } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { Config } from '../config';
import { isLocalMode } from './adapter';
import { tenantOf } from './teams';

export interface OpenedChat {
  conversationId: string;
  reference: Partial<ConversationReference>;
}

/** Reaches a manager one to one, from a turn in a group. */
export interface PersonalChannel {
  /** Opens (or finds: Teams returns the existing one) the 1:1 chat of the activity's sender with the bot. */
  open(context: TurnContext): Promise<OpenedChat>;
  /** Sends; resolves to the ids the channel gave the messages (none with some channels). */
  send(reference: Partial<ConversationReference>, activities: Partial<Activity>[]): Promise<(string | undefined)[]>;
  /** Writes a message sent there again (a summary card once decided). */
  update(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
}

/** The identity proactive turns run under: anonymous in local mode, the bot's app id otherwise. */
export function proactiveIdentity(config: Config): ClaimsIdentity | string {
  return isLocalMode(config) ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType) : config.bot.appId;
}

export function channelPersonalChats(adapter: CloudAdapter, config: Config): PersonalChannel {
  return {
    async open(context) {
      const a = context.activity;
      const tenantId = tenantOf(a);
      const parameters: ConversationParameters = {
        isGroup: false,
        bot: a.recipient,
        members: [{ id: a.from.id, name: a.from.name }],
        ...(tenantId ? { tenantId } : {}),
        channelData: tenantId ? { tenant: { id: tenantId } } : {},
      };
      let opened: OpenedChat | undefined;
      await adapter.createConversationAsync(
        config.bot.appId,
        a.channelId,
        a.serviceUrl,
        isLocalMode(config) ? '' : AuthenticationConstants.ToChannelFromBotOAuthScope,
        parameters,
        async (created) => {
          const reference = TurnContext.getConversationReference(created.activity);
          opened = {
            conversationId: created.activity.conversation.id,
            reference: {
              ...reference,
              user: { id: a.from.id, name: a.from.name, ...(a.from.aadObjectId ? { aadObjectId: a.from.aadObjectId } : {}) },
              conversation: { ...reference.conversation!, conversationType: 'personal', isGroup: false },
            },
          };
        },
      );
      if (!opened?.conversationId) throw new Error('the channel returned no conversation id');
      return opened;
    },

    async send(reference, activities) {
      let ids: (string | undefined)[] = [];
      await adapter.continueConversationAsync(proactiveIdentity(config) as string, reference, async (context) => {
        ids = (await context.sendActivities(activities)).map((r) => r?.id);
      });
      return ids;
    },

    async update(reference, activity) {
      await adapter.continueConversationAsync(proactiveIdentity(config) as string, reference, async (context) => {
        await context.updateActivity(activity);
      });
    },
  };
}
