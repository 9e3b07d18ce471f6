import { createActor, waitFor } from 'xstate';
import { isSettled, slotOf, viewOf, type PeopleSnapshot } from '../../../dialogs/people/people.view';
import type { PeopleIntent } from '../../../dialogs/people/people.types';
import { readCommands } from '../../../dialogs/understanding/commands';
import { vocabularyOf } from '../../../dialogs/people/people.context';
import type { Said } from '../../../dialogs/view';
import type { Locale } from '../../../src/domain/locale';
import { say } from '../../../src/i18n/say';
import { ANNE, APPS, BRAM_NISS, IRIS, MARIE_NISS, NOW, fakePeopleMachine, type Call } from '../support/people-world';

/**
 * The end of a function, from the manager's sentence to the order given to the store, in four languages (Monday
 * 23 November 2026): every wording is an end of function; the person's only entity is not asked; the date said is
 * the last day held; an end before the function's start is asked as a cancellation and said as one; an end later
 * than the function's own, or sooner, is said; one on the day it already ends records nothing; a date typed at the confirmation replaces the end.
 */

const VOCABULARY = { entities: [IRIS, ANNE].map(({ id, name, inami }) => ({ id, name, inami })), qualityKinds: [], applications: APPS };
const keyOf = (n: Said): string => ('key' in n ? n.key : 'chat' in n ? n.chat.key : 'people' in n ? n.people.key : 'literal');
const paramsOf = (n: Said | null | undefined) => ((n && ('chat' in n ? n.chat : 'people' in n ? n.people : undefined)) as { params?: Record<string, unknown> } | undefined)?.params;

/** The dialog started as the conversation starts it: the first sentence read once, its intent handed over. */
async function converse(locale: Locale, sentences: string[]) {
  const calls: Call[] = [];
  const first = readCommands(sentences[0]!, { vocabulary: VOCABULARY, now: NOW, expecting: null, locale });
  const started = first.find((c) => c.type === 'startRequest') as { kind: string; intent?: PeopleIntent } | undefined;
  expect({ sentence: sentences[0], kind: started?.kind }).toEqual({ sentence: sentences[0], kind: 'endFunction' });
  const input = { managerId: 3, conversationId: 'conv-1', locale, now: NOW, intent: started!.intent!, seq: 1 };
  const actor = createActor(fakePeopleMachine({}, calls), { input });
  actor.start();
  const turns: { asking: string | null; notices: string[]; prompt: Said | null; said: Said[] }[] = [];
  const send = async (text: string) => {
    const s0 = actor.getSnapshot();
    actor.send({ type: 'TURN', at: NOW, locale });
    actor.send({ type: 'TEXT', text, commands: readCommands(text, { vocabulary: vocabularyOf(s0.context), now: NOW, expecting: slotOf(s0), locale }) });
    const s: PeopleSnapshot = await waitFor(actor, isSettled);
    const v = viewOf(s);
    turns.push({ asking: slotOf(s), notices: s.context.notices.map(keyOf), prompt: (v.prompt as { message?: Said } | null)?.message ?? null, said: s.context.notices });
  };
  for (const text of sentences) await send(text);
  return { turns, orders: calls.filter((c) => c.actor === 'endFunction').map((c) => c.input as Record<string, unknown>), calls };
}

type Row = [locale: Locale, sentences: string[], summary: { key: string; params: Record<string, unknown> }, done: { key: string; lastDay: string } | null];

// The entity is never asked, and said: the only one of the manager's where the person is a user.
const CANCEL = (lastDay: string) => ({ key: 'confirmCancelFunction', params: { person: 'Bram Claessens', entity: ANNE.name, startDate: '2027-01-01', lastDay } });
const END = (person: string, lastDay: string, currentLastDay?: string) =>
  ({ key: 'confirmEndFunction', params: { person, entity: person === 'Bram Claessens' ? ANNE.name : IRIS.name, lastDay, ...(currentLastDay ? { currentLastDay } : {}) } });

const ROWS: Row[] = [
  // Before its start: it never starts, asked so, and cancelled.
  ['nl', ['beëindig de functie van Bram Claessens over twee weken', 'ja'], CANCEL('2026-12-07'), { key: 'functionCancelled', lastDay: '2026-12-07' }],
  ['nl', ['de functie van Bram Claessens moet over twee weken stoppen', 'ja'], CANCEL('2026-12-07'), { key: 'functionCancelled', lastDay: '2026-12-07' }],
  ['nl', ['de functie van Bram Claessens loopt af op 15 december', 'ja'], CANCEL('2026-12-15'), { key: 'functionCancelled', lastDay: '2026-12-15' }],
  ['fr', ['la fonction de Bram Claessens doit s\'arrêter le 15 décembre', 'oui'], CANCEL('2026-12-15'), { key: 'functionCancelled', lastDay: '2026-12-15' }],
  ['fr', ['mets fin à la fonction de Bram Claessens dans deux semaines', 'oui'], CANCEL('2026-12-07'), { key: 'functionCancelled', lastDay: '2026-12-07' }],
  ['de', ['beende die Funktion von Bram Claessens am 15. Dezember', 'ja'], CANCEL('2026-12-15'), { key: 'functionCancelled', lastDay: '2026-12-15' }],
  ['de', ['die Funktion von Bram Claessens endet am 31. Dezember', 'ja'], CANCEL('2026-12-31'), { key: 'functionCancelled', lastDay: '2026-12-31' }],
  ['en', ["Bram Claessens's function should stop on 15 December", 'yes'], CANCEL('2026-12-15'), { key: 'functionCancelled', lastDay: '2026-12-15' }],
  ['en', ['end the function of Bram Claessens in two weeks', 'yes'], CANCEL('2026-12-07'), { key: 'functionCancelled', lastDay: '2026-12-07' }],
  // Its first day is its last: it is held that one day, sooner than its own end (said).
  ['en', ['end the function of Bram Claessens on 1 January', 'yes'], { key: 'confirmEndFunction', params: { ...END('Bram Claessens', '2027-01-01', '2027-03-31').params, sooner: true } }, { key: 'functionEndScheduled', lastDay: '2027-01-01' }],
  // After its own end: said, and extended.
  ['fr', ['la fonction de Bram Claessens prend fin fin juin', 'oui'], END('Bram Claessens', '2027-06-30', '2027-03-31'), { key: 'functionEndScheduled', lastDay: '2027-06-30' }],
  ['nl', ['de functie van Bram Claessens eindigt eind juni', 'ja'], END('Bram Claessens', '2027-06-30', '2027-03-31'), { key: 'functionEndScheduled', lastDay: '2027-06-30' }],
  ['de', ['die Funktion von Bram Claessens soll Ende Juni aufhören', 'ja'], END('Bram Claessens', '2027-06-30', '2027-03-31'), { key: 'functionEndScheduled', lastDay: '2027-06-30' }],
  ['en', ["Bram Claessens's function ends at the end of June", 'yes'], END('Bram Claessens', '2027-06-30', '2027-03-31'), { key: 'functionEndScheduled', lastDay: '2027-06-30' }],
  // Before its own end: said, and shortened (trial 5, defect I).
  ['de', ['die Funktion von Bram Claessens endet Ende Januar', 'ja'], { key: 'confirmEndFunction', params: { ...END('Bram Claessens', '2027-01-31', '2027-03-31').params, sooner: true } }, { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['fr', ['mets fin à la fonction de Bram Claessens fin février', 'oui'], { key: 'confirmEndFunction', params: { ...END('Bram Claessens', '2027-02-28', '2027-03-31').params, sooner: true } }, { key: 'functionEndScheduled', lastDay: '2027-02-28' }],
  // Within it: "end of January" is the last day worked.
  ['fr', ['mets fin à la fonction de Marie Dupont fin janvier', 'oui'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['fr', ["la fonction de Marie Dupont doit s'arrêter dans 3 mois", 'oui'], END('Dr Marie Dupont', '2027-02-23'), { key: 'functionEndScheduled', lastDay: '2027-02-23' }],
  ['fr', ['Marie Dupont arrête sa fonction le 15 janvier', 'oui'], END('Dr Marie Dupont', '2027-01-15'), { key: 'functionEndScheduled', lastDay: '2027-01-15' }],
  ['nl', ['Marie Dupont stopt met haar functie eind januari', 'ja'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['de', ['die Funktion von Marie Dupont endet Ende Januar', 'ja'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['de', ['beende die Funktion von Marie Dupont Ende Februar', 'ja'], END('Dr Marie Dupont', '2027-02-28'), { key: 'functionEndScheduled', lastDay: '2027-02-28' }],
  ['en', ['Marie Dupont stops working for the specialist at the end of February, please end her function at IRIS Sud', 'yes'], END('Dr Marie Dupont', '2027-02-28'), { key: 'functionEndScheduled', lastDay: '2027-02-28' }],
  ['en', ['please stop the function of Marie Dupont on 15 January', 'yes'], END('Dr Marie Dupont', '2027-01-15'), { key: 'functionEndScheduled', lastDay: '2027-01-15' }],
  // The marker says what the date is: "from … no longer" the first day without (last day the day before), "t/m", "bis
  // einschließlich", "through" the last day, "fin avril" / "Ende April" the month's last, even after "from" (trial 7).
  ['fr', ["Marie Dupont n'est plus collaboratrice à partir du 1er février", 'oui'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['fr', ["Marie Dupont n'est plus collaboratrice à partir de fin avril", 'oui'], END('Dr Marie Dupont', '2027-04-30'), { key: 'functionEndScheduled', lastDay: '2027-04-30' }],
  ['nl', ['Marie Dupont is vanaf 1 februari geen medewerker meer', 'ja'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['nl', ['de functie van Marie Dupont loopt t/m 15 januari', 'ja'], END('Dr Marie Dupont', '2027-01-15'), { key: 'functionEndScheduled', lastDay: '2027-01-15' }],
  ['de', ['Marie Dupont ist ab 1. Februar nicht mehr Mitarbeiterin', 'ja'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['de', ['die Funktion von Marie Dupont läuft bis einschließlich 15. Januar', 'ja'], END('Dr Marie Dupont', '2027-01-15'), { key: 'functionEndScheduled', lastDay: '2027-01-15' }],
  ['en', ['Marie Dupont is no longer a collaborator as of 1 February', 'yes'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['en', ["end Marie Dupont's function through 15 January", 'yes'], END('Dr Marie Dupont', '2027-01-15'), { key: 'functionEndScheduled', lastDay: '2027-01-15' }],
  // The same, answered at the end-date question.
  ['fr', ['mets fin à la fonction de Marie Dupont', 'à partir du 1er février elle ne sera plus là', 'oui'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['nl', ['beëindig de functie van Marie Dupont', 'vanaf 1 februari werkt ze hier niet meer', 'ja'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['de', ['beende die Funktion von Marie Dupont', 'ab 1. Februar arbeitet sie nicht mehr hier', 'ja'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  ['en', ['end the function of Marie Dupont', 'from 1 February she no longer works here', 'yes'], END('Dr Marie Dupont', '2027-01-31'), { key: 'functionEndScheduled', lastDay: '2027-01-31' }],
  // A date typed at the confirmation replaces the end, and the summary says the new one.
  ['fr', ['mets fin à la fonction de Marie Dupont fin janvier', "bon, à partir d'aujourd'hui alors", 'oui'], END('Dr Marie Dupont', '2026-11-23'), { key: 'functionEndScheduled', lastDay: '2026-11-23' }],
  ['nl', ['beëindig de functie van Marie Dupont eind januari', 'nee wacht, op 4 januari', 'ja'], END('Dr Marie Dupont', '2027-01-04'), { key: 'functionEndScheduled', lastDay: '2027-01-04' }],
  ['de', ['beende die Funktion von Marie Dupont Ende Januar', 'doch lieber am 15. Januar', 'ja'], END('Dr Marie Dupont', '2027-01-15'), { key: 'functionEndScheduled', lastDay: '2027-01-15' }],
  ['en', ['end the function of Marie Dupont at the end of January', 'from today then', 'yes'], END('Dr Marie Dupont', '2026-11-23'), { key: 'functionEndScheduled', lastDay: '2026-11-23' }],
];

describe.each(ROWS)('%s: %j', (locale, sentences, summary, done) => {
  it('asks no entity, confirms what the store is told, and says what it did', async () => {
    const { turns, orders } = await converse(locale, sentences);
    // The person is found by name and belongs to one entity: never asked which.
    expect(turns.map((t) => t.asking)).not.toContain('people.entity');
    expect(turns.map((t) => t.asking)).not.toContain('people.quality');
    const confirm = turns[turns.length - 2]!;
    expect(confirm.asking).toBe('people.confirm');
    const prompt = confirm.prompt as Said;
    expect(keyOf(prompt)).toBe(summary.key);
    expect(paramsOf(prompt)).toMatchObject(summary.params);
    if (!('currentLastDay' in summary.params)) expect(paramsOf(prompt)).not.toHaveProperty('currentLastDay');
    const last = turns[turns.length - 1]!;
    expect(last.asking).toBeNull();
    expect(orders).toEqual([expect.objectContaining({ lastDay: done!.lastDay, userId: sentences[0]!.includes('Bram') ? 9 : 7 })]);
    expect(last.notices).toContain(done!.key);
  });
});

// What the manager reads at the summary: the last day and the first day without, both (trial 7: "à partir du 1er mars" was the last day).
describe.each([
  ['fr', "Marie Dupont n'est plus collaboratrice à partir du 1er février", ['dernier jour : 31/01/2027', 'inactive à partir du 01/02/2027']],
  ['nl', 'Marie Dupont is vanaf 1 februari geen medewerker meer', ['laatste dag: 31-01-2027', 'inactief vanaf 01-02-2027']],
  ['de', 'Marie Dupont ist ab 1. Februar nicht mehr Mitarbeiterin', ['letzter Tag: 31.01.2027', 'inaktiv ab 01.02.2027']],
  ['en', 'Marie Dupont is no longer a collaborator as of 1 February', ['last day: 31/01/2027', 'inactive from 01/02/2027']],
] as [Locale, string, string[]][])('%s: %s', (locale, sentence, phrases) => {
  it('the summary says the last day and the day it is inactive from', async () => {
    const { turns } = await converse(locale, [sentence]);
    const text = say('manage', (turns[0]!.prompt as { chat: Parameters<typeof say<'manage'>>[1] }).chat, locale);
    for (const p of phrases) expect(text).toContain(p);
  });
});

it('the tables hold the four languages, each several times', () => {
  for (const l of ['fr', 'nl', 'de', 'en']) expect(ROWS.filter((r) => r[0] === l).length).toBeGreaterThanOrEqual(5);
});

it('a NISS of a known person works as a name does: Bram by NISS', async () => {
  const { turns, orders } = await converse('nl', [`beëindig de functie van ${BRAM_NISS} over twee weken`, 'ja']);
  expect(keyOf(turns[0]!.prompt as Said)).toBe('confirmCancelFunction');
  expect(orders).toHaveLength(1);
  expect(MARIE_NISS).not.toBe(BRAM_NISS);
});

// Trial 5, defect I: ended again on the day it already ends, nothing is asked, nothing ordered, and that is said.
describe.each([
  ['fr', 'mets fin à la fonction de Bram Claessens le 31 mars'],
  ['nl', 'de functie van Bram Claessens eindigt eind maart'],
  ['de', 'beende die Funktion von Bram Claessens am 31. März'],
  ['en', "Bram Claessens's function should stop on 31 March"],
] as [Locale, string][])('%s: %s', (locale, sentence) => {
  it('already ends that day: "nothing to do", no confirmation, no order', async () => {
    const { turns, orders } = await converse(locale, [sentence]);
    expect(turns[0]!.asking).toBeNull();
    expect(turns[0]!.notices).toContain('functionAlreadyEnds');
    expect(paramsOf(turns[0]!.said.find((n) => keyOf(n) === 'functionAlreadyEnds'))).toMatchObject({ person: 'Bram Claessens', lastDay: '2027-03-31' });
    expect(orders).toEqual([]);
  });
});
