import { withoutPossessive } from '../../../dialogs/understanding/name-words';
import { readCommands } from '../../../dialogs/understanding/commands';
import { NOW, vocabulary } from './fixture';
import type { Locale } from '../../../src/domain/locale';

/**
 * An English possessive is no part of a name, stripped by one helper wherever a name is read (the name readers of
 * names.ts and asked-person.ts); the words that say whose in other languages ("de", "van", "von", "z'n", "haar") are
 * words of their own, and an apostrophe inside a name stays.
 */
describe('withoutPossessive', () => {
  it.each([
    ["Vandamme's", 'Vandamme'],
    ['Peter Vandamme’s', 'Peter Vandamme'],
    ["Moens's", 'Moens'],
    ["Sarah Moens's", 'Sarah Moens'],
    ["James'", 'James'],
    ['James’', 'James'],
    ['Peeters', 'Peeters'],
    ["O'Neil", "O'Neil"],
    ["d'Hondt", "d'Hondt"],
    ["Jan d'Hondt", "Jan d'Hondt"],
    ['Jan Peeters de', 'Jan Peeters de'],
    ['Jan Peeters von', 'Jan Peeters von'],
    ["z'n", "z'n"],
    ['haar', 'haar'],
    ['Jans', 'Jans'],
  ])('%s → %s', (name, bare) => {
    expect(withoutPossessive(name)).toBe(bare);
  });
});

describe('a possessive in a sentence: the name without it, in every reader', () => {
  const nameOf = (text: string, locale: Locale) => {
    const commands = readCommands(text, { vocabulary, now: NOW, expecting: null, locale });
    for (const c of commands) {
      if (c.type === 'startRequest' && c.intent && 'name' in c.intent) return c.intent.name;
      if (c.type === 'set' && c.slot === 'person') return c.value;
    }
    return undefined;
  };
  it.each<[Locale, string, string]>([
    ['en', "remove Peter Vandamme's access to eBirth", 'Peter Vandamme'],
    ['en', "revoke Sarah Moens's eBirth", 'Sarah Moens'],
    ['en', "revoke James' eBirth", 'James'],
    ['en', "why can't Nathalie Dubois's Colindos open?", 'Nathalie Dubois'],
    ['fr', 'retire eBirth de Jan Peeters', 'Jan Peeters'],
    ['nl', 'trek eBirth van Jan Peeters in', 'Jan Peeters'],
    ['nl', "Jan Peeters heeft z'n eBirth niet meer nodig", 'Jan Peeters'],
    ['de', 'entziehe den Zugang von Jan Peeters zu eBirth', 'Jan Peeters'],
  ])('%s: "%s" names %s', (locale, text, name) => {
    expect(nameOf(text, locale)).toBe(name);
  });
});
