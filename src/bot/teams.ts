import { TurnContext, type Activity } from 'botbuilder';

/**
 * Teams-specific reading of an activity. Other channels (web chat, Direct Line, tests) have no
 * group conversations, so everything here falls back to "personal".
 */

/** A group chat or a team channel, where everyone present reads what Sésame writes. */
export function isGroupConversation(a: Partial<Activity>): boolean {
  const type = a.conversation?.conversationType;
  if (type === 'groupChat' || type === 'channel') return true;
  if (type === 'personal') return false;
  return a.conversation?.isGroup === true;
}

/** Whether the message @-mentions Sésame (in a group, Sésame answers nothing else). */
export function mentionsRecipient(a: Partial<Activity>): boolean {
  const id = a.recipient?.id;
  return id !== undefined && TurnContext.getMentions(a).some((m) => m.mentioned?.id === id);
}

/** The text with "<at>Sésame</at>" removed, so "@Sésame annuler" is read as "annuler". */
export function stripRecipientMention(a: Partial<Activity>): void {
  if (typeof a.text === 'string' && a.text) TurnContext.removeRecipientMention(a);
}

/** Teams sends the user's UI language in a clientInfo entity, also on events that carry no `locale`. */
export function clientLocale(a: Partial<Activity>): string | undefined {
  if (a.locale) return a.locale;
  const info = (a.entities ?? []).find((e) => e.type === 'clientInfo') as { locale?: unknown } | undefined;
  return typeof info?.locale === 'string' ? info.locale : undefined;
}

/** The tenant of a Teams conversation (needed to open a personal chat in it). */
export function tenantOf(a: Partial<Activity>): string | undefined {
  const data = a.channelData as { tenant?: { id?: unknown } } | undefined;
  return a.conversation?.tenantId ?? (typeof data?.tenant?.id === 'string' ? data.tenant.id : undefined);
}
