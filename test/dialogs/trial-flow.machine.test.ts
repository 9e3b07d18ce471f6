import { createActor, waitFor } from 'xstate';
import { isSettled, slotOf, type PeopleSnapshot } from '../../dialogs/people/people.view';
import type { PeopleInput, PeopleIntent } from '../../dialogs/people/people.types';
import type { Said } from '../../dialogs/view';
import { vocabularyOf } from '../../dialogs/people/people.context';
import { readCommands } from '../../dialogs/understanding/commands';
import { MARIE_NISS as GRANT_MARIE, walk, type Step as GrantStep } from './support/grant-world';
import { ANNE, IRIS, MARIE_NISS, NOW, fakePeopleMachine, type Call } from './support/people-world';

/** The user trial's defects 3, 4, 7 and 12, at the machines (the HTTP side: test/integration/trial-flow.http.test.ts). */

describe('grant dialog: stops, recaps and "only X, Y stays" (trial 3, 4, 12)', () => {
  const cases: { name: string; steps: GrantStep[]; chosen?: string[]; executed: number }[] = [
    { name: 'a stop with nothing under way says so, never "cancelled"', steps: [['annuler', null, ['nothingToStop']]], executed: 0 },
    {
      name: 'a stop right after a confirmed grant says it stays recorded',
      steps: [[`donne HospiSup à ${GRANT_MARIE} à IRIS`, 'confirm'], ['oui', null, ['grantDone']], ['annuler', null, ['nothingToStop']]],
      executed: 1,
    },
    {
      name: '"où en est-on ?" at the summary does not repeat it',
      steps: [[`donne HospiSup à ${GRANT_MARIE} à IRIS`, 'confirm'], ['où en est-on ?', 'confirm', ['recapIsSummary']]],
      executed: 0,
    },
    {
      name: '"only eBirth, HospiSup stays" at the summary keeps eBirth alone',
      steps: [[`donne HospiSup et eBirth à ${GRANT_MARIE} à IRIS`, 'confirm'], ['only eBirth, HospiSup stays', 'confirm', ['onlyThese']], ['oui', null, ['grantDone']]],
      chosen: ['EBIRTH'],
      executed: 1,
    },
    {
      name: '"seulement eBirth, HospiSup reste" at the summary keeps eBirth alone',
      steps: [[`donne HospiSup et eBirth à ${GRANT_MARIE} à IRIS`, 'confirm'], ['seulement eBirth, HospiSup reste', 'confirm', ['onlyThese']], ['oui', null]],
      chosen: ['EBIRTH'],
      executed: 1,
    },
  ];
  it.each(cases)('$name', async ({ steps, chosen, executed }) => {
    const run = await walk({}, steps);
    expect(run.executed).toHaveLength(executed);
    if (chosen) expect(run.executed[0]!.applicationCodes).toEqual(chosen);
    if (steps.some(([u]) => u === 'annuler') && executed === 1) {
      const said = run.last.context.notices.find((n) => n.key === 'nothingToStop') as { params: { granted: unknown[] | null } };
      expect(said.params.granted).toHaveLength(1);
    }
  });

  it('the recap names the person given by name before the NISS', async () => {
    const run = await walk({}, [['donne HospiSup à Jan Peeters à IRIS', 'niss'], ['où en est-on ?', 'niss', ['recap']]]);
    const recap = run.last.context.notices.find((n) => n.key === 'recap') as { params: { person: string | null } };
    expect(recap.params.person).toBe('Jan Peeters');
  });
});

const keyOf = (n: Said): string => ('key' in n ? n.key : 'chat' in n ? n.chat.key : 'people' in n ? n.people.key : 'literal');

function startPeople(intent: PeopleIntent, extra: Partial<PeopleInput> = {}) {
  const calls: Call[] = [];
  const input: PeopleInput = { managerId: 3, conversationId: 'conv-1', locale: 'fr', now: NOW, intent, seq: 1, ...extra };
  const actor = createActor(fakePeopleMachine({ entities: [IRIS, ANNE] }, calls), { input });
  actor.start();
  const say = async (text: string): Promise<PeopleSnapshot> => {
    actor.send({ type: 'TURN', at: NOW, locale: 'fr' });
    // Read once, as the conversation reads it: the dialog applies the commands.
    const now = actor.getSnapshot();
    actor.send({ type: 'TEXT', text, commands: readCommands(text, { vocabulary: vocabularyOf(now.context), now: NOW, expecting: slotOf(now), locale: 'fr' }) });
    return waitFor(actor, isSettled);
  };
  return { say, calls };
}

describe('people dialog beside a grant, and "only X, Y stays" at a revocation (trial 3, 7)', () => {
  type Row = { name: string; intent: PeopleIntent; input?: Partial<PeopleInput>; steps: [string, string | null, string[]?][]; revoked?: string[]; listedAt?: number };
  const rows: Row[] = [
    {
      name: 'a list asked mid-grant is of the grant\'s entity, not asked',
      intent: { kind: 'list', query: {} }, input: { grantEntityId: ANNE.id, grantWaiting: true },
      steps: [['liste les utilisateurs', 'people.page', ['listHeader']]],
      listedAt: ANNE.id,
    },
    {
      name: 'beside a waiting grant, an answer not usable at the entity question gets the question explained and the way out',
      intent: { kind: 'list', query: {} }, input: { grantWaiting: true },
      steps: [['liste les utilisateurs', 'people.entity'], ['oui', 'people.entity', ['sideStuck']], ['à partir du 4 janvier', 'people.entity', ['sideStuck']]],
    },
    {
      name: 'without a grant waiting, the third miss gets the question explained, the first two the usual sentence',
      intent: { kind: 'list', query: {} },
      steps: [['liste les utilisateurs', 'people.entity'], ['zorglub', 'people.entity', ['invalidChoice']], ['truc', 'people.entity', ['invalidChoice']], ['machin', 'people.entity', ['sideStuck']], ['IRIS', 'people.page']],
    },
    {
      name: '"seulement Colindos, HospiSup reste" at a revocation\'s confirmation revokes Colindos alone',
      intent: { kind: 'revoke', niss: MARIE_NISS, applications: ['COLINDOS', 'HOSPISUP'] },
      steps: [['retire Colindos et HospiSup à 85073003328', 'people.confirm'], ['seulement Colindos, HospiSup reste', 'people.confirm', ['onlyThese']], ['oui', null, ['revocationScheduled']]],
      revoked: ['COLINDOS'],
    },
    {
      name: '"only HospiSup" at a revocation\'s confirmation revokes HospiSup alone',
      intent: { kind: 'revoke', niss: MARIE_NISS, applications: ['COLINDOS', 'HOSPISUP'] },
      steps: [['retire Colindos et HospiSup à 85073003328', 'people.confirm'], ['only HospiSup', 'people.confirm', ['onlyThese']], ['yes', null]],
      revoked: ['HOSPISUP'],
    },
  ];
  it.each(rows)('$name', async ({ intent, input, steps, revoked, listedAt }) => {
    const { say, calls } = startPeople(intent, input);
    for (const [user, asking, keys] of steps) {
      const s = await say(user);
      expect({ user, asking: slotOf(s) }).toEqual({ user, asking });
      if (keys) expect({ user, keys: s.context.notices.map(keyOf) }).toEqual({ user, keys: expect.arrayContaining(keys) });
      if (keys?.includes('sideStuck')) expect(s.context.notices.map(keyOf)).not.toContain('invalidChoice');
    }
    if (listedAt !== undefined) expect(calls.find((c) => c.actor === 'findPeople')?.input).toMatchObject({ filter: { entityId: listedAt } });
    const revocation = calls.find((c) => c.actor === 'revokeApplications');
    if (revoked) expect(revocation?.input).toMatchObject({ applications: revoked });
    else expect(revocation).toBeUndefined();
  });
});
