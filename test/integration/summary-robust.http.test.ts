import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * Trial 6 over HTTP, checked in the replies and the store: a person corrected at the summary after an interjection
 * is the one granted (never the first); "take X away from" is a revocation, and a grant of what is already held
 * writes no grant_request; stopping at a question with choices, in everyday words, cancels.
 */
const MARIE = '85073003328'; // Dr Marie Dupont, IRIS
const JAN = '90041212377'; // Jan Peeters, IRIS
const ELS = '78110324621'; // Els Janssens, Sainte-Anne
const NATHALIE = '82022116865'; // Dr Nathalie Dubois, Sainte-Anne

const textOf = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('trial 6 over HTTP: corrections after an interjection, revocations in two parts, stops at a choice', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const userId = (niss: string) => sesame.store.people.userByNiss(niss)!.id;
  const count = (table: string) => (sesame.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  /** The application codes of a user's grants still pending or active. */
  const live = (niss: string) =>
    (sesame.store.db.prepare(
      `SELECT a.code FROM grants g JOIN applications a ON a.id = g.application_id WHERE g.user_id = ? AND g.status IN ('pending', 'active')`,
    ).all(userId(niss)) as { code: string }[]).map((r) => r.code);

  beforeAll(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterAll(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it.each([
    ['nl', 'nl-BE', `geef eBirth aan ${MARIE} in IRIS Sud`, 'oei nee, voor jan peeters', 'ja', 'de aanvraag is nu voor Jan Peeters', MARIE, JAN, 'EBIRTH'],
    ['fr', 'fr-BE', `donne eBirth à ${MARIE} à IRIS Sud`, 'oups non, pour jan peeters', 'oui', 'la demande est maintenant pour Jan Peeters', MARIE, JAN, 'EBIRTH'],
    ['en', 'en-GB', `give HospiSup to ${ELS} at Sainte-Anne`, 'oops no, for nathalie dubois', 'yes', 'the request is now for Dr Nathalie Dubois', ELS, NATHALIE, 'HOSPISUP'],
    ['de', 'de-BE', `gib HospiSup an ${ELS} bei Sainte-Anne`, 'ach nein, fur nathalie dubois', 'ja', 'Der Antrag gilt jetzt für Dr Nathalie Dubois', ELS, NATHALIE, 'HOSPISUP'],
  ])('%s: the person corrected after an interjection at the summary is granted, never the first', async (lang, locale, first, correction, yes, said, before, after, code) => {
    const chat = new ChatClient(() => sesame.url, `h6-correct-${lang}`, { locale });
    await chat.send(first);
    const firstHeld = live(before).filter((c) => c === code).length;
    const again = textOf(await chat.send(correction));
    expect(again.toLowerCase()).toContain(said.toLowerCase().replace(/^(?:de|la|the|der) /, '').replace('dr ', ''));
    // "Is this the right person?" may come before the new summary: each is answered yes.
    for (let i = 0; i < 2 && !live(after).includes(code); i++) await chat.send(yes);
    expect(live(after)).toContain(code);
    expect(live(before).filter((c) => c === code).length).toBe(firstHeld);
  });

  it.each([
    ['fr', 'fr-BE', 'hmm, attendez voir', "Je n'ai pas compris « hmm, attendez voir » : rien n'a changé."],
    ['nl', 'nl-BE', 'tja, weet je', 'Ik heb „tja, weet je” niet begrepen: er is niets veranderd.'],
  ])('%s: a message that changes nothing at the summary is said back, and nothing is granted', async (lang, locale, text, said) => {
    const chat = new ChatClient(() => sesame.url, `h6-nothing-${lang}`, { locale });
    const requests = count('grant_requests');
    await chat.send(`donne Hospiliss à ${JAN} à IRIS Sud`);
    const reply = textOf(await chat.send(text));
    expect(reply).toContain(said);
    expect(count('grant_requests')).toBe(requests);
    expect(live(JAN)).not.toContain('HOSPILISS');
  });

  it.each([
    ['en', 'en-GB', 'please take ebirth away from jan peeters at iris sud', 'yes', "I will take away Jan Peeters's access to"],
    ['nl', 'nl-BE', 'haal ebirth af bij jan peeters in iris sud', 'ja', 'Ik trek de toegang van Jan Peeters tot'],
  ])('%s: taking an access away, the verb said in two parts, is a revocation, never a grant', async (lang, locale, text, yes, said) => {
    // Jan Peeters holds eBirth (given above, or given here).
    if (!live(JAN).includes('EBIRTH')) {
      const give = new ChatClient(() => sesame.url, `h6-give-${lang}`, { locale: 'fr-BE' });
      await give.send(`donne eBirth à ${JAN} à IRIS Sud`);
      await give.send('oui');
    }
    expect(live(JAN)).toContain('EBIRTH');
    const requests = count('grant_requests');
    const chat = new ChatClient(() => sesame.url, `h6-revoke-${lang}`, { locale });
    const asked = textOf(await chat.send(text));
    expect(asked).toContain(said);
    expect(asked).not.toMatch(/Already held|nothing changes|Al in bezit|verandert er niets/i);
    await chat.send(yes);
    expect(count('grant_requests')).toBe(requests);
    expect(live(JAN)).not.toContain('EBIRTH');
  });

  it.each([
    ['fr', 'fr-BE', 'oui'],
    ['en', 'en-GB', 'yes'],
  ])('%s: a grant of what is already held writes no grant_request', async (lang, locale, yes) => {
    const give = new ChatClient(() => sesame.url, `h6-held-first-${lang}`, { locale: 'fr-BE' });
    if (!live(JAN).includes('TCT_WEB')) {
      await give.send(`donne TCT à ${JAN} à IRIS Sud`);
      await give.send('oui');
    }
    expect(live(JAN)).toContain('TCT_WEB');
    const requests = count('grant_requests');
    const grants = count('grants');
    const chat = new ChatClient(() => sesame.url, `h6-held-${lang}`, { locale });
    await chat.send(lang === 'fr' ? `donne TCT à ${JAN} à IRIS Sud` : `give TCT to ${JAN} at IRIS Sud`);
    await chat.send(yes);
    expect(count('grant_requests')).toBe(requests);
    expect(count('grants')).toBe(grants);
  });

  it.each([
    ['fr', 'fr-BE', 'donne eBirth', 'Pour quelle entité travaillez-vous ?', 'bof, on laisse ca de cote', "C'est annulé : rien n'a été enregistré."],
    ['nl', 'nl-BE', 'geef eBirth', 'Voor welke entiteit werkt u?', 'nee wacht, doe maar niet', 'Geannuleerd: er is niets geregistreerd.'],
    ['de', 'de-BE', 'gib eBirth', 'Einrichtung', 'ach nein, streichen wir das ganze', 'nichts'],
    ['en', 'en-GB', 'give eBirth', 'Which entity are you working for?', 'no thanks', 'Cancelled: nothing has been recorded.'],
  ])('%s: stopping at the entity question in everyday words cancels', async (lang, locale, first, question, stop, said) => {
    const chat = new ChatClient(() => sesame.url, `h6-stop-${lang}`, { locale });
    expect(textOf(await chat.send(first))).toContain(question);
    const requests = count('grant_requests');
    const reply = textOf(await chat.send(stop));
    expect(reply).toContain(said);
    expect(reply).not.toMatch(/reconnu ce choix|keuze niet herkend|did not recognise this choice|Auswahl habe ich nicht erkannt/);
    expect(count('grant_requests')).toBe(requests);
  });
});
