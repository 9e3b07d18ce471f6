import { nissCheckDigits } from '../../src/domain/niss';
import type { Sesame } from '../../src/app';
import { ChatClient, FakeConnector, startTestSesame, tempDir, testConfig, type Reply } from '../support/harness';

const MARIE = '85073003328';
const HOSPISUP_FOR_MARIE = ['bonjour', '2', '1', '85.07.30-033.28', 'oui', 'hospisup', 'oui'];
const NEW_NISS = `960229456${nissCheckDigits('960229456', 1900)}`;

const expecting = (r: Reply) => r.channelData?.sesame?.expecting ?? null;

describe('the grant conversation over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let connector: FakeConnector;
  const url = () => sesame.url;

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

  const start = async (overrides: Parameters<typeof testConfig>[1] = {}) => {
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, overrides));
    return sesame;
  };

  it('grants HospiSup to an existing user in 7 turns, with every prompt machine-readable', async () => {
    await start();
    const chat = new ChatClient(url, 'conv-hospisup', { serviceUrl: connector.url });
    const slots: (string | null)[] = [];
    let last: Reply | undefined;
    for (const text of HOSPISUP_FOR_MARIE) {
      const replies = await chat.send(text);
      expect(replies).toHaveLength(1);
      last = replies[0]!;
      slots.push(expecting(last));
      if (expecting(last)) expect(last.inputHint).toBe('expectingInput');
    }
    expect(slots).toEqual(['entity', 'quality', 'niss', 'confirmPerson', 'applications', 'confirm', null]);
    expect(last!.text).toContain("C'est enregistré pour Dr Marie Dupont");
    expect(last!.text).toMatch(/HospiSup : actif le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    const grants = sesame.store.access.listGrants();
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({ niss: MARIE, application: 'HOSPISUP', entity: '710087-50', status: 'pending', requestedBy: 'demo-manager' });
    const done = last!.channelData!.sesame!.done!;
    expect(done.grants).toEqual([{ id: grants[0]!.id, application: 'HOSPISUP', activeAt: grants[0]!.activeAt }]);
    const delay = Date.parse(grants[0]!.activeAt) - Date.parse(grants[0]!.requestedAt);
    expect(delay).toBe(20 * 60_000);
    const audit = sesame.store.db.prepare(`SELECT action, outcome FROM audit_log WHERE request_id IS NOT NULL`).all();
    expect(audit).toEqual([{ action: 'grantAccess', outcome: 'ok' }]);
  });

  it('creates a new collaborator with Colindos + Hospiliss and the function', async () => {
    await start();
    const chat = new ChatClient(url, 'conv-new');
    const last = await chat.walk([
      'bonjour', '2', '1', NEW_NISS, 'lgerard', 'lgerard', 'Gérard', 'Léa', 'aucun', 'français', 'lea.gerard@example.org', 'aucune',
      'Colindos, Hospiliss', 'collaborateur', 'médecin-spécialiste', '01-03-2027', '31-12-2027',
    ]);
    expect(expecting(last)).toBe('confirm');
    expect(last.text).toContain('Nouvel utilisateur : Léa Gérard, nom d\'utilisateur lgerard');
    expect(last.text).toContain('Fonction : collaborateur médecin-spécialiste à partir du 01/03/2027 jusqu\'au 31/12/2027');
    const [done] = await chat.send('oui');
    expect(done!.channelData!.sesame!.done!.grants.map((g) => g.application)).toEqual(['COLINDOS', 'HOSPILISS']);

    const user = sesame.store.people.userByNiss(NEW_NISS);
    expect(user).toMatchObject({ username: 'lgerard', lastName: 'Gérard', firstName: 'Léa', status: 'invited', language: 'fr', email: 'lea.gerard@example.org' });
    expect(sesame.store.access.listGrants().filter((g) => g.niss === NEW_NISS).map((g) => g.application)).toEqual(['COLINDOS', 'HOSPILISS']);
    const [fn] = sesame.store.access.listFunctions();
    expect(fn).toMatchObject({ niss: NEW_NISS, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: '2028-01-01', status: 'pending' });
    // A function starts at midnight, Brussels time, on its start date (CET in March: 23:00 UTC the day before).
    expect(fn!.activeAt).toBe('2027-02-28T23:00:00.000Z');
  });

  it('finishes a conversation after a restart in the middle of it', async () => {
    await start();
    const chat = new ChatClient(url, 'conv-restart');
    const before = await chat.walk(HOSPISUP_FOR_MARIE.slice(0, 4));
    expect(expecting(before)).toBe('confirmPerson');
    await sesame.close();
    await start();
    const after = await chat.walk(HOSPISUP_FOR_MARIE.slice(4));
    expect(after.text).toContain("C'est enregistré");
    expect(sesame.store.access.listGrants()).toHaveLength(1);
  });

  it('answers a redelivered activity the same and writes the grant once', async () => {
    await start();
    const chat = new ChatClient(url, 'conv-redeliver');
    await chat.walk(HOSPISUP_FOR_MARIE.slice(0, -1));
    const first = await chat.send('oui', { id: 'the-confirmation' });
    const again = await chat.send('oui', { id: 'the-confirmation' });
    expect(again).toEqual(first);
    const concurrent = await Promise.all([chat.send('oui', { id: 'the-confirmation' }), chat.send('oui', { id: 'the-confirmation' })]);
    expect(concurrent).toEqual([first, first]);
    const another = await chat.send('oui');
    expect(another[0]!.text).toContain('déjà fait');
    expect(sesame.store.access.listGrants()).toHaveLength(1);
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM grant_requests`).get()).toEqual({ n: 1 });
  });

  it('refuses a person who is not a manager, and a helpdesk agent cannot grant', async () => {
    await start();
    const stranger = new ChatClient(url, 'conv-stranger', { from: 'someone-else' });
    const [refusal] = await stranger.send('donne HospiSup à 85073003328');
    expect(refusal!.text).toContain("Je ne vous connais pas encore comme gestionnaire d'accès");
    expect(refusal!.text).toContain('Responsable Accès Entité');
    const helpdesk = new ChatClient(url, 'conv-helpdesk', { from: 'demo-helpdesk', locale: 'en-GB' });
    const [noRole] = await helpdesk.send('hello');
    expect(noRole!.text).toContain('You have no role that allows you to give access');
    expect(sesame.store.access.listGrants()).toHaveLength(0);
  });

  it('a helpdesk agent asking to grant is refused in the dialog, with one refused audit row saying what was asked (NISS masked)', async () => {
    await start();
    const helpdesk = new ChatClient(url, 'conv-helpdesk-grant', { from: 'demo-helpdesk', locale: 'fr-BE' });
    const audited = () => sesame.store.db.prepare(`SELECT action, outcome, details FROM audit_log WHERE outcome = 'refused'`).all() as { action: string; outcome: string; details: string }[];
    await helpdesk.send('bonjour');
    expect(audited()).toEqual([]);
    const [refused] = await helpdesk.send('donne HospiSup à Marie Dupont');
    expect(refused!.text).toContain("Vous n'avez aucun rôle qui permette de donner des accès");
    const rows = audited();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'grantAccess', outcome: 'refused' });
    expect(JSON.parse(rows[0]!.details)).toEqual({ asked: 'donne HospiSup à Marie Dupont', reason: 'helpdeskOnly' });
    await helpdesk.send(`donne HospiSup à ${MARIE}`);
    const masked = JSON.parse(audited()[1]!.details) as { asked: string };
    expect(masked.asked).not.toContain(MARIE);
    expect(sesame.store.access.listGrants()).toHaveLength(0);
  });

  it('tells the manager, unprompted and exactly once, when the access is active', async () => {
    await start({ activationDelayMs: 1000 });
    const chat = new ChatClient(url, 'conv-activation', { serviceUrl: connector.url, locale: 'nl-BE' });
    const done = await chat.walk(HOSPISUP_FOR_MARIE.map((t) => (t === 'oui' ? 'ja' : t)));
    expect(done.text).toContain('Dr Marie Dupont');
    await connector.waitFor(1);
    // Give a second notification time to show up if one were (wrongly) queued.
    await new Promise((r) => setTimeout(r, 1500));
    expect(connector.received).toHaveLength(1);
    const [message] = connector.received;
    expect(message!.conversationId).toBe('conv-activation');
    expect(message!.activity.text).toMatch(/Dr Marie Dupont/);
    expect(message!.activity.text).toMatch(/HospiSup/);
    expect(message!.activity.locale).toBe('nl');
    expect(sesame.store.access.listGrants()[0]!.status).toBe('active');
    expect(sesame.store.outbox.counts()).toEqual({ sent: 1 });
  });

  it('activates and announces at start-up what fell due while the server was down', async () => {
    await start({ activationDelayMs: 500 });
    const chat = new ChatClient(url, 'conv-down', { serviceUrl: connector.url });
    await chat.walk(HOSPISUP_FOR_MARIE.slice(0, -1));
    sesame.scheduler.stop();
    await chat.send('oui');
    await sesame.close();
    await new Promise((r) => setTimeout(r, 600));
    expect(connector.received).toHaveLength(0);
    await start({ activationDelayMs: 500 });
    await connector.waitFor(1);
    expect(sesame.store.access.listGrants()[0]!.status).toBe('active');
  });

  it('answers in the language of the activity', async () => {
    await start();
    const replies = await Promise.all(
      (['nl-BE', 'de-DE', 'en-US', 'xx'] as const).map((locale, i) => new ChatClient(url, `conv-lang-${i}`, { locale }).send('hallo')),
    );
    expect(replies.map((r) => r[0]!.text.split('\n')[0])).toEqual([
      expect.stringMatching(/entiteit/i),
      expect.stringMatching(/Einrichtung/),
      expect.stringMatching(/entity/i),
      'Pour quelle entité travaillez-vous ?',
    ]);
  });

  it('answers bad requests with 400 and a reason, and keeps the conversation', async () => {
    await start();
    const chat = new ChatClient(url, 'conv-bad');
    await chat.walk(['bonjour', '2']);
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${url()}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const garbage = await post('{"type": "message", ');
    expect(garbage.status).toBe(400);
    const missing = await post(JSON.stringify({ type: 'message', text: 'hi' }));
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('conversation');
    const notJson = await post('hello', 'text/plain');
    expect(notJson.status).toBe(415);
    // Too long is the manager's to hear about in the chat, not a 400 (test/integration/unread-input.http.test.ts).
    const huge = await post(JSON.stringify({ type: 'message', channelId: 't', deliveryMode: 'expectReplies', conversation: { id: 'conv-bad' }, from: { id: 'demo-manager' }, text: 'x'.repeat(10_000) }));
    expect(huge.status).toBe(200);
    const [tooLong] = ((await huge.json()) as { activities: Reply[] }).activities;
    expect(tooLong!.text.replace(/\s/gu, ' ')).toContain('Votre message est trop long (10 000 caractères, 4 000 au plus)');
    expect(expecting(tooLong!)).toBe('quality');
    // Local mode writes back only to this machine: no one can make Sésame post elsewhere.
    const elsewhere = await post(JSON.stringify({ type: 'message', id: 'x1', channelId: 't', serviceUrl: 'http://10.0.0.7:8080/', conversation: { id: 'conv-bad' }, from: { id: 'demo-manager' }, text: 'oui' }));
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain('serviceUrl must be on this machine');
    expect(sesame.store.conversations.reference('conv-bad', sesame.store.people.managerByChannelUserId('demo-manager')!.id)?.reference).not.toMatchObject({ serviceUrl: 'http://10.0.0.7:8080/' });
    const [next] = await chat.send('1');
    expect(expecting(next!)).toBe('niss');
    const index = await fetch(`${url()}/api`);
    expect(await index.json()).toMatchObject({ name: 'Sésame', messages: { path: '/api/messages' }, webChat: { path: '/' } });
    const health = await fetch(`${url()}/healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', mode: 'local' });
  });
});
