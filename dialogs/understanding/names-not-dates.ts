import { NAME_WORD } from './name-words';
import { normalize } from './parse';

/**
 * First names that are also words of the calendar: "Jan Peeters", "May Smith", "Mai Nguyen", "Juli Schmidt", "April Jones",
 * "Marie Mars", "Sam Peeters". Read as dates, "end Jan Peeters's function on 10-01-2027" ended a function on 31 January,
 * a date nobody said: a wrong record. Such a word, next to another word of a name (or with an English possessive), is part
 * of the name, and hidden from the date readers.
 */
const CALENDAR_NAMES = new Set([
  'jan', 'janvier', 'januari', 'januar', 'january', 'feb', 'mar', 'mars', 'maart', 'march', 'avril', 'april', 'apr', 'mai', 'mei', 'may',
  'juin', 'juni', 'june', 'jun', 'juli', 'july', 'jul', 'aout', 'august', 'augustus', 'aug', 'sept', 'september', 'oct', 'nov', 'dec',
  'lun', 'mer', 'jeu', 'ven', 'sam', 'dim', 'don', 'mon', 'sun', 'tue', 'wed', 'thu', 'fri', 'sat', 'di', 'do', 'fr', 'sa', 'so', 'mo',
]);
/** Capitalised words beside a month that are no name: German nouns and the date's own words at the head of a sentence. */
const NOT_OF_A_NAME = new Set([
  ...CALENDAR_NAMES, 'anfang', 'ende', 'mitte', 'beginn', 'begin', 'eind', 'einde', 'midden', 'fin', 'debut', 'mi', 'end', 'start', 'beginning', 'middle',
  'from', 'until', 'till', 'to', 'in', 'on', 'of', 'the', 'since', 'as', 'starting', 'ab', 'bis', 'im', 'am', 'vom', 'von', 'seit', 'zum', 'en', 'le', 'la', 'du', 'de',
  'des', 'au', 'depuis', 'jusqu', 'vanaf', 'tot', 'van', 'op', 'per', 'sinds', 'next', 'this', 'last', 'prochain', 'dernier', 'volgende', 'nachste', 'nachsten', 'nachster',
  'zugang', 'zugriff', 'anwendung', 'einrichtung', 'benutzer', 'funktion', 'enddatum', 'startdatum', 'datum', 'date', 'dag', 'tag', 'woche', 'monat', 'jahr',
]);
const WORD = new RegExp(String.raw`(?<![\p{L}\d])\p{L}[\p{L}'’-]*`, 'gu');
const CAPITALISED = new RegExp(String.raw`^${NAME_WORD}$`, 'u');

const MONTH_NAMES = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'oktober', 'december',
  'januar', 'februar', 'marz', 'maerz', 'august', 'dezember', 'janner', 'january', 'february', 'march', 'may', 'june', 'july', 'october',
]);
/** "from March", "vanaf juni": a month alone, after a preposition, is a date's word, not someone's name. */
export const isMonthName = (word: string): boolean => MONTH_NAMES.has(normalize(word));

export interface Span { start: number; end: number }

/**
 * The calendar words of `text` that are part of a person's name: capitalised, next to another capitalised word that is
 * neither a word of dates nor something else named (`namesSomethingElse`: an application, an entity), or followed by
 * an English possessive ("May's function"), or, in lower case, followed by a name with one ("end jan peeters's function").
 */
export function calendarWordsInNames(text: string, namesSomethingElse: (word: string) => boolean = () => false): Span[] {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const aNameWord = (i: number) => {
    const t = tokens[i];
    if (!t || !CAPITALISED.test(t.text.replace(/['’]s?$/u, ''))) return false;
    const n = normalize(t.text.replace(/['’]s?$/u, ''));
    return !NOT_OF_A_NAME.has(n) && !namesSomethingElse(t.text);
  };
  // Two words are side by side when only spaces lie between them ("Jan, Peeters" is a list; "1 Mai" holds a day).
  const adjacent = (a: number, b: number) => tokens[a] !== undefined && tokens[b] !== undefined && /^\s+$/u.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  const spans: Span[] = [];
  const possessiveAt = (i: number) => tokens[i] !== undefined && /\p{L}['’]s$/u.test(tokens[i]!.text);
  tokens.forEach((t, i) => {
    const bare = t.text.replace(/['’]s?$/u, '');
    if (!CALENDAR_NAMES.has(normalize(bare))) return;
    // "end jan peeters's function", typed in lower case: a calendar word before a possessive is a first name too.
    if (!CAPITALISED.test(bare)) {
      if (adjacent(i, i + 1) && possessiveAt(i + 1) && !NOT_OF_A_NAME.has(normalize(tokens[i + 1]!.text.replace(/['’]s$/u, '')))) spans.push({ start: t.start, end: t.end });
      return;
    }
    const possessive = bare !== t.text && /['’]s$/u.test(t.text);
    if (possessive || (adjacent(i, i + 1) && aNameWord(i + 1)) || (adjacent(i - 1, i) && aNameWord(i - 1))) spans.push({ start: t.start, end: t.end });
  });
  return spans;
}
