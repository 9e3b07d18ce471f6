import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * Person names over HTTP, checked in the store (who holds what): a correction of the person by name replaces them
 * (looked up among the users of the manager's entities), a name in lower case is found as a capitalised one, and a
 * surname two users share is asked back and answered by its place in the list.
 */
const MARIE = '85073003328'; // Dr Marie Dupont, IRIS
const JAN = '90041212377'; // Jan Peeters, IRIS
const ELS = '78110324621'; // Els Janssens, Sainte-Anne
const NATHALIE = '82022116865'; // Dr Nathalie Dubois, Sainte-Anne
const AN = '65031212330'; // An Peeters, added at Sainte-Anne: two Peeters

const textOf = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('person names over HTTP: corrected, in lower case, a surname alone', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const held = (niss: string) => sesame.store.holdings.ofUser(sesame.store.people.userByNiss(niss)!.id).map((h) => h.applicationCode);

  beforeAll(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterAll(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it.each([
    ['fr', 'fr-BE', `donne eBirth à ${MARIE} à IRIS Sud`, "non, pas Marie Dupont, c'est pour Jan Peeters", 'oui', 'la demande est maintenant pour Jan Peeters'],
    ['nl', 'nl-BE', `geef eBirth aan ${MARIE} in IRIS Sud`, 'nee, niet Marie Dupont maar Jan Peeters', 'ja', 'de aanvraag is nu voor Jan Peeters'],
    ['de', 'de-BE', `gib eBirth an ${MARIE} bei IRIS Sud`, 'nein, nicht Marie Dupont, sondern Jan Peeters', 'ja', 'Der Antrag gilt jetzt für Jan Peeters'],
  ])('%s: the person corrected by name at the summary is the one granted', async (lang, locale, first, correction, yes, said) => {
    const chat = new ChatClient(() => sesame.url, `corrected-${lang}`, { locale });
    await chat.send(first);
    const again = textOf(await chat.send(correction));
    expect(again).toContain(said);
    expect(again).toContain('90.04.12-123.77');
    const before = held(MARIE).filter((c) => c === 'EBIRTH').length;
    await chat.send(yes);
    expect(held(JAN)).toContain('EBIRTH');
    expect(held(MARIE).filter((c) => c === 'EBIRTH').length).toBe(before);
  });

  it('en: the person corrected by name at the summary is the one granted (Sainte-Anne)', async () => {
    const chat = new ChatClient(() => sesame.url, 'corrected-en', { locale: 'en-GB' });
    await chat.send(`give HospiSup to ${ELS} at Sainte-Anne`);
    const again = textOf(await chat.send('no, not Els Janssens, it is for Nathalie Dubois'));
    expect(again).toContain('the request is now for Nathalie Dubois');
    await chat.send('yes');
    expect(held(NATHALIE)).toContain('HOSPISUP');
    expect(held(ELS)).not.toContain('HOSPISUP');
  });

  it.each([
    ['fr', 'fr-BE', 'donne Chapter IV a nathalie dubois a sainte anne', 'oui', NATHALIE, 'CHAPTER_IV'],
    ['nl', 'nl-BE', 'geef HospiSup aan jan peeters in IRIS Sud', 'ja', JAN, 'HOSPISUP'],
  ])('%s: a name in lower case is found and granted', async (lang, locale, text, yes, niss, code) => {
    const chat = new ChatClient(() => sesame.url, `lower-${lang}`, { locale });
    const summary = textOf(await chat.send(text));
    expect(summary).not.toMatch(/NISS de la personne|INSZ van de persoon/);
    // "Is dat de juiste persoon?" may come before the summary: each is answered yes.
    for (let i = 0; i < 2 && !held(niss).includes(code); i++) await chat.send(yes);
    expect(held(niss)).toContain(code);
  });

  it('fr: a surname two users share is asked back, and "la deuxième" answers it', async () => {
    const { people, catalog } = sesame.store;
    const hospital = catalog.qualitiesOfEntity(catalog.entityByInami('710338-90')!.id).find((q) => q.kind === 'HOSPITAL')!;
    people.insertUser({ niss: AN, username: 'apeeters', lastName: 'Peeters', firstName: 'An', title: null, language: 'nl', email: 'an.peeters@example.org', localEmail: null }, hospital.id, 'active');
    const chat = new ChatClient(() => sesame.url, 'surname-fr');
    const asked = textOf(await chat.send('donne eBirth à Peeters'));
    expect(asked).toContain('Peeters');
    expect(asked).toContain('90.04.12-123.77');
    expect(asked).toContain('65.03.12-123.30');
    const second = asked.indexOf('90.04.12-123.77') < asked.indexOf('65.03.12-123.30') ? AN : JAN;
    let next = textOf(await chat.send('la deuxième'));
    // The entity is asked once the person is chosen (the request named none): the choice is kept.
    if (!/Puis-je confirmer/.test(next)) next = textOf(await chat.send(second === AN ? 'Sainte-Anne' : 'IRIS Sud'));
    expect(next).toContain(second === AN ? 'An Peeters' : 'Jan Peeters');
    expect(next).not.toContain('Personne : —');
    await chat.send('oui');
    expect(held(second)).toContain('EBIRTH');
  });

  it.each([
    ['en', 'en-GB', 'revoke HospiSup from Peeters', 'the first one', 'yes'],
    ['nl', 'nl-BE', 'trek HospiSup in bij Peeters', 'de eerste', 'ja'],
    ['fr', 'fr-BE', 'retire HospiSup à Peeters', 'la première', 'oui'],
  ])('%s: a revocation for a surname two users share is asked back, and the place answers it', async (lang, locale, text, choice, yes) => {
    const { people, catalog } = sesame.store;
    if (!people.userByNiss(AN)) {
      const hospital = catalog.qualitiesOfEntity(catalog.entityByInami('710338-90')!.id).find((q) => q.kind === 'HOSPITAL')!;
      people.insertUser({ niss: AN, username: 'apeeters', lastName: 'Peeters', firstName: 'An', title: null, language: 'nl', email: 'an.peeters@example.org', localEmail: null }, hospital.id, 'active');
    }
    const grant = new ChatClient(() => sesame.url, `revoke-grant-${lang}`, { locale: 'en-GB' });
    await grant.send(`give HospiSup to ${JAN} at IRIS Sud`);
    await grant.send('yes');
    const chat = new ChatClient(() => sesame.url, `revoke-surname-${lang}`, { locale });
    const asked = textOf(await chat.send(text));
    expect(asked).toContain('90.04.12-123.77');
    expect(asked).toContain('65.03.12-123.30');
    const first = asked.indexOf('90.04.12-123.77') < asked.indexOf('65.03.12-123.30') ? JAN : AN;
    const next = textOf(await chat.send(choice));
    expect(next).toContain(first === JAN ? 'Jan Peeters' : 'An Peeters');
    await chat.send(yes);
    if (first === JAN) expect(sesame.store.holdings.ofUser(people.userByNiss(JAN)!.id).filter((h) => h.applicationCode === 'HOSPISUP')).toEqual([]);
  });

  it('fr: "supprime Lucas Mertens de Sainte-Anne" names Lucas Mertens, and the place stops the name', async () => {
    const chat = new ChatClient(() => sesame.url, 'remove-place-fr');
    const asked = textOf(await chat.send('supprime Lucas Mertens de Sainte-Anne'));
    expect(asked).toContain('Lucas Mertens');
    expect(asked).not.toContain('Sainte-.');
    expect(asked).not.toMatch(/ne s'appelle/);
  });

  it.each([
    ['fr', 'fr-BE', 'donne eBirth a paul martin a IRIS Sud', "Aucun utilisateur de vos entités ne s'appelle paul martin.\n\nIl me faut le NISS de paul martin."],
    ['en', 'en-GB', 'give eBirth to paul martin at IRIS Sud', "No user of your entities is called paul martin.\n\nI need paul martin's NISS."],
  ])('%s: a name in lower case nobody has is said, and the NISS asked', async (lang, locale, text, said) => {
    const chat = new ChatClient(() => sesame.url, `nobody-${lang}`, { locale });
    const replies = await chat.send(text);
    expect(textOf(replies)).toContain(said);
    expect(replies.at(-1)!.channelData?.sesame?.expecting).toBe('niss');
  });

  it.each([
    ['fr', 'fr-BE', 'donne eBirth à 79021500158 à IRIS Sud', 'a-t-il déjà eBirth ?', 'ne convient pas', 'il n\'y a donc aucun accès'],
    ['de', 'de-BE', 'gib eBirth an 79021500158 bei IRIS Sud', 'hat er schon eBirth?', 'nicht zulässig', 'Es gibt dort also keinen Zugang'],
  ])('%s: a status question at the username step is answered, and the username asked again', async (lang, locale, first, question, refused, answer) => {
    const chat = new ChatClient(() => sesame.url, `username-question-${lang}`, { locale });
    expect((await chat.send(first)).at(-1)!.channelData?.sesame?.expecting).toBe('username');
    const replies = await chat.send(question);
    expect(textOf(replies)).not.toContain(refused);
    expect(textOf(replies)).toContain(answer);
    expect(textOf(replies)).not.toContain('„?“');
    expect(replies.at(-1)!.channelData?.sesame?.expecting).toBe('username');
  });

  it('fr: answers that are no NISS after a removal by a name nobody has say what is asked and the way out, never the question twice', async () => {
    const chat = new ChatClient(() => sesame.url, 'removal-nobody-fr');
    expect(textOf(await chat.send('supprime Paul Martin de Sainte-Anne'))).toContain("Aucun utilisateur de vos entités ne s'appelle Paul Martin.");
    const again = textOf(await chat.send('merci'));
    expect(again).toContain('« annuler » pour arrêter');
    expect(again.split('Il me faut le NISS de Paul Martin.').length).toBe(2);
    expect(textOf(await chat.send('annuler'))).not.toContain('NISS de Paul Martin');
  });
});
