import type { Sesame } from '../../src/app';
import { FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * Activities shaped as Teams sends them (personal chat, group chat with a mention, team channel,
 * installation), posted to /api/messages; Sésame answers through the connector, which records
 * every message per conversation.
 */
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const BOT = { id: '28:11111111-2222-3333-4444-555555555555', name: 'Sésame' };
const SOPHIE_AAD = '6E7C5A0B-3F2D-4B8E-9C1A-0D2E4F6A8B9C'; // Teams may send it in capitals
const SOPHIE = { id: '29:1sophieTeamsId', name: 'Sophie Lambert', aadObjectId: SOPHIE_AAD };
/** A second manager of Hôpitaux IRIS Sud, in the same group chat. */
const MARC = { id: '29:1marcTeamsId', name: 'Marc Fontaine', aadObjectId: '4d5e6f70-8192-4a3b-bc4d-5e6f708192a3' };
const STRANGER = { id: '29:1strangerTeamsId', name: 'Jean Inconnu', aadObjectId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' };
const PERSONAL = 'a:1personalChatOfSophie';
const GROUP = '19:3a9f0c1d2e4b4c5d8e7f6a5b4c3d2e1f@thread.v2';
const CHANNEL = '19:general0a1b2c3d4e5f@thread.tacv2;messageid=1712345678901';

/** Marie Dupont's NISS, in every way it can be written. */
const MARIE_NISS = ['85073003328', '85.07.30-033.28', '850730 033 28', '850730-033-28', '85 07 30 033 28'];

let seq = 0;

function teamsMessage(text: string, where: { conversation: Record<string, unknown>; from?: object; mention?: boolean; channelData?: object }) {
  const id = `17123456${String(++seq).padStart(5, '0')}`;
  const mention = { type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT };
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: '', // set by post()
    from: where.from ?? SOPHIE,
    conversation: { tenantId: TENANT, ...where.conversation },
    recipient: BOT,
    text: where.mention ? `<at>${BOT.name}</at> ${text}` : text,
    textFormat: 'plain',
    locale: 'fr-BE',
    localTimezone: 'Europe/Brussels',
    entities: [
      ...(where.mention ? [mention] : []),
      { type: 'clientInfo', locale: 'fr-BE', country: 'BE', platform: 'Web', timezone: 'Europe/Brussels' },
    ],
    channelData: { tenant: { id: TENANT }, ...where.channelData },
  };
}

const personal = (text: string, from: object = SOPHIE) => teamsMessage(text, { conversation: { id: PERSONAL, conversationType: 'personal' }, from });
const inGroup = (text: string, mention = true, from: object = SOPHIE) =>
  teamsMessage(text, { conversation: { id: GROUP, conversationType: 'groupChat', isGroup: true }, mention, from });
const inChannel = (text: string) =>
  teamsMessage(text, {
    conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true },
    mention: true,
    channelData: { teamsChannelId: '19:general0a1b2c3d4e5f@thread.tacv2', teamsTeamId: '19:team@thread.tacv2', channel: { id: '19:general0a1b2c3d4e5f@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } },
  });

describe('Microsoft Teams over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let connector: FakeConnector;

  const start = async (overrides: Parameters<typeof testConfig>[1] = {}) => {
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, overrides));
    // The demo's Sophie Lambert, known in Teams by her Entra ID object id only.
    sesame.store.people.addManager({ channelUserId: 'demo-manager', aadObjectId: SOPHIE_AAD.toLowerCase(), name: 'Sophie Lambert' });
  };

  beforeEach(async () => {
    tmp = tempDir();
    connector = new FakeConnector();
    await connector.start();
  });
  afterEach(async () => {
    await sesame?.close();
    await connector.stop();
    tmp.cleanup();
  });

  const post = async (activity: Record<string, unknown>) => {
    const res = await fetch(`${sesame.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.url }),
    });
    expect(res.status).toBeLessThan(300);
  };
  /** Messages (not typing indicators) the connector received for a conversation. */
  const messagesIn = (conversationId: string) =>
    connector.received
      .filter((r) => r.conversationId === conversationId && r.activity.type === 'message')
      .map((r) => r.activity as { text: string; channelData?: { sesame?: { expecting?: string | null } }; entities?: unknown[] });
  const lastIn = (conversationId: string) => messagesIn(conversationId).at(-1)!;

  it('welcomes the manager by name, in their language, when the app is installed', async () => {
    await start();
    await post({
      type: 'conversationUpdate', id: 'f:install-1', channelId: 'msteams', serviceUrl: '', timestamp: new Date().toISOString(),
      from: SOPHIE, recipient: BOT, membersAdded: [{ id: BOT.id }],
      conversation: { id: PERSONAL, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      entities: [{ type: 'clientInfo', locale: 'nl-BE', country: 'BE', platform: 'Windows' }],
    });
    expect(messagesIn(PERSONAL).map((m) => m.text)).toEqual([expect.stringMatching(/^Goedendag Sophie Lambert, ik ben Sésame/)]);
    // The personal chat is remembered for later moves from a group.
    expect(sesame.store.personalChats.get(1, 'msteams')?.conversationId).toBe(PERSONAL);
  });

  it('recognises a manager by aadObjectId and runs the dialog in the personal chat', async () => {
    await start();
    await post(personal('bonjour'));
    expect(lastIn(PERSONAL).text).toContain('Pour quelle entité travaillez-vous ?');
    expect(lastIn(PERSONAL).channelData!.sesame!.expecting).toBe('entity');
  });

  it('answers a message over 4,000 characters in the chat (it used to get nothing), in a group too', async () => {
    await start();
    for (const t of ['bonjour', '2', '1', '85.07.30-033.28']) await post(personal(t));
    expect(lastIn(PERSONAL).channelData!.sesame!.expecting).toBe('confirmPerson');
    const long = { ...personal(`oui ${'x'.repeat(5206)}`), attachments: [{ contentType: 'text/html', content: '<p>oui …</p>' }] };
    await post(long);
    expect(lastIn(PERSONAL).text.replace(/\s/gu, ' ')).toContain('Votre message est trop long (5 210 caractères, 4 000 au plus)');
    expect(lastIn(PERSONAL).channelData!.sesame!.expecting).toBe('confirmPerson');
    // Mentioned in a group: the question waiting names the person, so the answer goes to the personal chat.
    await post(inGroup('y'.repeat(4500)));
    expect(lastIn(GROUP).text).toContain('je continue dans notre conversation privée');
    // Counted as sent, with Teams' "<at>Sésame</at> " (16 characters).
    expect(lastIn(PERSONAL).text.replace(/\s/gu, ' ')).toContain('Votre message est trop long (4 516 caractères, 4 000 au plus)');
    expect(lastIn(PERSONAL).channelData!.sesame!.expecting).toBe('confirmPerson');
    await post(personal('oui'));
    expect(lastIn(PERSONAL).channelData!.sesame!.expecting).toBe('applications');
  });

  it('tells an unknown person politely whom to ask, with the identifier to give', async () => {
    await start({ helpdesk: 'le helpdesk informatique (poste 4321)' });
    await post(personal('bonjour', STRANGER));
    const [refusal] = messagesIn(PERSONAL);
    expect(refusal!.text).toMatch(/^Je ne vous connais pas encore comme gestionnaire d'accès/);
    // No entity vouches for this tenant: no manager is named (see strangers.teams.http.test.ts).
    expect(refusal!.text).not.toContain('Sophie Lambert');
    expect(refusal!.text).toContain('le helpdesk informatique (poste 4321)');
    expect(refusal!.text).toContain(STRANGER.aadObjectId);
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM conversations`).get()).toEqual({ n: 0 });
  });

  it('says nothing in a group unless mentioned', async () => {
    await start();
    await post(inGroup('bonjour tout le monde', false));
    expect(connector.received).toEqual([]);
    expect(connector.created).toEqual([]);
  });

  it('greets a group or a team once when added to it', async () => {
    await start();
    await post({
      type: 'conversationUpdate', id: 'f:added-1', channelId: 'msteams', serviceUrl: '', from: SOPHIE, recipient: BOT,
      membersAdded: [{ id: BOT.id }], locale: 'en-US',
      conversation: { id: GROUP, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, eventType: 'teamMemberAdded' },
    });
    await post({
      type: 'conversationUpdate', id: 'f:added-2', channelId: 'msteams', serviceUrl: '', from: SOPHIE, recipient: BOT,
      membersAdded: [{ id: '29:1someoneElse' }], locale: 'en-US',
      conversation: { id: GROUP, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, eventType: 'teamMemberAdded' },
    });
    expect(messagesIn(GROUP).map((m) => m.text)).toEqual([expect.stringMatching(/^Hello everyone, I am Sésame.*Mention me \(@Sésame\)/)]);
  });

  it('in a group, answers a mention, then moves to the personal chat before any NISS or name is shown', async () => {
    await start();
    // Entity and qualité are nobody's personal data: answered in the group, mention stripped.
    await post(inGroup('bonjour'));
    expect(lastIn(GROUP).channelData!.sesame!.expecting).toBe('entity');
    await post(inGroup('2'));
    expect(lastIn(GROUP).channelData!.sesame!.expecting).toBe('quality');
    expect(connector.created).toHaveLength(1); // the personal chat was opened once, at the first mention
    expect(connector.created[0]).toMatchObject({ isGroup: false, bot: BOT, members: [{ id: SOPHIE.id }], tenantId: TENANT });

    // The NISS question goes to the personal chat; the group is told, by name.
    await post(inGroup('1'));
    const personalChat = 'a:personal-1';
    expect(lastIn(GROUP).text).toMatch(/^Sophie Lambert, je continue dans notre conversation privée/);
    expect(messagesIn(personalChat).map((m) => m.channelData?.sesame?.expecting ?? null)).toEqual([null, 'niss']);
    expect(messagesIn(personalChat)[0]!.text).toBe('(Suite de la conversation de groupe.)');

    // Even if the manager types the NISS in the group, the answer (who it is) stays private.
    await post(inGroup('85.07.30-033.28'));
    expect(lastIn(personalChat).channelData!.sesame!.expecting).toBe('confirmPerson');
    expect(lastIn(personalChat).text).toContain('Marie Dupont');

    // The conversation goes on in the personal chat, to the grant.
    for (const text of ['oui', 'hospisup', 'oui']) await post(teamsMessage(text, { conversation: { id: personalChat, conversationType: 'personal' } }));
    expect(lastIn(personalChat).text).toContain("C'est enregistré pour Dr Marie Dupont");
    expect(sesame.store.access.listGrants()).toHaveLength(1);

    // And a late mention in the group that would show the result is answered in private too.
    await post(inGroup('merci'));
    const groupTexts = messagesIn(GROUP).map((m) => JSON.stringify(m));
    for (const shown of groupTexts) {
      for (const niss of MARIE_NISS) expect(shown).not.toContain(niss);
      expect(shown).not.toMatch(/Dupont|mdupont/);
    }
    expect(groupTexts.length).toBeGreaterThanOrEqual(4);
  });

  it('two managers in one group chat: each request goes on in its own personal chat, neither moves or shows the other', async () => {
    await start();
    const marc = sesame.store.people.addManager({ channelUserId: 'manager-marc', aadObjectId: MARC.aadObjectId, name: MARC.name }).id;
    sesame.store.people.addRole(marc, 'RAE', sesame.store.catalog.entityByInami('710087-50')!.id);
    await post(inGroup('bonjour'));
    await post(inGroup('2'));
    expect(lastIn(GROUP).channelData!.sesame!.expecting).toBe('quality');
    // Marc, in the same group: his own request (one entity, so its qualité asked), Sophie's untouched.
    await post(inGroup('bonjour', true, MARC));
    expect(lastIn(GROUP).text).toContain('Quelle qualité des Hôpitaux IRIS Sud ?');
    await post(inGroup('1'));
    await post(inGroup('1', true, MARC));
    const [sophiesChat, marcsChat] = ['a:personal-1', 'a:personal-2'];
    expect(connector.created.map((c) => (c.members as { id: string }[])[0]!.id)).toEqual([SOPHIE.id, MARC.id]);
    expect(lastIn(sophiesChat).channelData!.sesame!.expecting).toBe('niss');
    expect(lastIn(marcsChat).channelData!.sesame!.expecting).toBe('niss');

    await post(inGroup('85.07.30-033.28'));
    await post(inGroup('90041212377', true, MARC));
    expect(lastIn(sophiesChat).text).toContain('Marie Dupont');
    expect(lastIn(marcsChat).text).toContain('Jan Peeters');
    expect(JSON.stringify(messagesIn(sophiesChat))).not.toMatch(/Peeters|90041212377/);
    // (The NISS prompt's example is written 85.07.30-033.28: only the digits as typed and the name tell Marie's turn.)
    expect(JSON.stringify(messagesIn(marcsChat))).not.toMatch(/Dupont|85073003328/);
    expect(JSON.stringify(messagesIn(GROUP))).not.toMatch(/Peeters|Dupont|90041212377|85073003328/);
  });

  it('in a team channel, answers in the thread and keeps the NISS out of it', async () => {
    await start();
    await post(inChannel('bonjour'));
    await post(inChannel('2'));
    await post(inChannel('1'));
    await post(inChannel('85073003328'));
    const thread = messagesIn(CHANNEL);
    expect(thread.map((m) => m.channelData?.sesame?.expecting ?? 'moved')).toEqual(['entity', 'quality', 'moved', 'moved']);
    for (const m of thread) for (const niss of MARIE_NISS) expect(JSON.stringify(m)).not.toContain(niss);
    expect(lastIn('a:personal-1').text).toContain('Marie Dupont');
  });

  it('continues in the personal chat the manager already has, without opening another', async () => {
    await start();
    await post(personal('bonjour'));
    await post(inGroup('annuler'));
    await post(inGroup('bonjour'));
    await post(inGroup('2'));
    await post(inGroup('1'));
    expect(connector.created).toEqual([]);
    expect(lastIn(PERSONAL).channelData!.sesame!.expecting).toBe('niss');
  });

  it('asks to continue in a personal chat when none can be opened, and shows nothing personal', async () => {
    await start();
    connector.refuseCreate = true;
    await post(inGroup('bonjour'));
    expect(messagesIn(GROUP).map((m) => m.text)).toEqual([expect.stringMatching(/^Sophie Lambert, pour continuer, ouvrez une conversation privée avec moi/)]);
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM conversations`).get()).toEqual({ n: 0 });
  });

  it('refuses an unknown person in a group without printing their identifier there', async () => {
    await start();
    await post(teamsMessage('bonjour', { conversation: { id: GROUP, conversationType: 'groupChat', isGroup: true }, from: STRANGER, mention: true }));
    const [refusal] = messagesIn(GROUP);
    expect(refusal!.text).toMatch(/^Je ne vous connais pas encore/);
    expect(refusal!.text).not.toContain(STRANGER.aadObjectId);
  });

  it('announces the activation in the personal chat, even for a request begun in a group', async () => {
    await start({ activationDelayMs: 500 });
    for (const text of ['bonjour', '2', '1']) await post(inGroup(text));
    const personalChat = 'a:personal-1';
    for (const text of ['85073003328', 'oui', 'hospisup', 'oui']) {
      await post(teamsMessage(text, { conversation: { id: personalChat, conversationType: 'personal' } }));
    }
    const before = connector.received.length;
    await connector.waitFor(before + 1);
    const notice = connector.received[before]!;
    expect(notice.conversationId).toBe(personalChat);
    expect(notice.activity.text).toMatch(/^C'est actif : Dr Marie Dupont a maintenant accès à HospiSup/);
    expect(messagesIn(GROUP).some((m) => /actif/.test(m.text))).toBe(false);
  });
});
