import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { isCancel } from '../../dialogs/parse';
import { toLocale, type Locale } from '../domain/locale';
import type { Store } from '../store/store';
import type { Manager } from '../store/people.repo';
import { renderText, renderView } from './render';
import { say } from './i18n';
import type { Turn, TurnRunner } from './turn-runner';
import { parseCardSubmit } from './card-submit';
import { confirmedCard } from './cards';

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

  private localeOf(activity: Activity): Locale {
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
    const locale = this.localeOf(a);
    const manager = this.managerOf(a);
    const text = manager
      ? say({ key: 'welcome', params: { name: manager.name } }, locale)
      : say({ key: 'unknownManager', params: { userId: a.from?.id ?? joined[0]?.id ?? '?' } }, locale);
    await context.sendActivity(renderText(text, locale));
  }

  private async onMessage(context: TurnContext): Promise<void> {
    const a = context.activity;
    const locale = this.localeOf(a);
    const manager = this.managerOf(a);
    if (!manager) {
      this.deps.logger.info({ channelId: a.channelId }, 'message from an unknown person refused');
      await context.sendActivity(renderText(say({ key: 'unknownManager', params: { userId: a.from?.id ?? '?' } }, locale), locale));
      return;
    }
    const base = {
      conversationId: a.conversation.id,
      activityId: a.id,
      managerId: manager.id,
      locale,
      reference: TurnContext.getConversationReference(a),
      at: this.clock(),
    };
    // A card click becomes the text the machine understands, provided the card is still the current one.
    const submit = a.text?.trim() ? undefined : parseCardSubmit(a.value);
    let replies: unknown[];
    if (submit?.kind === 'change') {
      replies = await this.change(base, { slot: submit.slot, marker: submit.marker });
    } else {
      const text = submit?.kind === 'text' ? submit.text : textOf(a);
      const event: Turn['event'] = submit?.kind === 'cancel' || isCancel(text) ? { type: 'CANCEL' } : { type: 'TEXT', text };
      replies = await this.deps.runner.run({ ...base, event, expect: submit && { slot: submit.slot, marker: submit.marker } }, renderView);
    }
    const sent = await context.sendActivities(replies as Partial<Activity>[]);
    await this.followCards(context, replies as Partial<Activity>[], sent.map((r) => r?.id), locale);
  }

  /**
   * "Change" on the summary: the machine has no way back to one answer, so the request is
   * dropped (nothing was recorded) and asked again from the start, in one click.
   */
  private async change(base: Omit<Turn, 'event' | 'expect' | 'prefix'>, expect: Turn['expect']): Promise<unknown[]> {
    const cancelled = await this.deps.runner.run(
      { ...base, activityId: base.activityId && `${base.activityId}#change`, event: { type: 'CANCEL' }, expect },
      renderView,
    );
    if (sesameOf(cancelled[0])?.outdated) return cancelled;
    return this.deps.runner.run({ ...base, event: { type: 'TEXT', text: 'start' }, prefix: [{ key: 'changeRestart' }] }, renderView);
  }

  /** Remembers where a summary card went; once its request is done, updates it in place (buttons gone). */
  private async followCards(context: TurnContext, replies: Partial<Activity>[], ids: (string | undefined)[], locale: Locale): Promise<void> {
    const conversationId = context.activity.conversation.id;
    for (const [i, reply] of replies.entries()) {
      const sesame = sesameOf(reply);
      if (!sesame?.marker) continue;
      const id = ids[i];
      if (sesame.expecting === 'confirm' && reply.attachments?.length && id) {
        this.deps.store.cardMessages.remember(conversationId, sesame.marker, 'confirm', id, reply);
      }
      if (sesame.done) {
        const card = this.deps.store.cardMessages.find(conversationId, sesame.marker, 'confirm');
        if (!card) continue;
        try {
          await context.updateActivity({ ...(card.activity as Partial<Activity>), id: card.activityId, attachments: [confirmedCard(locale)] });
        } catch (err) {
          // Some channels cannot update; a later click on the old card is answered as outdated anyway.
          this.deps.logger.info({ err: (err as Error).message, channelId: context.activity.channelId }, 'summary card not updated');
        }
      }
    }
  }
}

function sesameOf(reply: unknown): { expecting?: string | null; marker?: string; done?: unknown; outdated?: boolean } | undefined {
  return (reply as { channelData?: { sesame?: ReturnType<typeof sesameOf> } } | undefined)?.channelData?.sesame;
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
