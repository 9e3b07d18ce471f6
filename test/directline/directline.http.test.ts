import type { Sesame } from '../../src/app';
import { TokenIssuer } from '../../src/directline/tokens';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { DirectLineClient, openStream } from '../support/directline';

const SECRET = 'test-direct-line-secret-0123456789-abcdefghij';
const HOSPISUP_FOR_MARIE = ['bonjour', '2', '1', '85.07.30-033.28', 'oui', 'hospisup', 'oui'];

describe('the Direct Line channel', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const closers: (() => void)[] = [];

  const start = async (overrides: Parameters<typeof testConfig>[1] = {}) => {
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { directLineSecret: SECRET, ...overrides }));
    return sesame;
  };
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(async () => {
    closers.splice(0).forEach((c) => c());
    await sesame?.close();
    tmp.cleanup();
  });

  it('starts a conversation with the demo token, welcomes the manager and answers in order', async () => {
    await start();
    const chat = await DirectLineClient.demo(sesame.url, 'fr-BE');
    await chat.start();
    const [welcome] = await chat.botReplies(1);
    expect(welcome!.text).toContain('Bonjour Sophie Lambert');

    const sent = await chat.post({ text: 'bonjour' });
    const replies = await chat.botReplies(1);
    expect(replies[0]!.channelData?.sesame?.expecting).toBe('entity');
    expect(replies[0]!.replyToId).toBe(sent);

    // The whole log: welcome, the user's echo (with Web Chat's clientActivityID), the reply; ids and watermarks in order.
    const all = await chat.activities('0');
    expect(all.activities.map((a) => [a.from.role, a.type])).toEqual([
      ['bot', 'message'],
      ['user', 'message'],
      ['bot', 'message'],
    ]);
    expect(all.activities[1]).toMatchObject({ id: sent, text: 'bonjour', from: { id: 'demo-manager', role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    expect(all.watermark).toBe('3');
    const ids = all.activities.map((a) => a.id);
    expect([...ids].sort()).toEqual(ids);
    // After the last watermark: nothing new, the same watermark.
    expect(await chat.activities('3')).toEqual({ activities: [], watermark: '3' });
    expect((await chat.activities('1')).activities.map((a) => a.id)).toEqual(ids.slice(1));
  });

  it('completes a HospiSup grant and delivers the activation message proactively to the conversation', async () => {
    await start({ activationDelayMs: 1000 });
    const chat = await DirectLineClient.demo(sesame.url);
    await chat.start();
    await chat.botReplies(1);
    let last;
    for (const text of HOSPISUP_FOR_MARIE) last = await chat.say(text);
    expect(last!.text).toContain("C'est enregistré pour Dr Marie Dupont");
    expect(sesame.store.access.listGrants()).toEqual([expect.objectContaining({ niss: '85073003328', application: 'HOSPISUP', requestedBy: 'demo-manager' })]);
    const [activated] = await chat.botReplies(1, 10_000);
    expect(activated!.text).toContain('Dr Marie Dupont a maintenant accès à HospiSup');
    expect(activated!.channelData?.sesame?.activated).toBeDefined();
  });

  it('refuses a missing or forged token with 401, an expired one with 403', async () => {
    await start();
    const chat = await DirectLineClient.demo(sesame.url);
    await chat.start();
    const forged = new TokenIssuer('another-secret-of-at-least-32-characters!!').first({ userId: 'demo-manager' }).token;
    const expired = new TokenIssuer(SECRET, () => Date.now() - 2 * 3600_000).first({ userId: 'demo-manager' }).token;
    const path = `/conversations/${chat.conversationId}/activities`;
    expect((await chat.request('GET', path, undefined, null)).status).toBe(401);
    expect((await chat.request('GET', path, undefined, forged)).status).toBe(401);
    expect((await chat.request('GET', path, undefined, 'not.a.jwt')).status).toBe(401);
    expect((await chat.request('GET', path, undefined, expired)).status).toBe(403);
    expect((await chat.request('POST', '/conversations', undefined, forged)).status).toBe(401);
    expect((await chat.request('POST', '/tokens/refresh', undefined, expired)).status).toBe(403);
    expect((await chat.request('POST', path, { type: 'message', text: 'oui' }, forged)).status).toBe(401);
    await expect(openStream(`${chat.streamUrl.replace(/t=[^&]+/, `t=${forged}`)}`)).rejects.toThrow('HTTP 401');
    // Nothing reached the bot: only the welcome is in the log.
    expect((await chat.activities('0')).activities).toHaveLength(1);
  });

  it('exchanges the secret for a user token server to server; one user cannot read another one’s conversation', async () => {
    await start();
    const demo = await DirectLineClient.demo(sesame.url);
    await demo.start();
    await demo.botReplies(1);

    // Another manager, a GA of Sainte-Anne.
    const gaelle = sesame.store.people.addManager({ channelUserId: 'gaelle', name: 'Gaëlle Martin' });
    sesame.store.people.addRole(gaelle.id, 'GA', sesame.store.catalog.entityByInami('710338-90')!.id);
    const anon = new DirectLineClient(sesame.url, '');
    expect((await anon.request('POST', '/tokens/generate', { user: { id: 'gaelle' } }, 'wrong-secret')).status).toBe(401);
    const generated = await anon.request('POST', '/tokens/generate', { user: { id: 'gaelle', name: 'Gaëlle Martin' }, locale: 'en-GB' }, SECRET);
    expect(generated.status).toBe(200);
    const { token, conversationId, expires_in } = (await generated.json()) as { token: string; conversationId: string; expires_in: number };
    expect(expires_in).toBe(3600);

    const other = new DirectLineClient(sesame.url, token);
    expect(await other.start()).toBe(conversationId);
    const [welcome] = await other.botReplies(1);
    expect(welcome!.text).toContain('Gaëlle Martin');

    other.conversationId = demo.conversationId;
    expect((await other.request('GET', `/conversations/${demo.conversationId}/activities`)).status).toBe(403);
    expect((await other.request('GET', `/conversations/${demo.conversationId}`)).status).toBe(403);
    expect((await other.request('POST', `/conversations/${demo.conversationId}/activities`, { type: 'message', text: 'x' })).status).toBe(403);
    await expect(openStream(demo.streamUrl.replace(/t=[^&]+/, `t=${token}`))).rejects.toThrow('HTTP 403');
    // Nor the other way round: the demo manager cannot open the token's conversation.
    expect((await demo.request('GET', `/conversations/${conversationId}/activities`)).status).toBe(403);
    expect((await demo.request('GET', `/conversations/unknown-conversation/activities`)).status).toBe(404);
  });

  it('refreshes a token, and resumes a conversation by id after a reload and after a restart', async () => {
    await start();
    const first = await DirectLineClient.demo(sesame.url);
    await first.start();
    await first.botReplies(1);
    await first.say('bonjour');
    const refreshed = await first.request('POST', '/tokens/refresh');
    expect(refreshed.status).toBe(200);
    first.token = ((await refreshed.json()) as { token: string }).token;
    await first.say('2');

    // A reload: a new token for the same user, the conversation id kept by the page.
    const reloaded = await DirectLineClient.demo(sesame.url);
    const resumed = await reloaded.request('GET', `/conversations/${first.conversationId}?watermark=3`);
    expect(resumed.status).toBe(200);
    const body = (await resumed.json()) as { conversationId: string; token: string; streamUrl: string };
    expect(body.conversationId).toBe(first.conversationId);
    const stream = await openStream(body.streamUrl);
    closers.push(() => stream.ws.close());
    const backlog = await stream.next(2);
    expect(backlog.map((a) => a.text)).toEqual(['2', expect.stringContaining('Quelle qualité')]);
    expect(stream.groups[stream.groups.length - 1]!.watermark).toBe('5');

    // Live: what the user posts and the bot's answer arrive on the stream, in order.
    reloaded.conversationId = first.conversationId;
    reloaded.token = body.token;
    await reloaded.post({ text: '1' });
    const live = await stream.next(4);
    expect(live.slice(2).map((a) => [a.from.role, a.text])).toEqual([
      ['user', '1'],
      ['bot', expect.stringContaining('NISS')],
    ]);
    expect(live[3]!.channelData?.sesame?.expecting).toBe('niss');
    stream.ws.close();

    // A restart: the log and the machine's state are in the database.
    await sesame.close();
    await start();
    const afterRestart = await DirectLineClient.demo(sesame.url);
    afterRestart.conversationId = first.conversationId;
    expect((await afterRestart.activities('0')).activities).toHaveLength(7);
    afterRestart.watermark = '7';
    const reply = await afterRestart.say('85.07.30-033.28');
    expect(reply.channelData?.sesame?.expecting).toBe('confirmPerson');
  });

  it('refuses a malformed activity with 400; a text too long or a file is answered in the chat', async () => {
    await start();
    const chat = await DirectLineClient.demo(sesame.url);
    await chat.start();
    await chat.botReplies(1);
    const path = `/conversations/${chat.conversationId}/activities`;
    expect((await chat.request('POST', path, { type: 'invoke' })).status).toBe(400);
    expect((await chat.request('POST', path, { type: 'message', text: 'x'.repeat(5000) })).status).toBe(200);
    expect((await chat.botReplies(1))[0]!.text?.replace(/\s/gu, ' ')).toContain('Votre message est trop long (5 000 caractères, 4 000 au plus)');
    expect((await chat.request('POST', path, { type: 'message', attachments: [{ contentType: 'image/png' }] })).status).toBe(200);
    expect((await chat.botReplies(1))[0]!.text).toContain('Je ne reçois pas de fichier dans cette conversation');
  });
});
