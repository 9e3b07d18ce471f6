import { createActor, waitFor } from 'xstate';
import { isSettled, slotOf, viewOf, type PeopleSnapshot } from '../../../dialogs/people/people.view';
import type { PeopleIntent } from '../../../dialogs/people/people.types';
import { readCommands } from '../../../dialogs/understanding/commands';
import { vocabularyOf } from '../../../dialogs/people/people.context';
import type { Locale } from '../../../src/domain/locale';
import { ANNE, APPS, BRAM_NISS, IRIS, NOW, fakePeopleMachine, type Call } from '../support/people-world';

/**
 * Trial 9, Y3: "pls revoke colindos for kevin maes... wait no, for bram claessens" revoked Kevin Maes's Colindos. The
 * correction said inside the message replaces the person: Bram Claessens is looked up, his revocation is what is
 * confirmed, and Kevin Maes is neither looked up, nor shown, nor touched.
 */
const KEVIN_NISS = '88021512345';
const PEOPLE = [{ first: 'Kevin', last: 'Maes' }, { first: 'Bram', last: 'Claessens' }];
const VOCABULARY = { entities: [IRIS, ANNE].map(({ id, name, inami }) => ({ id, name, inami })), qualityKinds: [], applications: APPS, people: PEOPLE };
const NAMED = { 'Bram Claessens': [BRAM_NISS], 'Kevin Maes': [KEVIN_NISS] };

describe.each<[Locale, string, string]>([
  ['en', 'pls revoke colindos for kevin maes... wait no, for bram claessens', 'yes'],
  ['fr', 'retire colindos à kevin maes... euh non, à bram claessens', 'oui'],
  ['nl', 'neem colindos af van kevin maes, nee wacht, van bram claessens', 'ja'],
  ['de', 'entziehe kevin maes colindos... äh nein, bram claessens', 'ja'],
])('%s: "%s"', (locale, sentence, yes) => {
  it("confirms and revokes Bram Claessens's Colindos, nothing for Kevin Maes", async () => {
    const calls: Call[] = [];
    const first = readCommands(sentence, { vocabulary: VOCABULARY, now: NOW, expecting: null, locale });
    const started = first.find((c) => c.type === 'startRequest') as { kind: string; intent?: PeopleIntent } | undefined;
    expect(started?.kind).toBe('revoke');
    const actor = createActor(fakePeopleMachine({ named: NAMED }, calls), { input: { managerId: 3, conversationId: 'conv-1', locale, now: NOW, intent: started!.intent!, seq: 1 } });
    actor.start();
    const views: string[] = [];
    const slots: (string | null)[] = [];
    for (const text of [sentence, yes]) {
      const s0 = actor.getSnapshot();
      actor.send({ type: 'TURN', at: NOW, locale });
      actor.send({ type: 'TEXT', text, commands: readCommands(text, { vocabulary: { ...vocabularyOf(s0.context), people: PEOPLE }, now: NOW, expecting: slotOf(s0), locale }) });
      const s: PeopleSnapshot = await waitFor(actor, isSettled);
      views.push(JSON.stringify(viewOf(s)));
      slots.push(slotOf(s));
    }
    actor.stop();
    expect(slots).toEqual(['people.confirm', null]);
    expect(calls.filter((c) => c.actor === 'findPersonByName').map((c) => (c.input as { name: string }).name)).toEqual(['Bram Claessens']);
    const revoked = calls.filter((c) => c.actor === 'revokeApplications').map((c) => c.input as Record<string, unknown>);
    expect(revoked).toEqual([expect.objectContaining({ userId: 9 })]);
    expect(JSON.stringify(revoked)).toContain('COLINDOS');
    expect(views[0]).toContain('Claessens');
    expect(views.join(' ')).not.toMatch(/kevin|maes/i);
  });
});
