import { normalize } from './parse';
import { WORDS } from './vocabulary';

/**
 * A refusal in everyday words, where a confirmation or a choice is asked ("hm, machen Sie das doch lieber nicht",
 * "wait no, don't", "nein, doch noch nicht", "non attendez, ne faites pas ça", "wacht, doe maar niet", "scratch that"),
 * and where a NISS or a name is asked ("actually no, keep her", "hmm nee, ik zie ervan af"): a stop, never a yes, a value
 * not recognised, nor a NISS typed wrong. Said with a refusal or a stop phrase, and only with words that name nothing
 * (fillers, interjections, politeness): "non, pour Sarah Moens", "nee, iris sud", "no, eBirth" name something, and stay
 * corrections. A bare "no" is no refusal here: each question reads its own no. Pure.
 */

const PHRASES = [...WORDS.refusals, ...WORDS.cancelPhrases];
/** The words that may make up a refusal: those of its phrases, and those that stand around one. */
const AROUND = new Set([
  ...WORDS.aroundRefusal, ...WORDS.aroundStop,
  ...[...PHRASES, ...WORDS.no, ...WORDS.cancel, ...WORDS.interjections, ...WORDS.polite].flatMap((p) => p.split(' ')),
]);
/** "n'attendez pas", "don't forget": what is negated is the waiting or the forgetting. */
const NOT_A_REFUSAL = [...WORDS.notARefusal, ...WORDS.notAStop];
/** Longer than this, a message says more than a refusal. */
const MOST_WORDS = 16;

const wordsOf = (text: string) => normalize(text).replace(/['’-]/g, ' ').replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
const says = (padded: string, phrases: readonly string[]) => phrases.some((p) => padded.includes(` ${p} `));

export function refuses(text: string): boolean {
  if (/\d/.test(text)) return false;
  const norm = wordsOf(text);
  const ws = norm.split(' ').filter(Boolean);
  if (ws.length === 0 || ws.length > MOST_WORDS || !ws.every((w) => AROUND.has(w))) return false;
  const padded = ` ${norm} `;
  return says(padded, PHRASES) && !says(padded, NOT_A_REFUSAL);
}
