import type { Activity } from 'botbuilder';
import { LOCALES, toLocale, type Locale } from '../domain/locale';

/**
 * Which language a reply is in. Every Teams and Web Chat activity carries a locale, the client's
 * own (Teams: the user's UI language), so a bare locale says nothing about what the user chose.
 * An explicit choice wins; the most recent explicit choice wins over an older one:
 *
 * 1. a language asked for in this conversation ("in English please"), unless the page's picker
 *    was changed since (the conversation's language: dialogs/conversation.machine.ts, startTurn);
 * 2. the language of the Sésame page, as its picker shows it, chosen or the browser's
 *    (`channelData.sesame.pickedLocale`, on every message and on the welcome through the page's token);
 * 3. the language the manager asked for in an earlier conversation (remembered);
 * 4. the client's locale (the activity's, or Teams' clientInfo);
 * 5. the locale this conversation was last answered in; French.
 *
 * This function covers 2 to 5, what is known before the conversation's state is read.
 */
export function chooseLocale(c: { picked?: Locale | undefined; remembered?: Locale | undefined; client?: string | undefined; stored?: () => Locale | undefined }): Locale {
  if (c.picked) return c.picked;
  if (c.remembered) return c.remembered;
  if (c.client) return toLocale(c.client);
  return c.stored?.() ?? 'fr';
}

/** The language the user picked in the Sésame page, as the page marks it; undefined for anything else. */
export function pickedLocale(a: Partial<Activity>): Locale | undefined {
  const picked = (a.channelData as { sesame?: { pickedLocale?: unknown } } | undefined)?.sesame?.pickedLocale;
  if (typeof picked !== 'string') return undefined;
  const prefix = picked.slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(prefix) ? (prefix as Locale) : undefined;
}
