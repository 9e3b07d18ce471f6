import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Sesame } from '../../src/app';
import { axeViolations, chatOn, findChromium, launchChromium } from '../support/browser';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { focusWhere, layoutOf } from './page-probes';

const executablePath = findChromium();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** Kept when set, as in webchat.browser.test.ts; otherwise a temporary folder, removed after. */
const keepShots = process.env.SESAME_SCREENSHOTS;

/** The web page on a phone and for everyone: layout, axe-core, focus, starters, languages, keyboard. */
(executablePath ? describe : describe.skip)('the web chat on a phone, with a keyboard, in four languages', () => {
  jest.setTimeout(60_000);
  let tmp: ReturnType<typeof tempDir>;
  let shots: string;
  let sesame: Sesame;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    tmp = tempDir();
    shots = keepShots ?? mkdtempSync(join(tmpdir(), 'sesame-shots-'));
    mkdirSync(shots, { recursive: true });
    sesame = await startTestSesame(
      testConfig(join(tmp.dir, 'sesame.db'), { directLineSecret: 'browser-test-secret-0123456789-abcdefghijkl', hospitalName: 'Hôpitaux IRIS Sud' }),
    );
    browser = await launchChromium(executablePath!, join(tmp.dir, 'chromium-profile'), DESKTOP);
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await sesame?.close();
    if (!keepShots) rmSync(shots, { recursive: true, force: true });
    tmp.cleanup();
  });

  const chat = () => chatOn(page);
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
  const key = (k: string) => page.keyboard.press(k);
  /** Serious and critical violations fail; the others are printed for whoever reads the run. */
  const expectAccessible = async (where: string) => {
    const violations = await axeViolations(page);
    const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
    if (minor.length) console.log(`axe, ${where}:\n${minor.map((v) => `  ${v.impact} ${v.id}: ${v.help} (${v.nodes.length})`).join('\n')}`);
    expect(violations.filter((v) => !minor.includes(v)).map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`)).toEqual([]);
  };
  const expectFitsAndReachable = async () => {
    const layout = await layoutOf(page);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.truncated).toEqual([]);
    expect(layout.smallTargets).toEqual([]);
    expect(layout.brokenNumbers).toEqual([]);
    return layout;
  };

  it('on a desktop: the welcome offers three starters, a click on one works and focus goes to its card; axe finds nothing serious', async () => {
    await page.goto(sesame.url);
    await chat().botSays('Bonjour Sophie Lambert').waitFor();
    const starters = page.locator('.webchat__suggested-action');
    await starters.first().waitFor();
    expect(await starters.allTextContents()).toEqual(['Donner un accès', 'Lister les utilisateurs', "Pourquoi quelqu'un n'a-t-il pas accès ?"]);
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr-BE');
    await expectFitsAndReachable();
    await expectAccessible('1280 px, welcome');

    const card = await chat().reply('Pour quelle entité', () => starters.filter({ hasText: 'Lister les utilisateurs' }).click());
    expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ type: 'radio', label: 'Clinique Sainte-Anne Saint-Remi (INAMI 710338-90)' });
    expect(await card.locator('input[type=radio]').count()).toBe(2);
    await expectFitsAndReachable();
    await expectAccessible('1280 px, entity card');
    await shot('everyone-01-desktop-starters');
    await chat().reply('annulé', () => chat().type('annuler'));
  });

  it('on a phone: the header stays small, and a whole grant is done with the keyboard alone, focus following each reply', async () => {
    await page.setViewportSize(PHONE);
    // The page reloads: wait for the new one, not the welcome still on screen.
    await Promise.all([page.waitForEvent('load'), page.click('#new-conversation')]);
    await chat().botSays('Bonjour Sophie Lambert').waitFor();
    // Header, language picker and "new conversation" in two short rows: the chat begins above 100 px (it was 220).
    expect((await expectFitsAndReachable()).chatTop).toBeLessThanOrEqual(100);
    await expectAccessible('390 px, welcome');

    // From the top of the page, Tab reaches the send box (language, new conversation, transcript, send box).
    for (let i = 0; i < 8 && !(await focusWhere(page, () => true)).sendBox; i++) await key('Tab');
    expect((await focusWhere(page, () => true)).sendBox).toBe(true);
    await chat().reply('Pour quelle entité', async () => {
      await page.keyboard.type('bonjour');
      await key('Enter');
    });
    expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ type: 'radio', label: /Clinique Sainte-Anne/ });
    await key('ArrowDown');
    expect(await focusWhere(page, (f) => f.checked)).toMatchObject({ label: 'Hôpitaux IRIS Sud (INAMI 710087-50)', checked: true });
    await key('Tab');
    expect(await focusWhere(page, (f) => f.tag === 'button')).toMatchObject({ label: 'Valider' });
    await chat().reply('Quelle qualité', () => key('Enter'));

    expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ tag: 'button', label: 'Prestataire de soins : hôpital' });
    await chat().reply('Quel est le NISS', () => key('Enter'));

    expect((await focusWhere(page, (f) => f.sendBox)).sendBox).toBe(true);
    await chat().reply(/ai trouvé Dr Marie Dupont/, async () => {
      await page.keyboard.type('85.07.30-033.28');
      await key('Enter');
    });
    expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ tag: 'button', label: 'Oui' });
    const applications = await chat().reply('Quelles applications', () => key('Enter'));

    // The longest card: 18 applications, names wrapped rather than cut, check boxes a thumb can hit.
    expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ type: 'checkbox' });
    expect(await applications.getByRole('checkbox', { name: 'Données administratives (INAMI)' }).isVisible()).toBe(true);
    await expectFitsAndReachable();
    await expectAccessible('390 px, applications card');
    await shot('everyone-02-phone-applications');
    for (let i = 0; i < 25 && (await focusWhere(page, () => true)).label !== 'HospiSup'; i++) await key('Tab');
    await key('Space');
    expect(await focusWhere(page, (f) => f.checked)).toMatchObject({ label: 'HospiSup', checked: true });
    for (let i = 0; i < 25 && (await focusWhere(page, () => true)).label !== 'Valider'; i++) await key('Tab');
    await chat().reply('Voici ce que je vais faire', () => key('Enter'));

    expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ tag: 'button', label: 'Confirmer' });
    await expectFitsAndReachable();
    await shot('everyone-03-phone-summary');
    await chat().reply(/est enregistré pour Dr Marie Dupont/, () => key('Enter'));
    // The summary card lost its buttons (the focused one with them): focus goes back to the send box.
    expect((await focusWhere(page, (f) => f.sendBox)).sendBox).toBe(true);
    expect(sesame.store.access.listGrants()).toEqual([
      expect.objectContaining({ niss: '85073003328', application: 'HOSPISUP', entity: '710087-50', requestedBy: 'demo-manager' }),
    ]);
  });

  it('follows the chosen language: the page lang, and a date field in that language format rather than the browser one', async () => {
    const steps: [string, string | RegExp][] = [
      ['bonjour', 'Pour quelle entité'],
      ['2', 'Quelle qualité'],
      ['1', 'Quel est le NISS'],
      ['90.04.12-123.77', /ai trouvé Jan Peeters/],
      ['oui', 'Quelles applications'],
      ['colindos', 'Cette personne est-elle médecin'],
      ['collaborateur', 'Collaborateur de qui'],
      ['médecin-spécialiste', 'À partir de quelle date'],
    ];
    for (const [text, answer] of steps) await chat().reply(answer, () => chat().type(text));
    const dateField = () => page.locator('#webchat .ac-adaptiveCard').last().locator('input');
    expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ tag: 'input', type: 'text', label: 'jj-mm-aaaa' });
    await shot('everyone-04-date-fr');

    // The same conversation goes on in each language; a date that does not exist has the question asked again, in it.
    const languages = [['nl', 'nl-BE', 'dd-mm-jjjj', 'Vanaf welke datum'], ['de', 'de-BE', 'tt.mm.jjjj', 'Ab welchem Datum'], ['en', 'en-GB', 'dd/mm/yyyy', 'From what date']] as const;
    for (const [lang, tag, format, question] of languages) {
      await Promise.all([page.waitForEvent('load'), page.selectOption('#language', lang)]);
      await chat().botSays('À partir de quelle date').last().waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe(tag);
      // Each field shows the format its own question names: the first one was asked in French.
      expect(await page.locator('#webchat .ac-adaptiveCard input[type=text]').first().getAttribute('placeholder')).toBe('jj-mm-aaaa');
      await chat().reply(question, () => chat().type('31-02-2027'));
      expect(await focusWhere(page, (f) => f.inLastCard)).toMatchObject({ tag: 'input', type: 'text', label: format });
      await shot(`everyone-05-date-${lang}`);
    }
    // Typed as the field shows it, the date is read (the conversation now speaks English).
    await dateField().fill('01-03-2027');
    await key('Tab');
    await chat().reply(/An end date \(after/, () => key('Enter'));
  });
});
