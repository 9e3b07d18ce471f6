import { normalize } from './parse';
import { WORDS } from './vocabulary';

/** Words that only strengthen a thank-you ("merci beaucoup", "super, merci", "thank you very much", "vielen Dank!"). */
const AROUND_THANKS = new Set(['super', 'top', 'parfait', 'genial', 'nickel', 'formidable', 'ok', 'oke', 'okay', 'okido', 'beaucoup', 'bien', 'tres', 'mille', 'fois',
  'great', 'perfect', 'cool', 'nice', 'very', 'much', 'so', 'a', 'lot', 'lots', 'many', 'again', 'prima', 'perfekt', 'toll', 'klasse', 'vielmals', 'schon', 'sehr', 'herzlichen',
  'heel', 'erg', 'hartelijk', 'fijn', 'mooi', 'goed', 'wel', 'you', 'u', 'je', 'encore', 'nochmals', 'nogmaals', 'oh', 'ah']);
/** The thank-you words themselves, in every language (the politeness list less "please"). */
const THANKS = WORDS.polite.filter((w) => /merci|dank|thank|thx|cheers/.test(w));

/**
 * A message that only thanks ("merci beaucoup", "bedankt!", "danke schön", "thanks!"): politeness, answered as such;
 * it asks nothing and opens no request. Pure.
 */
export function onlyThanks(text: string): boolean {
  let rest = ` ${normalize(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  const before = rest;
  for (const t of [...THANKS].sort((a, b) => b.length - a.length)) rest = rest.split(` ${t} `).join(' ');
  if (rest === before) return false;
  return rest.trim().split(/\s+/).filter(Boolean).every((w) => AROUND_THANKS.has(w));
}
