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
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += f.length === ch.length ? f : `${f}  `.slice(0, ch.length);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsOf = (name: string) => fold(name).split(/[\s'’-]+/).filter(Boolean);

interface Pattern { name: string; regex: RegExp }
const patterns = new WeakMap<readonly KnownPerson[], Pattern[]>();

/** One pattern per person, the longest names first, so that "Anne-Marie Peeters" is found before "Marie Peeters". */
function patternsOf(people: readonly KnownPerson[]): Pattern[] {
  let out = patterns.get(people);
  if (!out) {
    const seen = new Set<string>();
    out = people
      .map((p) => ({ name: `${p.first.trim()} ${p.last.trim()}`.replace(/\s+/g, ' '), ws: wordsOf(`${p.first} ${p.last}`) }))
      // A first name alone or an empty one names nobody in a sentence: "An" is an article as often as a name.
      .filter((p) => p.ws.length >= 2 && !seen.has(p.ws.join(' ')) && seen.add(p.ws.join(' ')))
      .sort((a, b) => b.ws.join(' ').length - a.ws.join(' ').length)
      .map((p) => ({ name: p.name, regex: new RegExp(String.raw`(?<![\p{L}\p{N}])${p.ws.map(escape).join(String.raw`[\s'’-]+`)}(?:['’]s)?(?![\p{L}\p{N}])`, 'gu') }));
    patterns.set(people, out);
  }
  return out;
}

/**
 * "gib eBirth an Peeters": a word in lower case before a capitalised one is no part of the name (the writer capitalises
 * names), so "an Peeters" is "to Peeters", while "an peeters" and "An Peeters" are An Peeters.
 */
function mixedCase(said: string): boolean {
  const ws = said.split(/[\s'’-]+/).filter(Boolean);
  const capital = ws.map((w) => /^\p{Lu}/u.test(w));
  return !capital[0] && capital.slice(1).some(Boolean);
}

/** The known people a text names, in the order it names them; where two names overlap, the longer one. */
export function knownPeopleIn(text: string, people: readonly KnownPerson[] | undefined): PersonSpan[] {
  if (!people?.length) return [];
  const folded = fold(text);
  const found: PersonSpan[] = [];
  for (const { name, regex } of patternsOf(people)) {
    for (const m of folded.matchAll(regex)) {
      const span = { name, start: m.index, end: m.index + m[0].length };
      if (mixedCase(text.slice(span.start, span.end))) continue;
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      found.push(span);
    }
  }
  return found.sort((a, b) => a.start - b.start);
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
