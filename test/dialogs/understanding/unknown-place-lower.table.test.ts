import { readCommands } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { NOW, vocabulary } from './fixture';

/**
 * Places typed in lower case (trial 7): a hospital's word ("hopital", "az", "klinikum") or a saint's ("st", "saint",
 * "sint") makes the words after it a place, named back when no entity known is called so; a function's words after
 * "hospital" ("the hospital pharmacist") or a qualité ("qualite hopital") are none, and known entities are read as such.
 */
const entityOf = (text: string, locale: Locale) => readCommands(text, { vocabulary, now: NOW, expecting: null, locale }).filter((c) => 'slot' in c && c.slot === 'entity');
const unknown = (text: string) => [{ type: 'unknown', slot: 'entity', text }];

describe('unknown places in lower case', () => {
  it.each<[string, Locale, string]>([
    ["tct pour markus schmitz a l'hopital erasme", 'fr', 'hopital erasme'],
    ['donne tct a kevin maes a saint luc', 'fr', 'saint luc'],
    ['hospisup pour kevin maes au chu tivoli', 'fr', 'chu tivoli'],
    ['ebirth voor lucas mertens in az groeninge', 'nl', 'az groeninge'],
    ['geef tct aan kevin maes in sint jan', 'nl', 'sint jan'],
    ['tct voor jan peeters in az sint-jan brugge', 'nl', 'az sint-jan brugge'],
    ['tct fur jan peeters im klinikum aachen', 'de', 'klinikum aachen'],
    ['gib ebirth an kevin maes im krankenhaus bethanien', 'de', 'krankenhaus bethanien'],
    ["tct for sarah wouters at st luke's", 'en', 'st luke'],
    ['give ebirth to kevin maes at the hospital delta', 'en', 'hospital delta'],
  ])('"%s" (%s) names %s', (text, locale, place) => {
    expect(entityOf(text, locale)).toEqual(unknown(place));
  });

  it.each<[string, Locale]>([
    ['he helps out the hospital pharmacist', 'en'],
    ['colindos for kevin maes, he works for the hospital pharmacist', 'en'],
    ['donne hospisup a kevin maes, qualite hopital', 'fr'],
    ['geef tct aan kevin maes in het ziekenhuis', 'nl'],
    ['donne tct a kevin maes a l hopital', 'fr'],
    ["donne colindos à jan peeters, collaborateur du pharmacien de l'hopital", 'fr'],
    ['gib tct an kevin maes im krankenhaus', 'de'],
  ])('"%s" (%s) names no place', (text, locale) => {
    expect(entityOf(text, locale)).toEqual([]);
  });

  it.each<[string, Locale, number]>([
    ['donne tct a kevin maes a sainte-anne', 'fr', 2],
    ['give tct to kevin maes at sainte anne', 'en', 2],
    ['give tct to kevin maes at iris sud', 'en', 1],
  ])('"%s" (%s) is the entity known', (text, locale, id) => {
    expect(entityOf(text, locale)).toEqual([{ type: 'set', slot: 'entity', value: id }]);
  });
});
