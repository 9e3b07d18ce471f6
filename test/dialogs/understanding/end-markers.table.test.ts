import { readCommands } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { ANNE, APPS, IRIS, NOW } from '../support/people-world';

/**
 * The end of a function read with its marker (Monday 23 November 2026), in four languages: "from … no longer" names
 * the first day without (the last day is the day before); "until / t/m / bis einschließlich / through / last day"
 * names the last day; "fin avril / eind april / Ende April / end of April" is the month's last day, even after "from".
 * In a sentence that starts the end of a function, and as the answer to the end-date question.
 */
const vocabulary = { entities: [IRIS, ANNE].map(({ id, name, inami }) => ({ id, name, inami })), qualityKinds: [], applications: APPS };

const endOf = (text: string, locale: Locale, expecting: 'endDate' | null) => {
  const commands = readCommands(text, { vocabulary, now: NOW, expecting, locale });
  const started = commands.find((c) => c.type === 'startRequest') as { kind: string; intent?: { endDate?: string | null } } | undefined;
  if (expecting === null) return { kind: started?.kind, lastDay: started?.intent?.endDate ?? null };
  const set = commands.find((c) => c.type === 'set' && c.slot === 'endDate') as { value: string } | undefined;
  return { kind: 'endFunction', lastDay: set?.value ?? null };
};

// [language, sentence, last day held]: a sentence that asks to end the function.
const SENTENCES: [Locale, string, string][] = [
  ['fr', "Marie Dupont n'est plus collaboratrice à partir du 1er février", '2027-01-31'],
  ['fr', 'Marie Dupont ne sera plus collaboratrice dès le 1er mars', '2027-02-28'],
  ['fr', 'Marie Dupont ne travaillera plus comme collaboratrice à partir du 15 janvier', '2027-01-14'],
  ['fr', "la fonction de Marie Dupont prend fin à partir du 1er février", '2027-01-31'],
  ['fr', "Marie Dupont reste collaboratrice jusqu'au 1er mars, ensuite elle n'est plus là", '2027-03-01'],
  ['fr', "le dernier jour de Marie Dupont comme collaboratrice est le 12 février", '2027-02-12'],
  ['fr', "Marie Dupont n'est plus collaboratrice fin avril", '2027-04-30'],
  ['fr', "Marie Dupont n'est plus collaboratrice à partir de fin avril", '2027-04-30'],
  ['nl', 'Marie Dupont is vanaf 1 februari geen medewerker meer', '2027-01-31'],
  ['nl', 'Marie Dupont stopt vanaf 1 maart als medewerker', '2027-02-28'],
  ['nl', 'Marie Dupont is met ingang van 15 januari niet langer medewerker', '2027-01-14'],
  ['nl', 'de functie van Marie Dupont loopt t/m 15 januari', '2027-01-15'],
  ['nl', 'Marie Dupont blijft medewerker tot en met 1 maart, daarna niet meer', '2027-03-01'],
  ['nl', 'de laatste werkdag van Marie Dupont als medewerker is 12 februari', '2027-02-12'],
  ['nl', 'Marie Dupont is eind april geen medewerker meer', '2027-04-30'],
  ['de', 'Marie Dupont ist ab 1. Februar nicht mehr Mitarbeiterin', '2027-01-31'],
  ['de', 'Marie Dupont ist ab dem 1. März keine Mitarbeiterin mehr', '2027-02-28'],
  ['de', 'die Funktion von Marie Dupont läuft bis einschließlich 15. Januar', '2027-01-15'],
  ['de', 'Marie Dupont bleibt bis 1. März Mitarbeiterin, danach nicht mehr', '2027-03-01'],
  ['de', 'der letzte Arbeitstag von Marie Dupont als Mitarbeiterin ist der 12. Februar', '2027-02-12'],
  ['de', 'Marie Dupont ist ab Ende April keine Mitarbeiterin mehr', '2027-04-30'],
  ['en', "Marie Dupont won't be the specialist's assistant anymore from 1 February", '2027-01-31'],
  ['en', 'Marie Dupont is no longer a collaborator as of 1 March', '2027-02-28'],
  ['en', "Marie Dupont stops as the doctor's assistant starting 15 January", '2027-01-14'],
  ['en', "end Marie Dupont's function through 15 January", '2027-01-15'],
  ['en', "Marie Dupont stays a collaborator until 1 March, then no longer", '2027-03-01'],
  ["en", "Marie Dupont's last day as collaborator is 12 February", '2027-02-12'],
  ['en', 'Marie Dupont is no longer a collaborator at the end of April', '2027-04-30'],
];

// [language, answer at "what is the last day?", last day held].
const ANSWERS: [Locale, string, string][] = [
  ['fr', 'à partir du 1er mars elle ne sera plus là', '2027-02-28'],
  ['fr', "jusqu'au 1er mars", '2027-03-01'],
  ['fr', 'fin avril', '2027-04-30'],
  ['nl', 'vanaf 1 maart werkt ze hier niet meer', '2027-02-28'],
  ['nl', 't/m 1 maart', '2027-03-01'],
  ['nl', 'eind april', '2027-04-30'],
  ['de', 'ab 1. März arbeitet sie nicht mehr hier', '2027-02-28'],
  ['de', 'bis einschließlich 1. März', '2027-03-01'],
  ['de', 'Ende April', '2027-04-30'],
  ['en', 'from 1 March she no longer works here', '2027-02-28'],
  ['en', 'through 1 March', '2027-03-01'],
  ['en', 'end of April', '2027-04-30'],
];

describe.each(SENTENCES)('%s: %s', (locale, text, lastDay) => {
  it(`is an end of function whose last day is ${lastDay}`, () => {
    expect(endOf(text, locale, null)).toEqual({ kind: 'endFunction', lastDay });
  });
});

describe.each(ANSWERS)('%s, asked the last day: %s', (locale, text, lastDay) => {
  it(`is the last day ${lastDay}`, () => {
    expect(endOf(text, locale, 'endDate')).toEqual({ kind: 'endFunction', lastDay });
  });
});

it('a start said for a grant stays a start: "from 1 March" alone, with no "no longer"', () => {
  for (const [locale, text] of [['fr', 'à partir du 1er mars'], ['nl', 'vanaf 1 maart'], ['de', 'ab 1. März'], ['en', 'from 1 March']] as [Locale, string][]) {
    expect(readCommands(text, { vocabulary, now: NOW, expecting: 'startDate', locale })).toContainEqual(expect.objectContaining({ type: 'set', slot: 'startDate', value: '2027-03-01' }));
  }
});

it('"from today no longer" has its last day yesterday: refused as past, never recorded as today', () => {
  const commands = readCommands("elle n'est plus là à partir d'aujourd'hui", { vocabulary, now: NOW, expecting: 'endDate', locale: 'fr' });
  expect(commands).not.toContainEqual(expect.objectContaining({ type: 'set', slot: 'endDate' }));
  expect(commands).toContainEqual(expect.objectContaining({ type: 'unknown', slot: 'endDate', problem: 'past' }));
});
