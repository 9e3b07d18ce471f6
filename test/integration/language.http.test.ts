import type { Sesame } from '../../src/app';
import type { Locale } from '../../src/domain/locale';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { DirectLineClient, type DlActivity } from '../support/directline';

// Demo data: Sophie Lambert (demo-manager) manages IRIS Sud and Sainte-Anne; "Helpdesk Sésame" is demo-helpdesk.
const TAG: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const SWITCH: Record<Locale, string> = { fr: "en français s'il vous plaît", nl: 'en néerlandais svp', de: 'auf Deutsch bitte', en: 'in English please' };
const CHANGED: Record<Locale, string> = {
  fr: "D'accord, je continue en français.", nl: 'Goed, ik ga verder in het Nederlands.', de: 'Gut, ich mache auf Deutsch weiter.', en: 'All right, I will continue in English.',
};
const WELCOME: Record<Locale, string> = { fr: 'Bonjour Sophie Lambert', nl: 'Goedendag Sophie Lambert', de: 'Guten Tag Sophie Lambert', en: 'Hello Sophie Lambert' };
const LIST: Record<Locale, string> = { fr: 'liste les utilisateurs', nl: 'lijst de gebruikers', de: 'liste die Benutzer', en: 'list the users' };
const WHICH_ENTITY_PEOPLE: Record<Locale, string> = { fr: 'Pour quelle entité ?', nl: 'Voor welke entiteit?', de: 'Für welche Einrichtung?', en: 'For which entity?' };
const WHICH_ENTITY_GRANT: Record<Locale, string> = {
  fr: 'Pour quelle entité travaillez-vous ?', nl: 'Voor welke entiteit werkt u?', de: 'Für welche Einrichtung arbeiten Sie?', en: 'Which entity are you working for?',
};
const USERS_OF: Record<Locale, string> = { fr: 'Utilisateurs des Hôpitaux IRIS Sud', nl: 'Gebruikers van Hôpitaux IRIS Sud', de: 'Benutzer von Hôpitaux IRIS Sud', en: 'Users of Hôpitaux IRIS Sud' };
const NOTHING: Record<Locale, string> = { fr: "Aucune demande n'est en cours.", nl: 'Er is geen aanvraag bezig.', de: 'Es läuft gerade kein Antrag.', en: 'No request is in progress.' };
const STARTER_GRANT: Record<Locale, string> = { fr: 'Donner un accès', nl: 'Toegang geven', de: 'Zugang erteilen', en: 'Grant access' };
const RECAP: Record<Locale, string> = { fr: 'où en est-on ?', nl: 'waar zijn we?', de: 'wo sind wir?', en: 'where are we?' };
/** Four pairs: what the manager asked for in the chat once, what the page is set to. */
const PAIRS: [remembered: Locale, page: Locale][] = [['en', 'nl'], ['fr', 'nl'], ['nl', 'de'], ['de', 'en']];

const sesameOf = (a: { channelData?: unknown } | undefined) => (a?.channelData as { sesame?: { expecting?: string | null } } | undefined)?.sesame;
const titles = (a: object | undefined) => ((a as { suggestedActions?: { actions: { title?: string }[] } } | undefined)?.suggestedActions?.actions ?? []).map((x) => x.title);

describe('the language of the replies, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const teams = (from = 'demo-manager', locale = 'fr-BE') => new ChatClient(() => sesame.url, `lang-${++n}`, { from, locale });
  const sophie = () => sesame.store.people.managerByChannelUserId('demo-manager')!.id;

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  /** The web page: a new conversation, its welcome. */
  async function page(locale: Locale, picked: boolean): Promise<{ chat: DirectLineClient; welcome: DlActivity }> {
    const chat = await DirectLineClient.demo(sesame.url, TAG[locale], picked);
    await chat.start();
    const [welcome] = await chat.botReplies(1);
    return { chat, welcome: welcome! };
  }

  /** "in English please" said in an earlier conversation: remembered for the next ones. */
  async function remember(locale: Locale): Promise<void> {
    const [reply] = await teams().send(SWITCH[locale]);
    expect(reply!.text).toContain(CHANGED[locale]);
    expect(sesame.store.preferences.localeOf(sophie())).toBe(locale);
  }

  describe.each(PAIRS)('remembered %s, the page set to %s', (remembered, picked) => {
    it('the picked language wins: the welcome and a list request follow the page', async () => {
      await remember(remembered);
      const { chat, welcome } = await page(picked, true);
      expect(welcome.text).toContain(WELCOME[picked]);
      expect(titles(welcome)).toContain(STARTER_GRANT[picked]);
      const ask = await chat.say(LIST[picked]);
      expect(ask.text).toContain(WHICH_ENTITY_PEOPLE[picked]);
      expect((await chat.say('IRIS')).text).toContain(USERS_OF[picked]);
      // Picking in the page is not asking in the chat: what was asked stays remembered (Teams keeps it).
      expect(sesame.store.preferences.localeOf(sophie())).toBe(remembered);
    });

    it('a page whose picker was never used still shows a language (the browser\'s): the welcome and the chat follow it', async () => {
      await remember(remembered);
      const { chat, welcome } = await page(picked, false);
      expect(welcome.text).toContain(WELCOME[picked]);
      expect(welcome.text).not.toContain(WELCOME[remembered]);
      expect((await chat.say(LIST[picked])).text).toContain(WHICH_ENTITY_PEOPLE[picked]);
      // A language asked in this chat still switches it.
      expect((await chat.say(SWITCH[remembered])).text).toContain(CHANGED[remembered]);
      expect((await chat.say(LIST[remembered])).text).toContain(WHICH_ENTITY_PEOPLE[remembered]);
    });
  });

  it('after "en néerlandais svp" in one page, a new page in a fr-BE browser greets in French, and the chat goes on in French', async () => {
    const first = await page('fr', false);
    expect((await first.chat.say(SWITCH.nl)).text).toContain(CHANGED.nl);
    const { chat, welcome } = await page('fr', false);
    expect(welcome.text).toContain(WELCOME.fr);
    expect(welcome.text).not.toContain(WELCOME.nl);
    expect((await chat.say(LIST.fr)).text).toContain(WHICH_ENTITY_PEOPLE.fr);
  });

  it('Teams (no pick: the client locale is the UI language): the remembered language wins, the welcome too', async () => {
    await remember('de');
    const [reply] = await teams('demo-manager', 'en-US').send('liste les utilisateurs');
    expect(reply!.text).toContain(WHICH_ENTITY_PEOPLE.de);
  });

  it('in the page, the latest explicit choice wins: the chat after a pick, a new pick after the chat', async () => {
    const { chat } = await page('nl', true);
    expect((await chat.say('bonjour')).text).toContain(WHICH_ENTITY_GRANT.nl);
    const switched = await chat.say('in English please');
    expect(switched.text).toContain(CHANGED.en);
    expect(switched.text).toContain(WHICH_ENTITY_GRANT.en);
    // The page still says Nederlands, picked earlier: the request in the chat is newer.
    expect((await chat.say('aide')).text).toContain(WHICH_ENTITY_GRANT.en);
    // Deutsch picked in the page (it reloads and resumes the conversation): newer than the chat's request.
    chat.locale = TAG.de;
    chat.pickedLocale = TAG.de;
    const after = await chat.say('IRIS');
    expect(after.text).toMatch(/Welche Eigenschaft|Eigenschaft/);
    expect(sesameOf(after)?.expecting).toBe('quality');
  });

  describe.each(['fr', 'nl', 'de', 'en'] as const)('switching to %s', (to) => {
    const from: Locale = to === 'fr' ? 'nl' : 'fr';

    it('in the user list at the entity question: only the language changes, the question is asked again', async () => {
      const chat = teams('demo-manager', TAG[from]);
      expect((await chat.send(LIST[from]))[0]!.text).toContain(WHICH_ENTITY_PEOPLE[from]);
      const [switched] = await chat.send(SWITCH[to]);
      expect(switched!.text).toBe(`${CHANGED[to]}\n\n${WHICH_ENTITY_PEOPLE[to]}`);
      expect(sesameOf(switched)?.expecting).toBe('people.entity');
      expect((await chat.send('IRIS'))[0]!.text).toContain(USERS_OF[to]);
      // Asked in the chat: kept for the next conversations.
      expect(sesame.store.preferences.localeOf(sophie())).toBe(to);
    });

    it('with nothing open: no request is opened, the starters are offered', async () => {
      const chat = teams('demo-manager', TAG[from]);
      const [switched] = await chat.send(SWITCH[to]);
      expect(switched!.text).toContain(CHANGED[to]);
      expect(switched!.text).not.toContain(WHICH_ENTITY_GRANT[to]);
      expect(sesameOf(switched)?.expecting).toBeNull();
      expect(titles(switched)).toContain(STARTER_GRANT[to]);
      const [recap] = await chat.send(RECAP[to]);
      expect(recap!.text).toContain(NOTHING[to]);
      expect(sesameOf(recap)?.expecting).toBeNull();
      expect(titles(recap)).toContain(STARTER_GRANT[to]);
    });

    it('mid-grant: the request is untouched and its question asked again in the new language', async () => {
      const chat = teams('demo-manager', TAG[from]);
      // No person yet: the entity is asked (Marie Dupont, of IRIS Sud only, would put the request there).
      const [entity] = await chat.send('HospiSup svp');
      expect(sesameOf(entity)?.expecting).toBe('entity');
      const [switched] = await chat.send(SWITCH[to]);
      expect(switched!.text).toContain(CHANGED[to]);
      expect(switched!.text).toContain(WHICH_ENTITY_GRANT[to]);
      expect(sesameOf(switched)?.expecting).toBe('entity');
      await chat.send('IRIS');
      const [summary] = await chat.send('85073003328');
      expect(sesameOf(summary)?.expecting).toBe('confirm');
      expect(summary!.text).toMatch(/HospiSup/i);
      expect(summary!.text).toContain('Marie Dupont');
    });
  });

  it('in the user list, "aide" and "où en est-on ?" say what is awaited and ask again', async () => {
    const chat = teams();
    await chat.send('liste les utilisateurs');
    for (const text of ['aide', 'où en est-on ?']) {
      const [reply] = await chat.send(text);
      // The question itself explained ("aide"), or said to be the one waiting ("où en est-on ?").
      expect(reply!.text).toMatch(/Je vous demande l'entité|J'attends votre réponse à la question ci-dessous\./);
      expect(reply!.text).toContain(WHICH_ENTITY_PEOPLE.fr);
      expect(sesameOf(reply)?.expecting).toBe('people.entity');
    }
  });

  it.each([
    ['in English please', /^Step 1 of 12/, 'next', /^Step 2 of 12/],
    ['auf Deutsch bitte', /^Schritt 1 von 12/, 'weiter', /^Schritt 2 von 12/],
    ['en néerlandais svp', /^Stap 1 van 12/, 'volgende', /^Stap 2 van 12/],
  ])('in the helpdesk guide, "%s" re-shows the step in the new language and the guide goes on in it', async (text, step1, next, step2) => {
    const hd = teams('demo-helpdesk');
    expect((await hd.send('guide Colindos'))[0]!.text).toMatch(/^Étape 1 sur 12/);
    const [switched] = await hd.send(text);
    expect(switched!.text.split('\n\n')[1]).toMatch(step1);
    expect(sesameOf(switched)?.expecting).toBe('helpdesk.guide');
    expect((await hd.send(next))[0]!.text).toMatch(step2);
  });

  it('the helpdesk with nothing open: a switch opens nothing', async () => {
    const hd = teams('demo-helpdesk');
    const [switched] = await hd.send('in English please');
    expect(switched!.text).toContain(CHANGED.en);
    expect(sesameOf(switched)?.expecting).toBeNull();
  });
});
