import { createActor, waitFor } from 'xstate';
import { isSettled, slotOf, viewOf, type PeopleSnapshot } from '../../../dialogs/people/people.view';
import type { PeopleIntent } from '../../../dialogs/people/people.types';
import { readCommands } from '../../../dialogs/understanding/commands';
import { vocabularyOf } from '../../../dialogs/people/people.context';
import type { Said } from '../../../dialogs/view';
import type { Locale } from '../../../src/domain/locale';
import { ANNE, APPS, BRAM_NISS, IRIS, MARIE_NISS, NOW, fakePeopleMachine, type Call } from '../support/people-world';

/**
 * Trial 6, G and C, from the manager's sentence to the order given to the store (Monday 23 November 2026): the end of
 * a function and a removal typed with the names in lower case and the dates without accents start the people dialog
 * with the person and the date; the person is looked up as typed; a change of mind at the NISS question stops, and
 * nothing is ordered.
 */
const VOCABULARY = { entities: [IRIS, ANNE].map(({ id, name, inami }) => ({ id, name, inami })), qualityKinds: [], applications: APPS };
/** The lookup of the users of the manager's entities, by the name as typed. */
const NAMED = { 'bram claessens': [BRAM_NISS], 'Bram Claessens': [BRAM_NISS], 'marie dupont': [MARIE_NISS] };
const keyOf = (n: Said): string => ('key' in n ? n.key : 'chat' in n ? n.chat.key : 'people' in n ? n.people.key : 'literal');

async function converse(locale: Locale, sentences: string[], kind: string) {
  const calls: Call[] = [];
  const first = readCommands(sentences[0]!, { vocabulary: VOCABULARY, now: NOW, expecting: null, locale });
  const started = first.find((c) => c.type === 'startRequest') as { kind: string; intent?: PeopleIntent } | undefined;
  expect({ sentence: sentences[0], kind: started?.kind }).toEqual({ sentence: sentences[0], kind });
  const actor = createActor(fakePeopleMachine({ named: NAMED }, calls), { input: { managerId: 3, conversationId: 'conv-1', locale, now: NOW, intent: started!.intent!, seq: 1 } });
  actor.start();
  const turns: { asking: string | null; notices: string[]; prompt?: string }[] = [];
  for (const text of sentences) {
    const s0 = actor.getSnapshot();
    actor.send({ type: 'TURN', at: NOW, locale });
    actor.send({ type: 'TEXT', text, commands: readCommands(text, { vocabulary: vocabularyOf(s0.context), now: NOW, expecting: slotOf(s0), locale }) });
    const s: PeopleSnapshot = await waitFor(actor, isSettled);
    const prompt = viewOf(s).prompt?.message;
    turns.push({ asking: slotOf(s), notices: s.context.notices.map(keyOf), ...(prompt ? { prompt: keyOf(prompt) } : {}) });
  }
  const ordered = (name: string) => calls.filter((c) => c.actor === name).map((c) => c.input as Record<string, unknown>);
  return { turns, ordered, looked: calls.filter((c) => c.actor === 'findPersonByName').map((c) => (c.input as { name: string }).name) };
}

describe.each<[Locale, string[]]>([
  ['fr', ["la fonction de bram claessens doit s'arreter fin fevrier", 'oui']],
  ['fr', ['arretez la fonction de bram claessens au 28 fevrier', 'oui']],
  ['nl', ['de functie van bram claessens mag stoppen op 28 februari', 'ja']],
  ['nl', ['beeindig de functie van bram claessens eind februari', 'ja']],
  ['de', ['die funktion von bram claessens soll ende februar enden', 'ja']],
  ['en', ["bram claessens's function should end on 28 february", 'yes']],
  ['en', ['end bram claessens function on 28 february', 'yes']],
])('%s: %j', (locale, sentences) => {
  it('ends Bram\'s function on 28 February, looked up as typed, no date asked', async () => {
    const { turns, ordered, looked } = await converse(locale, sentences, 'endFunction');
    expect(looked).toEqual(['bram claessens']);
    expect(turns.map((t) => t.asking)).toEqual(['people.confirm', null]);
    expect(ordered('endFunction')).toEqual([expect.objectContaining({ userId: 9, lastDay: '2027-02-28' })]);
  });
});

it('de: "ende marz", März without its umlaut, is the end date: no date asked', async () => {
  const { turns, ordered } = await converse('de', ['die funktion von marie dupont soll ende marz enden', 'ja'], 'endFunction');
  expect(turns.map((t) => t.asking)).toEqual(['people.confirm', null]);
  expect(ordered('endFunction')).toEqual([expect.objectContaining({ userId: 7, lastDay: '2027-03-31' })]);
});

describe.each<[Locale, string[]]>([
  ['fr', ['bram claessens quitte la clinique, supprimez le de sainte-anne', 'oui']],
  ['de', ['entfernen sie bram claessens aus sainte-anne', 'ja']],
  ['en', ['please remove bram claessens from sainte-anne', 'yes']],
  ['en', ['bram claessens stops working here, remove him from sainte-anne', 'yes']],
  ['nl', ['verwijder bram claessens uit sainte-anne, hij is vertrokken', 'ja']],
  ['nl', ['haal bram claessens weg uit sainte-anne', 'ja']],
])('%s: %j', (locale, sentences) => {
  it('removes Bram from Sainte-Anne, never a grant', async () => {
    const { turns, ordered, looked } = await converse(locale, sentences, 'remove');
    expect(looked).toEqual(['bram claessens']);
    expect(turns.map((t) => t.asking)).toEqual(['people.confirm', null]);
    expect(ordered('removeUser')).toEqual([expect.objectContaining({ userId: 9, entityId: ANNE.id })]);
  });
});

/** Trial 8, R6: an application named with a take-away verb, in any order, is taken away; the person is never removed (names in lower case: commands tables). */
describe.each<[Locale, string[]]>([
  ['fr', ["Bram Claessens n'a plus besoin de colindos, tu peux lui enlever stp", 'oui']],
  ['fr', ['colindos, Bram Claessens n en a plus besoin, enlève-le lui', 'oui']],
  ['nl', ['Bram Claessens heeft colindos niet meer nodig, haal het bij hem weg', 'ja']],
  ['de', ['Bram Claessens braucht colindos nicht mehr, nimm es ihm weg', 'ja']],
  ['en', ["Bram Claessens doesn't need colindos anymore, take it off him", 'yes']],
])('%s: %j', (locale, sentences) => {
  it('asks to revoke Colindos and revokes it alone: no removal from the entity asked or ordered', async () => {
    const { turns, ordered } = await converse(locale, sentences, 'revoke');
    expect(turns[0]).toMatchObject({ asking: 'people.confirm' });
    expect(JSON.stringify(turns)).not.toMatch(/remove/i);
    expect(ordered('revokeApplications')).toEqual([expect.objectContaining({ userId: 9 })]);
    expect(JSON.stringify(ordered('revokeApplications'))).toContain('COLINDOS');
    expect(ordered('removeUser')).toEqual([]);
  });
});

describe.each<[Locale, string]>([
  ['en', 'actually no, keep her'],
  ['en', 'no, hold on'],
  ['nl', 'hmm nee, ik zie ervan af'],
  ['de', 'machen Sie das doch lieber nicht'],
  ['fr', 'non finalement, laissez tomber'],
])('%s: "%s" at the NISS question', (locale, refusal) => {
  it('stops: nothing removed, no NISS error said', async () => {
    const { turns, ordered } = await converse(locale, ['please remove paul inconnu from sainte-anne', refusal], 'remove');
    expect(turns[0]!.asking).toBe('people.niss');
    expect(turns[1]).toEqual({ asking: null, notices: expect.arrayContaining(['sideCancelled']) });
    expect(turns[1]!.notices).not.toContain('nissInvalid');
    expect(ordered('removeUser')).toEqual([]);
  });
});

/**
 * Trial 7, defect G: leaving the entity said in everyday words is a removal (its summary, never a grant's question), and a
 * hedged refusal at its confirmation, or at the question before it, stops it: nothing ordered, the cancel said, never
 * "I did not understand".
 */
describe.each<[Locale, string]>([
  ['de', 'bram claessens hat gekündigt, bitte aus sainte-anne austragen'],
  ['de', 'trage bram claessens aus sainte-anne aus'],
  ['de', 'bram claessens verlässt uns, sainte-anne'],
  ['nl', 'bram claessens gaat bij ons weg, schrijf hem uit bij sainte-anne'],
  ['nl', 'bram claessens werkt hier niet meer, sainte-anne'],
  ['fr', 'bram claessens ne travaille plus chez nous, désinscrivez-le de sainte-anne'],
  ['fr', "bram claessens quitte l'hôpital, sainte-anne"],
  ['en', 'bram claessens is leaving us, take him off sainte-anne'],
  ['en', 'bram claessens no longer works here, sainte-anne'],
])('%s: "%s"', (locale, sentence) => {
  it('is the removal of Bram from Sainte-Anne, confirmed before it is done', async () => {
    const { turns, ordered, looked } = await converse(locale, [sentence, { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' }[locale]], 'remove');
    expect(looked).toEqual(['bram claessens']);
    expect(turns.map((t) => t.asking)).toEqual(['people.confirm', null]);
    expect(ordered('removeUser')).toEqual([expect.objectContaining({ userId: 9, entityId: ANNE.id })]);
  });
});

describe.each<[Locale, string]>([
  ['de', 'hm, machen Sie das doch lieber nicht'],
  ['de', 'lassen Sie das'],
  ['de', 'nee, noch nicht'],
  ['en', "wait no, don't"],
  ['en', 'scratch that'],
  ['en', 'actually, better not'],
  ['nl', 'wacht, doe maar niet'],
  ['nl', 'laat toch maar'],
  ['fr', 'non attendez, ne faites pas ça'],
  ['fr', 'bof, plutôt pas'],
])('%s: "%s" at the removal\'s confirmation', (locale, refusal) => {
  it('stops: nothing removed, the cancel said', async () => {
    const { turns, ordered } = await converse(locale, ['please remove bram claessens from sainte-anne', refusal], 'remove');
    expect(turns[0]!.asking).toBe('people.confirm');
    expect(turns[1]).toEqual({ asking: null, notices: expect.arrayContaining(['sideCancelled']) });
    expect(turns[1]!.notices).not.toContain('notUnderstoodYesOrNo');
    expect(ordered('removeUser')).toEqual([]);
  });
});

describe.each<[Locale, string, string]>([
  ['de', 'zeige die Benutzer', 'nein, doch noch nicht'],
  ['en', 'list the users', 'hang on, leave it'],
  ['nl', 'toon de gebruikers', 'eigenlijk liever niet'],
  ['fr', 'liste les utilisateurs', 'finalement non, laissez'],
])('%s: "%s", then "%s" where the entity is asked', (locale, request, refusal) => {
  it('stops: nothing listed, never "choice not recognised"', async () => {
    const { turns, ordered } = await converse(locale, [request, refusal], 'list');
    expect(turns[0]!.asking).toBe('people.entity');
    expect(turns[1]).toEqual({ asking: null, notices: expect.arrayContaining(['sideCancelled']) });
    expect(turns[1]!.notices).not.toContain('invalidChoice');
    expect(ordered('findPeople')).toEqual([]);
  });
});
