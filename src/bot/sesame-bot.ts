import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { commandOf } from '../../dialogs/understand';
import { toLocale, type Locale } from '../domain/locale';
import type { Store } from '../store/store';
import type { Manager } from '../store/people.repo';
import { renderText, renderView } from './render';
import { say } from './i18n';
import type { TurnRunner } from './turn-runner';

export interface SesameBotDeps {
  store: Store;
  runner: TurnRunner;
  logger: Logger;
  clock?: () => number;
}

/** Turns activities into machine events and sends back what the machine's snapshot says. */
export class SesameBot {
  private readonly clock: () => number;

  constructor(private readonly deps: SesameBotDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  async run(context: TurnContext): Promise<void> {
    switch (context.activity.type) {
      case ActivityTypes.Message:
        return this.onMessage(context);
      case ActivityTypes.ConversationUpdate:
        return this.onConversationUpdate(context);
      default:
        return;
    }
  }

  /** The language the manager asked for once, else the client's, else the conversation's, else French. */
  private localeOf(activity: Activity, manager?: Manager): Locale {
    const chosen = manager ? this.deps.store.preferences.localeOf(manager.id) : undefined;
    if (chosen) return chosen;
    if (activity.locale) return toLocale(activity.locale);
    const stored = activity.conversation?.id ? this.deps.store.conversations.get(activity.conversation.id) : undefined;
    return stored?.locale ?? 'fr';
  }

  private managerOf(activity: Activity): Manager | undefined {
    const { people } = this.deps.store;
    const aad = activity.from?.aadObjectId;
    return (aad ? people.managerByAadObjectId(aad) : undefined) ?? (activity.from?.id ? people.managerByChannelUserId(activity.from.id) : undefined);
  }

  private async onConversationUpdate(context: TurnContext): Promise<void> {
    const a = context.activity;
    const joined = (a.membersAdded ?? []).filter((m) => m.id !== a.recipient?.id);
    if (joined.length === 0) return;
    const manager = this.managerOf(a);
    const locale = this.localeOf(a, manager);
    const text = manager
      ? say({ key: 'welcome', params: { name: manager.name } }, locale)
      : say({ key: 'unknownManager', params: { userId: a.from?.id ?? joined[0]?.id ?? '?' } }, locale);
    await context.sendActivity(renderText(text, locale));
  }

  private async onMessage(context: TurnContext): Promise<void> {
    const a = context.activity;
    const manager = this.managerOf(a);
    const locale = this.localeOf(a, manager);
    if (!manager) {
      this.deps.logger.info({ channelId: a.channelId }, 'message from an unknown person refused');
      await context.sendActivity(renderText(say({ key: 'unknownManager', params: { userId: a.from?.id ?? '?' } }, locale), locale));
      return;
    }
    const text = textOf(a);
    const replies = await this.deps.runner.run(
      {
        conversationId: a.conversation.id,
        activityId: a.id,
        managerId: manager.id,
        event: commandOf(text) === 'cancel' ? { type: 'CANCEL' } : { type: 'TEXT', text },
        locale,
        reference: TurnContext.getConversationReference(a),
        at: this.clock(),
      },
      renderView,
    );
    await context.sendActivities(replies as Partial<Activity>[]);
  }
}

/** Typed text, or what a button or card sent. */
function textOf(a: Activity): string {
  if (typeof a.text === 'string' && a.text.trim()) return a.text.trim();
  const v = a.value as unknown;
  if (typeof v === 'string') return v.trim();
  if (v && typeof v === 'object') {
    const candidate = (v as Record<string, unknown>).text ?? (v as Record<string, unknown>).choice;
    if (typeof candidate === 'string') return candidate.trim();
  }
  return '';
}
