import { knownPeopleIn, type KnownPerson } from './known-people';
import { nearestPeople, usable } from './names';
import { isMonthName } from './names-not-dates';
import { normalize } from './parse';
import type { Vocabulary } from './understand';

/**
 * A known person named by a first name alone ("hospisup for julie", "pourquoi julie n'a pas accès …"): the manager named someone, and the sentence must never lose them. When one user
 * of the manager's entities has that name, it is written as their full name, so that every reader finds them and the dialog
 * says whom it took ("Julie Lefebvre?"); when several have it, the word is written with a capital, so that the readers of
 * names take it and the lookup offers them all. A word of the calendar after a number ("3 jan"), a word of an entity, an
 * application or a date, and the sentence's own short words are no one's name. Pure.
 */
export function withLoneKnownNames(text: string, vocab: Vocabulary, now: number): string {
  const people = vocab.people ?? [];
  if (people.length === 0) return text;
  const spans = knownPeopleIn(text, people);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}@._'’-])\p{L}+(?![\p{L}\p{N}@_-]|['’](?!s(?![\p{L}]))|\.\p{L})/gu)) {
    const start = m.index;
    if (spans.some((s) => s.start <= start && start < s.end)) continue;
    const word = m[0];
    const named = namedBy(normalize(word), people);
    if (named.length === 0 || !isAName(word, text.slice(0, start), vocab, now)) continue;
    // "els jansens": a first name with a surname after it is a whole name typed (maybe wrong), looked up as such, never
    // completed with the surname of whoever has that first name.
    const next = /^[\s'’-]+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(start + word.length))?.[1];
    if (next !== undefined && /^\p{Lu}/u.test(next)) continue;
    // "nathalie dubos", "julie martin": written with capitals ("Nathalie Dubos"), so that the readers of names take it and the
    // lookup offers the near ones (Nathalie Dubois) or says nobody is so called, never the first name's owner taken silently.
    if (next !== undefined && !FOLLOWERS.has(normalize(next)) && (typedSurname(next, people) || usable(next, vocab, now))) {
      const end = start + word.length + text.slice(start + word.length).indexOf(next);
      out += text.slice(at, start) + capitalised(word) + text.slice(start + word.length, end) + capitalised(next);
      at = end + next.length;
      continue;
    }
    const written = named.length === 1 ? `${named[0]!.first.trim()} ${named[0]!.last.trim()}` : capitalised(word);
    out += text.slice(at, start) + written;
    at = start + word.length;
  }
  return out + text.slice(at);
}

/** The known people a word names by their first name (a surname alone is looked up as such already: "à peeters"). */
function namedBy(word: string, people: readonly KnownPerson[]): KnownPerson[] {
  const found = people.filter((p) => normalize(p.first).trim() === word);
  return found.filter((p, i) => found.findIndex((q) => normalize(`${q.first} ${q.last}`) === normalize(`${p.first} ${p.last}`)) === i);
}

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
/** A word after a first name that is a surname typed near a known one ("jansens"). */
const typedSurname = (word: string, people: readonly KnownPerson[]) =>
  nearestPeople(word, people.map((p) => ({ firstName: p.first, lastName: p.last }))).length > 0;

/** Words that follow a first name in a sentence without being its surname: "julie ne peut pas", "lucas heeft", "markus stopt". */
const FOLLOWERS = new Set(['ne', 'peut', 'pourra', 'doit', 'quitte', 'arrive', 'voudrait', 'veut', 'travaille', 'recoit', 'va', 'part', 'avoir', 'se', 'aussi', 'encore', 'deja',
  'heeft', 'hebben', 'kan', 'kon', 'moet', 'mag', 'wil', 'zal', 'zou', 'stopt', 'krijgt', 'komt', 'werkt', 'gaat', 'verlaat', 'vertrekt', 'hoeft', 'zich', 'al', 'ook', 'nog',
  'hat', 'haben', 'kann', 'muss', 'soll', 'darf', 'wird', 'braucht', 'bekommt', 'kommt', 'arbeitet', 'geht', 'verlasst', 'sich', 'schon', 'auch', 'noch',
  'open', 'ouvrir', 'ouvre', 'openen', 'opent', 'offnen', 'rein', 'log', 'login', 'sign', 'use', 'see', 'get', 'got', 'start', 'starts', 'stop', 'stops', 'ends', 'endet', 'termine',
  'commence', 'begint', 'beginnt', 'begins', 'niet', 'nicht', 'not', 'pas', 'plus', 'meer', 'mehr', 'anymore', 'now', 'nu', 'jetzt', 'maintenant', 's',
  'has', 'have', 'can', 'could', 'would', 'should', 'must', 'may', 'will', 'wont', 'won', 'needs', 'gets', 'wants', 'works', 'goes', 'leaves', 'is', 'ist', 'already', 'also', 'still']);

/** Short words that are names too ("An", "Jo") but stand in sentences as articles and prepositions. */
const SENTENCE_WORDS = new Set(['an', 'a', 'aan', 'de', 'du', 'van', 'von', 'le', 'la', 'to', 'en', 'et', 'und', 'and', 'of', 'bei', 'bij', 'at', 'in', 'op', 'jo', 'ben', 'so', 'will', 'may', 'mark', 'rose', 'grace', 'hope']);

function isAName(word: string, before: string, vocab: Vocabulary, now: number): boolean {
  const w = normalize(word);
  if (w.length < 3 || SENTENCE_WORDS.has(w)) return false;
  // "3 jan", "le 1er mars": a word of the calendar after a number is a date's.
  if (/\d\s*(?:er|e|st|nd|rd|th|\.)?\s*$/u.test(before) || isMonthName(w)) return false;
  return usable(word, vocab, now);
}
