import type { Locale } from '../domain/locale';
import type { AnyLabel, Said } from '../../dialogs/view';
import { say as sayIn } from '../i18n/say';
import { escapeParams } from '../i18n/markdown';
import { helpdeskText } from '../i18n/helpdesk-reply';

type Escape = <T>(value: T) => T;
const asIs: Escape = (value) => value;

/** A notice with its parameters passed through `escape` (the sentence around them is ours). */
function withParams<N extends object>(notice: N, escape: Escape): N {
  return 'params' in notice ? { ...notice, params: escape(notice.params) } : notice;
}

function sentence(notice: Said, locale: Locale, escape: Escape): string {
  if ('people' in notice) return sayIn('people', withParams(notice.people, escape), locale);
  if ('chat' in notice) return sayIn('manage', withParams(notice.chat, escape), locale);
  if ('channel' in notice) return sayIn('channel', withParams(notice.channel, escape), locale);
  if ('input' in notice) return sayIn('input', withParams(notice.input, escape), locale);
  if ('guide' in notice) return helpdeskText(escape(notice.guide), locale);
  if ('literal' in notice) return notice.literal;
  return sayIn('grant', withParams(notice, escape), locale);
}

/**
 * A sentence for a message text or an Adaptive Card TextBlock, which are Markdown: every value
 * in it is escaped here, the one place chat text is made, so no name can turn into markup.
 */
export function say(notice: Said, locale: Locale): string {
  return sentence(notice, locale, escapeParams);
}

/** A sentence for a field shown as typed (a button title, an input's label, a file description). */
export function sayPlain(notice: Said, locale: Locale): string {
  return sentence(notice, locale, asIs);
}

/** A choice as shown in Markdown (the numbered list, a card's radio buttons and check boxes). */
export function labelMarkdown(label: AnyLabel, locale: Locale): string {
  if ('names' in label) return escapeParams(label.names[locale]);
  return say(label, locale);
}

/** A choice as shown in a plain field, or as sent back when it is picked. */
export function labelText(label: AnyLabel, locale: Locale): string {
  if ('names' in label) return label.names[locale];
  return sayPlain(label, locale);
}
