import { noticeKeys, promptOf, walk, ANNE, HOSPITAL, IRIS, JAN_NISS, MARIE_NISS, OTHER_NISS, type World } from './support/grant-world';

/**
 * A person named by name in a grant ("accès eBirth pour Marie Dupont à IRIS") is searched among the users of the
 * manager's entities (the injected `findPersonByName`): one found is used and said, several are asked back with
 * their NISS (chosen by number or NISS), none: the NISS is asked.
 */
const ONE_ENTITY: World = { entities: [IRIS], qualities: [HOSPITAL] };

describe('grant: a person named by name', () => {
  it.each([
    ['fr', 'accès eBirth pour Marie Dupont à IRIS'],
    ['nl', 'eBirth voor Marie Dupont bij IRIS'],
    ['de', 'eBirth für Marie Dupont bei IRIS'],
    ['en', 'eBirth for Marie Dupont at IRIS'],
  ])('%s: the one user so named is used, said as found, and the summary asked', async (_lang, text) => {
    const run = await walk({ ...ONE_ENTITY, named: { 'Marie Dupont': [MARIE_NISS] } }, [[text, 'confirm', ['personFoundByName']], ['oui', null]]);
    expect(noticeKeys(run.last)).toContain('grantDone');
    expect(run.executed).toHaveLength(1);
    expect(run.executed[0]!.user).toEqual({ existingUserId: 7 });
    expect(run.executed[0]!.applicationCodes).toEqual(['EBIRTH']);
  });

  it('several users so named: asked back with their NISS (the list is the one question), the number chooses', async () => {
    const run = await walk({ ...ONE_ENTITY, named: { 'Marie Dupont': [MARIE_NISS, OTHER_NISS] } }, [
      ['accès eBirth pour Marie Dupont à IRIS', 'niss'],
    ]);
    expect(promptOf(run.last)).toEqual({ key: 'personsNamed', params: { named: 'Marie Dupont', candidates: ['Dr Marie Dupont (85.07.30-033.28)', expect.stringContaining('(78.11.03-246.21)')] } });
    expect(noticeKeys(run.last)).not.toContain('nissOfNamed');
    expect(noticeKeys(run.last)).not.toContain('personsNamed');
    await run.say('1');
    expect(run.actor.getSnapshot().context.niss).toBe(MARIE_NISS);
  });

  it('several users so named: a NISS typed chooses too', async () => {
    const run = await walk({ ...ONE_ENTITY, named: { 'Marie Dupont': [MARIE_NISS, OTHER_NISS] } }, [
      ['accès eBirth pour Marie Dupont à IRIS', 'niss'],
      [OTHER_NISS, 'confirm'],
    ]);
    expect(run.last.context.niss).toBe(OTHER_NISS);
  });

  it('nobody of the manager\'s entities so named: the NISS is asked, as before', async () => {
    const run = await walk({ entities: [IRIS, ANNE] }, [['Colindos voor Jan Peeters bij IRIS', 'niss', ['nobodyNamed']], [JAN_NISS, 'confirmPerson']]);
    expect(noticeKeys(run.last)).not.toContain('personFoundByName');
  });
});
