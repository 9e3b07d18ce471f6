import { noticeKeys, walk, JAN_NISS, PEOPLE } from './support/grant-world';

/** Trial defects 8 and 9: an unknown hospital is never dropped, and a wrong NISS is asked again before anything else. */
describe('grant machine: an unknown hospital and a wrong NISS in one sentence', () => {
  it.each([
    ['en', "give HospiSup to 90041212377 at St Luke's hospital", "St Luke's hospital"],
    ['en', 'give HospiSup to 90041212377 at the Erasme hospital', 'Erasme hospital'],
    ['nl', 'geef HospiSup aan 90041212377 in het Sint-Janziekenhuis', 'Sint-Janziekenhuis'],
    ['de', 'gib HospiSup an 90041212377 im Marienhospital', 'Marienhospital'],
    // Trial 8: typed in lower case, the kind of place after its name or in one word with it.
    ['en', 'ok then hospisup for 90041212377 at mercy hospital', 'mercy hospital'],
    ['en', 'hospisup for 90041212377 at riverside medical center', 'riverside medical center'],
    ['de', 'hospisup für 90041212377 im marienhospital bitte', 'marienhospital'],
    ['de', 'hospisup für 90041212377 im elisabeth krankenhaus', 'elisabeth krankenhaus'],
    ['nl', 'hospisup voor 90041212377 in het sint-jozefziekenhuis', 'sint-jozefziekenhuis'],
    ['fr', 'hospisup pour 90041212377 à la clinique du parc', 'clinique du parc'],
  ] as const)('%s: "%s" says the hospital named is unknown and asks the entity', async (_lang, text, named) => {
    const run = await walk({}, [[text, 'entity', ['entityUnknown']]]);
    expect(run.last.context.notices.find((n) => n.key === 'entityUnknown')?.params).toEqual(expect.objectContaining({ entity: named }));
    expect(run.last.context.entity).toBeNull();
  });

  it('"ah nein, iris sud natürlich" after the unknown hospital picks IRIS Sud', async () => {
    const run = await walk({}, [['hospisup für 90041212377 im marienhospital bitte', 'entity', ['entityUnknown']], ['ah nein, iris sud natürlich', 'confirm']]);
    expect(run.last.context.entity).toMatchObject({ id: 1 });
  });

  it('with a wrong NISS beside it, both are said and the NISS is asked first; the corrected NISS is acknowledged', async () => {
    const run = await walk({}, [
      ['geef HospiSup aan 90041212378 in het Sint-Janziekenhuis', 'niss', ['entityUnknown', 'nissInvalid']],
      ['90041212377', 'entity', ['nissTaken']],
    ]);
    expect(run.last.context.niss).toBe(JAN_NISS);
  });

  it('a wrong NISS with a known entity: the NISS is asked again, not the next slot', async () => {
    const run = await walk({}, [['donne HospiSup à 90041212378 pour IRIS', 'niss', ['nissInvalid']], ['90041212377', 'confirm', ['nissTaken']]]);
    expect(run.last.context.niss).toBe(JAN_NISS);
  });
});

/** Trial defect 13: what was said once is not said again for nothing. */
describe('grant machine: said once, or only when asked', () => {
  // Jan Peeters holds the collaborator function Hospiliss needs, in IRIS's hospital qualité.
  const saved = PEOPLE[JAN_NISS]!;
  beforeEach(() => void (PEOPLE[JAN_NISS] = { ...saved, functions: [{ code: 'COLLAB_SPECIALIST', qualityId: 11, startDate: '2026-01-05' }] }));
  afterEach(() => void (PEOPLE[JAN_NISS] = saved));
    it('"already has the function … nothing to add" only when a role or function was spoken of', async () => {
    const silent = await walk({}, [['Hospiliss pour 90041212377 à IRIS, qualité hôpital', 'confirm']]);
    expect(noticeKeys(silent.last)).not.toContain('alreadyHasFunction');
    const asked = await walk({}, [['Hospiliss pour 90041212377 à IRIS, qualité hôpital, il est collaborateur', 'confirm', ['alreadyHasFunction']]]);
    expect(asked.last.context.chosen).toEqual(['HOSPILISS']);
  });

  it('the qualité inferred from the applications is said once, not again after a correction', async () => {
    const run = await walk({}, [
      ['Colindos pour 85073003328', 'entity'],
      ['2', 'confirmPerson', ['qualityFromApplications']],
      ['oui', 'role'],
      ['médecin', 'confirm'],
      ['pas Colindos, Hospiliss', 'confirm'],
    ]);
    expect(noticeKeys(run.last)).not.toContain('qualityFromApplications');
    expect(run.last.context.chosen).toEqual(['HOSPILISS']);
  });
});
