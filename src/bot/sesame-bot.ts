import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import { chooseLocale, pickedLocale } from './locale-choice';
import type { Store } from '../store/store';
import type { Manager } from '../store/people.repo';
import { renderText, renderView, renderWelcome } from './render';
import type { Turn, TurnRunner } from './turn-runner';
import type { ChannelNotice } from '../i18n/channel.catalog';
import { markingGroupSafety, mayShowInGroup } from './privacy';
import type { OpenedChat, PersonalChannel } from './personal-chat';
import { clientLocale, isGroupConversation, mentionsRecipient, stripRecipientMention } from './teams';
import { strangerOrigin } from './stranger';
import { parseCardSubmit } from './card-submit';
import { followSummaryCards, nameCardsInAnswer, takeSummaries } from './summary-card';
import { attachedNissLines } from './attachments';
import { answerFileConsent, FILE_CONSENT_INVOKE } from './file-consent';
import { unreadNotices, unreadProblems } from './unread';
import type { Said } from '../../dialogs/view';

export interface SesameBotDeps {
  store: Store;
  runner: TurnRunner;
  logger: Logger;
  clock?: () => number;
  /** Opens and writes to a manager's personal chat (Teams); without it, groups are told to use one. */
  personal?: PersonalChannel;
  /** Named to every unknown person (config SESAME_HELPDESK); their RAE / Co-RAE only if their entity vouches for them. */
  helpdesk?: string;
  /** Told when a turn starts; the function it returns, when it ends (metrics, a shutdown waiting for turns). */
  observeTurn?: (channelId: string | undefined) => (outcome: 'ok' | 'error') => void;
  /** Told when work the reply does not wait for starts; the function it returns, when it ends (a shutdown waits for it). */
  observeWork?: () => () => void;
}

/** Beyond this, an unknown person is told "and N more" rather than read a directory. */
const MAX_CONTACTS = 6;

/** Every reply says whether a group may see it; only the group path reads the mark. */
const render = markingGroupSafety(renderView);

/** Turns activities into machine events and sends back what the machine's snapshot says. */
export class SesameBot {
  private readonly clock: () => number;

  constructor(private readonly deps: SesameBotDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  async run(context: TurnContext): Promise<void> {
    const end = this.deps.observeTurn?.(context.activity.channelId);
    try {
      await this.dispatch(context);
      end?.('ok');
    } catch (err) {
      end?.('error');
      throw err;
    }
  }

  private async dispatch(context: TurnContext): Promise<void> {
    switch (context.activity.type) {
      case ActivityTypes.Message:
        return this.onMessage(context);
      case ActivityTypes.ConversationUpdate:
        return this.onConversationUpdate(context);
      case ActivityTypes.Invoke:
        // Other invokes get the adapter's 501: nothing here handles them.
        if (context.activity.name !== FILE_CONSENT_INVOKE) return;
        return this.onFileConsent(context);
      default:
        return;
    }
  }

  /** Teams' answer to a file offered in the personal chat (an export). */
  private async onFileConsent(context: TurnContext): Promise<void> {
    const a = context.activity;
    const manager = this.managerOf(a);
    await answerFileConsent(context, { store: this.deps.store, logger: this.deps.logger, now: this.clock(), manager, locale: this.localeOf(a, manager) });
  }

  /** What this activity says about the language, before the conversation's own is read: see chooseLocale. */
  private localeOf(activity: Activity, manager?: Manager): Locale {
    return chooseLocale({
      picked: pickedLocale(activity),
      remembered: manager ? this.deps.store.preferences.localeOf(manager.id) : undefined,
      client: clientLocale(activity),
      // The manager's own state in this conversation; someone else's says nothing about this sender.
      stored: () => (manager && activity.conversation?.id ? this.deps.store.conversations.get(activity.conversation.id, manager.id)?.locale : undefined),
    });
  }

  private managerOf(activity: Activity): Manager | undefined {
    const { people } = this.deps.store;
    // Entra ID object ids are GUIDs: the CLI stores them lower-case, Teams may not send them so.
    const aad = activity.from?.aadObjectId?.toLowerCase();
    return (aad ? people.managerByAadObjectId(aad) : undefined) ?? (activity.from?.id ? people.managerByChannelUserId(activity.from.id) : undefined);
  }

  /**
   * Installation: in Teams the bot itself is among membersAdded (personal app installed, or
   * added to a chat or team); elsewhere (web chat, emulator) the user joining is.
   */
  private async onConversationUpdate(context: TurnContext): Promise<void> {
    const a = context.activity;
    const added = a.membersAdded ?? [];
    const botAdded = added.some((m) => m.id === a.recipient?.id);
    const joined = added.filter((m) => m.id !== a.recipient?.id);
    const manager = this.managerOf(a);
    const locale = this.localeOf(a, manager);
    if (isGroupConversation(a)) {
      // People joining a group later get nothing: the group was told once.
      if (botAdded) await context.sendActivity(renderText({ channel: { key: 'groupWelcome' } }, locale));
      return;
    }
    if (joined.length === 0 && !(botAdded && a.channelId === 'msteams')) return;
    if (!manager) {
      await context.sendActivity(renderText({ channel: this.unknownPerson(a, false) }, locale));
      return;
    }
    this.rememberPersonalChat(manager, a);
    await context.sendActivity(renderWelcome(manager.name, locale));
  }

  /**
   * The refusal for someone Sésame does not know: the helpdesk, and the RAE / Co-RAE of the
   * entities that vouch for them (tenant, e-mail domain); no one else's names.
   */
  private unknownPerson(a: Activity, inGroup: boolean): ChannelNotice {
    const all = this.deps.store.contacts.appointersFor(strangerOrigin(a));
    const helpdesk = this.deps.helpdesk || null;
    // In a group, the identifier would be everyone's to read and is of no use to them.
    const identifier = inGroup ? null : (a.from?.aadObjectId ?? a.from?.id ?? null);
    return {
      key: 'unknownPerson',
      params: { contacts: all.slice(0, MAX_CONTACTS), more: Math.max(0, all.length - MAX_CONTACTS), helpdesk, identifier },
    };
  }

  private rememberPersonalChat(manager: Manager, a: Activity): void {
    if (!a.conversation?.id || !a.channelId) return;
    const stored = this.deps.store.personalChats.get(manager.id, a.channelId);
    if (stored?.conversationId === a.conversation.id) return;
    this.deps.store.personalChats.remember(manager.id, a.channelId, a.conversation.id, TurnContext.getConversationReference(a), this.clock());
  }

  /** The manager's personal chat: the one they already used, or a new one the channel opens. */
  private async personalChatOf(context: TurnContext, manager: Manager): Promise<OpenedChat | undefined> {
    const a = context.activity;
    const stored = this.deps.store.personalChats.get(manager.id, a.channelId);
    if (stored) return { conversationId: stored.conversationId, reference: stored.reference as OpenedChat['reference'] };
    if (!this.deps.personal) return undefined;
    try {
      const opened = await this.deps.personal.open(context);
      this.deps.store.personalChats.remember(manager.id, a.channelId, opened.conversationId, opened.reference, this.clock());
      return opened;
    } catch (err) {
      this.deps.logger.warn({ err, channelId: a.channelId }, 'could not open a personal chat');
      return undefined;
    }
  }

  /**
   * A mention in a group chat or a channel. The dialog state lives in the manager's personal
   * chat, so it continues there whatever the surface; the group sees a reply only when every
   * part of it is marked safe for a group and shows nothing like a NISS. Otherwise the replies go
   * to the personal chat and the group is told so.
   */
  private async onGroupMessage(context: TurnContext, manager: Manager, locale: Locale, unread: Said[]): Promise<void> {
    const a = context.activity;
    const name = a.from?.name || manager.name;
    const personal = await this.personalChatOf(context, manager);
    if (!personal) {
      await context.sendActivity(renderText({ channel: { key: 'personalChatNeeded', params: { name } } }, locale));
      return;
    }
    const text = textOf(a);
    const replies = (await this.deps.runner.run(
      {
        conversationId: personal.conversationId,
        // Activity ids are unique per conversation only; this one is stored in the personal chat's.
        activityId: a.id ? `group:${a.conversation.id}:${a.id}` : undefined,
        managerId: manager.id,
        event: { type: 'TEXT', text },
        locale,
        reference: personal.reference,
        at: this.clock(),
        channelId: a.channelId,
        ...(unread.length ? { unread } : {}),
      },
      render,
    )) as Partial<Activity>[];
    const summaries = takeSummaries(replies);
    if (replies.every(mayShowInGroup)) {
      await context.sendActivities(replies);
      return;
    }
    let ids: (string | undefined)[];
    try {
      ids = await this.deps.personal!.send(personal.reference, [renderText({ channel: { key: 'continuedFromGroup' } }, locale), ...replies]);
    } catch (err) {
      this.deps.logger.warn({ err }, 'could not write to the personal chat');
      await context.sendActivity(renderText({ channel: { key: 'personalChatNeeded', params: { name } } }, locale));
      return;
    }
    await context.sendActivity(renderText({ channel: { key: 'movedToPersonal', params: { name } } }, locale));
    // The summary card went to the personal chat: followed there, as if the turn had been typed in it.
    const chat = { conversationId: personal.conversationId, channelId: a.channelId, update: (activity: Partial<Activity>) => this.deps.personal!.update(personal.reference, activity) };
    const followed = replies.map((reply, i) => ({ reply, id: ids[i + 1], summary: summaries[i] }));
    this.afterReply(followSummaryCards(chat, this.deps, followed, { managerId: manager.id, by: manager.name, when: this.clock(), locale }));
  }

  private async onMessage(context: TurnContext): Promise<void> {
    const a = context.activity;
    const group = isGroupConversation(a);
    if (group) {
      // Teams delivers group messages that mention the bot; others (a channel app with wider rights) are not for us.
      if (!mentionsRecipient(a)) return;
      stripRecipientMention(a);
    }
    const manager = this.managerOf(a);
    const locale = this.localeOf(a, manager);
    if (!manager) {
      this.deps.logger.info({ channelId: a.channelId, group }, 'message from an unknown person refused');
      await context.sendActivity(renderText({ channel: this.unknownPerson(a, group) }, locale));
      return;
    }
    // Too long, a file it cannot read, nothing at all…: said, and the question waiting asked again.
    const unread = unreadNotices(unreadProblems(a));
    if (group) return this.onGroupMessage(context, manager, locale, unread);
    this.rememberPersonalChat(manager, a);
    const base = {
      conversationId: a.conversation.id,
      activityId: a.id,
      managerId: manager.id,
      locale,
      picked: pickedLocale(a),
      reference: TurnContext.getConversationReference(a),
      at: this.clock(),
      channelId: a.channelId,
      // Sent while the turn runs (a long bulk grant); with expectReplies, botbuilder adds them to the body.
      progress: async (reply: unknown) => {
        try {
          await context.sendActivity(reply as Partial<Activity>);
        } catch (err) {
          // A lost progress line must not stop the run: the summary follows anyway.
          this.deps.logger.info({ err: (err as Error).message }, 'progress not sent');
        }
      },
    };
    if (unread.length) {
      const replies = await this.deps.runner.run({ ...base, event: { type: 'TEXT', text: '' }, unread }, render);
      await this.sendFollowingCards(context, manager, replies as Partial<Activity>[], locale);
      return;
    }
    // A card click becomes the text the machine understands, provided the card is still the current one.
    const submit = a.text?.trim() ? undefined : parseCardSubmit(a.value);
    // "Change" on the summary asks what to change, keeping everything given ("modifier la date", "pas Colindos"…).
    const text = submit?.kind === 'text' ? submit.text : submit?.kind === 'change' ? 'help' : textOf(a);
    // The Cancel button is a cancel; typed words are read by the conversation machine, "annuler" as any other.
    const event: Turn['event'] = submit?.kind === 'cancel' ? { type: 'CANCEL' } : { type: 'TEXT', text };
    const files = attachedNissLines(a.attachments);
    const replies = await this.deps.runner.run({ ...base, event, expect: submit && { slot: submit.slot, marker: submit.marker }, files }, render);
    await this.sendFollowingCards(context, manager, replies as Partial<Activity>[], locale, submit?.marker);
  }

  /** Sends a turn's replies; a summary card is remembered, and written again once its request is decided. */
  private async sendFollowingCards(context: TurnContext, manager: Manager, replies: Partial<Activity>[], locale: Locale, clicked?: string): Promise<void> {
    const summaries = takeSummaries(replies);
    nameCardsInAnswer(context, replies);
    const sent = await context.sendActivities(replies);
    const a = context.activity;
    const chat = {
      conversationId: a.conversation.id,
      channelId: a.channelId,
      // Only a click names a card; a typed reply's replyToId (if any) is not the summary's.
      clickedCardId: clicked ? a.replyToId : undefined,
      update: (activity: Partial<Activity>) => context.updateActivity(activity),
    };
    const followed = replies.map((reply, i) => ({ reply, id: sent[i]?.id, summary: summaries[i] }));
    this.afterReply(followSummaryCards(chat, this.deps, followed, { managerId: manager.id, by: manager.name, when: this.clock(), locale, clicked }));
  }

  /** Work the reply does not wait for (a card written again): a shutdown still waits for it. */
  private afterReply(work: Promise<void>): void {
    const end = this.deps.observeWork?.();
    void work.finally(() => end?.());
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
