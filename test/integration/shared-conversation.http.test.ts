import type { Sesame } from '../../src/app';
import { FakeConnector, startTestSesame, tempDir, testConfig, type Reply } from '../support/harness';
import { DirectLineClient } from '../support/directline';

/**
 * Two managers writing in one conversation id (a client reusing ids, a shared device, someone
 * replaying another's ids): each one's replies, request and notices stay theirs.
 */
const MARC_AAD = '6b3c1f0e-2d4a-4c8e-9f10-3a5b7c9d1e2f';
/** What Sophie's turns show and Marc must never read: her person's name and NISS. */
const SOPHIES_PERSON = /Dupont|85\.?07\.?30-?033\.?28|85073003328/;
/** Marc's person. */
const MARCS_PERSON = /Peeters|90041212377/;

type Activity = Record<string, unknown>;
type Card = { actions: { title: string; data: { sesame: Record<string, string> } }[] };

const expecting = (r: Reply | undefined) => r?.channelData?.sesame?.expecting ?? null;
const visible = (replies: unknown[]) => JSON.stringify(replies.map((r) => { const { channelData: _c, ...rest } = r as Activity; return rest; }));

describe('one conversation id, two managers', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  /** Where Sophie's and Marc's clients listen (their serviceUrls). */
  let sophiesClient: FakeConnector;
  let marcsClient: FakeConnector;
  let sophie: number;
  let marc: number;
  let n = 0;

  const start = async (overrides: Parameters<typeof testConfig>[1] = {}) => {
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, overrides));
    sophie = sesame.store.people.managerByChannelUserId('demo-manager')!.id;
    // A second manager on the same entity (RAE of Hôpitaux IRIS Sud), known in Teams by an Entra object id.
    marc = sesame.store.people.addManager({ channelUserId: 'manager-marc', aadObjectId: MARC_AAD, name: 'Marc Fontaine' }).id;
    sesame.store.people.addRole(marc, 'RAE', sesame.store.catalog.entityByInami('710087-50')!.id);
  };

  beforeEach(async () => {
    tmp = tempDir();
    sophiesClient = new FakeConnector();
    marcsClient = new FakeConnector();
    await Promise.all([sophiesClient.start(), marcsClient.start()]);
  });
  afterEach(async () => {
    await sesame?.close();
    await Promise.all([sophiesClient.stop(), marcsClient.stop()]);
    tmp.cleanup();
  });

  /** POSTs an activity; with expectReplies (the default here) returns the replies of the body. */
  const post = async (activity: Activity): Promise<Reply[]> => {
    const res = await fetch(`${sesame.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `act-${++n}`, channelId: 'test', deliveryMode: 'expectReplies', conversation: { id: 'shared' },
        recipient: { id: 'sesame', name: 'Sésame' }, locale: 'fr-BE', ...activity,
      }),
    });
    expect(res.status).toBeLessThan(300);
    const text = await res.text();
    return text ? ((JSON.parse(text) as { activities?: Reply[] }).activities ?? []) : [];
  };
  const asSophie = (text: string, extra: Activity = {}) => post({ from: { id: 'demo-manager', name: 'Sophie' }, serviceUrl: sophiesClient.url, text, ...extra });
  const asMarc = (text: string, extra: Activity = {}) => post({ from: { id: 'manager-marc', name: 'Marc' }, serviceUrl: marcsClient.url, text, ...extra });
  const one = async (replies: Promise<Reply[]>) => {
    const r = await replies;
    expect(r).toHaveLength(1);
    return r[0]!;
  };

  describe("a turn's replies belong to who sent it", () => {
    /** Sophie half-way: her NISS turn, under a known activity id, answered with her person. */
    const sophieAtPerson = async () => {
      for (const text of ['bonjour', '2', '1']) await asSophie(text);
      const replies = await asSophie('85.07.30-033.28', { id: 'sophie-niss' });
      expect(expecting(replies[0])).toBe('confirmPerson');
      expect(visible(replies)).toMatch(SOPHIES_PERSON);
      return replies;
    };

    it.each([
      ['another from.id', { from: { id: 'manager-marc', name: 'Marc' } }],
      ['another from.id carrying an aadObjectId', { from: { id: '29:marc-in-teams', name: 'Marc', aadObjectId: MARC_AAD.toUpperCase() } }],
      ['another sender on another channelId', { from: { id: 'manager-marc', name: 'Marc' }, channelId: 'emulator' }],
    ])('the same conversation and activity id from %s gets its own turn, not the first one’s replies', async (_name, sender) => {
      await start();
      await sophieAtPerson();
      const replies = await post({ id: 'sophie-niss', serviceUrl: marcsClient.url, text: 'bonjour', ...sender });
      expect(replies).toHaveLength(1);
      expect(visible(replies)).not.toMatch(SOPHIES_PERSON);
      // Marc's own answer: his one entity taken, its qualité asked (Sophie, with two, was asked the entity).
      expect(expecting(replies[0])).toBe('quality');
      expect(replies[0]!.text).toContain('Quelle qualité des Hôpitaux IRIS Sud ?');
    });

    it('without expectReplies, the other sender’s own answer goes to their serviceUrl, nothing to the first one’s', async () => {
      await start();
      await sophieAtPerson();
      expect(await post({ deliveryMode: 'normal', id: 'sophie-niss', from: { id: 'manager-marc' }, serviceUrl: marcsClient.url, text: 'bonjour' })).toEqual([]);
      await marcsClient.waitFor(1);
      const sent = marcsClient.received.map((r) => r.activity).filter((a) => a.type === 'message');
      expect(sent).toHaveLength(1);
      expect(visible(sent)).not.toMatch(SOPHIES_PERSON);
      expect((sent[0]!.channelData as { sesame: { expecting: string } }).sesame.expecting).toBe('quality');
      expect(sophiesClient.received).toEqual([]);
    });

    it('someone unknown replaying the ids is refused, and reads nothing of the first turn', async () => {
      await start();
      await sophieAtPerson();
      const replies = await post({ id: 'sophie-niss', from: { id: 'stranger' }, serviceUrl: marcsClient.url, text: '85.07.30-033.28' });
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toMatch(/^Je ne vous connais pas encore/);
      expect(visible(replies)).not.toMatch(SOPHIES_PERSON);
    });

    it('the same sender redelivering still gets the first answer byte for byte, and it ran once', async () => {
      await start();
      const first = JSON.stringify(await sophieAtPerson());
      const versionBefore = sesame.store.conversations.get('shared', sophie)!.version;
      expect(JSON.stringify(await asSophie('85.07.30-033.28', { id: 'sophie-niss' }))).toBe(first);
      // After another sender used the same ids too.
      await post({ id: 'sophie-niss', from: { id: 'manager-marc' }, serviceUrl: marcsClient.url, text: 'bonjour' });
      expect(JSON.stringify(await asSophie('85.07.30-033.28', { id: 'sophie-niss' }))).toBe(first);
      expect(sesame.store.conversations.get('shared', sophie)!.version).toBe(versionBefore);
    });

    it('through Direct Line: replaying a web chat’s conversation and activity ids over /api/messages reads nothing of it and writes nothing in it', async () => {
      await start({ directLineSecret: 'shared-conversation-secret-0123456789-abcdef', activationDelayMs: 500 });
      const chat = await DirectLineClient.demo(sesame.url);
      await chat.start();
      await chat.botReplies(1);
      for (const text of ['bonjour', '2', '1']) await chat.say(text);
      const nissId = await chat.post({ text: '85.07.30-033.28' });
      const [person] = await chat.botReplies(1);
      expect(person!.text).toMatch(SOPHIES_PERSON);
      const logBefore = (await chat.activities('0')).activities.length;

      const replay = { channelId: 'directline', conversation: { id: chat.conversationId }, id: nissId };
      const replies = await post({ ...replay, from: { id: 'manager-marc' }, serviceUrl: marcsClient.url, text: 'bonjour' });
      expect(visible(replies)).not.toMatch(SOPHIES_PERSON);
      expect(expecting(replies[0])).toBe('quality');
      // Marc confirms a grant of his own there: its notice reaches him, never the web chat's log.
      const summary = await one(post({ ...replay, id: 'marc-2', from: { id: 'manager-marc' }, serviceUrl: marcsClient.url, text: 'donne HospiSup à 90041212377, qualité hôpital' }));
      expect(expecting(summary)).toBe('confirm');
      await post({ ...replay, id: 'marc-3', from: { id: 'manager-marc' }, serviceUrl: marcsClient.url, text: 'oui' });
      await marcsClient.waitForActivations([chat.conversationId]);
      expect(visible(marcsClient.received.map((r) => r.activity))).toMatch(MARCS_PERSON);
      const log = (await chat.activities('0')).activities;
      expect(log).toHaveLength(logBefore);
      expect(JSON.stringify(log)).not.toMatch(MARCS_PERSON);
    });
  });

  describe('a request in progress and the notice of a confirmed change belong to who made them', () => {
    it('interleaved in one conversation id: each request stays its manager’s, the notice reaches the one who confirmed, where they confirmed', async () => {
      await start({ activationDelayMs: 1500 });
      // Sophie, half-way: her person found.
      for (const text of ['bonjour', '2', '1']) await asSophie(text);
      expect(expecting(await one(asSophie('85.07.30-033.28')))).toBe('confirmPerson');

      // Marc, same conversation id: his own request from the start, his summary shows his person only; he cancels it.
      const marcsFirst = await one(asMarc('bonjour'));
      expect(expecting(marcsFirst)).toBe('quality');
      const marcsSummary = await one(asMarc('donne HospiSup à 90041212377, qualité hôpital'));
      expect(expecting(marcsSummary)).toBe('confirm');
      expect(visible([marcsSummary])).toMatch(MARCS_PERSON);
      expect(visible([marcsSummary])).not.toMatch(SOPHIES_PERSON);
      expect((await one(asMarc('annuler'))).text).not.toMatch(SOPHIES_PERSON);

      // Sophie goes on where she was, untouched by Marc's turns.
      const apps = await one(asSophie('oui'));
      expect(expecting(apps)).toBe('applications');
      const summary = await one(asSophie('hospisup'));
      expect(expecting(summary)).toBe('confirm');
      expect(summary.text).toMatch(/Dupont/);
      expect(summary.text).not.toMatch(MARCS_PERSON);

      // Marc clicks Confirm on Sophie's summary card: nothing runs, and he is told so.
      const confirm = (summary.attachments![0]!.content as Card).actions.find((a) => a.data.sesame.action === 'confirm')!;
      const click = await one(asMarc('', { value: confirm.data }));
      expect(click.text).toContain("Cette carte n'est plus d'actualité : ce clic n'a rien fait.");
      expect(visible([click])).not.toMatch(SOPHIES_PERSON);
      expect(sesame.store.access.listGrants()).toEqual([]);

      const done = await one(asSophie('oui'));
      expect(done.text).toContain("C'est enregistré pour Dr Marie Dupont");
      // Marc writes in the conversation id after her confirmation, from elsewhere: her notice does not follow him.
      await asMarc('bonjour');

      const grants = sesame.store.access.listGrants();
      expect(grants).toEqual([expect.objectContaining({ niss: '85073003328', application: 'HOSPISUP', entity: '710087-50', qualityKind: 'HOSPITAL', requestedBy: 'demo-manager' })]);
      expect(sesame.store.db.prepare(`SELECT manager_id, conversation_id FROM grant_requests`).all()).toEqual([{ manager_id: sophie, conversation_id: 'shared' }]);

      await sophiesClient.waitForActivations(['shared']);
      await new Promise((r) => setTimeout(r, 300));
      const notices = sophiesClient.received.filter((r) => (r.activity.channelData as { sesame?: { activated?: unknown } }).sesame?.activated);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.conversationId).toBe('shared');
      expect(notices[0]!.activity.text).toMatch(/Dr Marie Dupont/);
      expect(marcsClient.received).toEqual([]);
      expect(sesame.store.db.prepare(`SELECT manager_id, status FROM outbox`).all()).toEqual([{ manager_id: sophie, status: 'sent' }]);
    });

    it('the second manager starting in the conversation id erases nothing: both states are kept, each with its own version', async () => {
      await start();
      for (const text of ['bonjour', '2', '1', '85.07.30-033.28']) await asSophie(text);
      const sophiesState = sesame.store.conversations.get('shared', sophie)!;
      await asMarc('bonjour');
      await asMarc('annuler');
      expect(sesame.store.conversations.get('shared', sophie)).toEqual(sophiesState);
      expect(sesame.store.conversations.get('shared', marc)).toMatchObject({ managerId: marc, version: 2 });
      expect(expecting(await one(asSophie('oui')))).toBe('applications');
    });
  });
});
