import type { Sesame } from '../../src/app';
import { nissCheckDigits } from '../../src/domain/niss';
import { ChatClient, startTestSesame, tempDir, testConfig, type Reply } from '../support/harness';
import { markupIn, visibleText } from '../support/webchat-markdown';

/**
 * Names and echoed text never become Markdown: names with markup are refused when typed, and a
 * value that predates the rule (or an application name, or what the user typed) is shown as text.
 */
const MARIE = '85073003328';
const NEW_NISS = `930512345${nissCheckDigits('930512345', 1900)}`;
const LINK = '[Reset your password](https://evil.example/reset)';
const BOLD = '**URGENT**';

const MARKUP = [
  LINK,
  BOLD,
  '# Heading',
  '![logo](https://evil.example/p.png)',
  '<b>Dupont</b>',
  '`Dupont`',
  '| a | b |',
  '- Dupont',
];
const REAL = ['Zoë', 'Ångström', "O'Brien", 'Van den Berghe', 'Jean-Pierre', '山田', 'Müller-Lüdenscheidt', 'd’Ursel'];

const REFUSAL = { 'fr-BE': 'Ce nom ne convient pas', 'nl-BE': 'Deze naam kan niet', 'de-BE': 'Dieser Name geht nicht', 'en-GB': 'This name will not do' } as const;

/** Every reply reads as plain text in Web Chat: no tag made from a value. */
function plain(replies: Reply[]): string {
  for (const r of replies) expect(markupIn(r.text)).toEqual([]);
  return replies.map((r) => visibleText(r.text)).join('\n');
}

describe('markup in names and echoed text, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const client = (locale = 'fr-BE') => new ChatClient(() => sesame.url, `markup-${++n}`, { from: 'demo-manager', locale });

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  async function atLastName(chat: ChatClient): Promise<void> {
    await chat.send(`donne HospiSup à ${NEW_NISS} à Sainte-Anne`);
    await chat.send('cvandamme');
    const [ask] = await chat.send('cvandamme');
    expect(ask!.channelData?.sesame?.expecting).toBe('lastName');
  }

  it.each(Object.keys(REFUSAL) as (keyof typeof REFUSAL)[])('%s: refuses every kind of markup in a last name, first name and title, and says why', async (locale) => {
    const chat = client(locale);
    await atLastName(chat);
    for (const name of MARKUP) {
      const replies = await chat.send(name);
      expect(replies[0]!.channelData?.sesame?.expecting).toBe('lastName');
      const seen = plain(replies);
      expect(seen).toContain(REFUSAL[locale]);
    }
    expect((await chat.send('Van Damme'))[0]!.channelData?.sesame?.expecting).toBe('firstName');
    expect((await chat.send(BOLD))[0]!.channelData?.sesame?.expecting).toBe('firstName');
    expect((await chat.send('Claire'))[0]!.channelData?.sesame?.expecting).toBe('title');
    expect((await chat.send('**Dr**'))[0]!.channelData?.sesame?.expecting).toBe('title');
    expect((await chat.send('Dr'))[0]!.channelData?.sesame?.expecting).toBe('language');
  });

  it('says which characters are refused, in French, shown as typed', async () => {
    const chat = client();
    await atLastName(chat);
    const seen = plain(await chat.send(LINK));
    expect(seen).toContain('il doit commencer par une lettre ; caractères non admis : « [ », « ] », « ( », « : », « / », « ) »');
  });

  it.each(REAL)('takes the real name %j', async (name) => {
    const chat = client();
    await atLastName(chat);
    expect((await chat.send(name))[0]!.channelData?.sesame?.expecting).toBe('firstName');
    expect((await chat.send(name))[0]!.channelData?.sesame?.expecting).toBe('title');
    await chat.walk(['aucun', 'néerlandais', 'x@example.be']);
    const [summary] = await chat.send('aucune');
    expect(summary!.channelData?.sesame?.expecting).toBe('confirm');
    expect(plain([summary!])).toContain(`Nouvel utilisateur : ${name} ${name}`.replaceAll("'", '’'));
  });

  describe('a name stored before the rule', () => {
    beforeEach(() => {
      sesame.store.db.prepare('UPDATE users SET last_name = ?, first_name = ? WHERE niss = ?').run(LINK, BOLD, MARIE);
    });

    it('is shown as text in the summary and in the confirmation', async () => {
      const chat = client();
      const summary = plain(await chat.send(`donne HospiSup à ${MARIE} pour IRIS Sud, qualité hôpital`));
      expect(summary).toContain(`Utilisateur : Dr ${BOLD} ${LINK} (mdupont)`);
      expect(plain(await chat.send('oui'))).toContain(`C’est enregistré pour Dr ${BOLD} ${LINK} :`);
    });

    it('is shown as text in the user list', async () => {
      const chat = client();
      await chat.send('liste les utilisateurs');
      const list = plain(await chat.send('IRIS'));
      expect(list).toContain(`Dr ${BOLD} ${LINK} (mdupont) — 85.07.30-033.28 — actif`);
    });

    it('is shown as text in a card: Markdown escaped in choice titles and in the question above the card', async () => {
      sesame.store.db
        .prepare("UPDATE applications SET name_fr = ? WHERE code = 'HOSPISUP'")
        .run('**Hospi**[Sup](https://evil.example)');
      const chat = client();
      await chat.walk([`donne HospiSup et Colindos à ${MARIE} pour IRIS Sud, qualité hôpital, elle est médecin`, 'oui', 'oui']);
      const [ask] = await chat.send(`retire l'accès de ${MARIE}`);
      expect(ask!.channelData?.sesame?.expecting).toBe('people.revokeWhich');
      // The question, with the name, is the message above the card: shown as stored, its Markdown escaped.
      expect(plain([ask!])).toContain(`${BOLD} ${LINK}`);
      const card = ask!.attachments![0]!.content as { body: { label: string; choices: { title: string; value: string }[] }[] };
      const choices = card.body[0]!.choices;
      for (const c of choices) expect(markupIn(c.title)).toEqual([]);
      expect(choices.map((c) => visibleText(c.title).trim())).toContain('**Hospi**[Sup](https://evil.example)');
      expect(choices.map((c) => c.value)).toContain('HOSPISUP');
      // The input's label does not say the question a second time.
      expect(card.body[0]!.label).toBe('Votre choix');
    });
  });

  it('echoes what the user typed as text: an unknown application, a CSV cell', async () => {
    const chat = client('en-GB');
    await chat.send(`give access to ${MARIE} at IRIS Sud, capacity hospital`);
    const [ask] = await chat.send('yes');
    expect(ask!.channelData?.sesame?.expecting).toBe('applications');
    const unknown = plain(await chat.send('**Zorglub** [x](https://evil.example)'));
    expect(unknown).toContain('I cannot find “**Zorglub** [x](https://evil.example)” among the applications');
    const csv = `NISS;Name\r\n[x](https://evil.example);**a**\r\n`;
    const [plan] = await chat.send('give eBirth to these people at Sainte-Anne', {
      attachments: [{ contentType: 'text/csv', name: 'people.csv', contentUrl: `data:text/csv;base64,${Buffer.from(csv).toString('base64')}` }],
    });
    expect(plain([plan!])).toContain('Line 2 ([x](https://evil.example))');
  });
});
