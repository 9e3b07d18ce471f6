import { walk, JAN_NISS } from './support/grant-world';

/**
 * "hij is secretaris van een arts", "Sekretär eines Apothekers": whoever works for a doctor or a pharmacist is
 * their collaborator, and the grant records the function (never Colindos granted with no function).
 */
describe('grant: a collaborator said by what they do for whom', () => {
  it.each([
    ['nl', `geef Colindos aan ${JAN_NISS} bij IRIS vanaf 1 maart 2027, hij is secretaris van een arts`, 'ja', 'COLLAB_SPECIALIST'],
    ['nl', `geef Colindos aan ${JAN_NISS} bij IRIS vanaf 1 maart 2027, ze is medewerkster van een apotheker`, 'ja', 'COLLAB_PHARMACIST'],
    ['de', `Colindos für ${JAN_NISS} bei IRIS ab dem 1. März 2027, er ist Sekretär eines Arztes`, 'ja', 'COLLAB_SPECIALIST'],
    ['fr', `Colindos pour ${JAN_NISS} à IRIS à partir du 1er mars 2027, il est secrétaire d'un pharmacien`, 'oui', 'COLLAB_PHARMACIST'],
    ['en', `Colindos for ${JAN_NISS} at IRIS from 1 March 2027, he is the secretary of a doctor`, 'yes', 'COLLAB_SPECIALIST'],
  ])('%s: %s', async (_lang, text, yes, fn) => {
    const run = await walk({}, [[text, 'confirm'], [yes, null]]);
    expect(run.executed).toHaveLength(1);
    expect(run.executed[0]!.applicationCodes).toEqual(['COLINDOS']);
    expect(run.executed[0]!.fn).toEqual({ code: fn, startDate: '2027-03-01', endDate: null });
  });
});
