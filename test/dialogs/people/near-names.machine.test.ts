import { createActor, waitFor } from 'xstate';
import { isSettled, slotOf, viewOf, type PeopleSnapshot } from '../../../dialogs/people/people.view';
import type { PeopleIntent } from '../../../dialogs/people/people.types';
import { readCommands } from '../../../dialogs/understanding/commands';
import { vocabularyOf } from '../../../dialogs/people/people.context';
import type { Locale } from '../../../src/domain/locale';
import { ANNE, APPS, BRAM_NISS, IRIS, JAN_NISS, NOW, fakePeopleMachine, type Call } from '../support/people-world';

/**
 * Trial 7, defect B: a name typed wrong ("bram claesens") in a revocation, an end of function or a removal is answered with
 * the nearest users of the manager's entities, as a question ("Bedoelt u Bram Claessens?"): a yes, the number, the name or a
 * NISS takes one; a no asks the NISS; nothing is ordered before the manager has answered and confirmed.
 */
const VOCABULARY = { entities: [IRIS, ANNE].map(({ id, name, inami }) => ({ id, name, inami })), qualityKinds: [], applications: APPS };
const NEAR = { 'bram claesens': [BRAM_NISS], 'peters': [JAN_NISS, BRAM_NISS] };

async function converse(locale: Locale, sentences: string[]) {
  const calls: Call[] = [];
  const first = readCommands(sentences[0]!, { vocabulary: VOCABULARY, now: NOW, expecting: null, locale });
  const started = first.find((c) => c.type === 'startRequest') as { kind: string; intent?: PeopleIntent } | undefined;
  const actor = createActor(fakePeopleMachine({ named: {}, near: NEAR }, calls), { input: { managerId: 3, conversationId: 'conv-1', locale, now: NOW, intent: started!.intent!, seq: 1 } });
  actor.start();
  const turns: { asking: string | null; prompt: string | undefined; ordered: number }[] = [];
  const orders = () => calls.filter((c) => ['revokeApplications', 'endFunction', 'removeUser'].includes(c.actor)).length;
  for (const text of sentences) {
    const s0 = actor.getSnapshot();
    actor.send({ type: 'TURN', at: NOW, locale });
    actor.send({ type: 'TEXT', text, commands: readCommands(text, { vocabulary: vocabularyOf(s0.context), now: NOW, expecting: slotOf(s0), locale }) });
    const s: PeopleSnapshot = await waitFor(actor, isSettled);
    const message = viewOf(s).prompt?.message;
    turns.push({ asking: slotOf(s), prompt: message && 'key' in message ? message.key : undefined, ordered: orders() });
  }
  return { turns, calls };
}

const ordersFor = (calls: Call[], actor: string) => calls.filter((c) => c.actor === actor).map((c) => c.input as Record<string, unknown>);

describe.each<[Locale, string, string, string]>([
  ['fr', 'retire colindos à bram claesens', 'oui', 'revokeApplications'],
  ['nl', 'trek colindos in bij bram claesens', 'ja', 'revokeApplications'],
  ['de', 'entziehe bram claesens colindos', '1', 'revokeApplications'],
  ['en', 'revoke colindos from bram claesens', 'Bram Claessens', 'revokeApplications'],
  ['fr', 'la fonction de bram claesens doit s arreter fin fevrier', 'oui', 'endFunction'],
  ['nl', 'de functie van bram claesens stopt eind februari', 'ja', 'endFunction'],
  ['de', 'entferne bram claesens aus sainte-anne', 'ja', 'removeUser'],
  ['en', 'remove bram claesens from sainte-anne', BRAM_NISS, 'removeUser'],
])('%s: %j, then %j', (locale, sentence, answer, order) => {
  it('offers Bram Claessens as a question, takes him on the answer only, orders after the confirmation', async () => {
    const yes = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' }[locale];
    const { turns, calls } = await converse(locale, [sentence, answer, yes]);
    expect(turns[0]).toEqual({ asking: 'people.person', prompt: 'personsNear', ordered: 0 });
    expect(turns[1]).toEqual(expect.objectContaining({ asking: 'people.confirm', ordered: 0 }));
    expect(turns[2]!.ordered).toBe(1);
    expect(ordersFor(calls, order)).toEqual([expect.objectContaining({ userId: 9 })]);
  });
});

describe.each<[Locale, string, string]>([
  ['fr', 'retire colindos à bram claesens', 'non'],
  ['nl', 'de functie van bram claesens stopt eind februari', 'nee'],
  ['de', 'entferne bram claesens aus sainte-anne', 'nein'],
  ['en', 'revoke colindos from bram claesens', 'no'],
])('%s: %j, then %j', (locale, sentence, no) => {
  it('asks the NISS instead, and orders nothing', async () => {
    const { turns } = await converse(locale, [sentence, no]);
    expect(turns.map((t) => t.asking)).toEqual(['people.person', 'people.niss']);
    expect(turns.every((t) => t.ordered === 0)).toBe(true);
  });
});

it('several near names ("peters"): listed, a yes alone picks none, the number picks one', async () => {
  const { turns, calls } = await converse('en', ['revoke colindos from peters', 'yes', '2']);
  expect(turns.map((t) => [t.asking, t.prompt])).toEqual([['people.person', 'personsNear'], ['people.person', 'personsNear'], ['people.confirm', undefined]]);
  expect(calls.filter((c) => c.actor === 'revokeApplications')).toEqual([]);
});
