import { readCommands, type Command } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { NOW, vocabulary } from './fixture';

/**
 * Dates beside the words that look like them (Monday 23 November 2026): a first name that is a month ("Jan Peeters",
 * "May Smith", "Mai Nguyen", "Juli Schmidt"), a recipient's "to", "à", "aan", "an" that is no end, a goodbye "tot ziens",
 * "bis bald", a month said alone ("in January", "Anfang März", its 1st), a month typed without accents. Each sentence
 * yields exactly the person named and the start and end dates said, no other.
 */
type Read = { person?: string; start?: string; end?: string };

function readOf(commands: Command[]): Read {
  const r: Read = {};
  for (const c of commands as ({ type: string; slot?: string; value?: unknown; intent?: { kind: string; name?: string; endDate?: string | null } })[]) {
    if (c.type === 'set' && c.slot === 'startDate') r.start = c.value as string;
    if (c.type === 'set' && c.slot === 'endDate') r.end = c.value as string;
    if (c.type === 'set' && c.slot === 'person') r.person = c.value as string;
    if (c.type === 'startRequest' && c.intent?.kind === 'endFunction') {
      if (c.intent.name) r.person = c.intent.name;
      if (c.intent.endDate) r.end = c.intent.endDate;
    }
  }
  return r;
}

const TABLES: Record<Locale, [text: string, read: Read][]> = {
  fr: [
    ['Jan Peeters a besoin de Colindos à partir de juin', { person: 'Jan Peeters', start: '2027-06-01' }],
    ["donne TCT à Kevin Maes demain, jusqu'à nouvel ordre", { person: 'Kevin Maes', start: '2026-11-24' }],
    ['donne HospiSup à Jan Peeters à partir du 3 mars', { person: 'Jan Peeters', start: '2027-03-03' }],
    ['donne Colindos à Mai Nguyen à partir du 1er décembre', { person: 'Mai Nguyen', start: '2026-12-01' }],
    ["donne Colindos à Julie Martin jusqu'au 31 mai 2027", { person: 'Julie Martin', end: '2027-05-31' }],
    ['donne eBirth à Augustin Dubois dès le 15 janvier', { person: 'Augustin Dubois', start: '2027-01-15' }],
    ['donne eBirth à Avril Lambert à partir de demain', { person: 'Avril Lambert', start: '2026-11-24' }],
    ['donne eBirth à Marie Mars à partir du 2 décembre', { person: 'Marie Mars', start: '2026-12-02' }],
    ['mets fin à la fonction de Jan Peeters le 10 janvier 2027', { person: 'Jan Peeters', end: '2027-01-10' }],
    ['donne HospiSup à Sam Peeters le 3 décembre', { person: 'Sam Peeters', start: '2026-12-03' }],
    ['donne TCT à Kevin Maes dans deux semaines', { person: 'Kevin Maes', start: '2026-12-07' }],
    ['donne TCT à Kevin Maes dans 15 jours', { person: 'Kevin Maes', start: '2026-12-07' }],
    ["donne TCT à Kevin Maes jusqu'au 30 juin 2027", { person: 'Kevin Maes', end: '2027-06-30' }],
    ['donne eBirth à Jan Peeters en janvier', { person: 'Jan Peeters', start: '2027-01-01' }],
    ['donne eBirth à Marie Dupont à partir de mars', { person: 'Marie Dupont', start: '2027-03-01' }],
    ['donne eBirth à Marie Dupont à partir de fevrier', { person: 'Marie Dupont', start: '2027-02-01' }],
    ["donne eBirth à Marie Dupont à partir de mars jusqu'au 30 juin 2027", { person: 'Marie Dupont', start: '2027-03-01', end: '2027-06-30' }],
  ],
  nl: [
    ['geef TCT aan Kevin Maes morgen, tot nader order', { person: 'Kevin Maes', start: '2026-11-24' }],
    ['geef Julie Lefebvre Colindos vanaf 1 juni', { person: 'Julie Lefebvre', start: '2027-06-01' }],
    ['geef Jan Peeters Colindos vanaf 1 december', { person: 'Jan Peeters', start: '2026-12-01' }],
    ['geef Colindos aan Mei Janssens vanaf morgen', { person: 'Mei Janssens', start: '2026-11-24' }],
    ['beëindig de functie van Jan Peeters op 10-01-2027', { person: 'Jan Peeters', end: '2027-01-10' }],
    ['geef Colindos aan Juni Peeters tot 31 maart 2027', { person: 'Juni Peeters', end: '2027-03-31' }],
    ['geef TCT aan Kevin Maes over twee weken', { person: 'Kevin Maes', start: '2026-12-07' }],
    ['geef TCT aan Kevin Maes over twee weken, tot ziens', { person: 'Kevin Maes', start: '2026-12-07' }],
    ['geef TCT aan Kevin Maes tot 30 juni 2027', { person: 'Kevin Maes', end: '2027-06-30' }],
    ['geef TCT aan Kevin Maes morgen, tot straks', { person: 'Kevin Maes', start: '2026-11-24' }],
    ['geef eBirth aan Jan Peeters in januari', { person: 'Jan Peeters', start: '2027-01-01' }],
    ['geef eBirth aan Marie Dupont begin maart', { person: 'Marie Dupont', start: '2027-03-01' }],
  ],
  de: [
    ['Mai Nguyen braucht Colindos ab Juni', { person: 'Mai Nguyen', start: '2027-06-01' }],
    ['gib TCT an Kevin Maes morgen, bis auf Weiteres', { person: 'Kevin Maes', start: '2026-11-24' }],
    ['gib Juli Schmidt Colindos ab 1. März', { person: 'Juli Schmidt', start: '2027-03-01' }],
    ['gib Mai Nguyen Colindos ab morgen', { person: 'Mai Nguyen', start: '2026-11-24' }],
    ['beende die Funktion von Jan Peeters am 10.01.2027', { person: 'Jan Peeters', end: '2027-01-10' }],
    ['gib Colindos an August Weber ab dem 2. Dezember', { person: 'August Weber', start: '2026-12-02' }],
    ['gib Colindos an April Jones bis zum 31. Mai 2027', { person: 'April Jones', end: '2027-05-31' }],
    ['gib Kevin Maes TCT in zwei Wochen', { person: 'Kevin Maes', start: '2026-12-07' }],
    ['gib TCT an Kevin Maes in zwei Wochen, bis bald', { person: 'Kevin Maes', start: '2026-12-07' }],
    ['gib TCT an Kevin Maes bis 30. Juni 2027', { person: 'Kevin Maes', end: '2027-06-30' }],
    ['gib TCT für Kevin Maes ab morgen, bis dann', { person: 'Kevin Maes', start: '2026-11-24' }],
    ['gib TCT an Kevin Maes übermorgen, bis später', { person: 'Kevin Maes', start: '2026-11-25' }],
    ['gib Jan Peeters eBirth im Januar', { person: 'Jan Peeters', start: '2027-01-01' }],
    ['gib Marie Dupont eBirth Anfang März', { person: 'Marie Dupont', start: '2027-03-01' }],
    ['gib Marie Dupont eBirth ab Maerz', { person: 'Marie Dupont', start: '2027-03-01' }],
  ],
  en: [
    ['May I give Colindos to Marie Dupont?', { person: 'Marie Dupont' }],
    ['give Colindos to Marie Dupont, may I?', { person: 'Marie Dupont' }],
    ['April Jones needs Colindos from June', { person: 'April Jones', start: '2027-06-01' }],
    ['give TCT to Kevin Maes tomorrow, until further notice', { person: 'Kevin Maes', start: '2026-11-24' }],
    ["end Jan Peeters's function on 10-01-2027", { person: 'Jan Peeters', end: '2027-01-10' }],
    ["end May Smith's function on 31-03-2027", { person: 'May Smith', end: '2027-03-31' }],
    ["end April Jones's function on 15-02-2027", { person: 'April Jones', end: '2027-02-15' }],
    ['end the function of June Peeters on 31-12-2026', { person: 'June Peeters', end: '2026-12-31' }],
    ['give Colindos to May Smith until 31 May 2027', { person: 'May Smith', end: '2027-05-31' }],
    ['give Colindos to April Jones from 3 March', { person: 'April Jones', start: '2027-03-03' }],
    ['give Colindos to August Smith from tomorrow', { person: 'August Smith', start: '2026-11-24' }],
    ['give Colindos to Jan Peeters from 1 December', { person: 'Jan Peeters', start: '2026-12-01' }],
    ['give Colindos to Mai Nguyen in May', { person: 'Mai Nguyen', start: '2027-05-01' }],
    ['give TCT to Kevin Maes in two weeks', { person: 'Kevin Maes', start: '2026-12-07' }],
    ['give TCT to Kevin Maes in 3 days', { person: 'Kevin Maes', start: '2026-11-26' }],
    ['give TCT to Kevin Maes from tomorrow', { person: 'Kevin Maes', start: '2026-11-24' }],
    ['give TCT to Kevin Maes next Monday', { person: 'Kevin Maes', start: '2026-11-30' }],
    ['give TCT to Kevin Maes in a month', { person: 'Kevin Maes', start: '2026-12-23' }],
    ['give Colindos to 85073003328 to 30 June 2027', { end: '2027-06-30' }],
    ['give Colindos to 85073003328 till 30 June 2027', { end: '2027-06-30' }],
    ['give eBirth to Jan Peeters in January', { person: 'Jan Peeters', start: '2027-01-01' }],
    ['give eBirth to Marie Dupont from March', { person: 'Marie Dupont', start: '2027-03-01' }],
    ['give eBirth to Marie Dupont from March until 30 June 2027', { person: 'Marie Dupont', start: '2027-03-01', end: '2027-06-30' }],
  ],
};

describe.each((Object.entries(TABLES) as [Locale, [string, Read][]][]).map(([locale, rows]) => [`${locale}: ${rows.length} sentences`, locale, rows] as const))(
  'names and dates, %s',
  (_name, locale, rows) => {
    it.each(rows)('"%s"', (text, read) => {
      expect(readOf(readCommands(text, { vocabulary, now: NOW, expecting: null, locale }))).toEqual(read);
    });
  },
);

// A first name that is a month is no date in any chat language: the sentence is read the same way whatever the client's.
describe('a first name is never a month, whatever the chat language', () => {
  const named = Object.values(TABLES).flat().filter(([text]) => /\b(?:Jan|May|Mai|Juli|Juni|June|April|Avril|August|Mars|Sam|Mei) /.test(text));
  it.each(named)('"%s"', (text, read) => {
    for (const locale of ['fr', 'nl', 'de', 'en'] as const) expect(readOf(readCommands(text, { vocabulary, now: NOW, expecting: null, locale }))).toEqual(read);
  });
});
