import { IRIS, HOSPITAL, INAMI_CARE, JAN_NISS, MARIE_NISS, noticeKeys, walk, type Step, type World } from './support/grant-world';

/**
 * Trial 7, defect G, in the grant dialog: a hedged refusal, in any of the four languages, at the summary, at "is this the
 * right person?", and at each question with choices (entity, qualité, applications, role, function) stops the request:
 * the cancel said, never "not understood" nor "choice not recognised", nothing executed. A correction at the summary
 * stays a correction, a yes a yes.
 */
const ONE_ENTITY: World = { entities: [IRIS], qualities: [HOSPITAL, INAMI_CARE] };
const NEVER = ['notUnderstood', 'notUnderstoodYesOrNo', 'invalidChoice', 'yesNoExpected', 'applicationUnknown', 'nissInvalid'];

/** How to reach each question, and the world it is asked in. */
const AT: Record<string, { world?: World; steps: Step[] }> = {
  confirm: { steps: [['gib HospiSup an 90041212377 in IRIS', 'confirm']] },
  confirmPerson: { steps: [['gib Colindos und eBirth an 85073003328 bei IRIS', 'confirmPerson']] },
  entity: { steps: [['donne HospiSup à 90041212377', 'entity']] },
  quality: { world: ONE_ENTITY, steps: [['donne un accès à 90041212377', 'quality']] },
  applications: { world: ONE_ENTITY, steps: [['donne un accès à 85073003328, qualité hôpital', 'confirmPerson'], ['oui', 'applications']] },
  role: { steps: [['donne Colindos à 85073003328 à IRIS', 'confirmPerson'], ['oui', 'role']] },
  function: { steps: [['donne Colindos à 85073003328 à IRIS', 'confirmPerson'], ['oui', 'role'], ['collaborateur', 'function']] },
};

const REFUSALS: [lang: string, text: string][] = [
  ['fr', 'non attendez, ne faites pas ça'], ['fr', 'bof, plutôt pas'], ['fr', 'finalement non, laissez'], ['fr', 'euh, je préfère pas'],
  ['nl', 'wacht, doe maar niet'], ['nl', 'eigenlijk liever niet'], ['nl', 'laat toch maar'], ['nl', 'nee, nog niet'],
  ['de', 'hm, machen Sie das doch lieber nicht'], ['de', 'lieber doch nicht'], ['de', 'lassen Sie das'], ['de', 'nein, doch noch nicht'],
  ['en', "wait no, don't"], ['en', 'scratch that'], ['en', 'actually, better not'], ['en', 'hold off on that'],
];

describe.each(Object.keys(AT))('at the %s question', (question) => {
  it.each(REFUSALS)('%s: "%s" stops the request, nothing executed', async (_lang, refusal) => {
    const { world = {}, steps } = AT[question]!;
    const { executed, last } = await walk(world, [...steps, [refusal, null, ['cancelled']]]);
    expect({ refusal, notices: noticeKeys(last).filter((k) => NEVER.includes(k)) }).toEqual({ refusal, notices: [] });
    expect(executed).toEqual([]);
  });
});

describe('at the summary, what is no refusal stays what it is', () => {
  it.each([
    ['fr', 'oui, allez-y'], ['nl', 'ja, doe maar'], ['de', 'ja, machen Sie das'], ['en', "yes, don't wait"],
  ])('%s: "%s" confirms: executed once', async (_lang, yes) => {
    const { executed } = await walk({}, [['gib HospiSup an 90041212377 in IRIS', 'confirm'], [yes, null, ['grantDone']]]);
    expect(executed).toHaveLength(1);
  });

  it.each([
    ['fr', 'non, Sainte-Anne'], ['nl', 'nee, sainte-anne'], ['de', 'nein, in Sainte-Anne'], ['en', 'no, Sainte-Anne'],
  ])('%s: "%s" corrects the entity, the summary shown again', async (_lang, correction) => {
    const { executed, last } = await walk({}, [['gib HospiSup an 90041212377 in IRIS', 'confirm'], [correction, 'confirm']]);
    expect(last.context.entity?.id).toBe(2);
    expect(executed).toEqual([]);
  });
});

describe('at "the same request for Marie Dupont?", offered after a grant for two people', () => {
  const TWO: World = { named: { 'Jan Peeters': [JAN_NISS], 'Marie Dupont': [MARIE_NISS] } };
  it.each(REFUSALS)('%s: "%s" declines the offer, said; nothing more executed', async (_lang, refusal) => {
    const { executed } = await walk(TWO, [
      ['gib HospiSup an Jan Peeters und Marie Dupont in IRIS', 'confirm'], ['ja', null, ['grantDone', 'offerNextPerson']], [refusal, null, ['nextPersonDeclined']],
    ]);
    expect(executed).toHaveLength(1);
  });
});
