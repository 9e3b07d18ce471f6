import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import type { Sesame } from '../../src/app';
import { verifyPassword } from '../../src/password/hash';
import { servicesOf } from '../../src/services';

let dir: { dir: string; cleanup: () => void };
let sesame: Sesame;

beforeEach(async () => {
  dir = tempDir();
  sesame = await startTestSesame(testConfig(join(dir.dir, 'sesame.db')));
});
afterEach(async () => {
  await sesame.close();
  dir.cleanup();
});

const PASSWORD = 'Rivière verte 2026';

/** A manager creates Alice through the store, as the chat's confirmation does; returns her invitation mail. */
async function inviteAlice(language: 'fr' | 'nl' | 'de' | 'en' = 'fr'): Promise<{ link: string; token: string; mail: { to: { address: string }[]; subject: string; text: string } }> {
  const { store } = sesame;
  const manager = store.people.managerByChannelUserId('demo-manager')!;
  const entity = store.catalog.entityByInami('710087-50')!;
  const quality = store.catalog.qualitiesOfEntity(entity.id).find((q) => q.kind === 'HOSPITAL')!;
  // Through the service, as the chat's confirmation: its access-changed event flushes the invitation.
  await servicesOf(store).grants.execute({
    idempotencyKey: `k-${language}`, managerId: manager.id, conversationId: null, qualityId: quality.id, activateQuality: false,
    applicationCodes: ['HOSPISUP'], fn: null,
    user: { newUser: { niss: '75010112371', username: 'amartin', lastName: 'Martin', firstName: 'Alice', title: null, language, email: 'alice.martin@example.org', localEmail: null } },
  });
  await sesame.invitations.idle();
  const mailDir = join(dir.dir, 'mail');
  const mails = readdirSync(mailDir).map((f) => JSON.parse(readFileSync(join(mailDir, f), 'utf8')));
  const mail = mails.find((m) => m.to[0].address === 'alice.martin@example.org');
  const link = /https?:\/\/\S+\/password\/([\w-]{43})/.exec(mail.text)!;
  return { link: link[0], token: link[1]!, mail };
}

const post = (token: string, password: string, confirmation: string, query = '') =>
  fetch(`${sesame.url}/password/${token}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password, confirmation }).toString(),
  });

const userRow = () =>
  sesame.store.db.prepare(`SELECT status, password_hash FROM users WHERE username = 'amartin'`).get() as { status: string; password_hash: string | null };

describe('the invitation', () => {
  it('is mailed when a grant creates a user, in their language, with a link to this server; only the hash is stored', async () => {
    const { link, token, mail } = await inviteAlice('nl');
    expect(mail.to[0]!.address).toBe('alice.martin@example.org');
    expect(mail.subject).toBe('Sésame: kies uw wachtwoord');
    expect(link.startsWith(`${sesame.url}/password/`)).toBe(true);
    const dump = JSON.stringify(sesame.store.db.prepare(`SELECT * FROM password_tokens`).all());
    expect(dump).not.toContain(token);
    // The demo's invited Lucas got his at start-up.
    expect(sesame.store.invitations.counts()).toEqual({ sent: 2 });
  });
});

describe('GET /password/:token', () => {
  it('shows the form in the user\'s language, with the rules, and forbids caching and referrers', async () => {
    const { token } = await inviteAlice();
    const res = await fetch(`${sesame.url}/password/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('Choisissez votre mot de passe');
    expect(html).toContain('votre nom d&#39;utilisateur est amartin');
    expect(html).toContain('Au moins 12 caractères');
    expect(html.match(/type="password"/g)).toHaveLength(2);
    expect(await (await fetch(`${sesame.url}/password/${token}?lang=de`)).text()).toContain('Wählen Sie Ihr Passwort');
  });

  it('refuses an unknown link without saying whose it could be', async () => {
    const res = await fetch(`${sesame.url}/password/${'A'.repeat(43)}`, { headers: { 'accept-language': 'en-GB' } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('This link is not valid');
    expect((await fetch(`${sesame.url}/password/short`)).status).toBe(404);
  });
});

describe('POST /password/:token', () => {
  it('names every broken rule, in the user\'s language, and changes nothing', async () => {
    const { token } = await inviteAlice();
    const res = await post(token, 'amartin1', 'amartin2');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Il faut au moins 12 caractères.');
    expect(html).toContain("Il ne peut pas contenir votre nom d&#39;utilisateur.");
    expect(html).toContain('Les deux mots de passe ne sont pas identiques.');
    expect(html).not.toContain('amartin1');
    expect(userRow()).toEqual({ status: 'invited', password_hash: null });
  });

  it('refuses two different passwords', async () => {
    const { token } = await inviteAlice();
    const res = await post(token, PASSWORD, `${PASSWORD}!`, '?lang=en');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('The two passwords are not the same.');
  });

  it('sets the password (scrypt, never in clear), activates the user, and the link cannot be used again', async () => {
    const { token } = await inviteAlice();
    const res = await post(token, PASSWORD, PASSWORD);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Votre mot de passe est enregistré');
    const row = userRow();
    expect(row.status).toBe('active');
    expect(row.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, row.password_hash!)).toBe(true);
    // Nowhere in the database in clear.
    for (const table of ['users', 'audit_log', 'password_tokens', 'mail_outbox']) {
      expect(JSON.stringify(sesame.store.db.prepare(`SELECT * FROM ${table}`).all())).not.toContain(PASSWORD);
    }
    expect(sesame.store.audit.list({ action: 'setPassword' })).toHaveLength(1);

    const again = await post(token, 'Autre phrase 2027', 'Autre phrase 2027');
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('Ce lien a déjà servi');
    expect((await fetch(`${sesame.url}/password/${token}`)).status).toBe(410);
    expect(await verifyPassword(PASSWORD, userRow().password_hash!)).toBe(true);
  });

  it('refuses an expired link', async () => {
    const { token } = await inviteAlice();
    sesame.store.db.prepare(`UPDATE password_tokens SET expires_at = ?`).run(Date.now() - 1);
    const res = await post(token, PASSWORD, PASSWORD);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('Ce lien a expiré');
    expect(userRow().password_hash).toBeNull();
  });

  it('refuses a link replaced by a newer invitation', async () => {
    const { token } = await inviteAlice();
    const user = sesame.store.people.userByUsername('amartin')!;
    servicesOf(sesame.store).invitations.issueToken(user.id, 60_000);
    expect((await fetch(`${sesame.url}/password/${token}`)).status).toBe(410);
  });
});

describe('POST /password/:token: guessable passwords, the reason in each language', () => {
  const text = async (res: Response) =>
    (await res.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const REASONS = {
    common: { fr: 'Il contient un mot de passe courant', nl: 'Het bevat een veelgebruikt wachtwoord', de: 'Es enthält ein gängiges Passwort', en: 'It contains a common password' },
    year: { fr: 'Il contient une année', nl: 'Het bevat een jaartal', de: 'Es enthält eine Jahreszahl', en: 'It contains a year' },
    keyboardSequence: { fr: 'une suite de touches du clavier', nl: 'een reeks toetsen van het toetsenbord', de: 'eine Tastenfolge der Tastatur', en: 'a keyboard sequence' },
    commonWord: { fr: "guère plus qu'un mot courant", nl: 'weinig meer dan een gewoon woord', de: 'kaum mehr als ein gängiges Wort', en: 'little more than a common word' },
    repeated: { fr: 'Pas quatre fois le même caractère de suite', nl: 'Niet vier keer hetzelfde teken na elkaar', de: 'Nicht viermal dasselbe Zeichen hintereinander', en: 'Not the same character four times in a row' },
    containsName: { fr: 'Il ne peut pas contenir votre nom ou votre prénom', nl: 'Het mag uw naam of voornaam niet bevatten', de: 'Es darf Ihren Namen oder Vornamen nicht enthalten', en: 'It may not contain your last or first name' },
    tooShort: { fr: 'Il faut au moins 12 caractères', nl: 'Minstens 12 tekens', de: 'Mindestens 12 Zeichen', en: 'At least 12 characters' },
  } as const;
  const CASES: [string, (keyof typeof REASONS)[]][] = [
    ['P@ssw0rd2026', ['common', 'year']],
    ['Azerty123!', ['tooShort', 'common']],
    ['Qwertz2026!', ['tooShort', 'keyboardSequence', 'year']],
    ['Wachtwoord1!', ['commonWord']],
    ['MotDePasse2026!', ['common', 'year']],
    ['Martin2026!!', ['containsName']],
    ['aaaaaaaaaaaa1A!', ['repeated']],
    ['1234567890Ab!', ['common']],
  ];

  it.each(['fr', 'nl', 'de', 'en'] as const)('%s: each refused with its reason, nothing stored; a passphrase is taken', async (lang) => {
    const { token } = await inviteAlice();
    for (const [password, reasons] of CASES) {
      const res = await post(token, password, password, `?lang=${lang}`);
      expect(res.status).toBe(400);
      const html = await text(res);
      for (const reason of reasons) expect(`${password}: ${html}`).toContain(REASONS[reason][lang]);
      expect(html).not.toContain(password);
    }
    expect(userRow()).toEqual({ status: 'invited', password_hash: null });
    expect((await post(token, 'Le chat dort sur 3 toits', 'Le chat dort sur 3 toits', `?lang=${lang}`)).status).toBe(200);
  });
});

describe('every state of the page follows the user\'s language, or the browser\'s when the link is no one\'s', () => {
  const html = async (res: Response) => (await res.text()).replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const SAY = {
    form: { fr: 'Choisissez votre mot de passe', nl: 'Kies uw wachtwoord', de: 'Wählen Sie Ihr Passwort', en: 'Choose your password' },
    set: { fr: 'Votre mot de passe est enregistré', nl: 'Uw wachtwoord is opgeslagen', de: 'Ihr Passwort ist gespeichert', en: 'Your password is saved' },
    used: { fr: 'Ce lien a déjà servi', nl: 'Deze link werd al gebruikt', de: 'Dieser Link wurde bereits benutzt', en: 'This link was already used' },
    expired: { fr: 'Ce lien a expiré', nl: 'Deze link is verlopen', de: 'Dieser Link ist abgelaufen', en: 'This link has expired' },
    replaced: { fr: 'Une invitation plus récente', nl: 'U kreeg een recentere uitnodiging', de: 'Sie haben eine neuere Einladung erhalten', en: 'A newer invitation was sent to you' },
    unknown: { fr: "Ce lien n'est pas valable", nl: 'Deze link is niet geldig', de: 'Dieser Link ist nicht gültig', en: 'This link is not valid' },
    hospital: { fr: 'le nom de votre hôpital', nl: 'de naam van uw ziekenhuis', de: 'den Namen Ihres Krankenhauses', en: 'the name of your hospital' },
    application: { fr: "le nom d'une application", nl: 'de naam van een toepassing', de: 'den Namen einer Anwendung', en: 'the name of an application' },
    place: { fr: 'un nom de lieu', nl: 'een plaatsnaam', de: 'einen Ortsnamen', en: 'a place name' },
  } as const;
  const OTHER = { fr: 'nl-BE,nl;q=0.9', nl: 'fr-BE,fr;q=0.9', de: 'en-GB,en;q=0.9', en: 'de-DE,de;q=0.9' } as const;

  it.each(['fr', 'nl', 'de', 'en'] as const)('%s: form, reasons, saved, used, expired, replaced, unknown', async (lang) => {
    const { token } = await inviteAlice(lang);
    // The browser says another language: the user's own wins.
    const headers = { 'accept-language': OTHER[lang] };
    const form = await fetch(`${sesame.url}/password/${token}`, { headers });
    expect(await html(form)).toContain(SAY.form[lang]);
    expect(await html(await fetch(`${sesame.url}/password/${token}`, { headers }))).toContain(`<html lang="${lang}"`);

    for (const [password, reason] of [['IRIS-Sud-2026', 'hospital'], ['Colindos2026!', 'application'], ['Bruxelles1000!', 'place']] as const) {
      const res = await fetch(`${sesame.url}/password/${token}`, {
        method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ password, confirmation: password }).toString(),
      });
      expect(res.status).toBe(400);
      expect(`${password}: ${await html(res)}`).toContain(SAY[reason][lang]);
    }
    expect(userRow().password_hash).toBeNull();

    const saved = await fetch(`${sesame.url}/password/${token}`, {
      method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: PASSWORD, confirmation: PASSWORD }).toString(),
    });
    expect(saved.status).toBe(200);
    expect(await html(saved)).toContain(SAY.set[lang]);

    const usedGet = await fetch(`${sesame.url}/password/${token}`, { headers });
    expect(usedGet.status).toBe(410);
    expect(await html(usedGet)).toContain(SAY.used[lang]);
    const usedPost = await fetch(`${sesame.url}/password/${token}`, {
      method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: 'Autre phrase 2027', confirmation: 'Autre phrase 2027' }).toString(),
    });
    expect(await html(usedPost)).toContain(SAY.used[lang]);

    // A newer link replaces this one, then expires.
    const user = sesame.store.people.userByUsername('amartin')!;
    const older = servicesOf(sesame.store).invitations.issueToken(user.id, 60_000);
    const newer = servicesOf(sesame.store).invitations.issueToken(user.id, 60_000);
    expect(await html(await fetch(`${sesame.url}/password/${older.token}`, { headers }))).toContain(SAY.replaced[lang]);
    sesame.store.db.prepare(`UPDATE password_tokens SET expires_at = ?`).run(Date.now() - 1);
    const expired = await fetch(`${sesame.url}/password/${newer.token}`, { headers });
    expect(expired.status).toBe(410);
    expect(await html(expired)).toContain(SAY.expired[lang]);

    // A link that is no one's: the browser's language, by weight.
    const browser = { fr: 'fr-BE', nl: 'nl-BE,nl;q=0.9,en;q=0.5', de: 'da,de-DE;q=0.8,en;q=0.5', en: 'it-IT,en-GB;q=0.7,fr;q=0.3' }[lang];
    const unknown = await fetch(`${sesame.url}/password/${'B'.repeat(43)}`, { headers: { 'accept-language': browser } });
    expect(unknown.status).toBe(404);
    expect(await html(unknown)).toContain(SAY.unknown[lang]);
  });
});
