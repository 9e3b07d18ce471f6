import fc from 'fast-check';
import { ANNE, IRIS, HOSPITAL, JAN_NISS, MARIE_NISS, noticeKeys, startGrant, walk, type World } from './support/grant-world';
import { slotOf } from '../../dialogs/grant/grant-access.view';

/**
 * Trial 6, wrong record 1: at the summary, a correction of the person opened by an interjection ("oei nee, voor …")
 * was passed over, the same summary shown again, and "ja" granted the first person. As a class: an interjection
 * never hides a reading, a person named alone at a confirmation corrects it, and a message that changes nothing
 * at a confirmation is said back as not understood, never answered by the same question as if nothing was said.
 */
const WORLD: World = { entities: [IRIS], qualities: [HOSPITAL], named: { 'jan peeters': [JAN_NISS], 'Jan Peeters': [JAN_NISS] } };
const AT_SUMMARY = `donne eBirth à ${MARIE_NISS}`;

describe('a person corrected at the summary after an interjection is the one granted', () => {
  it.each([
    ['nl', 'oei nee, voor jan peeters', 'ja'],
    ['nl', 'oeps, nee: voor jan peeters', 'ja'],
    ['en', 'oops no, for jan peeters', 'yes'],
    ['en', 'whoops, sorry, for jan peeters', 'yes'],
    ['de', 'ach nein, fur jan peeters', 'ja'],
    ['de', 'hoppla, nein, für jan peeters', 'ja'],
    ['fr', 'oups non, pour jan peeters', 'oui'],
    ['fr', 'euh… zut, pour jan peeters', 'oui'],
    ['fr', 'pour jan peeters', 'oui'],
  ])('%s: "%s" replaces Dr Dupont by Jan Peeters', async (_lang, correction, yes) => {
    const grant = await walk(WORLD, [[AT_SUMMARY, 'confirm']]);
    const after = await grant.say(correction);
    expect(noticeKeys(after)).toContain('personReplacedByName');
    expect(noticeKeys(after)).not.toContain('notUnderstoodAtConfirmation');
    expect(after.context.niss).toBe(JAN_NISS);
    // Jan Peeters' summary (after his "is this the right person?" when it is asked): the yes grants him, never Dr Dupont.
    let s = await grant.say(yes);
    if (slotOf(s) !== null) s = await grant.say(yes);
    expect(grant.executed).toHaveLength(1);
    expect(grant.executed[0]!.user).toEqual({ existingUserId: 8 });
  });
});

describe('a message that changes nothing at a confirmation is said back, never answered by the same summary', () => {
  it.each([
    ['fr', 'hmm, attendez voir'],
    ['fr', 'pour qui déjà'],
    ['nl', 'oei'],
    ['nl', 'tja, weet je'],
    ['de', 'ach so'],
    ['de', 'naja, mal sehen'],
    ['en', 'hmm, let me see'],
    ['en', 'ugh'],
  ])('%s: "%s" is quoted, the summary asked again, and nothing granted until a yes', async (_lang, text) => {
    const grant = await walk(WORLD, [[AT_SUMMARY, 'confirm']]);
    const after = await grant.say(text);
    expect(slotOf(after)).toBe('confirm');
    expect(after.context.notices).toContainEqual({ key: 'notUnderstoodAtConfirmation', params: { text } });
    expect(noticeKeys(after)).not.toContain('yesNoExpected');
    expect(grant.executed).toHaveLength(0);
    // The yes that follows confirms what was shown: Dr Dupont's eBirth.
    await grant.say('oui');
    expect(grant.executed.map((r) => [r.user, r.applicationCodes])).toEqual([[{ existingUserId: 7 }, ['EBIRTH']]]);
  });

  it('property: at the summary, any message of fillers and unknown words is never met by silence, and never grants', async () => {
    const filler = fc.constantFrom('oei', 'oops', 'ach', 'oups', 'hmm', 'euh', 'bah', 'zut', 'mist', 'sorry', 'ugh', 'tja', 'naja', 'well', 'voyons', 'weet je', 'mal sehen', 'let me see', 'attendez');
    await fc.assert(
      fc.asyncProperty(fc.array(filler, { minLength: 1, maxLength: 4 }), async (words) => {
        const text = words.join(', ');
        const grant = await walk(WORLD, [[AT_SUMMARY, 'confirm']]);
        const after = await grant.say(text);
        expect(grant.executed).toHaveLength(0);
        // Either something is said about it (a stop, a notice), or it is quoted as not understood: never the same summary alone.
        const said = after.context.notices.length > 0 || slotOf(after) !== 'confirm';
        expect(said).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('stopping at a question with choices, in the words that stop at the summary', () => {
  const TWO: World = { entities: [ANNE, IRIS], qualities: [HOSPITAL] };
  it.each([
    ['fr', 'bof, on laisse ca de cote'],
    ['fr', 'ca suffit, on oublie'],
    ['fr', 'non merci'],
    ['nl', 'zet maar stop, dat is niet meer nodig'],
    ['nl', 'nee wacht, doe maar niet'],
    ['nl', 'nee dank u'],
    ['de', 'ach nein, streichen wir das ganze'],
    ['de', 'nein danke'],
    ['en', 'no thanks'],
    ['en', "oh, let's leave it"],
  ])('%s: "%s" to the entity question cancels the request', async (_lang, text) => {
    const grant = await walk(TWO, [['donne eBirth', 'entity']]);
    const after = await grant.say(text);
    expect(noticeKeys(after)).toContain('cancelled');
    expect(noticeKeys(after)).not.toContain('invalidChoice');
    expect(slotOf(after)).toBeNull();
    expect(grant.executed).toHaveLength(0);
  });
});

describe('a date said at "is this the right person?" is kept', () => {
  it.each([
    ['fr', 'dès le premier jour du mois prochain', '2026-12-01'],
    ['nl', 'binnen een dikke twee weken, zeg maar op de 15de', '2026-12-15'],
    ['de', 'ab dem ersten Tag des nächsten Monats', '2026-12-01'],
    ['en', 'from the 15th', '2026-12-15'],
  ])('%s: "%s" is the start date', async (_lang, text, date) => {
    const grant = startGrant({ entities: [IRIS], qualities: [HOSPITAL] });
    const asked = await grant.say(`donne Colindos à ${JAN_NISS}`);
    expect(slotOf(asked)).toBe('confirmPerson');
    const after = await grant.say(text);
    expect(after.context.startDate).toBe(date);
    expect(noticeKeys(after)).not.toContain('yesNoExpected');
  });
});
