import { noticeKeys, walk, ANNE, HOSPITAL, INAMI_CARE, IRIS, JAN_NISS, type Step, type World } from './support/grant-world';
import type { RefusalAsked } from '../../dialogs/grant/grant-access.types';

/**
 * Refusals decided in the grant dialog (an entity where the manager has no role, a qualité outside a
 * GA's scope) are audited through the injected `recordRefusal` actor: once each, with what was asked.
 * Other answers that are no refusal of rights (an unknown entity name, a stop) audit nothing.
 */
interface Case { name: string; world?: World; steps: Step[]; refused: Partial<RefusalAsked & { managerId: number }>[] }

const ONE_ENTITY: World = { entities: [IRIS], qualities: [HOSPITAL, INAMI_CARE] };
const INAMI_ONLY_GA: World = { entities: [IRIS], qualities: [INAMI_CARE] };

const cases: Case[] = [
  ...([
    ['fr', 'ouvre HospiSup à 90041212377 au CHU de Liège Sart Tilman'],
    ['nl', 'zet HospiSup open voor 90041212377 in CHU de Liège Sart Tilman'],
    ['de', 'HospiSup für 90041212377 in der Einrichtung 710555-20 bitte'],
    ['en', 'set up HospiSup for 90041212377 at entity 710555-20'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: an entity without a role is audited once, with the person and application asked`,
    world: ONE_ENTITY,
    steps: [[text, 'entity', ['entityNoRole']], ['1', 'confirm']],
    refused: [{ reason: 'entityNoRole', entity: '710555-20', niss: JAN_NISS, applications: ['HOSPISUP'], managerId: 3 }],
  })),
  {
    name: 'fr: a refusal then "annuler": still audited once, nothing more',
    world: ONE_ENTITY,
    steps: [['eBirth pour 90041212377 à 710555-20', 'entity', ['entityNoRole']], ['non, on arrête', null, ['cancelled']]],
    refused: [{ reason: 'entityNoRole', entity: '710555-20', applications: ['EBIRTH'] }],
  },
  ...([
    ['fr', 'je voudrais Chapter IV pour 90041212377, qualité hôpital'],
    ['en', 'I need Chapter IV for 90041212377 under the capacity hospital'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: a qualité outside a GA's scope is audited once, with the qualité asked`,
    world: INAMI_ONLY_GA,
    steps: [[text, 'quality', ['qualityOutOfScope']], ['1', 'confirm']],
    refused: [{ reason: 'qualityOutOfScope', entity: '710087-50', qualityKind: 'HOSPITAL', applications: ['CHAPTER_IV'] }],
  })),
  {
    name: 'nl: an inactive qualité a GA may not activate is audited as a refused activation',
    world: { entities: [IRIS], qualities: [{ ...INAMI_CARE, active: false, mayActivate: false }] },
    steps: [['geef Chapter IV aan 90041212377', null, ['qualityInactiveNoRight', 'cancelled']]],
    refused: [{ reason: 'qualityActivation', entity: '710087-50', qualityKind: 'INAMI_CARE', niss: JAN_NISS, applications: ['CHAPTER_IV'] }],
  },
  {
    name: 'fr: the same entity refused twice is two refusals',
    world: ONE_ENTITY,
    steps: [['HospiSup pour 90041212377 au CHU de Liège Sart Tilman', 'entity'], ['CHU de Liège Sart Tilman', 'entity', ['entityNoRole']]],
    refused: [{ reason: 'entityNoRole' }, { reason: 'entityNoRole' }],
  },
  {
    name: 'fr: an unknown entity name is said, and is no refusal of rights',
    steps: [['donne HospiSup à 90041212377 à la clinique Trucmuche', 'entity', ['entityUnknown']], ['IRIS', 'confirm']],
    refused: [],
  },
  {
    name: 'de: a grant in the manager\'s own entity audits no refusal',
    steps: [['gib HospiSup an 90041212377 in IRIS', 'confirm'], ['ja', null, ['grantDone']]],
    refused: [],
  },
];

describe('grant machine: refusals decided in the dialog are audited once', () => {
  it.each(cases)('$name', async ({ world = {}, steps, refused }) => {
    const run = await walk(world, steps);
    expect(run.refused).toEqual(refused.map((r) => expect.objectContaining(r)));
  });
});

describe('grant machine: what the trust conversations over HTTP showed', () => {
  it('"Colindos et Zorglub": the unknown one is said and the applications asked, Colindos kept', async () => {
    const run = await walk({}, [['Colindos et Zorglub pour 90041212377 à IRIS', 'applications', ['applicationsUnknown']], ['Colindos', 'confirmPerson']]);
    expect(run.last.context.chosen).toEqual(['COLINDOS']);
  });
  it('a status question by name mid-request is answered for that person and changes nothing', async () => {
    const run = await walk({}, [['donne eBirth à 90041212377 pour IRIS', 'confirm'], ['est-ce que Marie Dupont a déjà HospiSup ?', 'confirm', ['statusAnswer']]]);
    expect(run.last.context.notices.find((n) => n.key === 'statusAnswer')?.params).toEqual(expect.objectContaining({ niss: '85.07.30-033.28', person: 'Dr Marie Dupont' }));
    expect(run.last.context.chosen).toEqual(['EBIRTH']);
    expect(run.last.context.niss).toBe(JAN_NISS);
  });
  it.each([
    ['nl', 'heeft Jan Peeters eigenlijk al toegang?', 'statusNameSeveral'],
    ['en', 'does Piet Nobody already have HospiSup?', 'statusNameUnknown'],
  ] as const)('%s: a name that is several people or nobody is said; the request stays', async (_lang, text, key) => {
    const run = await walk({}, [['donne eBirth à 90041212377 pour IRIS', 'confirm'], [text, 'confirm', [key]]]);
    expect(run.last.context.chosen).toEqual(['EBIRTH']);
  });
  it('a manager of one entity is not asked which one after starting over', async () => {
    const run = await walk({ entities: [ANNE], qualities: [HOSPITAL] }, [['donne HospiSup à 90041212377', 'confirm'], ['recommencer', 'niss', ['startedOver']]]);
    expect(run.last.context.entity).toEqual(ANNE);
    expect(noticeKeys(run.last)).not.toContain('entityNoRole');
  });
  it('asked for the NISS, a bare name is the person named', async () => {
    const run = await walk({}, [['HospiSup pour IRIS', 'niss'], ['Jan Peeters', 'niss', ['nissOfNamed']]]);
    expect(run.last.context.namedPerson).toBe('Jan Peeters');
    expect(noticeKeys(run.last)).not.toContain('nissInvalid');
  });
});
