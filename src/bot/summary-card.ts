import { createHash, randomUUID } from 'node:crypto';
import { DeliveryModes, InputHints, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { isLocale, type Locale } from '../domain/locale';
import type { Summary } from '../i18n/grant.catalog';
import type { Store } from '../store/store';
import { decidedCard, type Decision } from './cards';
import { say } from './i18n';

/** What render.ts writes in a reply's channelData for Sésame (see renderView). */
interface SesameData {
  expecting?: string | null;
  marker?: string;
  done?: unknown;
  cancelled?: boolean;
  summary?: Summary;
}

type Reply = Partial<Activity> & { channelData?: { sesame?: SesameData } };

const sesameOf = (reply: Reply): SesameData | undefined => reply.channelData?.sesame;

/**
 * Takes the summary's figures out of the replies before they are sent (the channel needs only
 * the text and the card; the figures stay on this side, to write the card again once decided).
 */
export function takeSummaries(replies: Reply[]): (Summary | undefined)[] {
  return replies.map((reply) => {
    const sesame = sesameOf(reply);
    if (!sesame?.summary) return undefined;
    const { summary, ...rest } = sesame;
    reply.channelData = { ...reply.channelData, sesame: rest };
    return summary;
  });
}

/**
 * With deliveryMode expectReplies, the replies travel back in the HTTP answer itself, and no
 * channel names them: botbuilder answers `{ id: undefined }` and strips any id the bot set. A
 * typed "oui" names no card either (only a click does, by its replyToId), so the card could never
 * be written again. Here each summary card gets an id of Sésame's own, put back on the copy that
 * botbuilder hands to the answer: the client shows the card under that id, and an update of it
 * (PUT to the serviceUrl, when the turn gave one) names it.
 *
 * Channels that deliver replies themselves (Teams, Direct Line) assign their own ids and return
 * them; there an id of the bot's is deleted before sending, so nothing is done.
 */
export function nameCardsInAnswer(context: TurnContext, replies: Reply[]): void {
  if (context.activity.deliveryMode !== DeliveryModes.ExpectReplies || !replies.some(isSummaryCard)) return;
  replies.forEach((reply, i) => {
    if (isSummaryCard(reply)) reply.id = cardIdFor(context.activity, i);
  });
  let first = true;
  // The handler sees this turn's next send only: the replies, as copies in the same order.
  context.onSendActivities(async (_context, sent, next) => {
    if (first) {
      sent.forEach((activity, i) => {
        const id = replies[i]?.id;
        if (id) activity.id = id;
      });
    }
    first = false;
    return next();
  });
}

/**
 * The id of the i-th reply to an activity: the same for a redelivery of that activity, so that a
 * redelivered turn is answered exactly as the first time (and its card named the same).
 */
function cardIdFor(activity: Partial<Activity>, i: number): string {
  if (!activity.id) return `sesame-card-${randomUUID()}`;
  const h = createHash('sha256').update(`${activity.conversation?.id ?? ''}\u0000${activity.id}\u0000${i}`).digest('hex');
  return `sesame-card-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const isSummaryCard = (reply: Reply): boolean => sesameOf(reply)?.expecting === 'confirm' && !!reply.attachments?.length;

export interface SentReply {
  reply: Reply;
  /** The id the channel gave the message; none with expectReplies (botbuilder answers `{ id: undefined }`). */
  id: string | undefined;
  summary: Summary | undefined;
}

/** The chat the cards are in, and how a message sent there is written again. */
export interface CardChat {
  conversationId: string;
  channelId?: string | undefined;
  /** A click names the message of its card (Teams: the submit's replyToId). */
  clickedCardId?: string | undefined;
  update(activity: Partial<Activity>): Promise<unknown>;
}

/** Who acts in this turn, and, for a click, the request of the card clicked. */
export interface Decider {
  managerId: number;
  by: string;
  when: number;
  locale: Locale;
  /** The marker of the card clicked, when the turn is a click (a Cancel click ends that card's request). */
  clicked?: string | undefined;
}

/**
 * Remembers where a summary card went and, once its request is confirmed or cancelled, writes
 * that card again in place: what was asked, who decided, when, and no buttons left to click. A
 * click on the old card would do nothing anyway (its request is over); this shows it. A summary
 * shown again (a language switch, back from a list asked in the middle) replaces the older card.
 *
 * The card's id is the one the channel returned when it was sent; a channel that returned none
 * (expectReplies, the Agents Playground) still names it in a click: Teams sends a card's submit
 * as a message whose replyToId is the card's. A typed "oui" names no card: the card is the one
 * recorded for that request, updated by the id Sésame gave it in an expectReplies answer
 * (nameCardsInAnswer). A channel that returned no id to a message it delivered itself offers no
 * way at all to name it afterwards (the Bot Framework has no "list the messages" call, and
 * botbuilder deletes any id the bot sets): the card stays as sent, a click on it is answered as
 * outdated, and that is logged only. Nothing is said in the chat about it: the reply already says
 * what was decided, and a notice about a card that could not be written again would only puzzle.
 */
export function followSummaryCards(chat: CardChat, deps: { store: Store; logger: Logger }, sent: SentReply[], decider: Decider): Promise<void> {
  const { conversationId, channelId } = chat;
  const cards = deps.store.cardMessages;
  // The cards are remembered and forgotten at once, in the turn; their updates are started in the
  // turn too (the turn's connector is still open) but the reply never waits for them: a channel
  // slow to update, or unreachable, must not hold up what the manager reads.
  const updates: Promise<void>[] = [];
  const update = (card: StoredCard, outcome: Decision['outcome'], locale: Locale) => {
    const cardId = idOf(card, chat.clickedCardId);
    if (!cardId) {
      deps.logger.info({ channelId }, 'summary card not updated: the channel gave it no id');
      return;
    }
    // Called at once (an async function runs until its first await): the request leaves while the turn is open.
    updates.push((async () => {
      try {
        await chat.update(decidedActivity(card.activity as Reply, cardId, { outcome, by: decider.by, when: decider.when }, locale));
      } catch (err) {
        // Some channels cannot update; a later click on the old card is answered as outdated anyway.
        deps.logger.info({ err: (err as Error).message, channelId }, 'summary card not updated');
      }
    })());
  };
  for (const { reply, id, summary } of sent) {
    const sesame = sesameOf(reply);
    if (!sesame?.marker) continue;
    // In the reply's language: the conversation's, which a request in the chat may have changed.
    const locale = isLocale(reply.locale) ? reply.locale : decider.locale;
    if (isSummaryCard(reply)) {
      const older = cards.find(conversationId, sesame.marker, 'confirm');
      const olderId = older && idOf(older, undefined);
      if (older && olderId && olderId !== (id ?? reply.id)) update(older, 'replaced', locale);
      const kept: Reply = { ...reply, channelData: { ...reply.channelData, sesame: { ...sesame, ...(summary ? { summary } : {}) } } };
      cards.remember(conversationId, sesame.marker, 'confirm', id ?? '', kept);
      continue;
    }
    const outcome: Decision['outcome'] | null = sesame.done ? 'confirmed' : sesame.cancelled ? 'cancelled' : null;
    if (!outcome) continue;
    // A cancelled request's reply already names the next one: the card is the one clicked, or the manager's last.
    const marker = outcome === 'confirmed' ? sesame.marker : (decider.clicked ?? cards.latest(conversationId, `${decider.managerId}.`, 'confirm')?.marker);
    const card = marker ? cards.find(conversationId, marker, 'confirm') : undefined;
    if (!card || !marker) continue;
    update(card, outcome, locale);
    cards.forget(conversationId, marker, 'confirm');
  }
  return Promise.all(updates).then(() => undefined);
}

type StoredCard = { activityId: string; activity: Record<string, unknown> };

/**
 * The id to update a card by: the channel's own (returned when sent, or named by the click, which
 * is what the channel shows), else the one Sésame gave the card when the channel returned none.
 */
function idOf(card: StoredCard, clickedCardId: string | undefined): string | undefined {
  const own = typeof card.activity.id === 'string' ? card.activity.id : undefined;
  return card.activityId || clickedCardId || own || undefined;
}

/** The summary message written again once decided: the request as shown, no question, no buttons. */
export function decidedActivity(shown: Reply, id: string, decision: Decision, locale: Locale): Partial<Activity> {
  const { suggestedActions: _actions, ...rest } = shown;
  const summary = sesameOf(shown)?.summary;
  return {
    ...rest,
    id,
    // Rows kept before the figures were (an older version) keep the text they showed.
    text: summary ? say({ key: 'summaryDecided', params: summary }, locale) : shown.text,
    locale,
    inputHint: InputHints.AcceptingInput,
    attachments: [decidedCard(decision, locale)],
    channelData: { sesame: { expecting: null, marker: sesameOf(shown)?.marker, decided: decision.outcome } },
  };
}
