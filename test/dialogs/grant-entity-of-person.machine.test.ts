import { ANNE, IRIS, JAN_NISS, MARIE_NISS, NEW_NISS, PEOPLE, noticeKeys, walk } from './support/grant-world';
import type { Person } from '../../dialogs/grant/grant-access.types';

/**
 * Trial 5, item 10: a manager of several entities who names a person (by name or NISS) who is a user of exactly one
 * of them, and names no entity, is not asked which entity: that one is used, and said. Named, the entity is never replaced.
 */
describe('grant machine: the entity of the one person named', () => {
  const saved = { jan: PEOPLE[JAN_NISS]!, marie: PEOPLE[MARIE_NISS]! };
  const inOne = (p: Person, ...entities: number[]): Person => ({ ...p, memberOf: entities });
  beforeEach(() => {
    PEOPLE[JAN_NISS] = inOne(saved.jan, IRIS.id);
    PEOPLE[MARIE_NISS] = inOne(saved.marie, IRIS.id, ANNE.id);
  });
  afterEach(() => {
    PEOPLE[JAN_NISS] = saved.jan;
    PEOPLE[MARIE_NISS] = saved.marie;
  });
  const world = { named: { 'Jan Peeters': [JAN_NISS], 'Marie Dupont': [MARIE_NISS] } };
  const said = (run: Awaited<ReturnType<typeof walk>>) => run.last.context.notices.find((n) => n.key === 'entityOfPerson')?.params;

  it.each([
    ['fr', 'donne HospiSup à Jan Peeters'],
    ['fr', `HospiSup pour ${JAN_NISS} svp`],
    ['nl', 'geef HospiSup aan Jan Peeters'],
    ['nl', `HospiSup voor ${JAN_NISS}`],
    ['de', 'gib HospiSup an Jan Peeters'],
    ['de', `HospiSup für ${JAN_NISS}, bitte`],
    ['en', 'give HospiSup to Jan Peeters'],
    ['en', `HospiSup for ${JAN_NISS} please`],
  ])('%s: "%s" is put in IRIS, where he is a user, said, and the summary follows', async (_lang, text) => {
    const run = await walk(world, [[text, 'confirm', ['entityOfPerson']]]);
    expect(run.last.context.entity?.id).toBe(IRIS.id);
    expect(said(run)).toEqual({ entity: IRIS.name, inami: IRIS.inami, person: 'Jan Peeters' });
    await run.say('oui');
    expect(run.executed.map((r) => r.qualityId)).toEqual([11]);
  });

  it.each([
    ['a person of two of the manager\'s entities', 'donne HospiSup à Marie Dupont'],
    ['a person of none of them (a user elsewhere)', 'donne HospiSup à 78110324621'],
    ['an unknown NISS', `donne HospiSup à ${NEW_NISS}`],
  ])('%s: the entity is asked as before', async (_what, text) => {
    const run = await walk(world, [[text, 'entity']]);
    expect(noticeKeys(run.last)).not.toContain('entityOfPerson');
    expect(run.last.context.entity).toBeNull();
  });

  it('an entity named is never replaced: Jan at Sainte-Anne stays at Sainte-Anne, and nothing says IRIS', async () => {
    const run = await walk(world, [['donne HospiSup à Jan Peeters à Sainte-Anne', 'confirm']]);
    expect(run.last.context.entity?.id).toBe(ANNE.id);
    expect(noticeKeys(run.last)).not.toContain('entityOfPerson');
  });

  it('an entity refused (no role there) is not replaced by the person\'s', async () => {
    const run = await walk(world, [['donne HospiSup à Jan Peeters au CHU de Liège Sart Tilman', 'entity', ['entityNoRole']]]);
    expect(noticeKeys(run.last)).not.toContain('entityOfPerson');
  });

  it('"changer d\'entité" at the summary asks the entity, and it is not taken from the person again', async () => {
    const run = await walk(world, [['donne HospiSup à Jan Peeters', 'confirm', ['entityOfPerson']], ["changer d'entité", 'entity']]);
    const after = await run.say('Sainte-Anne');
    expect(after.context.entity?.id).toBe(ANNE.id);
  });

  it('the person replaced ("non, c\'est pour Marie Dupont"): the entity taken from Jan is not kept for Marie, it is asked', async () => {
    const run = await walk(world, [['donne HospiSup à Jan Peeters', 'confirm', ['entityOfPerson']], ["non, c'est pour Marie Dupont", 'entity']]);
    expect(run.last.context.entity).toBeNull();
  });

  it('a manager of one entity is told "Entité : …" as before, not the person\'s', async () => {
    const run = await walk({ ...world, entities: [IRIS] }, [['donne HospiSup à Jan Peeters', 'confirm', ['onlyEntity']]]);
    expect(noticeKeys(run.last)).not.toContain('entityOfPerson');
  });
});

/** Trial 7: a place typed in lower case ("a l'hopital erasme", "in az groeninge") is named back, never replaced by the person's entity. */
describe('grant machine: an unknown place in lower case is never replaced by the entity of the person', () => {
  const saved = PEOPLE[JAN_NISS]!;
  beforeEach(() => {
    PEOPLE[JAN_NISS] = { ...saved, memberOf: [IRIS.id] };
  });
  afterEach(() => {
    PEOPLE[JAN_NISS] = saved;
  });
  const world = { named: { 'Jan Peeters': [JAN_NISS] } };
  it.each([
    ['fr', "tct pour jan peeters a l'hopital erasme", 'hopital erasme'],
    ['nl', 'ebirth voor jan peeters in az groeninge', 'az groeninge'],
    ['de', 'tct fur jan peeters im klinikum aachen', 'klinikum aachen'],
    ['en', "tct for jan peeters at st luke's", 'st luke'],
    ['fr', 'donne tct a jan peeters a saint luc', 'saint luc'],
  ])('%s: "%s" names "%s" back and asks the entity', async (_lang, text, place) => {
    const run = await walk(world, [[text, 'entity', ['entityUnknown']]]);
    expect(run.last.context.entity).toBeNull();
    expect(noticeKeys(run.last)).not.toContain('entityOfPerson');
    expect(JSON.stringify(run.last.context.notices)).toContain(place);
  });
});
