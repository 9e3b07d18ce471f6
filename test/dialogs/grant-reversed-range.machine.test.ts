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
    // The refusal is said at once, with the end date's question: nothing else is asked in that reply.
    const run = await walk({}, [[text, 'endDate', ['dateInvalid']]]);
    const c = run.last.context;
    expect(c.startDate! > '2026-11-23').toBe(true);
    expect(c.endDate).toBeNull();
    // A valid end, then the summary (which names the person): only then is anything recorded.
    await run.say('30-06-2027');
    await run.say(yes);
    expect(run.executed).toEqual([expect.objectContaining({ fn: expect.objectContaining({ startDate: c.startDate, endDate: '2027-06-30' }) })]);
  });
});
