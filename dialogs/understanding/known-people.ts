/**
 * The users of the manager's entities, found by their full name wherever a sentence names them, whatever the case and
 * the accents: managers type "tct pour kevin maes et bram claessens", "hat an peeters schon ebirth?", where the readers
 * of capitals see no name (and "an", a German preposition, is also the Dutch first name An). No import: the name
 * readers import one another through intent.ts (see name-words.ts). Pure.
 */

/** A user as the vocabulary holds them: first and last name as in the store, nothing else (no NISS). */
export interface KnownPerson { first: string; last: string }

/** A known person named in a text: their name as in the store, and where it stands (a possessive "'s" included). */
export interface PersonSpan { name: string; start: number; end: number }

/** Lower case without accents, one code unit for one, so that a position in the folded text is one in the text. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += f.length === ch.length ? f : `${f}  `.slice(0, ch.length);
  }
  return out;
}

const wordsOf = (name: string) => fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The names by their first word, the longest first: a message is read word by word, however many users there are. */
type Index = Map<string, { words: string[]; name: string }[]>;
const indexes = new WeakMap<readonly KnownPerson[], Index>();

function indexOf(people: readonly KnownPerson[]): Index {
  let index = indexes.get(people);
  if (!index) {
    index = new Map();
    const seen = new Set<string>();
    for (const p of people) {
      const words = wordsOf(`${p.first} ${p.last}`);
      // A first name alone or an empty one names nobody in a sentence: "An" is an article as often as a name.
      if (words.length < 2 || seen.has(words.join(' '))) continue;
      seen.add(words.join(' '));
      const list = index.get(words[0]!) ?? [];
      list.push({ words, name: `${p.first.trim()} ${p.last.trim()}`.replace(/\s+/g, ' ') });
      index.set(words[0]!, list);
    }
    // "Anne Marie Peeters" before "Anne Marie": at one place in a text, the longest name wins.
    for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
    indexes.set(people, index);
  }
  return index;
}

/** Short words of the four languages that are also first names ("An", "Jo", "Ben"), or may stand before a surname. */
const SENTENCE_WORDS = new Set(['an', 'a', 'aan', 'de', 'du', 'van', 'von', 'le', 'la', 'to', 'en', 'et', 'und', 'and', 'of', 'bei', 'bij', 'at', 'in', 'op', 'jo', 'ben', 'so']);

/**
 * "gib eBirth an Peeters": such a word in lower case before a capitalised one is no part of the name (the writer
 * capitalises names), so "an Peeters" is "to Peeters", while "an peeters" and "An Peeters" are An Peeters.
 */
function mixedCase(said: string): boolean {
  const ws = said.split(/[\s'’-]+/).filter(Boolean);
  const capital = ws.map((w) => /^\p{Lu}/u.test(w));
  return !capital[0] && SENTENCE_WORDS.has(fold(ws[0]!)) && capital.slice(1).some(Boolean);
}

/** The known people a text names, in the order it names them; where two names start at one place, the longer one. */
export function knownPeopleIn(text: string, people: readonly KnownPerson[] | undefined): PersonSpan[] {
  if (!people?.length) return [];
  const index = indexOf(people);
  const folded = fold(text);
  const tokens = [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const found: PersonSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(tokens[i]!.word);
    // Words of one name stand side by side, with only spaces, hyphens or apostrophes between them.
    const fits = candidates?.find((c) => c.words.every((w, k) => tokens[i + k]?.word === w && (k === 0 || /^[\s'’-]+$/u.test(folded.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start)))));
    if (!fits) continue;
    const last = tokens[i + fits.words.length - 1]!;
    const possessive = /^['’]s(?![\p{L}\p{N}])/u.exec(folded.slice(last.end))?.[0] ?? '';
    const span = { name: fits.name, start: tokens[i]!.start, end: last.end + possessive.length };
    // "an.peeters@example.be", "jan_peeters": part of an address or a username, no name said.
    const glued = /[@._]/.test(folded[span.start - 1] ?? '') || /^(?:[@_]|\.[\p{L}\p{N}])/u.test(folded.slice(span.end));
    if (glued || mixedCase(text.slice(span.start, span.end))) continue;
    found.push(span);
    i += fits.words.length - 1 + (possessive ? 1 : 0);
  }
  return found;
}

/** The text with each known person written as in the store ("an peeters" → "An Peeters"), a possessive kept. */
export function withKnownNames(text: string, people: readonly KnownPerson[] | undefined): string {
  let out = text;
  for (const span of knownPeopleIn(text, people).reverse()) {
    const possessive = /['’]s$/u.exec(text.slice(span.start, span.end))?.[0] ?? '';
    out = out.slice(0, span.start) + span.name + possessive + out.slice(span.end);
  }
  return out;
}

/** Words that say the name after them is not the one meant: "pas Marie Dupont", "niet", "nicht", "not", "au lieu de". */
const DENYING = /(?:^|[^\p{L}])(?:pas|niet|nicht|not|geen|kein|keine|sans|zonder|ohne|without|sauf|behalve|ausser|except|au lieu d[eu]?|a la place d[eu]?|plutot que|in plaats van|statt|anstatt|anstelle von|instead of|rather than)[\s,'’]*$/u;

/** The first known person the text names who is not denied ("non, pas Marie Dupont, c'est pour Jan Peeters": Jan Peeters). */
export function meantPerson(text: string, spans: readonly PersonSpan[]): PersonSpan | undefined {
  return spans.find((s) => !DENYING.test(fold(text.slice(Math.max(0, s.start - 24), s.start))));
}
