import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Sesame } from '../../src/app';
import { chatOn, findChromium, launchChromium } from '../support/browser';
import { startTestSesame, tempDir, testConfig } from '../support/harness';

const executablePath = findChromium();
const MARIE = '85073003328';
/** Kept when set (docs/webchat.png comes from there); otherwise a temporary folder, removed after. */
const keepShots = process.env.SESAME_SCREENSHOTS;

(executablePath ? describe : describe.skip)('the web chat in a real browser', () => {
  jest.setTimeout(90_000);
  let tmp: ReturnType<typeof tempDir>;
  let shots: string;
  let sesame: Sesame;
  let browser: BrowserContext;
  let page: Page;
  const timings: Record<string, number> = {};
  const suiteStarted = Date.now();

  beforeAll(async () => {
    tmp = tempDir();
    shots = keepShots ?? mkdtempSync(join(tmpdir(), 'sesame-shots-'));
    mkdirSync(shots, { recursive: true });
    sesame = await startTestSesame(
      testConfig(join(tmp.dir, 'sesame.db'), { activationDelayMs: 2000, directLineSecret: 'browser-test-secret-0123456789-abcdefghijkl', hospitalName: 'Hôpitaux IRIS Sud' }),
    );
    browser = await launchChromium(executablePath!, join(tmp.dir, 'chromium-profile'), { width: 1000, height: 900 });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    timings.suiteMs = Date.now() - suiteStarted;
    if (keepShots) writeFileSync(join(shots, 'timings.json'), JSON.stringify(timings, null, 2));
    await browser?.close();
    await sesame?.close();
    if (!keepShots) rmSync(shots, { recursive: true, force: true });
    tmp.cleanup();
  });

  afterEach(async () => {
    if (keepShots) await shot(`after-${expect.getState().currentTestName?.slice(28, 60).replace(/\W+/g, '-')}`);
  });

  const type = (text: string) => chatOn(page).type(text);
  const botSays = (text: string | RegExp) => chatOn(page).botSays(text);
  const reply = (text: string | RegExp, action: () => Promise<unknown>) => chatOn(page).reply(text, action);
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

  it('loads the page from this server and shows the welcome in the language of the page', async () => {
    const started = Date.now();
    await page.goto(sesame.url);
    await botSays('Bonjour Sophie Lambert').waitFor();
    timings.pageLoadToWelcomeMs = Date.now() - started;
    await expect(page.title()).resolves.toBe('Sésame · Hôpitaux IRIS Sud');
    expect(await page.locator('#tagline').textContent()).toBe('Accès aux applications sécurisées de la sécurité sociale');
    await shot('01-welcome');
  });

  it('completes a HospiSup grant for Dr Marie Dupont by typing, and shows the activation message on its own', async () => {
    const steps: [string, string | RegExp][] = [
      ['bonjour', 'Pour quelle entité travaillez-vous'],
      ['2', 'Quelle qualité des Hôpitaux IRIS Sud'],
      ['1', 'Quel est le NISS'],
      ['85.07.30-033.28', /ai trouvé Dr Marie Dupont/],
      ['oui', 'Quelles applications'],
      ['hospisup', 'Voici ce que je vais faire'],
      ['oui', /est enregistré pour Dr Marie Dupont/],
    ];
    for (const [text, answer] of steps) await reply(answer, () => type(text));
    expect(sesame.store.access.listGrants()).toEqual([
      expect.objectContaining({ niss: MARIE, application: 'HOSPISUP', entity: '710087-50', requestedBy: 'demo-manager' }),
    ]);
    await shot('02-typed-grant');
    // Nobody types anything: the activation arrives through the open stream (ACTIVATION_DELAY=2s).
    await botSays('Dr Marie Dupont a maintenant accès à HospiSup').waitFor({ timeout: 15_000 });
    await shot('03-activated');
  });

  it('completes a HospiSup grant by clicking the cards; the summary card loses its buttons; an old card is refused', async () => {
    const entityCard = await reply('Pour quelle entité travaillez-vous', () => type('bonjour'));
    await entityCard.getByRole('radio', { name: /Clinique Sainte-Anne Saint-Remi/ }).check();
    await reply('Quel est le NISS', () => entityCard.getByRole('button', { name: 'Valider' }).click());
    const person = await reply(/ai trouvé Dr Marie Dupont/, () => type('85073003328'));
    const applications = await reply('Quelles applications', () => person.getByRole('button', { name: 'Oui' }).click());
    await applications.getByRole('checkbox', { name: 'HospiSup' }).check();
    const summary = await reply('Voici ce que je vais faire', () => applications.getByRole('button', { name: 'Valider' }).click());
    expect(await summary.textContent()).toContain('Clinique Sainte-Anne Saint-Remi');
    await summary.getByRole('button', { name: 'Confirmer' }).scrollIntoViewIfNeeded();
    await shot('04-summary-card');
    await reply(/est enregistré pour Dr Marie Dupont/, () => summary.getByRole('button', { name: 'Confirmer' }).click());

    // Updated in place: the same message, now the request as decided, who confirmed it and when, no button left to click.
    const decided = botSays(/Confirmé par Sophie Lambert le/).filter({ hasText: 'Clinique Sainte-Anne Saint-Remi' });
    await decided.waitFor();
    expect(await decided.textContent()).toMatch(/Demande d.accès/);
    expect(await decided.getByRole('button', { name: 'Confirmer' }).count()).toBe(0);
    const grants = sesame.store.access.listGrants().filter((g) => g.entity === '710338-90');
    expect(grants).toEqual([expect.objectContaining({ niss: MARIE, application: 'HOSPISUP', requestedBy: 'demo-manager' })]);
    await shot('05-card-grant');

    // A click on an older card (the entity choice of this request) does nothing and says so.
    await reply(/Cette carte n.est plus d.actualité/, () => entityCard.getByRole('button', { name: 'Valider' }).click());
    expect(sesame.store.access.listGrants()).toHaveLength(2);
  });

  it('resumes the conversation after a reload, and switches the language', async () => {
    const before = await page.locator('.webchat__basic-transcript__activity').count();
    await page.reload();
    await botSays(/Cette carte n.est plus d.actualité/).last().waitFor();
    // The whole history comes back (Web Chat renders it in batches).
    await page.waitForFunction(
      (n) => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('.webchat__basic-transcript__activity').length >= n,
      before,
    );
    // "in English please" said once (say, in Teams) is remembered; the language picked in the page wins over it.
    sesame.store.preferences.setLocale(sesame.store.people.managerByChannelUserId('demo-manager')!.id, 'en');
    await page.selectOption('#language', 'nl');
    await page.waitForLoadState('load');
    expect(await page.locator('#tagline').textContent()).toBe('Toegang tot de beveiligde toepassingen van de sociale zekerheid');
    await botSays(/Cette carte n.est plus d.actualité/).last().waitFor();
    await reply('Voor welke entiteit werkt u', () => type('hallo'));
    await shot('06-nederlands');
  });
});
