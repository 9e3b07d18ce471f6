import { createActor } from 'xstate';
import { slotOf, viewOf, type PeopleSnapshot } from '../../dialogs/people/people.view';
import type { PeopleIntent } from '../../dialogs/people/people.types';
import { readCommands, type Command } from '../../dialogs/understanding/commands';
import type { Intent } from '../../dialogs/understanding/intent';
import type { Said } from '../../dialogs/view';
import { messages, say } from '../../src/i18n/say';
import { peopleMachine } from '../../dialogs/people/people.machine';
import { ANNE, APPS, ELDERS, HIDDEN_NISS, HIDDEN_VALID_NISS, IRIS, JAN_NISS, MARIE_NISS, NOW, names, startPeople as start, type World } from './support/people-world';

/** The key of each sentence said, whatever its catalog. */
const keyOf = (n: Said): string => ('key' in n ? n.key : 'chat' in n ? n.chat.key : 'people' in n ? n.people.key : 'literal');
const noticeKeys = (s: PeopleSnapshot) => s.context.notices.map(keyOf);
const paramsOf = (s: PeopleSnapshot, key: string) => {
  const n = s.context.notices.find((x) => keyOf(x) === key) as { chat?: { params?: unknown }; people?: { params?: unknown } } | undefined;
  return (n?.chat ?? n?.people)?.params as Record<string, unknown> | undefined;
};
/** The message read as another request (the machine looks at its intent only). */
const startRequest = (intent: Intent): Command[] => [{ type: 'startRequest', kind: 'list', intent }];

/** A step: what the manager types, then the question asked next (null: none, the request over) and the sentences said. */
type Step = [user: string, asking: string | null, notices?: string[]];
interface Task {
  name: string;
  intent: PeopleIntent;
  world?: World;
  /** Each message read as the conversation reads it (readCommands, with the question waiting) before the dialog gets it. */
  read?: boolean;
  steps: Step[];
  /** The change made, as the actor received it (null: none). */
  executed: { actor: string; input: Record<string, unknown> } | null;
}

const tasks: Task[] = [
  {
    name: 'list, asking which entity, then the next page',
    intent: { kind: 'list', query: {} },
    steps: [
      ['liste les utilisateurs', 'people.entity'],
      ['IRIS', 'people.page', ['listHeader', 'listLines', 'listMore']],
      ['les 10 suivants', 'people.page', ['listHeader', 'listLines', 'listEnd']],
    ],
    executed: null,
  },
  {
    name: 'export to Excel, the only entity taken',
    intent: { kind: 'export', format: 'xlsx', query: { status: 'active' } },
    world: { entities: [IRIS, ELDERS] },
    steps: [['exporte les actifs en Excel', null, ['exportReady']]],
    executed: null,
  },
  {
    name: 'revoke, asking which of what the person holds',
    intent: { kind: 'revoke', niss: MARIE_NISS, applications: [] },
    steps: [
      ['retire un accès à 85073003328', 'people.revokeWhich'],
      ['rien du tout', 'people.revokeWhich', ['invalidChoice']],
      ['Colindos', 'people.confirm'],
      ['oui', null, ['revocationScheduled']],
    ],
    executed: { actor: 'revokeApplications', input: { applications: ['COLINDOS'], qualityId: 11, userId: 7, idempotencyKey: `conv-1#3#people1@${NOW}` } },
  },
  {
    name: '"only Colindos, HospiSup stays" revokes Colindos alone',
    intent: { kind: 'revoke', niss: MARIE_NISS, applications: ['COLINDOS'] },
    steps: [
      ['retire seulement Colindos à 85073003328, HospiSup reste', 'people.confirm'],
      ['oui', null, ['revocationScheduled']],
    ],
    executed: { actor: 'revokeApplications', input: { applications: ['COLINDOS'], qualityId: 11 } },
  },
  {
    name: 'revoke of an access not held: said at once with what is held, nothing to confirm',
    intent: { kind: 'revoke', niss: MARIE_NISS, applications: ['CHAPTER_IV'] },
    steps: [['retire Chapter IV à 85073003328', null, ['notHeldNamed']]],
    executed: null,
  },
  {
    name: 'revoke of some applications not held: the summary takes only those held (nl)',
    intent: { kind: 'revoke', niss: MARIE_NISS, applications: ['COLINDOS', 'CHAPTER_IV'] },
    steps: [
      ['trek Colindos en Chapter IV in bij 85073003328', 'people.confirm', ['notHeldNamed']],
      ['ja', null, ['revocationScheduled']],
    ],
    executed: { actor: 'revokeApplications', input: { applications: ['COLINDOS'], qualityId: 11 } },
  },
  {
    name: 'end of function: a date refused, then one given',
    intent: { kind: 'endFunction', niss: MARIE_NISS, endDate: null },
    steps: [
      ['fin de la fonction de 85073003328', 'people.endDate'],
      ['bientôt', 'people.endDate', ['badEndDate']],
      ['01-01-2020', 'people.endDate', ['badEndDate']],
      ['31-12-2026', 'people.confirm'],
      ['oui', null, ['functionEndScheduled']],
    ],
    executed: { actor: 'endFunction', input: { lastDay: '2026-12-31', functionCode: 'COLLAB_SPECIALIST', qualityId: 11, userId: 7 } },
  },
  {
    name: 'remove a user from the entity they belong to',
    intent: { kind: 'removeUser', niss: MARIE_NISS },
    steps: [
      ['supprime 85073003328', 'people.confirm'],
      ['oui', null, ['removalScheduled']],
    ],
    executed: { actor: 'removeUser', input: { entityId: 1, userId: 7 } },
  },
  {
    name: 'remove a user of two entities from the one named',
    intent: { kind: 'removeUser', niss: JAN_NISS, entity: 2 },
    steps: [
      ['supprime 90041212377 de la Clinique Sainte-Anne', 'people.confirm'],
      ['yes', null, ['removalScheduled']],
    ],
    executed: { actor: 'removeUser', input: { entityId: 2, userId: 8 } },
  },
  // A designation names a user of the entity (trial 7: "smoens", "ejanssens" were taken as ids, Sarah Moens's username being sarahmoens).
  {
    name: 'designate an access manager: who is asked; an id that matches nobody is said and asked again; a near one is offered, taken with a yes',
    intent: { kind: 'designate', remove: false, role: 'GA', identifier: null, niss: null, name: null },
    steps: [
      ['désigne un gestionnaire d’accès', 'people.entity'],
      ['2', 'people.identifier'],
      ['xkcd42', 'people.identifier', ['designeeUnknown']],
      ['smoens', 'people.identifier'],
      ['oui', 'people.confirm'],
      ['oui', null, ['designated']],
    ],
    executed: { actor: 'designate', input: { entityId: 2, userId: 11, role: 'GA', remove: false } },
  },
  {
    name: 'designate: a near one declined is never taken; the username then names her',
    intent: { kind: 'designate', remove: false, role: 'GA', identifier: null, niss: null, name: null },
    steps: [
      ['désigne un gestionnaire d’accès', 'people.entity'],
      ['2', 'people.identifier'],
      ['ejanssen', 'people.identifier'],
      ['non', 'people.identifier', ['designeeDeclined']],
      ['sarah.moens@sainte-anne.be', 'people.confirm'],
      ['oui', null, ['designated']],
    ],
    executed: { actor: 'designate', input: { entityId: 2, userId: 11, role: 'GA', remove: false } },
  },
  {
    name: 'designate: several of that name are listed (Jan, An Peeters), the second chosen by number',
    intent: { kind: 'designate', remove: false, role: 'CO_RAE', identifier: null, niss: null, name: 'Peeters', entity: 2 },
    steps: [
      ['nomme Peeters co-RAE de Sainte-Anne', 'people.identifier'],
      ['2', 'people.confirm'],
      ['oui', null, ['designated']],
    ],
    executed: { actor: 'designate', input: { entityId: 2, userId: 13, role: 'CO_RAE', remove: false } },
  },
  ...(['yes', 'nee', 'oui', 'Ja!', 'ok'] as const).map((said) => ({
    name: `designate: "${said}" where the person is asked (nobody offered) is an answer, never a person (trial 5)`,
    intent: { kind: 'designate' as const, remove: false, role: 'GA' as const, identifier: null, niss: null, name: null },
    steps: [
      ['désigne un gestionnaire d’accès', 'people.entity'],
      ['2', 'people.identifier'],
      [said, 'people.identifier', ['identifierIsAnswer']],
      ['sarahmoens', 'people.confirm'],
      ['oui', null, ['designated']],
    ] as Step[],
    executed: { actor: 'designate', input: { entityId: 2, userId: 11, role: 'GA', remove: false } },
  })),
  {
    name: 'designate by name with the Teams id Sésame showed her: the role is bound to that id',
    intent: { kind: 'designate', remove: false, role: 'GA', identifier: '29:1a2b3c4d5e', niss: null, name: 'Marie Dupont', entity: 1 },
    steps: [
      ['désigne Marie Dupont gestionnaire d’accès de IRIS, identifiant 29:1a2b3c4d5e', 'people.confirm'],
      ['oui', null, ['designated']],
    ],
    executed: { actor: 'designate', input: { entityId: 1, userId: 7, channelUserId: '29:1a2b3c4d5e', role: 'GA' } },
  },
  {
    name: 'designate by NISS: the person of that NISS',
    intent: { kind: 'designate', remove: false, role: 'CO_RAE', identifier: 'marie.dupont', niss: MARIE_NISS, name: null },
    steps: [
      ['nomme 85073003328 co-RAE, identifiant marie.dupont', 'people.confirm'],
      ['oui', null, ['designated']],
    ],
    // "identifiant marie.dupont" is no channel id: the role goes to her username.
    executed: { actor: 'designate', input: { entityId: 1, userId: 7, channelUserId: null, role: 'CO_RAE' } },
  },
  {
    name: 'bulk grant, asking the applications',
    intent: { kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }, { line: 2, input: '12345' }], applications: [], entity: 1 },
    steps: [
      ['85073003328, 12345', 'people.bulkApplications'],
      ['je ne sais pas', 'people.bulkApplications', ['invalidChoice']],
      ['HospiSup', 'people.confirm', ['bulkLine', 'bulkLine']],
      ['oui', null, ['bulkResult', 'bulkDone']],
    ],
    executed: { actor: 'executeBulk', input: { applications: ['HOSPISUP'], qualityId: 11 } },
  },
  {
    name: 'bulk grant of Chapter IV, held in two qualités: which one is asked',
    intent: { kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }], applications: ['CHAPTER_IV'], entity: 1 },
    steps: [
      ['donne Chapter IV à 85073003328, 12345', 'people.quality'],
      ['Soins de santé', 'people.confirm', ['bulkLine', 'bulkLine']],
      ['oui', null, ['bulkResult', 'bulkDone']],
    ],
    executed: { actor: 'executeBulk', input: { applications: ['CHAPTER_IV'], qualityId: 12 } },
  },
  {
    name: 'who gave access, from the audit log',
    intent: { kind: 'audit', niss: MARIE_NISS, applications: ['HOSPISUP'] },
    steps: [['qui a donné HospiSup à 85073003328 ?', null, ['auditHeader', 'auditLines']]],
    executed: null,
  },
];

const VOCABULARY = { entities: [IRIS, ANNE].map(({ id, name, inami }) => ({ id, name, inami })), qualityKinds: [], applications: APPS };
/** The dialog on a task; `say` reads the message first when the task asks so. */
function startTask({ intent, world, read }: Pick<Task, 'intent' | 'world' | 'read'>) {
  const run = start(intent, world);
  const say = (text: string) =>
    read ? run.say(text, readCommands(text, { vocabulary: VOCABULARY, now: NOW, expecting: slotOf(run.actor.getSnapshot()) })) : run.say(text);
  return { ...run, say };
}

const CANCEL_BUTTON = '<Cancel button>';
/** The Cancel button, and everyday ways of saying stop in fr, nl, de, en. */
const CANCELS = [CANCEL_BUTTON, 'non, on arrête tout', 'stop er maar mee', 'lass gut sein', 'drop it'] as const;

/** Runs each task step by step (the change made once), then cancelled after each of its steps (nothing made). */
function describeTasks(list: Task[]) {
  describe.each(list)('$name', (task) => {
    const { steps, executed } = task;
    it('asks each question in turn and makes the change once', async () => {
      const run = startTask(task);
      for (const [user, asking, notices] of steps) {
        const s = await run.say(user);
        expect({ user, asking: slotOf(s) }).toEqual({ user, asking });
        if (notices) expect({ user, notices: noticeKeys(s) }).toEqual({ user, notices });
        // The request is over exactly when nothing is asked any more; a list left open is not over.
        expect(s.status).toBe(asking === null ? 'done' : 'active');
      }
      const made = run.executed();
      if (executed === null) expect(made).toEqual([]);
      else {
        expect(made).toHaveLength(1);
        expect(made[0]).toMatchObject(executed);
      }
    });

    // Cancel at every question: the Cancel button, and a stop typed in each language (read as the conversation reads it).
    const cancels = steps.slice(0, -1).flatMap((_, i) => CANCELS.map((said) => [i, said] as const));
    if (cancels.length > 0) it.each(cancels)('cancel after step %i ("%s") changes nothing and ends the request', async (i, said) => {
      const run = startTask(task);
      for (const [user] of steps.slice(0, i + 1)) await run.say(user);
      expect(run.actor.getSnapshot().can({ type: 'CANCEL' })).toBe(true);
      const s = said === CANCEL_BUTTON ? await run.send({ type: 'CANCEL' }) : await run.say(said);
      expect(s.status).toBe('done');
      expect(noticeKeys(s)).toEqual(['sideCancelled']);
      expect(viewOf(s).prompt).toBeNull();
      expect(run.executed()).toEqual([]);
    });
  });
}

describe('people machine', () => {
  describeTasks(tasks);

  it.each([['fr', /rien n'a été modifié/], ['nl', /er is niets gewijzigd/], ['de', /nichts geändert/], ['en', /nothing was changed/]] as const)(
    'a cancel says, in %s, that nothing was changed',
    (locale, nothing) => {
      expect(say('manage', { key: 'sideCancelled' }, locale)).toMatch(nothing);
      expect(say('manage', { key: 'setAside', params: { what: 'revoke', person: 'Marie Dupont' } }, locale)).toMatch(nothing);
    },
  );

  it('says the list with its filters and pages back to the end when there is no more', async () => {
    const run = start({ kind: 'list', query: { application: 'HOSPISUP' } }, { entities: [IRIS] });
    let s = await run.say('qui a HospiSup ?');
    expect(s.matches({ asking: 'page' })).toBe(true);
    expect(paramsOf(s, 'listHeader')).toMatchObject({ entity: 'Hôpitaux IRIS Sud', from: 1, to: 10, total: 15, filters: { application: names('HospiSup') } });
    expect(run.calls.find((c) => c.actor === 'findPeople')!.input).toMatchObject({ filter: { entityId: 1, application: 'HOSPISUP' }, offset: 0, limit: 10 });
    await run.say('suivants');
    s = await run.say('suivants');
    expect(noticeKeys(s)).toEqual(['listEnd']);
    expect(s.context.offset).toBe(10);
    expect(viewOf(s).prompt).toBeNull();
  });

  it('exports the list left open, with its criteria, and attaches the file to that turn only', async () => {
    const run = start({ kind: 'list', query: { status: 'active' } }, { entities: [IRIS] });
    await run.say('liste les actifs');
    const s = await run.say('exporte en CSV', startRequest({ kind: 'export', format: 'csv', query: {} }));
    expect(s.status).toBe('done');
    expect(noticeKeys(s)).toEqual(['exportReady']);
    expect(viewOf(s).attachments).toEqual([expect.objectContaining({ name: 'utilisateurs-2026-11-23.xlsx' })]);
    expect(run.calls.find((c) => c.actor === 'exportPeople')!.input).toMatchObject({ format: 'csv', filter: { entityId: 1, status: 'active' } });
  });

  it('a TURN clears what the last one said and sent', async () => {
    const run = start({ kind: 'list', query: {} }, { entities: [IRIS] });
    await run.say('liste');
    run.actor.send({ type: 'TURN', at: NOW + 1000 });
    expect(run.actor.getSnapshot().context).toMatchObject({ notices: [], attachments: null, now: NOW + 1000 });
  });

  it('another request in the middle ends this one unread, for the caller to read again; the change waiting is said to be left aside', async () => {
    const run = start({ kind: 'revoke', niss: MARIE_NISS, applications: [] });
    await run.say('retire un accès à 85073003328');
    const s = await run.say('liste les utilisateurs', startRequest({ kind: 'list', query: {} }));
    expect(s.status).toBe('done');
    expect(s.context.passed).toBe(true);
    expect(noticeKeys(s)).toEqual(['setAside']);
    expect(paramsOf(s, 'setAside')).toEqual({ what: 'revoke', person: 'Dr Marie Dupont', answer: true });
    expect(run.executed()).toEqual([]);
  });

  it('at the summary, an answer that is neither yes nor no asks again', async () => {
    const run = start({ kind: 'removeUser', niss: MARIE_NISS });
    await run.say('supprime 85073003328');
    const s = await run.say('peut-être');
    expect(s.matches({ asking: 'confirm' })).toBe(true);
    expect(noticeKeys(s)).toEqual(['notUnderstoodYesOrNo']);
    expect(s.can({ type: 'TEXT', text: 'oui' })).toBe(true);
    expect(viewOf(s).prompt).toMatchObject({ slot: 'people.confirm', message: { chat: { key: 'confirmRemoveUser', params: { person: 'Dr Marie Dupont', entity: 'Hôpitaux IRIS Sud', delayMs: 1_200_000 } } } });
  });

  it('"non" at the summary changes nothing', async () => {
    const run = start({ kind: 'revoke', niss: MARIE_NISS, applications: ['HOSPISUP'] });
    await run.say('retire HospiSup à 85073003328');
    const s = await run.say('non');
    expect(s.status).toBe('done');
    expect(noticeKeys(s)).toEqual(['sideCancelled']);
    expect(run.executed()).toEqual([]);
  });

  it('LANGUAGE changes the language only', async () => {
    const run = start({ kind: 'revoke', niss: MARIE_NISS, applications: [] });
    const before = await run.say('retire un accès à 85073003328');
    run.actor.send({ type: 'LANGUAGE', locale: 'de' });
    const after = run.actor.getSnapshot();
    expect(after.context.locale).toBe('de');
    expect(after.value).toEqual(before.value);
    expect(viewOf(after)).toMatchObject({ locale: 'de', prompt: viewOf(before).prompt });
  });

  it('bulk progress is emitted every ten people above ten, and the run goes on', async () => {
    const run = start({ kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }], applications: ['HOSPISUP'], entity: 1 }, { bulkOk: 25 });
    await run.say('donne HospiSup à ces 25 personnes');
    const s = await run.say('oui');
    expect(run.progress).toEqual([{ chat: { key: 'bulkProgress', params: { done: 10, total: 25 } } }, { chat: { key: 'bulkProgress', params: { done: 20, total: 25 } } }]);
    expect(paramsOf(s, 'bulkDone')).toEqual({ ok: 25, failed: 0 });
  });

  it('a bulk grant of applications no qualité of the entity holds is impossible, said', async () => {
    const run = start({ kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }], applications: ['HOSPISUP', 'CHAPTER_IV'], entity: 2 });
    const s = await run.say('donne HospiSup et Chapter IV à 85073003328');
    expect(s.status).toBe('active');
    expect(slotOf(s)).toBe('people.confirm');
    const t = start({ kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }], applications: ['UNKNOWN'], entity: 1 });
    const u = await t.say('donne UNKNOWN à 85073003328');
    expect(u.status).toBe('done');
    expect(paramsOf(u, 'impossible')).toEqual({ reason: 'applicationNotInEntity' });
  });

  it('nothing to revoke, no function, not a user there: said, and the request is over', async () => {
    const a = await start({ kind: 'revoke', niss: JAN_NISS, applications: [], entity: 1 }).say('retire un accès à Jan');
    expect(noticeKeys(a)).toEqual(['nothingToRevoke']);
    const b = await start({ kind: 'endFunction', niss: JAN_NISS, endDate: '2026-12-31', entity: 2 }).say('fin de fonction de Jan');
    expect(b.status).toBe('done');
    expect(noticeKeys(b)).toEqual(['noFunction']);
    const c = await start({ kind: 'removeUser', niss: MARIE_NISS, entity: 2 }).say('supprime Marie de Sainte-Anne');
    expect(noticeKeys(c)).toEqual(['notMember']);
    expect(paramsOf(c, 'notMember')).toEqual({ person: 'Dr Marie Dupont', entity: 'Clinique Sainte-Anne Saint-Remi' });
  });

  it('an access not held is said with the person, what was named and what is held there', async () => {
    const a = await start({ kind: 'revoke', niss: JAN_NISS, applications: ['COLINDOS'], entity: 2 }).say('entziehe 90041212377 Colindos');
    expect(a.status).toBe('done');
    expect(paramsOf(a, 'notHeldNamed')).toEqual({ person: 'Jan Peeters', entity: 'Clinique Sainte-Anne Saint-Remi', applications: [names('Colindos')], held: [names('HospiSup')], others: false });
    const run = start({ kind: 'revoke', niss: MARIE_NISS, applications: ['HOSPISUP', 'CHAPTER_IV'] });
    const b = await run.say('revoke HospiSup and Chapter IV from 85073003328');
    expect(paramsOf(b, 'notHeldNamed')).toMatchObject({ applications: [names('Chapter IV')], others: true });
    expect(viewOf(b).prompt?.message).toMatchObject({ chat: { key: 'confirmRevoke', params: { applications: [names('HospiSup')] } } });
  });

  it('another request at a confirmation leaves the waiting one aside with a word, nothing done', async () => {
    const run = start({ kind: 'revoke', niss: MARIE_NISS, applications: ['COLINDOS'] });
    await run.say('retire Colindos à 85073003328');
    const s = await run.say('retire HospiSup à 85073003328', startRequest({ kind: 'revoke', niss: MARIE_NISS, applications: ['HOSPISUP'] }));
    expect(s.status).toBe('done');
    expect(s.context.passed).toBe(true);
    expect(noticeKeys(s)).toEqual(['setAside']);
    expect(paramsOf(s, 'setAside')).toEqual({ what: 'revoke', person: 'Dr Marie Dupont' });
    expect(run.executed()).toEqual([]);
  });

  it('an unknown NISS is said as unknown, and nothing is asked', async () => {
    const s = await start({ kind: 'revoke', niss: '00000000097', applications: [] }).say('retire');
    expect(s.status).toBe('done');
    expect(noticeKeys(s)).toEqual(['unknownPerson']);
  });

  describe('refusals', () => {
    it.each([
      ['a revocation', { kind: 'revoke', niss: MARIE_NISS, applications: ['HOSPISUP'] } as PeopleIntent, 'revokeAccess'],
      ['a removal', { kind: 'removeUser', niss: MARIE_NISS } as PeopleIntent, 'revokeAccess'],
      ['a designation', { kind: 'designate', remove: false, role: 'GA', identifier: 'x', niss: null, name: 'Luc Martin', entity: 1 } as PeopleIntent, 'designateManager'],
      ['a list', { kind: 'list', query: { entity: 1 } } as PeopleIntent, 'viewUsers'],
      ['an export', { kind: 'export', format: 'csv', query: { entity: 1 } } as PeopleIntent, 'viewUsers'],
      ['a bulk grant', { kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }], applications: ['HOSPISUP'], entity: 1 } as PeopleIntent, 'grantAccess'],
      ['the audit log', { kind: 'audit', niss: MARIE_NISS, applications: [] } as PeopleIntent, 'viewAudit'],
    ])('%s refused by the store is said plainly, and nothing is asked or changed', async (_, intent, action) => {
      const run = start(intent, { forbidden: [action] });
      const s = await run.say('…');
      expect(s.status).toBe('done');
      // A designation refused names the role asked: "no right to designate an access manager", not any right.
      const params = intent.kind === 'designate' ? { action, designation: { role: intent.role, remove: intent.remove } } : { action };
      expect(s.context.notices).toEqual([{ chat: { key: 'refused', params } }]);
      expect(run.executed()).toEqual([]);
      // The store audits its own refusals: the dialog writes none of its own.
      expect(run.calls.filter((c) => c.actor === 'recordRefusal')).toEqual([]);
    });

    it.each([
      ['nl', 'co-beheerder', 'Uw rol laat niet toe een Co-VTE (co-beheerder) aan te stellen: dat doet de VTE. Er is niets gewijzigd.'],
      ['de', 'Co-Verwalterin', 'Ihre Rolle erlaubt es nicht, jemanden zum Co-VZE (Co-Verwalterin) zu ernennen: Das macht der VZE. Es wurde nichts geändert.'],
      ['fr', 'co-gestionnaire', "Votre rôle ne vous permet pas de désigner un Co-RAE (co-gestionnaire) : c'est le rôle du RAE. Rien n'a été modifié."],
      ['en', 'deputy', "Your role does not allow you to designate a Co-RAE (deputy): that is the RAE's role. Nothing was changed."],
    ] as const)('%s: a Co-RAE designation refused says the role in the manager\'s words ("%s") and the portal\'s', async (locale, said, sentence) => {
      const intent: PeopleIntent = { kind: 'designate', remove: false, role: 'CO_RAE', identifier: 'x', niss: null, name: 'Luc Martin', entity: 1, said };
      const s = await start(intent, { forbidden: ['designateManager'] }).say('…');
      expect(s.context.notices).toHaveLength(1);
      expect(say('manage', (s.context.notices[0] as { chat: Parameters<typeof say<'manage'>>[1] }).chat, locale)).toBe(sentence);
      expect(messages('manage', locale).refused({ action: 'designateManager' })).not.toBe(sentence);
    });

    // Today is 23/11/2026 in this world: a past last day is named, and called past.
    it.each([
      ['fr', 'le 3 novembre', "Le 03/11/2026 est déjà passé : le dernier jour doit venir après aujourd'hui, par exemple 31-12-2026."],
      ['fr', 'au 1er janvier 2020', "Le 01/01/2020 est déjà passé : le dernier jour doit venir après aujourd'hui, par exemple 31-12-2026."],
      ['nl', 'op 3 november', '03-11-2026 is al voorbij: de laatste dag moet na vandaag vallen, bijvoorbeeld 31-12-2026.'],
      ['de', 'am 3. November', 'Der 03.11.2026 liegt bereits in der Vergangenheit: Der letzte Tag muss nach heute liegen, zum Beispiel 31-12-2026.'],
      ['en', 'on 3 November', '03/11/2026 is already past: the last day must come after today, for example 31-12-2026.'],
    ] as const)('%s: a past last day ("%s") is named and called past', async (locale, text, sentence) => {
      const run = start({ kind: 'endFunction', niss: MARIE_NISS, endDate: null });
      await run.say('fin de la fonction de 85073003328');
      const s = await run.say(text);
      expect(s.context.notices.map((n) => say('manage', (n as { chat: Parameters<typeof say<'manage'>>[1] }).chat, locale))).toEqual([sentence]);
    });

    it('an entity named where the manager holds no role is refused as named, audited once, never replaced', async () => {
      const run = start({ kind: 'removeUser', niss: MARIE_NISS, entity: 3 });
      const s = await run.say('supprime 85073003328 de AZ Elders');
      expect(s.status).toBe('done');
      expect(s.context.entityId).toBe(3);
      // Said with the entities where they do hold a role.
      expect(s.context.notices).toEqual([{ chat: { key: 'noRoleThere', params: { entity: 'AZ Elders', yours: ['Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi'] } } }]);
      expect(run.calls.filter((c) => c.actor === 'recordRefusal')).toEqual([
        { actor: 'recordRefusal', input: { managerId: 3, at: NOW, action: 'revokeAccess', entityId: 3, niss: MARIE_NISS, asked: { request: 'removeUser', entity: 'AZ Elders' } } },
      ]);
      expect(run.calls.filter((c) => c.actor === 'authorize')).toEqual([]);
    });

    it('someone who is no user of the manager’s entities is not described; acting on them is refused and audited', async () => {
      const run = start({ kind: 'revoke', niss: HIDDEN_NISS, applications: ['HOSPISUP'] });
      const s = await run.say('retire HospiSup à 76021500137');
      expect(noticeKeys(s)).toEqual(['notYourUser']);
      expect(run.calls.filter((c) => c.actor === 'recordRefusal').map((c) => c.input)).toEqual([
        expect.objectContaining({ action: 'revokeAccess', niss: HIDDEN_NISS, asked: { request: 'revoke', applications: ['HOSPISUP'] } }),
      ]);
    });

    it('a manager with no entity at all is refused, audited once', async () => {
      const run = start({ kind: 'list', query: {} }, { entities: [ELDERS] });
      const s = await run.say('liste les utilisateurs');
      expect(s.context.notices).toEqual([{ chat: { key: 'refused', params: { action: 'other' } } }]);
      expect(run.calls.filter((c) => c.actor === 'recordRefusal')).toHaveLength(1);
    });
  });

  it('survives a persisted snapshot restored into a new actor (a restart)', async () => {
    const first = start({ kind: 'revoke', niss: MARIE_NISS, applications: [] });
    await first.say('retire un accès à 85073003328');
    const persisted = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot()));
    first.actor.stop();
    const restored = createActor(peopleMachine.provide({ actors: {} }), {
      snapshot: persisted,
      input: { managerId: 3, conversationId: 'conv-1', locale: 'fr', now: NOW, intent: { kind: 'list', query: {} }, seq: 1 },
    });
    // Read without starting: the question waiting is known from the saved snapshot alone.
    expect(slotOf(restored.getSnapshot())).toBe('people.revokeWhich');
    expect(viewOf(restored.getSnapshot()).prompt?.choices.map((c) => c.value)).toEqual([{ literal: 'HOSPISUP' }, { literal: 'COLINDOS' }]);
    const second = start({ kind: 'list', query: {} }, {}, persisted);
    const s = await second.say('HospiSup');
    expect(slotOf(s)).toBe('people.confirm');
    expect(s.context.task).toMatchObject({ kind: 'revoke', applications: ['HOSPISUP'] });
  });
});

/**
 * Defects of a user trial: a person named by name is looked up among the manager's users (never the NISS asked
 * at once), and the dialog's own choice questions take a short answer naming a choice, in four languages. Every
 * message is read as the conversation reads it (readCommands, with the question waiting), then given to the dialog.
 */
describe('people machine: a person by name, and answers naming a choice', () => {
  const TWO_JANS = { 'Jan Peeters': [JAN_NISS, MARIE_NISS] };
  const namedOf = (i: PeopleIntent) => ('name' in i && i.kind !== 'designate' ? i.name : undefined);
  const byName = (kind: 'revoke' | 'removeUser' | 'endFunction', name: string, more: Record<string, unknown> = {}) =>
    ({ kind, niss: null, name, ...(kind === 'revoke' ? { applications: [] } : kind === 'endFunction' ? { endDate: null } : {}), ...more }) as PeopleIntent;

  const named: Task[] = [
    {
      name: 'fr: « retire Colindos à Marie Dupont », the one so named found and said',
      intent: byName('revoke', 'Marie Dupont', { applications: ['COLINDOS'] }),
      steps: [['retire Colindos à Marie Dupont', 'people.confirm', ['personFoundByName']], ['oui', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['COLINDOS'] } },
    },
    {
      name: 'nl: „trek een toegang in bij Marie Dupont”, which one asked, answered „Colindos graag”',
      intent: byName('revoke', 'Marie Dupont'),
      steps: [['trek een toegang in bij Marie Dupont', 'people.revokeWhich', ['personFoundByName']], ['Colindos graag', 'people.confirm'], ['ja', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['COLINDOS'] } },
    },
    {
      name: 'de: „entziehe Jan Peeters Colindos“, two so named: listed, „die zweite“ picks Marie',
      intent: byName('revoke', 'Jan Peeters', { applications: ['COLINDOS'] }),
      world: { named: TWO_JANS },
      steps: [['entziehe Jan Peeters Colindos', 'people.person', []], ['die zweite', 'people.confirm'], ['ja', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['COLINDOS'] } },
    },
    {
      name: 'en: "remove Jan Peeters from IRIS Sud", two so named: "the first one"',
      intent: byName('removeUser', 'Jan Peeters', { entity: 1 }),
      world: { named: TWO_JANS },
      steps: [['remove Jan Peeters from IRIS Sud', 'people.person'], ['the first one', 'people.confirm'], ['yes', null, ['removalScheduled']]],
      executed: { actor: 'removeUser', input: { userId: 8, entityId: 1 } },
    },
    {
      name: 'fr: two so named, answered by NISS',
      intent: byName('revoke', 'Jan Peeters', { applications: ['HOSPISUP'] }),
      world: { named: TWO_JANS },
      steps: [['retire HospiSup à Jan Peeters', 'people.person'], ['85.07.30-033.28', 'people.confirm'], ['oui', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['HOSPISUP'] } },
    },
    {
      name: 'fr: « retire HospiSup à Peeters », a surname two share: listed, « la deuxième » picks the second',
      intent: byName('revoke', 'Peeters', { applications: ['HOSPISUP'] }),
      world: { named: { Peeters: [JAN_NISS, MARIE_NISS] } },
      steps: [['retire HospiSup à Peeters', 'people.person'], ['la deuxième', 'people.confirm'], ['oui', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['HOSPISUP'] } },
    },
    {
      name: 'nl: „trek HospiSup in bij Peeters”, one so named: found and said',
      intent: byName('revoke', 'Peeters', { applications: ['HOSPISUP'] }),
      world: { named: { Peeters: [MARIE_NISS] } },
      steps: [['trek HospiSup in bij Peeters', 'people.confirm', ['personFoundByName']], ['ja', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['HOSPISUP'] } },
    },
    {
      name: 'en: "revoke HospiSup from marie dupont", in lower case: found',
      intent: byName('revoke', 'marie dupont', { applications: ['HOSPISUP'] }),
      world: { named: { 'marie dupont': [MARIE_NISS] } },
      steps: [['revoke HospiSup from marie dupont', 'people.confirm', ['personFoundByName']], ['yes', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['HOSPISUP'] } },
    },
    {
      name: 'de: „entferne Lucas Mertens aus Sainte-Anne“ with nobody so named: the NISS asked, „danke“ says the way out',
      intent: byName('removeUser', 'Lucas Mertens', { entity: 2 }),
      steps: [['entferne Lucas Mertens aus Sainte-Anne', 'people.niss', ['noUserNamed']], ['danke', 'people.niss', ['nissNotGiven']]],
      executed: null,
    },
    {
      name: "en: \"end Marie Dupont's function\": found, the end date asked",
      intent: byName('endFunction', 'Marie Dupont'),
      steps: [["end Marie Dupont's function", 'people.endDate', ['personFoundByName']], ['31-12-2026', 'people.confirm'], ['yes', null, ['functionEndScheduled']]],
      executed: { actor: 'endFunction', input: { userId: 7, lastDay: '2026-12-31' } },
    },
    {
      name: 'de: nobody so named: said, the NISS asked; a NISS typed wrong said and asked again',
      intent: byName('revoke', 'Lukas Maier', { applications: ['COLINDOS'] }),
      steps: [['entziehe Lukas Maier Colindos', 'people.niss', ['noUserNamed']], ['85073003329', 'people.niss', ['nissInvalid']], ['85073003328', 'people.confirm'], ['ja', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['COLINDOS'] } },
    },
    {
      name: 'fr: nobody so named, and the NISS given is of another entity only: not described, refused',
      intent: byName('revoke', 'Paul Durand', { applications: ['COLINDOS'] }),
      steps: [['retire Colindos à Paul Durand', 'people.niss', ['noUserNamed']], [HIDDEN_VALID_NISS, null, ['notYourUser']]],
      executed: null,
    },
    {
      name: 'nl: which entity, answered „Sainte-Anne graag”; then which application, „de eerste”',
      intent: { kind: 'revoke', niss: JAN_NISS, applications: [] },
      steps: [['trek een toegang in bij 90041212377', 'people.entity'], ['Sainte-Anne graag', 'people.revokeWhich'], ['de eerste', 'people.confirm'], ['ja', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 8, applications: ['HOSPISUP'], qualityId: 21 } },
    },
    {
      name: 'fr: which application, answered by repeating the question’s words: an answer, not a new request',
      intent: { kind: 'revoke', niss: MARIE_NISS, applications: [] },
      steps: [['retire un accès à 85073003328', 'people.revokeWhich'], ['retire Colindos à Marie Dupont', 'people.confirm'], ['oui', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['COLINDOS'] } },
    },
    {
      name: 'en: which entity, "the second one please"',
      intent: { kind: 'list', query: {} },
      steps: [['list the users', 'people.entity'], ['the second one please', 'people.page']],
      executed: null,
    },
    ...([['fr', 'non, garde-le'], ['nl', 'hou het maar'], ['de', 'behalte es lieber'], ['en', 'keep it']] as const).map(([lang, keep]): Task => ({
      name: `${lang}: "${keep}" at the summary of a revocation by name takes nothing away`,
      intent: byName('revoke', 'Marie Dupont', { applications: ['COLINDOS'] }),
      steps: [['retire Colindos à Marie Dupont', 'people.confirm'], [keep, null, ['sideCancelled']]],
      executed: null,
    })),
    // A user trial: a surname in lower case is looked up as a capitalised one, and a word of one name picks it in the list.
    ...([
      ['fr', 'retire HospiSup à peeters', 'Marie', 'oui'],
      ['nl', 'trek HospiSup in bij peeters', 'de tweede', 'ja'],
      ['de', 'entziehe peeters HospiSup', 'Dupont', 'ja'],
      ['en', 'revoke HospiSup from peeters', 'Dr Marie Dupont', 'yes'],
    ] as const).map(([lang, said, pick, yes]): Task => ({
      name: `${lang}: "${said}", two so named: listed, "${pick}" picks Marie`,
      intent: byName('revoke', 'peeters', { applications: ['HOSPISUP'] }),
      world: { named: { peeters: [JAN_NISS, MARIE_NISS] } },
      steps: [[said, 'people.person'], [pick, 'people.confirm'], [yes, null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['HOSPISUP'] } },
    })),
    // A user trial: a revocation with nobody named said how to ask it and closed; now whose NISS is the question, kept open.
    ...([
      ['fr', 'retire HospiSup', 'la deuxième', 'oui'],
      ['nl', 'trek HospiSup in', '2', 'ja'],
      ['de', 'entziehe HospiSup', 'die zweite', 'ja'],
      ['en', 'revoke HospiSup', 'the second one', 'yes'],
    ] as const).map(([lang, said, stray, yes]): Task => ({
      name: `${lang}: "${said}" with nobody named: the NISS asked; "${stray}" is none, asked again; the NISS continues`,
      intent: { kind: 'revoke', niss: null, applications: ['HOSPISUP'] },
      steps: [[said, 'people.niss'], [stray, 'people.niss', ['nissNotGiven']], ['85.07.30-033.28', 'people.confirm'], [yes, null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['HOSPISUP'] } },
    })),
    {
      name: 'de: welche Anwendung, „HospiSup bitte“',
      intent: { kind: 'revoke', niss: MARIE_NISS, applications: [] },
      steps: [['entziehe 85073003328 einen Zugang', 'people.revokeWhich'], ['HospiSup bitte', 'people.confirm'], ['ja', null, ['revocationScheduled']]],
      executed: { actor: 'revokeApplications', input: { userId: 7, applications: ['HOSPISUP'] } },
    },
  ];

  describeTasks(named.map((t) => ({ ...t, read: true })));

  it.each(named.filter((t) => namedOf(t.intent) !== undefined))('$name: searched among the manager’s users by the name said, once', async (task) => {
    const run = startTask({ ...task, read: true });
    for (const [user] of task.steps) await run.say(user);
    expect(run.calls.filter((c) => c.actor === 'findPersonByName')).toEqual([{ actor: 'findPersonByName', input: { managerId: 3, name: namedOf(task.intent) } }]);
  });

  it('the list of several so named shows each with their NISS, as choices', async () => {
    const run = startTask({ read: true, intent: byName('revoke', 'Jan Peeters', { applications: ['COLINDOS'] }), world: { named: TWO_JANS } });
    const s = await run.say('retire Colindos à Jan Peeters');
    expect(viewOf(s).prompt).toMatchObject({
      slot: 'people.person',
      message: { key: 'personsNamed', params: { named: 'Jan Peeters', candidates: ['Jan Peeters (90.04.12-123.77)', 'Dr Marie Dupont (85.07.30-033.28)'] } },
      choices: [{ value: { literal: JAN_NISS } }, { value: { literal: MARIE_NISS } }],
    });
  });

  it('another request at the question of which person ends this one unread', async () => {
    const run = startTask({ read: true, intent: byName('revoke', 'Jan Peeters', { applications: ['COLINDOS'] }), world: { named: TWO_JANS } });
    await run.say('retire Colindos à Jan Peeters');
    const s = await run.say('liste les utilisateurs');
    expect(s.status).toBe('done');
    expect(s.context.passed).toBe(true);
    expect(run.executed()).toEqual([]);
  });
});
