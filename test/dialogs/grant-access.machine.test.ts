import { createActor, fromPromise } from 'xstate';
import { grantAccessMachine, type ExecutionOutcome } from '../../dialogs/grant/grant-access.machine';
import { slotOf, type GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import type { ColleagueAccess, NamedCandidate, PersonNameQuestion, StatusAnswer, StatusQuestion, EntityOption, GrantRequest, Person, QualityOption, Slot } from '../../dialogs/grant/grant-access.types';
import type { MessageKey } from '../../src/i18n/grant.catalog';
import { vocabularyOf } from '../../dialogs/grant/absorb';
import { grantMessage, sayTo } from '../support/say';
import { nissCheckDigits } from '../../src/domain/niss';
import { todayInBrussels } from '../../src/domain/dates';

// 2026-11-23 10:00 in Brussels.
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const names = (fr: string) => ({ fr, nl: fr, de: fr, en: fr });

const IRIS: EntityOption = { id: 1, inami: '710087-50', name: 'Hôpitaux IRIS Sud', role: 'CO_RAE' };
const ANNE: EntityOption = { id: 2, inami: '710338-90', name: 'Clinique Sainte-Anne Saint-Remi', role: 'RAE' };
const HOSPITAL: QualityOption = { id: 11, kind: 'HOSPITAL', names: names('Prestataire de soins : hôpital'), active: true, mayActivate: true };
const INAMI_CARE: QualityOption = { id: 12, kind: 'INAMI_CARE', names: names('Soins de santé (INAMI)'), active: false, mayActivate: true };
const BOTH = ['HOSPITAL', 'INAMI_CARE'];
const APPS = [
  { code: 'HOSPISUP', names: names('HospiSup'), aliases: ['hospi sup'], needsFunction: false, qualityKinds: ['HOSPITAL'] },
  { code: 'COLINDOS', names: names('Colindos'), aliases: ['colindo'], needsFunction: true, qualityKinds: ['HOSPITAL'] },
  { code: 'HOSPILISS', names: names('Hospiliss'), aliases: [], needsFunction: true, qualityKinds: ['HOSPITAL'] },
  { code: 'INAMI_FINANCIAL_TAX_DATA', names: names('Gestion des données financières et fiscales (INAMI)'), aliases: [], needsFunction: false, qualityKinds: BOTH },
  { code: 'CHAPTER_IV', names: names('Chapter IV Agreement Requesting System'), aliases: ['chapitre iv'], needsFunction: false, qualityKinds: BOTH },
];
const QUALITY_KINDS = [
  { code: 'HOSPITAL', names: { fr: 'Prestataire de soins : hôpital', nl: 'Zorgverlener: ziekenhuis', de: 'Pflegeerbringer: Krankenhaus', en: 'Healthcare provider: hospital' } },
  { code: 'INAMI_CARE', names: { fr: 'Soins de santé (INAMI)', nl: 'Geneeskundige verzorging (RIZIV)', de: 'Gesundheitspflege (LIKIV)', en: 'Health care (NIHDI)' } },
];
const FUNCTIONS = [
  { code: 'COLLAB_SPECIALIST', names: names('collaborateur médecin-spécialiste'), forRole: 'doctor' as const },
  { code: 'COLLAB_PHARMACIST', names: names('collaborateur pharmacien hospitalier'), forRole: 'pharmacist' as const },
];
const MARIE: Person = { id: 7, firstName: 'Marie', lastName: 'Dupont', username: 'mdupont', title: 'Dr', functions: [], holdings: [], elsewhere: false };
const JAN: Person = { id: 8, firstName: 'Jan', lastName: 'Peeters', username: 'jpeeters', title: null,
  functions: [{ code: 'COLLAB_SPECIALIST', qualityId: 11, startDate: '2026-01-05' }], holdings: [], elsewhere: false };
const MARIE_NISS = '85073003328';
const JAN_NISS = '90041212377';
const NEW_NISS = `920315123${nissCheckDigits('920315123', 1900)}`;

const CATALOG = { qualityKinds: QUALITY_KINDS, applications: APPS, functions: FUNCTIONS };

interface World {
  entities?: EntityOption[];
  qualities?: QualityOption[];
  takenUsernames?: string[];
  outcome?: ExecutionOutcome;
}

function start(world: World = {}) {
  const executed: GrantRequest[] = [];
  const people: Record<string, Person> = { [MARIE_NISS]: MARIE, [JAN_NISS]: JAN };
  const machine = grantAccessMachine.provide({
    actors: {
      loadEntities: fromPromise(async () => world.entities ?? [ANNE, IRIS]),
      loadQualities: fromPromise(async () => world.qualities ?? [HOSPITAL, INAMI_CARE]),
      lookupPerson: fromPromise(async ({ input }: { input: { niss: string; managerId: number } }) => people[input.niss] ?? null),
      findPersonByName: fromPromise<NamedCandidate[], PersonNameQuestion>(async () => []),
      isUsernameFree: fromPromise(async ({ input }: { input: { username: string } }) => !(world.takenUsernames ?? []).includes(input.username)),
      loadCatalog: fromPromise(async () => CATALOG),
      colleagueAccess: fromPromise<ColleagueAccess | null, { niss: string; qualityId: number }>(async ({ input }) =>
        input.niss === JAN_NISS ? { name: 'Jan Peeters', applicationCodes: ['COLINDOS', 'HOSPISUP'], functionCode: 'COLLAB_SPECIALIST' } : null,
      ),
      accessStatus: fromPromise<StatusAnswer, StatusQuestion>(async ({ input }) =>
        input.niss === MARIE_NISS
          ? { person: 'Dr Marie Dupont', items: input.applicationCodes.map((code) => ({ code, state: 'pending' as const, at: NOW + 1_200_000 })) }
          : { person: null, items: [] },
      ),
      executeGrant: fromPromise(async ({ input }: { input: GrantRequest }) => {
        executed.push(input);
        return (
          world.outcome ?? {
            ok: true as const,
            done: { replayed: false, grants: input.applicationCodes.map((c, i) => ({ id: i + 1, applicationCode: c, activeAt: NOW + 1_200_000, alreadyHeld: false })), fn: null },
          }
        );
      }),
    },
  });
  const actor = createActor(machine, { input: { conversationId: 'conv-1', managerId: 3, activationDelayMs: 1_200_000 } });
  actor.start();
  /** What the store reads a first message with, before the dialog has loaded its vocabulary. */
  const vocabulary = vocabularyOf({ entities: world.entities ?? [ANNE, IRIS], catalog: CATALOG });
  const say = (text: string, at = NOW): Promise<GrantSnapshot> => sayTo(actor, text, { at, vocabulary });
  /** The message as read, not sent: to send it at another moment of the turn. */
  const read = (text: string) => grantMessage(actor.getSnapshot().context, text, vocabulary);
  return { actor, say, read, executed };
}

const noticeKeys = (s: GrantSnapshot): MessageKey[] => s.context.notices.map((n) => n.key);

/** A step: what the manager types, then the slot asked next (null: nothing asked) and the notices expected. */
type Step = [user: string, expecting: Slot | null, notices?: MessageKey[]];
interface Conversation {
  name: string;
  world?: World;
  steps: Step[];
  expectedResult: Partial<GrantRequest> | null;
}

const existingUserHospiSup: Step[] = [
  ['bonjour', 'entity'],
  ['2', 'quality'],
  ['1', 'niss'],
  ['85.07.30-033.28', 'confirmPerson'],
  ['oui', 'applications'],
  ['hospisup', 'confirm'],
  ['oui', null, ['grantDone']],
];

const conversations: Conversation[] = [
  {
    name: 'existing user, HospiSup (7 turns)',
    steps: existingUserHospiSup,
    expectedResult: { qualityId: 11, activateQuality: false, user: { existingUserId: 7 }, applicationCodes: ['HOSPISUP'], fn: null },
  },
  {
    name: 'new collaborator, Colindos + Hospiliss, function from a future date',
    steps: [
      ['salut', 'entity'],
      ['IRIS', 'quality'],
      ['Prestataire de soins: hôpital', 'niss'],
      [NEW_NISS, 'username', ['personUnknown']],
      ['lgerard', 'usernameConfirm'],
      ['lgerard', 'lastName'],
      ['Gérard', 'firstName'],
      ['Léa', 'title'],
      ['aucun', 'language'],
      ['français', 'email'],
      ['Lea.Gerard@Example.org', 'localEmail'],
      ['aucune', 'applications'],
      ['Colindos, Hospiliss', 'role'],
      ['collaborateur', 'function'],
      ['médecin-spécialiste', 'startDate'],
      ['01-03-2027', 'endDate'],
      ['aucune', 'confirm'],
      ['oui', null, ['grantDone']],
    ],
    expectedResult: {
      user: { newUser: { niss: NEW_NISS, username: 'lgerard', lastName: 'Gérard', firstName: 'Léa', title: null, language: 'fr', email: 'lea.gerard@example.org', localEmail: null } },
      applicationCodes: ['COLINDOS', 'HOSPILISS'],
      fn: { code: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null },
    },
  },
  {
    name: 'a collaborator who says whose in one answer skips the function question',
    steps: [
      ['bonjour', 'entity'],
      ['2', 'quality'],
      ['1', 'niss'],
      [MARIE_NISS, 'confirmPerson'],
      ['oui', 'applications'],
      ['colindo', 'role'],
      ["collaboratrice d'un pharmacien hospitalier", 'startDate'],
      ['15/12/2026', 'endDate'],
      ['31-12-2027', 'confirm'],
      ['ja', null, ['grantDone']],
    ],
    expectedResult: { applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_PHARMACIST', startDate: '2026-12-15', endDate: '2027-12-31' } },
  },
  {
    name: 'a doctor needs no function',
    steps: [['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'], [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'], ['Colindos', 'role'], ['médecin', 'confirm'], ['oui', null]],
    expectedResult: { applicationCodes: ['COLINDOS'], fn: null },
  },
  {
    name: 'a person who already holds the function is not asked again',
    steps: [['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'], [JAN_NISS, 'confirmPerson'], ['yes', 'applications'], ['hospiliss', 'confirm'], ['oui', null]],
    expectedResult: { user: { existingUserId: 8 }, applicationCodes: ['HOSPILISS'], fn: null },
  },
  {
    name: 'invalid NISS, re-asked with the reason each time',
    steps: [
      ['bonjour', 'entity'],
      ['2', 'quality'],
      ['1', 'niss'],
      ['85073003329', 'niss', ['nissInvalid']],
      ['8507300332', 'niss', ['nissInvalid']],
      ['85O73003328', 'niss', ['nissInvalid']],
      [MARIE_NISS, 'confirmPerson'],
      ['non', 'niss'],
      [MARIE_NISS, 'confirmPerson'],
      ['oui', 'applications'],
      ['14', 'applications', ['applicationsUnknown']],
      ['hospisup, eHealthBox', 'applications', ['applicationsUnknown']],
      ['hospisup et gestion des données financières et fiscales', 'confirm'],
      ['peut-être', 'confirm', ['notUnderstoodAtConfirmation']],
      ['oui', null],
    ],
    expectedResult: { applicationCodes: ['HOSPISUP', 'INAMI_FINANCIAL_TAX_DATA'] },
  },
  {
    name: 'one entity and one qualité are not asked',
    world: { entities: [IRIS], qualities: [HOSPITAL] },
    steps: [['hello', 'niss', ['onlyEntity', 'onlyQuality']], [MARIE_NISS, 'confirmPerson'], ['yes', 'applications'], ['HospiSup', 'confirm'], ['yes', null]],
    expectedResult: { qualityId: 11, user: { existingUserId: 7 } },
  },
  {
    name: 'an inactive qualité is activated with the grant, not before',
    steps: [['bonjour', 'entity'], ['2', 'quality'], ['2', 'activateQuality'], ['oui', 'niss'], [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'], ['1', 'confirm'], ['oui', null]],
    expectedResult: { qualityId: 12, activateQuality: true },
  },
  {
    name: 'username rules, taken username and a mistyped confirmation',
    world: { takenUsernames: ['lgerard'] },
    steps: [
      ['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'],
      [NEW_NISS, 'username'],
      ['lé', 'username', ['usernameInvalid']],
      ['lgerard', 'username', ['usernameTaken']],
      ['lgerard2', 'usernameConfirm'],
      ['lgerard3', 'username', ['usernameMismatch']],
      ['lgerard2', 'usernameConfirm'],
      ['lgerard2', 'lastName'],
      ['G3rard', 'lastName', ['nameInvalid']],
      ['Gérard', 'firstName'], ['Léa', 'title'], ['Dr', 'language'], ['klingon', 'language', ['languageInvalid']],
      ['nl', 'email'], ['lea@', 'email', ['emailInvalid']], ['lea@example.org', 'localEmail'],
      ['lea@hopital.example.be', 'applications'], ['hospisup', 'confirm'], ['oui', null],
    ],
    expectedResult: {
      user: { newUser: { niss: NEW_NISS, username: 'lgerard2', lastName: 'Gérard', firstName: 'Léa', title: 'Dr', language: 'nl', email: 'lea@example.org', localEmail: 'lea@hopital.example.be' } },
    },
  },
  {
    name: 'dates: past start, impossible date, end before start',
    steps: [
      ['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'], [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'], ['colindos', 'role'],
      ['collaborateur', 'function'], ['pharmacien', 'startDate'],
      ['01-01-2020', 'startDate', ['dateInvalid']],
      ['31-02-2027', 'startDate', ['dateInvalid']],
      ['un de ces jours', 'startDate', ['dateInvalid']],
      [todayInBrussels(new Date(NOW)).split('-').reverse().join('-'), 'endDate'],
      ['22-11-2026', 'endDate', ['dateInvalid']],
      ['aucune', 'confirm'],
      ['oui', null],
    ],
    expectedResult: { fn: { code: 'COLLAB_PHARMACIST', startDate: '2026-11-23', endDate: null } },
  },
  {
    name: 'one sentence says it all: two turns',
    world: { entities: [IRIS], qualities: [HOSPITAL] },
    steps: [['donne HospiSup à 85.07.30-033.28 stp', 'confirm'], ['oui', null, ['grantDone']]],
    expectedResult: { user: { existingUserId: 7 }, applicationCodes: ['HOSPISUP'], fn: null },
  },
  {
    name: 'one sentence with entity, qualité, applications, role and start date',
    steps: [
      ["pour IRIS, qualité hôpital : Colindos pour 85073003328 à partir du 1er mars 2027, c'est une collaboratrice du Dr Peeters", 'confirm'],
      ['oui', null, ['grantDone']],
    ],
    expectedResult: { qualityId: 11, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null } },
  },
  {
    name: "the person's confirmation needs a yes: a role said instead is taken, and the question asked again",
    steps: [
      ['Colindos pour 85073003328', 'entity'],
      ['2', 'confirmPerson', ['qualityFromApplications']],
      ["c'est une pharmacienne", 'confirmPerson'],
      ['oui', 'confirm'],
      ['oui', null, ['grantDone']],
    ],
    expectedResult: { applicationCodes: ['COLINDOS'], fn: null },
  },
  {
    name: 'a question about what someone holds, at the person, the function and the summary, leaves the request as it was',
    steps: [
      ['Colindos pour 85073003328', 'entity'],
      ['2', 'confirmPerson', ['qualityFromApplications']],
      ['hat 85073003328 Zugriff auf Hospiliss?', 'confirmPerson', ['statusAnswer']],
      ['oui', 'role'],
      ['does Jan Peeters have HospiSup?', 'role'],
      ['médecin', 'confirm'],
      ['heeft 85073003328 HospiSup?', 'confirm', ['statusAnswer']],
      ['est-ce que Marie Dupont a Hospiliss ?', 'confirm'],
      ['Marie Dupont a-t-elle eBirth ?', 'confirm'],
      ['oui', null, ['grantDone']],
    ],
    expectedResult: { user: { existingUserId: 7 }, applicationCodes: ['COLINDOS'], fn: null },
  },
  {
    name: 'corrections: another NISS mid-way, then applications and date from the summary',
    steps: [
      ['Colindos pour 85073003328', 'entity'],
      // Colindos is in the hospital qualité only: IRIS's other qualité is not asked about.
      ['2', 'confirmPerson', ['qualityFromApplications']],
      ["non, le NISS c'est 90041212377", 'confirm'],
      ['pas Colindos, Hospiliss et HospiSup', 'confirm'],
      ['oui', null, ['grantDone']],
    ],
    expectedResult: { user: { existingUserId: 8 }, applicationCodes: ['HOSPILISS', 'HOSPISUP'], fn: null },
  },
  {
    name: 'change the date from the summary keeps everything else',
    steps: [
      ['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'], [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'],
      ['colindos', 'role'], ['collaborateur d’un médecin', 'startDate'], ['01-03-2027', 'endDate'], ['aucune', 'confirm'],
      ['modifier la date', 'startDate'],
      ['3 mars 2027', 'confirm'],
      ['change the end date to 30 June 2027', 'confirm'],
      ['oui', null],
    ],
    expectedResult: { applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2027-03-03', endDate: '2027-06-30' } },
  },
  {
    name: 'back, help, recap and start over keep the conversation going',
    steps: [
      ['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'],
      ['aide', 'niss', ['help']],
      [MARIE_NISS, 'confirmPerson'],
      ['retour', 'niss'],
      [MARIE_NISS, 'confirmPerson'],
      ['oui', 'applications'],
      ['où en est-on ?', 'applications', ['recap']],
      ['recommencer', 'entity', ['startedOver']],
      ['2', 'quality'], ['1', 'niss'], [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'], ['hospisup', 'confirm'],
      ['oui', null, ['grantDone']],
    ],
    expectedResult: { applicationCodes: ['HOSPISUP'] },
  },
  {
    name: 'three answers not understood offer help, and the request goes on',
    steps: [
      ['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'],
      ['je ne sais plus', 'niss', ['nissInvalid']],
      ['attendez', 'niss', ['nissInvalid']],
      ['euh', 'niss', ['nissInvalid', 'stuck']],
      [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'], ['hospisup', 'confirm'], ['oui', null],
    ],
    expectedResult: { applicationCodes: ['HOSPISUP'] },
  },
  {
    name: 'an application of another qualité is said and left out; an ambiguous name is asked back',
    steps: [
      ['bonjour', 'entity'], ['2', 'quality'], ['2', 'activateQuality'], ['oui', 'niss'], [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'],
      ['hospisup', 'applications', ['applicationNotInQuality']],
      ['hospi', 'applications'],
      ['chapitre iv', 'confirm'],
      ['oui', null],
    ],
    expectedResult: { qualityId: 12, activateQuality: true, applicationCodes: ['CHAPTER_IV'] },
  },
  {
    name: "copy a colleague's access, then trim it",
    steps: [
      ['même accès que 90041212377 pour 85073003328', 'entity'],
      ['2', 'quality'],
      ['1', 'confirmPerson', ['copiedAccess']],
      ['oui', 'startDate'],
      ['lundi prochain', 'endDate'],
      ['non', 'confirm'],
      ['pas HospiSup', 'confirm'],
      ['oui', null],
    ],
    expectedResult: { user: { existingUserId: 7 }, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-11-30', endDate: null } },
  },
  {
    name: 'a status question in the middle is answered and the question asked again',
    steps: [
      ['bonjour', 'entity'], ['2', 'quality'], ['1', 'niss'],
      ["est-ce que l'accès de 85073003328 à HospiSup est actif ?", 'niss', ['statusAnswer']],
      [MARIE_NISS, 'confirmPerson'], ['oui', 'applications'], ['hospisup', 'confirm'], ['oui', null],
    ],
    expectedResult: { applicationCodes: ['HOSPISUP'] },
  },
  {
    name: 'saying no at the summary cancels',
    steps: [...existingUserHospiSup.slice(0, -1), ['non', null, ['cancelled']]],
    expectedResult: null,
  },
];

describe('grant-access machine', () => {
  describe.each(conversations)('$name', ({ world, steps, expectedResult }) => {
    it('asks for each slot in turn and executes the expected request once', async () => {
      const { say, executed } = start(world);
      for (const [user, expecting, notices] of steps) {
        const s = await say(user);
        expect({ user, expecting: slotOf(s) }).toEqual({ user, expecting });
        if (notices) expect(noticeKeys(s)).toEqual(expect.arrayContaining(notices));
      }
      if (expectedResult === null) expect(executed).toHaveLength(0);
      else {
        expect(executed).toHaveLength(1);
        expect(executed[0]).toMatchObject(expectedResult);
      }
    });

    it.each(steps.map((_, i) => i))('cancel after step %i executes nothing and keeps no slot', async (i) => {
      const { say, executed, actor } = start(world);
      for (const [user] of steps.slice(0, i)) await say(user);
      const executedBefore = executed.length;
      const s = await say('annuler');
      expect(s.matches('idle')).toBe(true);
      // Before the first message nothing is under way: nothing to cancel, and it is said so.
      expect(noticeKeys(s)).toContain(i === 0 ? 'nothingToStop' : 'cancelled');
      expect(executed).toHaveLength(executedBefore);
      expect(actor.getSnapshot().context).toMatchObject({ niss: null, chosen: [], person: null, newUser: null });
    });
  });

  it('answers a status question asked out of the blue, and asks nothing', async () => {
    const { say } = start();
    const s = await say('is the access of 85073003328 to Colindos active?');
    expect(slotOf(s)).toBeNull();
    expect(s.context.notices).toEqual([
      { key: 'statusAnswer', params: { niss: '85.07.30-033.28', person: 'Dr Marie Dupont', items: [{ names: APPS[1]!.names, state: 'pending', at: NOW + 1_200_000 }] } },
    ]);
  });

  it('switches language on request and keeps it', async () => {
    const { say } = start();
    await say('bonjour');
    const s = await say('in English please');
    expect(slotOf(s)).toBe('entity');
    expect(s.context.locale).toBe('en');
    expect(noticeKeys(s)).toEqual(['languageChanged']);
    expect((await say('2')).context.locale).toBe('en');
  });

  it.each([
    ['in English please', 'en'],
    ['en néerlandais svp', 'nl'],
    ['auf Deutsch bitte', 'de'],
    ["en français s'il vous plaît", 'fr'],
  ] as const)('with nothing open, "%s" changes the language, opens nothing and offers what one can do', async (text, locale) => {
    const { say } = start();
    const s = await say(text);
    expect(s.matches('idle')).toBe(true);
    expect(slotOf(s)).toBeNull();
    expect(s.context.locale).toBe(locale);
    expect(noticeKeys(s)).toEqual(['languageChanged', 'whatYouCanDo']);
    expect(s.context.asked).toEqual([]);
  });

  it.each(['où en est-on ?', 'waar zijn we?', 'wo sind wir?', 'where are we?'])('with nothing open, "%s" says so and opens no request', async (text) => {
    const { say } = start();
    const s = await say(text);
    expect(s.matches('idle')).toBe(true);
    expect(noticeKeys(s)).toEqual(['nothingInProgress', 'whatYouCanDo']);
    expect(s.context.asked).toEqual([]);
  });

  it('a recap during a request still sums it up', async () => {
    const { say } = start();
    await say('bonjour');
    const s = await say('où en est-on ?');
    expect(slotOf(s)).toBe('entity');
    expect(noticeKeys(s)).toEqual(['recap']);
  });

  it('LANGUAGE sets or forgets the conversation language, nothing else', async () => {
    const { actor, say } = start();
    await say('bonjour');
    actor.send({ type: 'LANGUAGE', locale: 'de' });
    expect(actor.getSnapshot().context.locale).toBe('de');
    expect(slotOf(actor.getSnapshot())).toBe('entity');
    actor.send({ type: 'LANGUAGE', locale: null });
    expect(actor.getSnapshot().context.locale).toBeNull();
    expect(slotOf(actor.getSnapshot())).toBe('entity');
  });

  it('starts fresh after a day of silence, never confirming a half-finished request', async () => {
    const { say: turn, executed } = start();
    for (const [user] of existingUserHospiSup.slice(0, -1)) await turn(user, NOW);
    const later = await turn('oui', NOW + 25 * 60 * 60_000);
    // The stray "oui" opens nothing either: what can be done is asked.
    expect(noticeKeys(later)).toEqual(['expired', 'howCanIHelp', 'whatYouCanDo']);
    expect(slotOf(later)).toBeNull();
    expect(executed).toHaveLength(0);
    expect(later.context).toMatchObject({ niss: null, chosen: [] });
  });

  it('resumes where it was within the idle time', async () => {
    const { say } = start();
    for (const [user] of existingUserHospiSup.slice(0, 4)) await say(user);
    expect(slotOf(await say('oui', NOW + 23 * 60 * 60_000))).toBe('applications');
  });

  it('answers a second "oui" after a grant without executing again', async () => {
    const { say, executed } = start();
    for (const [user] of existingUserHospiSup) await say(user);
    const again = await say('oui');
    expect(noticeKeys(again)).toEqual(['alreadyDone']);
    expect(executed).toHaveLength(1);
  });

  it('starts a new request with a new idempotency key after a grant', async () => {
    const { say, executed } = start();
    for (const [user] of existingUserHospiSup) await say(user);
    for (const [user] of existingUserHospiSup) await say(user);
    expect(executed).toHaveLength(2);
    expect(executed[0]!.idempotencyKey).not.toEqual(executed[1]!.idempotencyKey);
  });

  it('can only confirm from the summary', async () => {
    const { say, actor, read } = start();
    await say('bonjour');
    expect(actor.getSnapshot().can(read('x'))).toBe(true);
    for (const [user] of existingUserHospiSup.slice(1, -1)) await say(user);
    expect(actor.getSnapshot().matches({ asking: 'confirm' })).toBe(true);
  });

  it('goes back to the username when it was taken meanwhile, keeping everything else', async () => {
    const { say, executed } = start({ outcome: { ok: false, failure: 'usernameTaken' } });
    const steps = ['bonjour', '2', '1', NEW_NISS, 'lgerard', 'lgerard', 'Gérard', 'Léa', 'aucun', 'fr', 'lea@example.org', 'aucune', 'hospisup'];
    for (const t of steps) await say(t);
    const s = await say('oui');
    expect(slotOf(s)).toBe('username');
    expect(noticeKeys(s)).toEqual(['executionFailed']);
    expect(s.context.chosen).toEqual(['HOSPISUP']);
    expect(s.context.newUser).toMatchObject({ lastName: 'Gérard', email: 'lea@example.org' });
    expect(executed).toHaveLength(1);
  });

  it('keeps the summary when the store is unavailable, so "oui" retries', async () => {
    const { say } = start({ outcome: { ok: false, failure: 'unavailable' } });
    for (const [user] of existingUserHospiSup.slice(0, -1)) await say(user);
    const s = await say('oui');
    expect(slotOf(s)).toBe('confirm');
    expect(noticeKeys(s)).toEqual(['executionFailed']);
  });

  it('tells a manager without any entity, and asks nothing', async () => {
    const { say } = start({ entities: [] });
    const s = await say('bonjour');
    expect(slotOf(s)).toBeNull();
    expect(noticeKeys(s)).toEqual(['noEntity']);
  });

  it('survives a persisted snapshot restored into a new actor (a restart)', async () => {
    const first = start();
    for (const [user] of existingUserHospiSup.slice(0, 4)) await first.say(user);
    const persisted = first.actor.getPersistedSnapshot();
    first.actor.stop();
    const second = start();
    second.actor.stop();
    const restored = createActor(grantAccessMachine.provide({ actors: {} }), {
      snapshot: JSON.parse(JSON.stringify(persisted)),
      input: { conversationId: 'conv-1', managerId: 3, activationDelayMs: 1 },
    });
    restored.start();
    expect(slotOf(restored.getSnapshot())).toBe('confirmPerson');
    expect(restored.getSnapshot().context.person).toEqual(MARIE);
  });
});
