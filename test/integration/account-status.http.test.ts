import type { Sesame } from '../../src/app';
import { ChatClient, FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * An access given to an account that cannot use it yet (users.status 'disabled' or 'invited') is
 * said so on the summary, and the notice when it becomes active never claims it works.
 */

const PIETER = '69060808797'; // Dr Pieter De Smet, IRIS, disabled
const LUCAS = '01091504506'; // Lucas Mertens, Sainte-Anne, invited
const MARIE = '85073003328'; // Dr Marie Dupont, IRIS, active

interface Case { name: string; locale?: string; steps: [string, string]; summary: string; notice: string; never: string[] }
const cases: Case[] = [
  {
    name: 'fr: a disabled account',
    steps: [`donne HospiSup à ${PIETER} pour IRIS`, 'oui'],
    summary: 'Attention : le compte de cette personne est désactivé',
    notice: 'Mais son compte est désactivé',
    never: ['a maintenant accès'],
  },
  {
    name: 'nl: a disabled account',
    locale: 'nl-BE',
    steps: [`geef HospiSup aan ${PIETER} in IRIS`, 'ja'],
    summary: 'Let op: de account van deze persoon is gedeactiveerd',
    notice: 'Maar de account is gedeactiveerd',
    never: ['heeft nu toegang'],
  },
  {
    name: 'en: an invited account',
    locale: 'en-GB',
    steps: [`give eBirth to ${LUCAS} at Sainte-Anne`, 'yes'],
    summary: 'This person has not chosen a password yet: the access will work as soon as they do',
    notice: 'will have access to eBirth as soon as they choose their password',
    never: ['now has access'],
  },
  {
    name: 'de: an invited account',
    locale: 'de-BE',
    steps: [`gib eBirth an ${LUCAS} in Sainte-Anne`, 'ja'],
    summary: 'Diese Person hat noch kein Passwort gewählt',
    notice: 'sobald er oder sie mit dem per E-Mail erhaltenen Link ein Passwort gewählt hat',
    never: ['hat jetzt Zugang'],
  },
  {
    name: 'fr: an active account has no warning and the notice says it works',
    steps: [`donne HospiSup à ${MARIE} pour IRIS`, 'oui'],
    summary: 'Voici ce que je vais faire',
    notice: 'a maintenant accès à HospiSup',
    never: ['désactivé', 'mot de passe'],
  },
];

describe('an access given to an account that cannot use it yet, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let connector: FakeConnector;

  beforeEach(async () => {
    tmp = tempDir();
    connector = new FakeConnector();
    await connector.start();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { activationDelayMs: 500 }));
  });
  afterEach(async () => {
    await sesame.close();
    await connector.stop();
    tmp.cleanup();
  });

  it.each(cases)('$name', async ({ name, locale, steps, summary, notice, never }) => {
    const chat = new ChatClient(() => sesame.url, `status-${name}`, { serviceUrl: connector.url, ...(locale ? { locale } : {}) });
    const shown = (await chat.send(steps[0])).map((r) => r.text ?? '').join('\n');
    expect(shown).toContain(summary);
    for (const s of never) expect(shown).not.toContain(s);
    await chat.send(steps[1]);
    await connector.waitFor(1);
    const text = connector.received[0]!.activity.text ?? '';
    expect(text).toContain(notice);
    for (const s of never) expect(text).not.toContain(s);
  });

  it('fr: a bulk grant says which accounts are disabled or invited', async () => {
    const chat = new ChatClient(() => sesame.url, 'status-bulk', { serviceUrl: connector.url });
    const plan = (await chat.send(`donne HospiSup à ${PIETER} et ${MARIE} à IRIS, qualité hôpital`)).map((r) => r.text ?? '').join('\n');
    expect(plan).toMatch(/Pieter De Smet recevra HospiSup\. Attention : son compte est désactivé/);
    expect(plan).toMatch(/Marie Dupont recevra HospiSup\.(\n|$)/);
    const anne = new ChatClient(() => sesame.url, 'status-bulk-en', { serviceUrl: connector.url, locale: 'en-GB' });
    const invited = (await anne.send(`give eBirth to ${LUCAS} and 82022116865 at Sainte-Anne`)).map((r) => r.text ?? '').join('\n');
    expect(invited).toContain('Lucas Mertens will get eBirth. The access will work as soon as they choose their password.');
  });
});
