import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig, type Reply } from '../support/harness';
import { DirectLineClient } from '../support/directline';
import { storeDigest } from '../support/store-digest';

/**
 * A user trial: a message over 4,000 characters got no reply (a 400 over /api/messages and
 * Direct Line; Web Chat said "send failed", Teams nothing). Every per-field limit of a person's
 * message (text, attachments, entities, a file not read, a card click not ours, nothing at all)
 * is now answered in the chat, in the person's language: what was wrong, what to do, the
 * request in progress unchanged and its question asked again. Malformed activities keep their 400.
 */
let tmp: ReturnType<typeof tempDir>;
let sesame: Sesame;
const url = () => sesame.url;

beforeAll(async () => {
  tmp = tempDir();
  sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  await sesame.invitations.flush();
});
afterAll(async () => {
  await sesame.close();
  tmp.cleanup();
});

/** Dr Marie Dupont's NISS: the request waits for "is it her?" once it is given. */
const MID_GRANT = ['bonjour', '2', '1', '85.07.30-033.28'];
/** Another (valid) NISS, never given before: it must not reach the request. */
const OTHER_NISS = '90041212377';
/** What a turn may change: the conversation's own rows (its version, the replies kept for a redelivery). */
const TURN_TABLES = ['conversations', 'processed_activities', 'personal_chats', 'card_messages', 'directline_conversations', 'directline_activities'];

/** Spaces of any kind as one: French writes 5 210 with a narrow no-break space. */
const plain = (s: string | undefined) => (s ?? '').replace(/\s/gu, ' ');
const snapshotOf = (conversationId: string) =>
  (sesame.store.db.prepare(`SELECT snapshot FROM conversations WHERE id = ?`).get(conversationId) as { snapshot: string } | undefined)?.snapshot;

const post = (activity: object) =>
  fetch(`${url()}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
const activity = (conversationId: string, extra: Record<string, unknown>) => ({
  type: 'message', id: `raw-${Math.random()}`, channelId: 'test', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9',
  conversation: { id: conversationId }, from: { id: 'demo-manager' }, recipient: { id: 'sesame' }, locale: 'fr-BE', ...extra,
});
async function send(conversationId: string, extra: Record<string, unknown>): Promise<Reply> {
  const res = await post(activity(conversationId, extra));
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Reply[] }).activities.at(-1)!;
}

/** The request is where it was: same snapshot, nothing else in the store changed, the same question back. */
async function expectUnchanged(conversationId: string, run: () => Promise<Reply>, expecting: string | null): Promise<Reply> {
  const snapshot = snapshotOf(conversationId);
  const store = storeDigest(sesame.store.db, { exclude: TURN_TABLES });
  const reply = await run();
  expect(snapshotOf(conversationId)).toEqual(snapshot);
  expect(storeDigest(sesame.store.db, { exclude: TURN_TABLES })).toBe(store);
  expect(reply.channelData?.sesame?.expecting ?? null).toBe(expecting);
  return reply;
}

describe('a message over 4,000 characters, over /api/messages with expectReplies', () => {
  const cases: { name: string; locale: string; text: string; says: string[]; kept: string; asks: RegExp }[] = [
    {
      name: '4,001 characters, in French',
      locale: 'fr-BE',
      text: 'x'.repeat(4001),
      says: ['Votre message est trop long (4 001 caractères, 4 000 au plus) : je ne l\'ai pas lu. Envoyez-le en plusieurs fois'],
      kept: 'Votre demande en cours n\'a pas changé.',
      asks: /Dr Marie Dupont/,
    },
    {
      name: '20,000 characters holding a NISS, in Dutch',
      locale: 'nl-BE',
      text: `geef HospiSup aan ${OTHER_NISS} `.padEnd(20_000, 'a'),
      says: ['Uw bericht is te lang (20.000 tekens, hoogstens 4.000): ik heb het niet gelezen. Stuur het in meerdere delen'],
      kept: 'Uw lopende aanvraag is niet veranderd.',
      asks: /Dr Marie Dupont/,
    },
    {
      name: '5,210 characters, in German',
      locale: 'de-BE',
      text: 'ü'.repeat(5210),
      says: ['Ihre Nachricht ist zu lang (5.210 Zeichen, höchstens 4.000): Ich habe sie nicht gelesen.'],
      kept: 'Ihre laufende Anfrage ist unverändert.',
      asks: /Dr Marie Dupont/,
    },
    {
      name: '4,500 emoji (9,000 UTF-16 units), in English',
      locale: 'en-GB',
      text: '🦄'.repeat(4500),
      says: ['Your message is too long (4,500 characters, 4,000 at most): I have not read it. Send it in several parts'],
      kept: 'Your request in progress has not changed.',
      asks: /Dr Marie Dupont/,
    },
  ];

  it.each(cases)('$name: said in the language, the request unchanged, its question again', async ({ locale, text, says, kept, asks }) => {
    const conversationId = `long-${locale}`;
    const chat = new ChatClient(url, conversationId, { locale });
    const before = await chat.walk(MID_GRANT);
    expect(before.channelData?.sesame?.expecting).toBe('confirmPerson');

    const reply = await expectUnchanged(conversationId, async () => (await chat.send(text)).at(-1)!, 'confirmPerson');
    for (const s of says) expect(plain(reply.text)).toContain(s);
    expect(reply.text).toContain(kept);
    expect(reply.text).toMatch(asks);
    // Nothing of the message is said back or taken: not its NISS, not its application.
    expect(reply.text).not.toMatch(/90041212377|90\.04\.12-123\.77/);
    expect(reply.text.length).toBeLessThan(2000);

    // The conversation goes on where it was.
    const [next] = await chat.send(locale.startsWith('fr') ? 'oui' : locale.startsWith('nl') ? 'ja' : locale.startsWith('de') ? 'ja' : 'yes');
    expect(next!.channelData?.sesame?.expecting).toBe('applications');
  });

  it('in the middle of another request (the list of users), its question comes back', async () => {
    const chat = new ChatClient(url, 'long-people', { locale: 'en-GB' });
    const [asked] = await chat.send('list the users');
    const slot = asked!.channelData?.sesame?.expecting ?? null;
    expect(slot).toBe('people.entity');
    const reply = await expectUnchanged('long-people', async () => (await chat.send('z'.repeat(4001)))[0]!, slot);
    expect(reply.text).toContain('Your message is too long (4,001 characters, 4,000 at most)');
    expect(reply.text).toContain('Your request in progress has not changed.');
  });

  it('in the portal guide (helpdesk), the guide waits where it was', async () => {
    const chat = new ChatClient(url, 'long-guide', { from: 'demo-helpdesk' });
    const [step] = await chat.send('guide Colindos');
    expect(step!.channelData?.sesame?.expecting).toBe('helpdesk.guide');
    const reply = await expectUnchanged('long-guide', async () => (await chat.send('z'.repeat(4001)))[0]!, 'helpdesk.guide');
    expect(reply.text).toMatch(/^Votre message est trop long \(4\s001 caractères, 4\s000 au plus\)[^]*Votre demande en cours n'a pas changé\.$/u);
    const [next] = await chat.send('suivant');
    expect(next!.channelData?.sesame?.expecting).toBe('helpdesk.guide');
  });

  it('in the language asked for in the chat, over the client\'s', async () => {
    const chat = new ChatClient(url, 'long-asked', { from: 'demo-helpdesk', locale: 'fr-BE' });
    await chat.send('auf Deutsch bitte');
    const [reply] = await chat.send('z'.repeat(4001));
    expect(plain(reply!.text)).toContain('Ihre Nachricht ist zu lang (4.001 Zeichen, höchstens 4.000)');
  });

  it('with nothing under way: says it and what to write, and opens no request', async () => {
    const store = storeDigest(sesame.store.db, { exclude: TURN_TABLES });
    const reply = await send('long-idle', { text: `donne HospiSup à ${OTHER_NISS} `.padEnd(6000, '.') });
    expect(storeDigest(sesame.store.db, { exclude: TURN_TABLES })).toBe(store);
    expect(reply.channelData?.sesame?.expecting).toBeNull();
    // The turn is kept (for a redelivery) with the dialog idle: nothing given, nothing asked.
    // One snapshot: the conversation, its grant dialog a child, and no other request open.
    const saved = JSON.parse(snapshotOf('long-idle')!) as { value: unknown; children: Record<string, { snapshot: { value: string; context: { niss: unknown; chosen: unknown[] } } }> };
    expect(saved).toMatchObject({ value: { grant: 'waiting' }, children: { grant: { snapshot: { value: 'idle', context: { niss: null, chosen: [] } } } } });
    expect(Object.keys(saved.children)).toEqual(['grant']);
    expect(plain(reply.text)).toContain('Votre message est trop long (6 000 caractères, 4 000 au plus)');
    expect(reply.text).toContain('Écrivez-moi ce que vous voulez faire');
    expect(reply.text).not.toContain(OTHER_NISS);
    const [next] = await new ChatClient(url, 'long-idle').send('bonjour');
    expect(next!.channelData?.sesame?.expecting).toBe('entity');
  });

  it('a redelivery of the same activity gets the same answer and runs nothing', async () => {
    const chat = new ChatClient(url, 'long-again');
    await chat.walk(MID_GRANT);
    const first = await chat.send('y'.repeat(4100), { id: 'long-1' });
    const again = await chat.send('y'.repeat(4100), { id: 'long-1' });
    expect(again).toEqual(first);
    expect((await chat.send('oui'))[0]!.channelData?.sesame?.expecting).toBe('applications');
  });

  it('exactly 4,000 characters is read as usual', async () => {
    const chat = new ChatClient(url, 'long-limit');
    await chat.walk(['bonjour', '2', '1']);
    const [reply] = await chat.send(`85.07.30-033.28${' '.repeat(3985)}`);
    expect(reply!.channelData?.sesame?.expecting).toBe('confirmPerson');
  });
});

describe('the other per-field limits over /api/messages', () => {
  it('too many attachments: said, none read', async () => {
    await new ChatClient(url, 'many-files').walk(MID_GRANT);
    const csv = `data:text/csv;base64,${Buffer.from(`niss\n${OTHER_NISS}\n`).toString('base64')}`;
    const attachments = Array.from({ length: 11 }, (_, i) => ({ contentType: 'text/csv', name: `p${i}.csv`, contentUrl: csv }));
    const reply = await expectUnchanged('many-files', () => send('many-files', { text: 'donne HospiSup à ces personnes', attachments }), 'confirmPerson');
    expect(reply.text).toContain('Votre message a trop de pièces jointes (11, 10 au plus)');
  });

  it('a file it cannot read (an image, a file shared from Teams): named, the message not read', async () => {
    await new ChatClient(url, 'image', { locale: 'en-GB' }).walk(MID_GRANT);
    const attachments = [
      { contentType: 'text/html', content: '<p>yes</p>' },
      { contentType: 'image/png', name: 'screenshot.png', contentUrl: 'data:image/png;base64,iVBORw0KGgo=' },
      { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'people.csv', content: { downloadUrl: 'https://example.org/x' } },
    ];
    const reply = await expectUnchanged('image', () => send('image', { locale: 'en-GB', text: 'yes', attachments }), 'confirmPerson');
    // File names are escaped as every value is ("screenshot\\.png" reads "screenshot.png").
    expect(reply.text.replaceAll('\\', '')).toContain('I cannot read “screenshot.png” and “people.csv”: I only read CSV or text files');
  });

  it('too many entities (mentions): said', async () => {
    await new ChatClient(url, 'mentions', { locale: 'de-BE' }).walk(MID_GRANT);
    const entities = Array.from({ length: 25 }, (_, i) => ({ type: 'mention', text: `<at>P${i}</at>`, mentioned: { id: `p${i}` } }));
    const reply = await expectUnchanged('mentions', () => send('mentions', { locale: 'de-BE', text: 'ja', entities }), 'confirmPerson');
    expect(reply.text).toContain('Ihre Nachricht enthält zu viele Erwähnungen oder Elemente (25, höchstens 20)');
  });

  it('a card click whose data is not one of our cards: said, the click runs nothing', async () => {
    await new ChatClient(url, 'bad-card', { locale: 'nl-BE' }).walk(MID_GRANT);
    const value = { sesame: { slot: 'confirmPerson', marker: 'x'.repeat(500), action: 'confirm' } };
    const reply = await expectUnchanged('bad-card', () => send('bad-card', { locale: 'nl-BE', text: undefined, value }), 'confirmPerson');
    expect(reply.text).toContain('Ik kon niet lezen wat de kaart verstuurde: deze klik heeft niets veranderd.');
  });

  it('an empty message: said, and the question asked again', async () => {
    await new ChatClient(url, 'empty').walk(MID_GRANT);
    for (const text of [undefined, '', '   ']) {
      const reply = await expectUnchanged('empty', () => send('empty', { text }), 'confirmPerson');
      expect(reply.text).toContain('Votre message est vide');
      expect(reply.text).toMatch(/Dr Marie Dupont/);
    }
  });

  it('Teams\' own rendering of a message (text/html) is no file: the message is read as usual', async () => {
    const reply = await send('teams-html', { text: 'bonjour', attachments: [{ contentType: 'text/html', content: '<p>bonjour</p>' }] });
    expect(reply.channelData?.sesame?.expecting).toBe('entity');
  });

  it('a client cannot forge the server\'s mark: an ordinary message is read as usual', async () => {
    const reply = await send('forged', { text: 'bonjour', channelData: { sesameInbound: { problems: [{ kind: 'empty' }] } } });
    expect(reply.channelData?.sesame?.expecting).toBe('entity');
  });

  it('malformed activities keep their 400', async () => {
    const { conversation: _c, ...noConversation } = activity('x', { text: 'bonjour' });
    const { type: _t, ...noType } = activity('x', { text: 'bonjour' });
    for (const body of [noConversation, noType, activity('x', { text: 42 }), activity('x', { text: 'bonjour', locale: 42 })]) {
      expect((await post(body)).status).toBe(400);
    }
    const notJson = await fetch(`${url()}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", ' });
    expect(notJson.status).toBe(400);
    // The body limit is the HTTP edge's, as before.
    const huge = await post(activity('x', { text: 'x'.repeat(300_000) }));
    expect(huge.status).toBe(413);
  });
});

describe('a message over 4,000 characters in the web chat (Direct Line)', () => {
  it.each([
    ['fr-BE', 5210, 'Votre message est trop long (5 210 caractères, 4 000 au plus)', 'oui'],
    ['en-GB', 20_000, 'Your message is too long (20,000 characters, 4,000 at most)', 'yes'],
  ])('%s, %d characters: the post is accepted, the echo is cut, the reply says why and asks again', async (locale, length, says, yes) => {
    const chat = await DirectLineClient.demo(url(), locale);
    chat.locale = locale;
    await chat.start();
    await chat.botReplies(1);
    for (const t of MID_GRANT) await chat.say(t);
    const store = storeDigest(sesame.store.db, { exclude: TURN_TABLES });
    const snapshot = snapshotOf(chat.conversationId);

    const sent = await chat.post({ text: `${OTHER_NISS} `.padEnd(length, 'z') });
    const [reply] = await chat.botReplies(1);
    expect(plain(reply!.text)).toContain(says);
    expect(reply!.text).toMatch(/Dr Marie Dupont/);
    expect(reply!.channelData?.sesame?.expecting).toBe('confirmPerson');
    expect(reply!.text).not.toContain(OTHER_NISS);
    expect(snapshotOf(chat.conversationId)).toEqual(snapshot);
    expect(storeDigest(sesame.store.db, { exclude: TURN_TABLES })).toBe(store);
    // What the log keeps (and Web Chat shows in place of the message) is the beginning, marked as cut.
    const echo = (await chat.activities('0')).activities.find((a) => a.id === sent)!;
    expect(echo.text!.length).toBeLessThanOrEqual(210);
    expect(echo.text).toMatch(/ \[…\]$/);

    expect((await chat.say(yes)).channelData?.sesame?.expecting).toBe('applications');
  });

  it('a file, or too many entities: accepted and answered, not a 400', async () => {
    const chat = await DirectLineClient.demo(url(), 'nl-BE');
    chat.locale = 'nl-BE';
    await chat.start();
    await chat.botReplies(1);
    for (const t of MID_GRANT) await chat.say(t);
    const snapshot = snapshotOf(chat.conversationId);

    const file = await chat.request('POST', `/conversations/${chat.conversationId}/activities`, {
      type: 'message', locale: 'nl-BE', text: 'ja', attachments: [{ contentType: 'text/csv', name: 'p.csv', contentUrl: 'data:text/csv,niss' }],
    });
    expect(file.status).toBe(200);
    let [reply] = await chat.botReplies(1);
    expect(reply!.text).toContain('In dit gesprek kan ik geen bestanden ontvangen: ik heb dit bericht niet gelezen.');
    expect(reply!.channelData?.sesame?.expecting).toBe('confirmPerson');

    const mentions = await chat.request('POST', `/conversations/${chat.conversationId}/activities`, {
      type: 'message', locale: 'nl-BE', text: 'ja', entities: Array.from({ length: 21 }, () => ({ type: 'ClientCapabilities' })),
    });
    expect(mentions.status).toBe(200);
    [reply] = await chat.botReplies(1);
    expect(reply!.text).toContain('Uw bericht bevat te veel vermeldingen of elementen (21, hoogstens 20)');
    expect(snapshotOf(chat.conversationId)).toEqual(snapshot);

    // Malformed still is: a type the client may not send, a text that is not one.
    expect((await chat.request('POST', `/conversations/${chat.conversationId}/activities`, { type: 'conversationUpdate' })).status).toBe(400);
    expect((await chat.request('POST', `/conversations/${chat.conversationId}/activities`, { type: 'message', text: 7 })).status).toBe(400);
  });
});

describe('the web page', () => {
  it('serves an icon at /favicon.ico and names it', async () => {
    const res = await fetch(`${url()}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const page = await (await fetch(`${url()}/`)).text();
    expect(page).toContain('<link rel="icon" type="image/png" href="/favicon.ico">');
  });
});
