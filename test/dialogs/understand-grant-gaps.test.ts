import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandOf, understand, type Understanding, type Vocabulary } from '../../dialogs/understanding/understand';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import type { Locale } from '../../src/domain/locale';
import { projectRoot } from '../../src/paths';

/** What the HTTP conversations of issue 12 showed the reader missed, read on a fixed clock (Monday 2026-11-23, Brussels). */
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const catalog = JSON.parse(readFileSync(join(projectRoot, 'data', 'catalog.json'), 'utf8')) as {
  qualityKinds: Vocabulary['qualityKinds'];
  applications: { code: string; names: Vocabulary['applications'][number]['names']; aliases?: string[] }[];
};
const vocab: Vocabulary = {
  entities: [{ id: 1, name: 'Hôpitaux IRIS Sud', inami: '710087-50' }],
  otherEntities: [{ id: 3, name: 'CHU de Liège Sart Tilman', inami: '710555-20' }],
  qualityKinds: catalog.qualityKinds,
  applications: catalog.applications.map((a) => ({ code: a.code, names: a.names, aliases: a.aliases ?? [] })),
};
const read = (text: string, locale: Locale, expecting: Slot | null = null) => understand(text, vocab, { expecting, now: NOW, locale });

const cases: [text: string, locale: Locale, expecting: Slot | null, part: Partial<Understanding>][] = [
  // A hospital's name that is no entity is said back, never passed over.
  ['donne eBirth à 85073003328 à la clinique Trucmuche', 'fr', null, { entityUnknown: 'clinique Trucmuche' }],
  ['geef eBirth aan 85073003328 bij AZ Nergens', 'nl', null, { entityUnknown: 'AZ Nergens' }],
  ['gib eBirth an 85073003328 im AZ Groeninge', 'de', null, { entityUnknown: 'AZ Groeninge' }],
  ['give eBirth to 85073003328 at Hospital St Elsewhere', 'en', null, { entityUnknown: 'Hospital St Elsewhere' }],
  // An unknown application listed beside a known one.
  ['Colindos et Zorglub pour 90041212377', 'fr', null, { applicationsUnknown: ['zorglub'] }],
  ['geef Hospisup en Kwakzalver aan 85073003328', 'nl', null, { applicationsUnknown: ['kwakzalver'] }],
  ['Colindos und Zauberwerk für 90041212377', 'de', null, { applicationsUnknown: ['zauberwerk'] }],
  ['give eBirth and Quuxify to 85073003328', 'en', null, { applicationsUnknown: ['quuxify'] }],
  // An ordinary name of an application, where an application is named, is read as it and said back.
  ['il faudrait la cellule technique pour 90041212377', 'fr', null, { applications: { add: ['TCT_WEB'], remove: [], also: false }, applicationsGuessed: [{ text: 'cellule technique', code: 'TCT_WEB' }] }],
  ['mijn documenten voor 85073003328 graag', 'nl', null, { applicationsGuessed: [{ text: 'mijn documenten', code: 'INAMI_MY_DOCUMENTS' }] }],
  // A status question about someone named, not a request.
  ['au fait, est-ce que Jan Peeters a déjà Hospisup ?', 'fr', 'confirm', { statusOfNamed: { name: 'Jan Peeters', applications: ['HOSPISUP'] } }],
  ['heeft Els Janssens eigenlijk al toegang tot Colindos?', 'nl', 'confirm', { statusOfNamed: { name: 'Els Janssens', applications: ['COLINDOS'] } }],
  ['Ist der Zugang von Marie Dupont schon aktiv?', 'de', 'confirm', { statusOfNamed: { name: 'Marie Dupont', applications: [] } }],
  ['does Lucas Mertens already have eBirth?', 'en', 'confirm', { statusOfNamed: { name: 'Lucas Mertens', applications: ['EBIRTH'] } }],
  // Asked for the NISS, a bare name is the person's name.
  ['Jan Peeters', 'fr', 'niss', { personName: 'Jan Peeters' }],
  ['Dr Els Janssens', 'nl', 'niss', { personName: 'Els Janssens' }],
  // The day after tomorrow; "mei"; a reversed range refused.
  ['vanaf overmorgen', 'nl', null, { startDate: '2026-11-25' }],
  ['ab übermorgen', 'de', null, { startDate: '2026-11-25' }],
  ["à partir d'après-demain", 'fr', null, { startDate: '2026-11-25' }],
  ['from the day after tomorrow', 'en', null, { startDate: '2026-11-25' }],
  ['van 15 mei 2027 tot 1 mei 2027', 'nl', null, { startDate: '2027-05-15', dateError: { problem: 'notAfterStart', which: 'endDate' } }],
  // Asked for the end date, "no end" answers it.
  ['no end', 'en', 'endDate', { yesNo: 'no' }],
];

describe('understanding: the gaps the HTTP conversations showed', () => {
  test.each(cases)('%s (%s, expecting %s)', (text, locale, expecting, part) => expect(read(text, locale, expecting)).toEqual(expect.objectContaining(part)));

  test.each([
    ['Welche Benutzer haben schon Hospisup?', 'de'],
    ['Welke Gebruikers hebben al eBirth?', 'nl'],
    ['donne Colindos à Jan Peeters', 'fr'],
  ] as const)('"%s" is no status question about a person', (text, locale) => expect(read(text, locale).statusOfNamed).toBeUndefined());

  test.each([['Colindos et Hospiliss pour 85.07.30-033.28', 'fr'], ['geef Colindos en Hospiliss aan 90041212377', 'nl']] as const)(
    '"%s" names no unknown application', (text, locale) => expect(read(text, locale).applicationsUnknown).toBeUndefined());

  test.each(['stop er dan maar mee', 'nee stop', 'ach, stop dann'])('"%s" cancels', (text) => expect(commandOf(text)).toBe('cancel'));
  test.each(['niet stoppen', 'stop de functie'])('"%s" is no cancel', (text) => expect(commandOf(text)).toBeUndefined());
  it('"no, change the end" at the summary still changes the end date', () => expect(read('no, change the end', 'en', 'confirm').change).toBe('endDate'));
});
