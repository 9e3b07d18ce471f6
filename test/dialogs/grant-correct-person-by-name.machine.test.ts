import { promptOf, walk, ANNE, HOSPITAL, INAMI_CARE, IRIS, JAN_NISS, MARIE_NISS, OTHER_NISS, type World } from './support/grant-world';
import { slotOf } from '../../dialogs/grant/grant-access.view';

/**
 * A correction of the person by name ("non, pas Marie Dupont, c'est pour Jan Peeters") replaces the person of the
 * request: the new name is looked up among the users of the manager's entities, said, and the summary shown again.
 * Never cancelled, never the old person kept silently.
 */
const WORLD: World = { entities: [IRIS], qualities: [HOSPITAL], named: { 'Jan Peeters': [JAN_NISS], Peeters: [JAN_NISS, OTHER_NISS] } };

describe('grant: the person corrected by name', () => {
  it.each([
    ['fr', 'non, pas Marie Dupont, c\'est pour Jan Peeters'],
    ['nl', 'nee, niet Marie Dupont maar Jan Peeters'],
    ['de', 'nein, nicht Marie Dupont, sondern Jan Peeters'],
    ['en', 'no, not Marie Dupont, it is for Jan Peeters'],
    // Whatever the word before the new name: plutôt, I meant, rather, eher, liever, bedoel.
    ['fr', 'non, pas Marie Dupont, plutôt Jan Peeters'],
    ['fr', 'non, pas Marie Dupont, je voulais dire Jan Peeters'],
    ['nl', 'nee, niet Marie Dupont, ik bedoel Jan Peeters'],
    ['nl', 'nee, niet Marie Dupont, liever Jan Peeters'],
    ['de', 'nein, nicht Marie Dupont, eher Jan Peeters'],
    ['de', 'nein, nicht Marie Dupont, ich meinte Jan Peeters'],
    ['en', 'wait, not Marie Dupont, I meant Jan Peeters'],
    ['en', 'no, not Marie Dupont, rather Jan Peeters'],
  ])('%s: "%s" at the summary: the new person is looked up, said, and the yes grants them', async (_lang, text) => {
    const run = await walk(WORLD, [
      [`donne eBirth à ${MARIE_NISS} à IRIS`, 'confirm'],
      [text, 'confirm', ['personReplacedByName', 'personFoundByName']],
      ['oui', null],
    ]);
    expect(run.executed).toHaveLength(1);
    expect(run.executed[0]!.user).toEqual({ existingUserId: 8 });
  });

  it.each([
    ['fr', 'attendez, pas Marie Dupont, plutôt Jan Peeters'],
    ['nl', 'wacht, niet Marie Dupont, ik bedoelde Jan Peeters'],
    ['de', 'warte, nicht Marie Dupont, eher Jan Peeters'],
    ['en', 'wait, not Marie Dupont, I meant Jan Peeters'],
  ])('%s: "%s" at "is this the right person?" replaces the person', async (_lang, text) => {
    const run = await walk(WORLD, [
      [`donne un accès à ${MARIE_NISS} à IRIS`, 'confirmPerson'],
      // The person found by the new name is shown and asked about in turn.
      [text, 'confirmPerson', ['personReplacedByName', 'personFoundByName']],
      ['oui', 'applications'],
      ['eBirth', 'confirm'],
      ['oui', null],
    ]);
    expect(run.executed[0]!.user).toEqual({ existingUserId: 8 });
  });

  it('two users so named: asked which, never the old person kept', async () => {
    const run = await walk(WORLD, [
      [`donne eBirth à ${MARIE_NISS} à IRIS`, 'confirm'],
      ['non, pas Marie Dupont, c\'est pour Peeters', 'niss', ['personReplacedByName']],
    ]);
    // The list is the one question asked.
    expect(promptOf(run.last)?.key).toBe('personsNamed');
    await run.say('la première');
    expect(slotOf(await run.say('oui'))).toBeNull();
    expect(run.executed[0]!.user).toEqual({ existingUserId: 8 });
  });

  it('nobody so named: said, and the NISS asked', async () => {
    const run = await walk(WORLD, [
      [`donne eBirth à ${MARIE_NISS} à IRIS`, 'confirm'],
      ['no, not Marie Dupont, it is for Nathalie Dubois', 'niss', ['personReplacedByName', 'nobodyNamed']],
    ]);
    expect(run.last.context.niss).toBeNull();
    expect(run.executed).toHaveLength(0);
  });

  it.each([
    ['fr', 'non, c\'est pour Jan Peeters', '1'],
    ['nl', 'nee, niet Marie Dupont maar Jan Peeters', '1'],
    ['en', 'no, not Marie Dupont, it is for Jan Peeters', 'the first one'],
  ])('%s: at the qualité question, the person is replaced and the question asked again', async (_lang, text, choice) => {
    const run = await walk({ ...WORLD, qualities: [HOSPITAL, INAMI_CARE] }, [
      [`donne chapitre iv à ${MARIE_NISS} à IRIS`, 'quality'],
      [text, 'quality', ['personReplacedByName', 'personFoundByName']],
      [choice, 'confirm'],
      ['oui', null],
    ]);
    expect(run.executed[0]!.user).toEqual({ existingUserId: 8 });
  });
});

describe('grant: a choice named by its place', () => {
  it.each([
    ['fr', 'la deuxième', 'la première'],
    ['nl', 'de tweede', 'de eerste'],
    ['de', 'die zweite', 'die erste'],
    ['en', 'the second', 'the first one'],
  ])('%s: "%s" and "%s" at the entity question pick that entity', async (_lang, second, first) => {
    for (const [said, at] of [[second, 1], [first, 0]] as const) {
      const run = await walk({ entities: [ANNE, IRIS], qualities: [HOSPITAL] }, [[`donne eBirth à ${MARIE_NISS}`, 'entity']]);
      await run.say(said);
      expect(run.actor.getSnapshot().context.entity?.id).toBe([ANNE, IRIS][at]!.id);
    }
  });
});
