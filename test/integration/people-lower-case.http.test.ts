import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { inBothEntities } from '../support/conversations';

/**
 * People named in lower case over HTTP (trial 6, defects D and E): the users of the manager's entities are found by
 * their full name whatever the case. A question about what one holds is answered as a status question and starts no
 * grant, also at the entity question of a grant in progress (asked again after the answer); two people in one grant
 * are one request each, the second said and offered after the first. Checked in the store.
 */
const ELS = '78110324621'; // Els Janssens, Sainte-Anne
const NATHALIE = '82022116865'; // Dr Nathalie Dubois, Sainte-Anne
const AN = '65031212330'; // An Peeters, added at Sainte-Anne

const textOf = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const expectingOf = (replies: { channelData?: { sesame?: { expecting?: string | null } } }[]) => replies.at(-1)!.channelData?.sesame?.expecting ?? null;

describe('people named in lower case over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const held = (niss: string) => sesame.store.holdings.ofUser(sesame.store.people.userByNiss(niss)!.id).map((h) => h.applicationCode);
  const grantsOf = (niss: string) => sesame.store.holdings.ofUser(sesame.store.people.userByNiss(niss)!.id).length;

  beforeAll(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    const { people, catalog } = sesame.store;
    const hospital = catalog.qualitiesOfEntity(catalog.entityByInami('710338-90')!.id).find((q) => q.kind === 'HOSPITAL')!;
    people.insertUser({ niss: AN, username: 'apeeters', lastName: 'Peeters', firstName: 'An', title: null, language: 'nl', email: 'an.peeters@example.org', localEmail: null }, hospital.id, 'active');
    // A user of both entities, so that her grant asks which one (one of only one entity is put there, said).
    inBothEntities(ELS)(sesame);
  });
  afterAll(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it.each([
    ['de', 'de-BE', 'hat an peeters schon ebirth?', 'An Peeters (ENSS 65.03.12-123.30)', 'eBirth'],
    ['nl', 'nl-BE', 'heeft an peeters al colindos?', 'An Peeters (INSZ 65.03.12-123.30)', 'Colindos'],
    ['en', 'en-GB', 'has nathalie dubois got ebirth?', 'Nathalie Dubois (NISS 82.02.21-168.65)', 'eBirth: no access'],
    ['fr', 'fr-BE', 'dites, nathalie dubois a t il acces a colindos ?', 'Nathalie Dubois (NISS 82.02.21-168.65)', "Colindos : pas d'accès"],
  ])('%s: a status question about a person in lower case is answered, and no grant starts', async (lang, locale, question, person, item) => {
    const before = grantsOf(AN) + grantsOf(NATHALIE);
    const chat = new ChatClient(() => sesame.url, `lower-status-${lang}`, { locale });
    const replies = await chat.send(question);
    const said = textOf(replies);
    expect(said).toContain(person);
    expect(said).toContain(item);
    expect(expectingOf(replies)).toBeNull();
    expect(grantsOf(AN) + grantsOf(NATHALIE)).toBe(before);
  });

  it.each([
    ['fr', 'fr-BE', 'donne TCT à els janssens', 'quels acces a an peeters maintenant ?', 'An Peeters (NISS 65.03.12-123.30)', 'Pour quelle entité travaillez-vous ?'],
    ['en', 'en-GB', 'give TCT to els janssens', 'what does an peeters have?', 'An Peeters (NISS 65.03.12-123.30)', 'Which entity are you working for?'],
  ])('%s: asked at the entity question, it is answered and the entity asked again', async (lang, locale, first, question, person, askEntity) => {
    const chat = new ChatClient(() => sesame.url, `lower-status-mid-${lang}`, { locale });
    const asked = await chat.send(first);
    expect(expectingOf(asked)).toBe('entity');
    const replies = await chat.send(question);
    expect(textOf(replies)).toContain(person);
    expect(textOf(replies)).toContain(askEntity);
    expect(expectingOf(replies)).toBe('entity');
    // The request in progress is untouched: still for Els Janssens, once the entity is given.
    expect(textOf(await chat.send('Sainte-Anne'))).toContain('Els Janssens (ejanssens)');
    expect(held(AN)).toEqual([]);
  });

  it.each([
    ['fr', 'fr-BE', 'tct pour els janssens et nathalie dubois a sainte-anne', 'Une demande concerne une seule personne : celle-ci est pour Els Janssens. Je vous proposerai ensuite la même demande pour Nathalie Dubois.', 'oui'],
    ['nl', 'nl-BE', 'hospisup voor els janssens en nathalie dubois in sainte-anne', 'Een aanvraag geldt voor één persoon: deze is voor Els Janssens. Daarna stel ik dezelfde aanvraag voor Nathalie Dubois voor.', 'ja'],
  ])('%s: two people in lower case are one request each, the second said and then offered', async (lang, locale, text, said, yes) => {
    const chat = new ChatClient(() => sesame.url, `lower-two-${lang}`, { locale });
    const first = await chat.send(text);
    expect(textOf(first)).toContain(said);
    expect(expectingOf(first)).toBe('confirm');
    const code = lang === 'fr' ? 'TCT_WEB' : 'HOSPISUP';
    // The first request granted, the same one is offered for the second person; "yes" shows its summary, "yes" grants it.
    const offered = textOf(await chat.send(yes));
    expect(held(ELS)).toContain(code);
    expect(held(NATHALIE)).not.toContain(code);
    expect(offered).toContain(lang === 'fr' ? 'Voulez-vous maintenant la même demande pour Nathalie Dubois ?' : 'Wilt u nu dezelfde aanvraag voor Nathalie Dubois?');
    expect(textOf(await chat.send(yes))).toContain('Dr Nathalie Dubois (ndubois)');
    await chat.send(yes);
    expect(held(NATHALIE)).toContain(code);
  });

  it.each([
    ['fr', 'fr-BE', 'hospisup pour an peeters a sainte anne', 'An Peeters (apeeters)', /NISS de la personne|Il me faut le NISS/],
    ['de', 'de-BE', 'hospisup fur an peeters in sainte-anne', 'An Peeters (apeeters)', /ENSS \(Erkennungsnummer|Ich brauche die ENSS/],
    ['en', 'en-GB', 'jan peeters at iris sud needs colindos', 'Jan Peeters', /person's national number|I need the NISS|NISS of/],
  ])('%s: a known person in lower case, "an peeters" or a name first, is found, and no NISS is asked', async (lang, locale, text, name, nissAsked) => {
    const chat = new ChatClient(() => sesame.url, `lower-found-${lang}`, { locale });
    const replies = await chat.send(text);
    expect(textOf(replies)).toContain(name);
    expect(textOf(replies)).not.toMatch(nissAsked);
    expect(expectingOf(replies)).not.toBe('niss');
  });
});
