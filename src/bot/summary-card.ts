import { InputHints, type Activity } from 'botbuilder';
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
 * as a message whose replyToId is the card's.
 */
export async function followSummaryCards(chat: CardChat, deps: { store: Store; logger: Logger }, sent: SentReply[], decider: Decider): Promise<void> {
  const { conversationId, channelId } = chat;
  const cards = deps.store.cardMessages;
  const update = async (card: StoredCard, outcome: Decision['outcome'], locale: Locale) => {
    const cardId = card.activityId || chat.clickedCardId;
    if (!cardId) {
      deps.logger.info({ channelId }, 'summary card not updated: the channel gave it no id');
      return;
    }
    try {
      await chat.update(decidedActivity(card.activity as Reply, cardId, { outcome, by: decider.by, when: decider.when }, locale));
    } catch (err) {
      // Some channels cannot update; a later click on the old card is answered as outdated anyway.
      deps.logger.info({ err: (err as Error).message, channelId }, 'summary card not updated');
    }
  };
  for (const { reply, id, summary } of sent) {
    const sesame = sesameOf(reply);
    if (!sesame?.marker) continue;
    // In the reply's language: the conversation's, which a request in the chat may have changed.
    const locale = isLocale(reply.locale) ? reply.locale : decider.locale;
    if (sesame.expecting === 'confirm' && reply.attachments?.length) {
      const older = cards.find(conversationId, sesame.marker, 'confirm');
      if (older?.activityId && older.activityId !== id) await update(older, 'replaced', locale);
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
    await update(card, outcome, locale);
    cards.forget(conversationId, marker, 'confirm');
  }
}

type StoredCard = { activityId: string; activity: Record<string, unknown> };

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
