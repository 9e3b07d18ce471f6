import { JAN_NISS, walk } from './support/grant-world';

/**
 * A range whose end comes before its start, in any wording: the end is refused out loud (notAfterStart) and asked
 * again, never dropped; the start, a yearless day gone by this year, is read ahead and never refused as past.
 * The world's today is Monday 2026-11-23.
 */
describe('grant: a reversed range in a one-sentence request', () => {
  it.each([
    ['fr', 'oui', `Colindos pour ${JAN_NISS} à IRIS à compter du 1er juin se terminant le 1er mai, il est secrétaire d'un pharmacien`],
    ['nl', 'ja', `geef Colindos aan ${JAN_NISS} in IRIS vanaf 1 juni tot 1 mei, hij werkt voor de apotheker`],
    ['de', 'ja', `gib Colindos an ${JAN_NISS} für IRIS ab 1. Juni endend am 1. Mai, er arbeitet für einen Apotheker`],
    ['en', 'yes', `give Colindos to ${JAN_NISS} at IRIS starting 1 April ending 1 March, he works for a pharmacist`],
  ])('%s: the end is refused and asked again, the start kept ahead', async (_lang, yes, text) => {
    // The request is held at the person's question; the refusal is said at once, and the end date is asked after it.
    const run = await walk({}, [[text, 'confirmPerson', ['dateInvalid']], [yes, 'endDate']]);
    const c = run.last.context;
    expect(c.startDate! > '2026-11-23').toBe(true);
    expect(c.endDate).toBeNull();
    expect(run.executed).toHaveLength(0);
  });
});
