import type { GrantRequest } from '../../dialogs/grant/grant-access.types';
import { ANNE, HOSPITAL, INAMI_CARE, IRIS, JAN_NISS, walk, type Step, type World } from './support/grant-world';

/**
 * The wrong grants a user trial found, class by class, in the four languages: another person said with
 * "also", a revocation in everyday words, ordinary words read as applications, "instead of" that added.
 * Each conversation says what is asked next, what is said, and what is executed (null: nothing).
 */
interface Case { name: string; world?: World; steps: Step[]; executed: Partial<GrantRequest> | null; then?: { niss: string; chosen: string[] } }

const ONE_ENTITY: World = { entities: [IRIS], qualities: [HOSPITAL, INAMI_CARE] };
const HOSPITAL_ONLY: World = { entities: [IRIS], qualities: [HOSPITAL] };
const MARIE_EBIRTH: Step = ['donne eBirth à 85073003328', 'confirm'];

const cases: Case[] = [
  // 1. "also … to <another person>" is another request: the first person never gets it.
  ...([
    ['en', 'also give Colindos to Jan Peeters, he assists a doctor'],
    ['fr', 'donne aussi Colindos à Jan Peeters, il assiste un médecin'],
    ['nl', 'geef ook Colindos aan Jan Peeters, hij assisteert een arts'],
    ['de', 'gib auch Colindos an Jan Peeters, er assistiert einem Arzt'],
    ['en', 'Colindos too for Jan Peeters'],
    ['fr', 'ajoute aussi Colindos pour Jan Peeters'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: "${text}" sets Dr Dupont's request aside and asks Jan Peeters' NISS`,
    world: ONE_ENTITY,
    steps: [MARIE_EBIRTH, [text, 'niss', ['requestSetAside', 'nissOfNamed']], [JAN_NISS, 'confirmPerson']],
    executed: null,
    then: { niss: JAN_NISS, chosen: ['COLINDOS'] },
  })),
  ...([
    ['en', `also give Colindos to ${JAN_NISS}`],
    ['fr', `donne aussi Colindos à ${JAN_NISS}`],
    ['nl', `geef ook Colindos aan ${JAN_NISS}`],
    ['de', `gib ${JAN_NISS} auch Colindos`],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: "also" with another NISS is that person's request, with its own applications only`,
    world: ONE_ENTITY,
    steps: [MARIE_EBIRTH, [text, 'confirmPerson', ['requestSetAside']], ['oui', 'role'], ['médecin', 'confirm'], ['oui', null]],
    executed: { user: { existingUserId: 8 }, applicationCodes: ['COLINDOS'], fn: null },
  })),
  {
    name: 'fr: "ajoute aussi" for the same person still adds to the request',
    world: ONE_ENTITY,
    steps: [MARIE_EBIRTH, ['ajoute aussi HospiSup', 'confirm'], ['oui', null]],
    executed: { user: { existingUserId: 7 }, applicationCodes: ['EBIRTH', 'HOSPISUP'] },
  },
  {
    name: 'en: "also give HospiSup to Marie Dupont" is the same person: added',
    world: ONE_ENTITY,
    steps: [['give eBirth to 85073003328', 'confirm'], ['also give HospiSup to Marie Dupont', 'confirm'], ['yes', null]],
    executed: { user: { existingUserId: 7 }, applicationCodes: ['EBIRTH', 'HOSPISUP'] },
  },
  // 2. A revocation in everyday words is never a grant: with nothing under way it is a revocation whose NISS is asked
  // (test/dialogs/conversation.machine.test.ts); during a request, how to ask it is said and the request stays as it was.
  ...([
    ['de', 'sie braucht HospiSup nicht mehr'],
    ['fr', "elle n'a plus besoin de HospiSup"],
    ['nl', 'neem haar HospiSup af'],
    ['en', 'remove her access to HospiSup'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: "${text}" at the summary adds nothing; the request stays as it was`,
    world: ONE_ENTITY,
    steps: [MARIE_EBIRTH, [text, 'confirm', ['revokeHowTo']], ['oui', null]],
    executed: { user: { existingUserId: 7 }, applicationCodes: ['EBIRTH'] },
  })),
  {
    name: 'en: "she no longer needs eBirth" takes it out of the request under way',
    world: ONE_ENTITY,
    steps: [['give eBirth and HospiSup to 85073003328', 'confirm'], ['she no longer needs eBirth', 'confirm'], ['yes', null]],
    executed: { applicationCodes: ['HOSPISUP'] },
  },
  {
    name: 'de: asked for the applications, "sie braucht HospiSup nicht mehr" is no answer that grants',
    world: HOSPITAL_ONLY,
    steps: [['gib 85073003328 Zugang', 'confirmPerson'], ['ja', 'applications'], ['sie braucht HospiSup nicht mehr', 'applications', ['revokeHowTo']], ['eBirth', 'confirm'], ['ja', null]],
    executed: { applicationCodes: ['EBIRTH'] },
  },
  // 4. "instead of" replaces, and says so.
  ...([
    ['de', 'Chapter IV statt eBirth'],
    ['de', 'Chapter IV anstelle von eBirth'],
    ['fr', "Chapter IV au lieu d'eBirth"],
    ['fr', 'remplace eBirth par Chapter IV'],
    ['fr', "Chapter IV à la place d'eBirth"],
    ['nl', 'Chapter IV in plaats van eBirth'],
    ['nl', 'vervang eBirth door Chapter IV'],
    ['en', 'Chapter IV instead of eBirth'],
    ['en', 'swap eBirth for Chapter IV'],
    ['en', 'replace eBirth with Chapter IV'],
    ['de', 'ersetze eBirth durch Chapter IV'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: "${text}" replaces eBirth`,
    world: HOSPITAL_ONLY,
    steps: [MARIE_EBIRTH, [text, 'confirm', ['applicationsReplaced']], ['oui', null]],
    executed: { user: { existingUserId: 7 }, applicationCodes: ['CHAPTER_IV'] },
  })),
  // 4b. At the entity question, "non, plutôt eBirth" replaces as "instead of" does, and says so.
  ...([
    ['fr', 'donne Hospiliss à 85073003328', 'non, plutôt eBirth', 'oui'],
    ['en', 'give Hospiliss to 85073003328', 'no, rather eBirth', 'yes'],
    ['nl', 'geef Hospiliss aan 85073003328', 'nee, liever eBirth', 'ja'],
    ['de', 'gib 85073003328 Hospiliss', 'nein, lieber eBirth', 'ja'],
  ] as const).map(([lang, first, correction, yes]): Case => ({
    name: `${lang}: "${correction}" at the entity question replaces Hospiliss, and says so`,
    world: { entities: [IRIS, ANNE], qualities: [HOSPITAL] },
    steps: [[first, 'entity'], [correction, 'entity', ['applicationsReplaced']], ['IRIS', 'confirm'], [yes, null]],
    executed: { user: { existingUserId: 7 }, applicationCodes: ['EBIRTH'] },
  })),
  // 4c. A NISS or an application given at the entity question is kept, and said.
  ...([
    ['nl', 'ik wil toegang geven', '90041212377', ['nissTaken']],
    ['fr', 'je veux donner un accès', 'Chapter IV', ['applicationsTaken']],
    ['de', 'ich möchte Zugang geben', 'Chapter IV', ['applicationsTaken']],
    ['en', 'I want to give access', '90041212377', ['nissTaken']],
  ] as const).map(([lang, first, answer, notices]): Case => ({
    name: `${lang}: "${answer}" at the entity question is kept and said noted`,
    world: { entities: [IRIS, ANNE], qualities: [HOSPITAL] },
    steps: [[first, 'entity'], [answer, 'entity', [...notices]]],
    executed: null,
  })),
  {
    name: 'en: a request said with "instead of" from the start takes only the one wanted',
    world: HOSPITAL_ONLY,
    steps: [['give Chapter IV instead of eBirth to 85073003328', 'confirm'], ['yes', null]],
    executed: { applicationCodes: ['CHAPTER_IV'] },
  },
  // 3. A near miss is said, never taken silently.
  ...([
    ['fr', 'donne colindoss à 90041212377, il est médecin'],
    ['nl', 'geef Hospisop aan 90041212377'],
    ['de', 'gib Colindso an 90041212377, er ist Arzt'],
    ['en', 'give Hospilis to 90041212377, he is a doctor'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: "${text}" says how the near miss was read`,
    world: ONE_ENTITY,
    steps: [[text, 'confirm', ['applicationReadAs']], ['oui', null]],
    executed: { user: { existingUserId: 8 } },
  })),
  ...([
    ['fr', 'colindoss', 'role'], ['nl', 'Hospisop', 'confirm'], ['de', 'colindso, hospisop', 'role'], ['en', 'hospisupp and colindoss', 'role'],
  ] as const).map(([lang, text, next]): Case => ({
    name: `${lang}: "${text}" in answer to the applications question says how it was read`,
    world: HOSPITAL_ONLY,
    steps: [['donne accès à 90041212377', 'confirmPerson'], ['oui', 'applications'], [text, next, ['applicationReadAs']]],
    executed: null,
  })),
];

describe('no grant nobody asked for: another person, a revocation, instead of, near misses', () => {
  it.each(cases)('$name', async ({ world = {}, steps, executed, then }) => {
    const run = await walk(world, steps);
    if (executed === null) expect(run.executed).toHaveLength(0);
    else {
      expect(run.executed).toHaveLength(1);
      expect(run.executed[0]).toMatchObject(executed);
    }
    if (then) expect(run.last.context).toMatchObject(then);
  });
});

describe('the recap after a NISS given at the entity question', () => {
  it('shows the NISS formatted, as the manager reads it', async () => {
    const run = await walk({ entities: [IRIS, ANNE], qualities: [HOSPITAL] }, [['ik wil toegang geven', 'entity'], [JAN_NISS, 'entity', ['nissTaken']], ['waar staan we?', 'entity', ['recap']]]);
    const recap = run.last.context.notices.find((n) => n.key === 'recap') as { params: { niss: string } };
    expect(recap.params.niss).toBe('90.04.12-123.77');
  });
});
