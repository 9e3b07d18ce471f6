import { recapOf } from '../../dialogs/grant/absorb';
import { noticeKeys, promptOf, walk, AN_NISS, ANNE, IRIS, JAN_NISS, NEW_NISS, type World } from './support/grant-world';

/**
 * People named in a grant (a user trial): a surname two users share is asked back as ONE question, the list, and
 * whatever picks one of it (its place in four languages, its number, a first name, the full name, its NISS) picks
 * that person, said by name and recapped so; a surname in lower case is looked up as a capitalised one; a NISS typed
 * at the entity question is said and recapped with the name the store knows (the injected lookupPerson), and an
 * application typed there is said as noted.
 */
const PEETERS: World = { entities: [IRIS, ANNE], named: { Peeters: [JAN_NISS, AN_NISS], peeters: [JAN_NISS, AN_NISS] } };
const AN_NOTED = { key: 'nissTaken', params: { niss: '65.03.12-123.30', person: 'An Peeters' } };
const JAN_NOTED = { key: 'nissTaken', params: { niss: '90.04.12-123.77', person: 'Jan Peeters' } };

describe('grant: a surname two users share', () => {
  it.each([
    ['fr', 'donne eBirth à Peeters'],
    ['nl', 'geef eBirth aan Peeters'],
    ['de', 'gib eBirth an Peeters'],
    ['en', 'give eBirth to Peeters'],
    ['fr', 'donne eBirth à peeters'],
    ['nl', 'geef eBirth aan peeters'],
    ['de', 'gib peeters eBirth'],
    ['en', 'give eBirth to peeters'],
  ])('%s: "%s" asks one question, the list (no NISS question beside it)', async (_lang, said) => {
    const run = await walk(PEETERS, [[said, 'niss']]);
    expect(promptOf(run.last)).toEqual({ key: 'personsNamed', params: { named: expect.stringMatching(/^[Pp]eeters$/), candidates: ['Jan Peeters (90.04.12-123.77)', 'An Peeters (65.03.12-123.30)'] } });
    expect(noticeKeys(run.last)).toEqual([]);
  });

  it.each([
    ['fr', 'donne eBirth à Peeters', 'la deuxième'],
    ['fr', 'donne eBirth à Peeters', 'An'],
    ['fr', 'donne eBirth à peeters', "c'est An Peeters"],
    ['nl', 'geef eBirth aan Peeters', 'de tweede'],
    ['nl', 'geef eBirth aan peeters', 'An Peeters graag'],
    ['de', 'gib eBirth an Peeters', 'die zweite'],
    ['de', 'gib peeters eBirth', 'die letzte'],
    ['en', 'give eBirth to Peeters', 'the second one'],
    ['en', 'give eBirth to peeters', '2'],
    ['en', 'give eBirth to Peeters', '65.03.12-123.30'],
  ])('%s: "%s", then "%s": An Peeters, said by name and recapped so', async (_lang, said, pick) => {
    const run = await walk(PEETERS, [[said, 'niss'], [pick, 'entity']]);
    expect(run.last.context.niss).toBe(AN_NISS);
    expect(run.last.context.notices).toContainEqual(AN_NOTED);
    expect(recapOf(run.last.context).person).toBe('An Peeters');
    // The entity chosen, the summary names her, and "yes" gives the access to her alone.
    await run.say('Sainte-Anne');
    await run.say('oui');
    expect(run.executed.map((r) => r.user)).toEqual([{ existingUserId: 10 }]);
  });

  it.each([
    ['fr', 'de eerste'], ['nl', 'de eerste'], ['de', 'die erste'], ['en', 'the first one'],
  ])('%s: "%s" picks Jan Peeters', async (_lang, pick) => {
    const run = await walk(PEETERS, [['geef eBirth aan Peeters', 'niss'], [pick, 'entity']]);
    expect(run.last.context.notices).toContainEqual(JAN_NOTED);
  });

  it.each([['fr', 'Peeters'], ['en', 'Peeters please'], ['de', '3']])('%s: "%s" picks no one of the two: the list is asked again, no one taken', async (_lang, answer) => {
    const run = await walk(PEETERS, [['donne eBirth à Peeters', 'niss'], [answer, 'niss']]);
    expect(run.last.context.niss).toBeNull();
    expect(promptOf(run.last)?.key).toBe('personsNamed');
  });

  it.each([
    ['fr', 'donne eBirth à dupuis'], ['nl', 'geef eBirth aan dupuis'], ['de', 'gib dupuis eBirth'], ['en', 'give eBirth to dupuis'],
  ])('%s: "%s", nobody so named: said with the name, and that the NISS is needed (asked after the entity)', async (_lang, said) => {
    const run = await walk(PEETERS, [[said, 'entity', ['nobodyNamed', 'nissOfNamed']]]);
    expect(run.last.context.notices).toContainEqual({ key: 'nobodyNamed', params: { name: 'dupuis' } });
  });

  it.each([
    ['fr', "donne eBirth à quelqu'un"], ['nl', 'geef eBirth aan hem'], ['de', 'gib ihr eBirth'], ['en', 'give eBirth to my colleague'],
    ['fr', 'donne eBirth à partir de demain'], ['en', 'give eBirth to hospisup'], ['fr', 'donne eBirth à iris'],
  ])('%s: "%s" names no one: no name looked up, the entity asked', async (_lang, said) => {
    const run = await walk(PEETERS, [[said, 'entity']]);
    expect(run.last.context.namedPerson).toBeNull();
    expect(noticeKeys(run.last)).not.toContain('nobodyNamed');
  });
});

describe('grant: a NISS or an application typed at the entity question', () => {
  it.each([
    ['fr', 'donne eBirth', '90041212377'],
    ['nl', 'geef eBirth', '90.04.12-123.77'],
    ['de', 'gib eBirth', '90.04.12-123.77'],
    ['en', 'give eBirth', '900412 123 77'],
  ])('%s: the NISS is noted with the name it is known by, and the recap shows that name', async (_lang, said, niss) => {
    const run = await walk(PEETERS, [[said, 'entity'], [niss, 'entity']]);
    expect(run.last.context.notices).toContainEqual(JAN_NOTED);
    expect(recapOf(run.last.context).person).toBe('Jan Peeters');
    await run.say('IRIS Sud');
    await run.say('oui');
    expect(run.executed.map((r) => r.user)).toEqual([{ existingUserId: 8 }]);
  });

  it('a NISS no user has is noted as a NISS (no name to give), and the recap names none', async () => {
    const run = await walk(PEETERS, [['donne eBirth', 'entity'], [NEW_NISS, 'entity']]);
    expect(run.last.context.notices.find((n) => n.key === 'nissTaken')?.params).toEqual({ niss: expect.any(String) });
    expect(recapOf(run.last.context).person).toBeNull();
  });

  it.each([
    ['fr', 'donne accès à 90041212377', 'Chapter IV'],
    ['nl', 'geef toegang aan 90041212377', 'chapitre iv'],
    ['de', 'gib 90041212377 Zugang', 'Chapter IV'],
    ['en', 'give access to 90041212377', 'Chapter IV'],
  ])('%s: "%s", then "%s" at the entity question: said as noted', async (_lang, said, app) => {
    const run = await walk(PEETERS, [[said, 'entity'], [app, 'entity', ['applicationsTaken']]]);
    expect(run.last.context.chosen).toEqual(['CHAPTER_IV']);
    expect(recapOf(run.last.context).person).toBe('Jan Peeters');
  });
});
