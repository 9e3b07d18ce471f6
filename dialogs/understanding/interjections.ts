import { WORDS } from './vocabulary';

/** The interjections, longest first ("oh la la" before "oh"), accents off as the readers compare them. */
const INTERJECTIONS = [...WORDS.interjections].sort((a, b) => b.length - a.length);
/** What may stand between and after interjections: spaces and punctuation ("oei,", "oops!", "ach…"). */
const SEPARATOR = /^[\s,.;:!?…-]+/u;

/**
 * The message without the interjections and fillers that open it ("oei nee, voor Sarah Moens" → "nee, voor Sarah Moens",
 * "oops no, for Lucas Mertens" → "no, for Lucas Mertens"): they never carry a meaning, and must never hide the one that
 * follows. The rest is kept as typed (its positions are read again). A message of interjections only is left whole:
 * there is nothing else to read, and it is said back as not understood.
 */
export function withoutInterjections(text: string): string {
  // Accents off, one character for one, so that a cut in the folded text is a cut in the text as typed.
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'").replace(/-/g, ' ');
  if (folded.length !== text.length) return text;
  let at = (SEPARATOR.exec(folded)?.[0].length) ?? 0;
  let cut = false;
  for (;;) {
    const rest = folded.slice(at);
    const word = INTERJECTIONS.find((w) => rest.startsWith(w) && !/[\p{L}\p{N}]/u.test(rest.charAt(w.length)));
    if (!word) break;
    const after = at + word.length;
    const gap = SEPARATOR.exec(folded.slice(after))?.[0].length ?? 0;
    // "hmm" alone, or "oh" at the very end: nothing follows to read.
    if (after + gap >= folded.length) return text;
    at = after + gap;
    cut = true;
  }
  return cut ? text.slice(at) : text;
}
