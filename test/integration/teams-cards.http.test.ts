import type { Sesame } from '../../src/app';
import { FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * The summary card in Teams (and the Agents Playground, which says 'msteams' or 'emulator'):
 * once confirmed or cancelled, it is written again in place through the connector (PUT of the
 * same activity id), read-only, in the manager's language; a click on it afterwards runs nothing.
 */
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const BOT = { id: '28:11111111-2222-3333-4444-555555555555', name: 'Sésame' };
const SOPHIE_AAD = '6e7c5a0b-3f2d-4b8e-9c1a-0d2e4f6a8b9c';
const SOPHIE = { id: '29:1sophieTeamsId', name: 'Sophie Lambert', aadObjectId: SOPHIE_AAD };
const PERSONAL = 'a:1personalChatOfSophie';
/** A date and time as the cards write them, Brussels time (01/12/2026 13:39, 01.12.2026 13:39, 01-12-2026 13:39). */
const WHEN = String.raw`\d{2}[./-]\d{2}[./-]\d{4} \d{2}:\d{2}`;

type Card = { body: { text?: string }[]; actions: { title: string; data: { sesame: Record<string, string> } }[] };
type Sent = { id?: string; text: string; attachments?: { content: Card }[]; channelData?: { sesame?: Record<string, unknown> } };

describe('Teams: the summary card is updated in place once decided', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let connector: FakeConnector;
  let seq = 0;

  beforeEach(async () => {
    tmp = tempDir();
    connector = new FakeConnector();
    await connector.start();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    sesame.store.people.addManager({ channelUserId: 'demo-manager', aadObjectId: SOPHIE_AAD, name: 'Sophie Lambert' });
  });
  afterEach(async () => {
    await sesame.close();
    await connector.stop();
    tmp.cleanup();
  });

  const post = async (body: Record<string, unknown>, channelId = 'msteams') => {
    const res = await fetch(`${sesame.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: `17123456${String(++seq).padStart(5, '0')}`, channelId, serviceUrl: connector.url, from: SOPHIE, recipient: BOT,
        conversation: { id: PERSONAL, conversationType: 'personal', tenantId: TENANT }, channelData: { tenant: { id: TENANT } }, locale: 'fr-BE', ...body,
      }),
    });
    expect(res.status).toBeLessThan(300);
    // A card is written again after the reply, never before it: the updates are awaited here.
    await sesame.idle();
  };
  const messages = () => connector.received.filter((r) => r.conversationId === PERSONAL && r.activity.type === 'message').map((r) => r.activity as Sent);
  const last = () => messages().at(-1)!;
  /** A click as Teams sends it: no text, the button's data as value, replyToId naming the card's message. */
  const click = (card: Sent, title: string, cardId: string | undefined, channelId = 'msteams', locale = 'fr-BE') =>
    post({ text: undefined, value: card.attachments![0]!.content.actions.find((a) => a.title === title)!.data, replyToId: cardId, locale }, channelId);
  const toSummary = async (texts: string[], channelId = 'msteams', locale = 'fr-BE') => {
    for (const text of texts) await post({ text, locale }, channelId);
    const summary = last();
    expect(summary.channelData?.sesame?.expecting).toBe('confirm');
    return { summary, id: `sent-${connector.received.length}` };
  };
  const grants = () => sesame.store.access.listGrants().length;

  it('Confirm: the card is written again with what was decided, by whom, when, and no button; a second click grants nothing', async () => {
    const { summary, id } = await toSummary(['bonjour', '2', '1', '85073003328', 'oui', 'hospisup']);
    // The summary's figures stay on Sésame's side: the channel gets the text and the card only.
    expect(summary.channelData?.sesame).not.toHaveProperty('summary');
    expect(sesame.store.cardMessages.find(PERSONAL, String(summary.channelData!.sesame!.marker), 'confirm')?.activityId).toBe(id);

    await click(summary, 'Confirmer', id);
    expect(last().text).toContain("C'est enregistré pour Dr Marie Dupont");
    expect(connector.updated).toHaveLength(1);
    const [update] = connector.updated;
    expect(update).toMatchObject({ conversationId: PERSONAL, activityId: id });
    const updated = update!.activity as Sent;
    expect(updated.text).toBe(
      [
        "Demande d'accès :",
        '- Entité : Hôpitaux IRIS Sud (N° INAMI 710087-50)\n- Qualité : Prestataire de soins \\: hôpital\n- Utilisateur : Dr Marie Dupont (mdupont)\n- Application : HospiSup',
      ].join('\n\n'),
    );
    const card = updated.attachments![0]!.content;
    expect(card.actions).toEqual([]);
    expect(card.body.map((b) => b.text)).toEqual([expect.stringMatching(new RegExp(`^✓ Confirmé par Sophie Lambert le ${WHEN} \\(heure de Bruxelles\\)\\.$`))]);
    expect(updated.channelData?.sesame).toMatchObject({ expecting: null, decided: 'confirmed' });

    // The old card clicked again (Teams keeps a copy open elsewhere, a double click): nothing runs.
    await click(summary, 'Confirmer', id);
    expect(last().text).toBe("Cette carte n'est plus d'actualité : ce clic n'a rien fait.");
    await click(summary, 'Annuler', id);
    expect(last().text).toBe("Cette carte n'est plus d'actualité : ce clic n'a rien fait.");
    expect(grants()).toBe(1);
    expect(connector.updated).toHaveLength(1);
  });

  it('a channel that returns no id (the Agents Playground, "emulator"): the card is still recorded and updated by the id the click names', async () => {
    connector.giveNoIds = true;
    const { summary } = await toSummary(['give HospiSup to 85073003328 at IRIS, capacity hospital, she is a doctor'], 'emulator', 'en-US');
    const marker = String(summary.channelData!.sesame!.marker);
    expect(sesame.store.cardMessages.find(PERSONAL, marker, 'confirm')).toMatchObject({ activityId: '' });

    await click(summary, 'Cancel', 'playground-card-7', 'emulator', 'en-US');
    expect(last().text).toContain('Cancelled: nothing has been recorded.');
    expect(connector.updated.map((u) => u.activityId)).toEqual(['playground-card-7']);
    const updated = connector.updated[0]!.activity as Sent;
    expect(updated.text).toMatch(/^Access request:\n\n- Entity: Hôpitaux IRIS Sud/);
    expect(updated.text).not.toContain('Shall I confirm?');
    expect(updated.attachments![0]!.content.body[0]!.text).toMatch(new RegExp(`^✗ Cancelled by Sophie Lambert on ${WHEN} \\(Brussels time\\): nothing was recorded\\.$`));

    await click(summary, 'Confirm', 'playground-card-7', 'emulator', 'en-US');
    expect(last().text).toBe('This card is no longer current: this click did nothing.');
    expect(grants()).toBe(0);
  });

  it('a summary shown again (language switch) replaces the older card; the decision is written in the language now spoken', async () => {
    const { summary, id } = await toSummary(['geef HospiSup aan 85073003328 bij IRIS, hoedanigheid ziekenhuis, zij is arts'], 'msteams', 'nl-BE');
    expect(summary.text).toContain('Zal ik bevestigen?');
    await post({ text: 'auf Deutsch bitte', locale: 'nl-BE' });
    const again = last();
    expect(again.channelData?.sesame?.expecting).toBe('confirm');
    const againId = `sent-${connector.received.length}`;
    // The Dutch card is written again without buttons, pointing to the German one below.
    expect(connector.updated.map((u) => u.activityId)).toEqual([id]);
    const replaced = connector.updated[0]!.activity as Sent;
    expect(replaced.attachments![0]!.content).toMatchObject({ actions: [], body: [{ text: 'Ersetzt durch eine neuere Zusammenfassung weiter unten.' }] });
    expect(replaced.text).toMatch(/^Zugangsanfrage:\n\n- Einrichtung: Hôpitaux IRIS Sud/);

    await post({ text: 'ja', locale: 'nl-BE' });
    expect(grants()).toBe(1);
    expect(connector.updated.map((u) => u.activityId)).toEqual([id, againId]);
    const decided = connector.updated[1]!.activity as Sent;
    expect(decided.text).toMatch(/^Zugangsanfrage:\n\n- Einrichtung: Hôpitaux IRIS Sud/);
    expect(decided.attachments![0]!.content.body[0]!.text).toMatch(new RegExp(`^✓ Bestätigt von Sophie Lambert am ${WHEN} \\(Brüsseler Zeit\\)\\.$`));
  });

  it('a typed "annuler" after the summary writes the card as cancelled, and a click on it then runs nothing', async () => {
    const { summary, id } = await toSummary(['bonjour', '2', '1', '85073003328', 'oui', 'hospisup']);
    await post({ text: 'non, on arrête tout' });
    expect(last().text).toContain("C'est annulé : rien n'a été enregistré.");
    expect(connector.updated.map((u) => u.activityId)).toEqual([id]);
    expect((connector.updated[0]!.activity as Sent).attachments![0]!.content.body[0]!.text).toMatch(
      new RegExp(`^✗ Annulé par Sophie Lambert le ${WHEN} \\(heure de Bruxelles\\) : rien n'a été enregistré\\.$`),
    );
    await click(summary, 'Confirmer', id);
    expect(last().text).toBe("Cette carte n'est plus d'actualité : ce clic n'a rien fait.");
    expect(grants()).toBe(0);
    expect(connector.updated).toHaveLength(1);
  });

  it('a summary sent to the personal chat from a group mention is followed there, even when "oui" is typed in the group', async () => {
    const GROUP = '19:3a9f0c1d2e4b4c5d8e7f6a5b4c3d2e1f@thread.v2';
    const inGroup = (text: string) => ({
      text: `<at>${BOT.name}</at> ${text}`,
      conversation: { id: GROUP, conversationType: 'groupChat', isGroup: true, tenantId: TENANT },
      entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }],
    });
    await post(inGroup('donne HospiSup à 85073003328 pour IRIS Sud, qualité hôpital'));
    const personalChat = 'a:personal-1';
    const inPersonal = connector.received.filter((r) => r.conversationId === personalChat);
    const summaryAt = inPersonal.findIndex((r) => (r.activity as Sent).channelData?.sesame?.expecting === 'confirm');
    expect(summaryAt).toBeGreaterThanOrEqual(0);
    const summaryId = `sent-${connector.received.indexOf(inPersonal[summaryAt]!) + 1}`;
    expect(JSON.stringify(inPersonal[summaryAt]!.activity)).not.toContain('"summary"');

    await post(inGroup('oui'));
    expect(grants()).toBe(1);
    expect(connector.updated.map((u) => [u.conversationId, u.activityId])).toEqual([[personalChat, summaryId]]);
    expect((connector.updated[0]!.activity as Sent).attachments![0]!.content.body[0]!.text).toMatch(/^✓ Confirmé par Sophie Lambert le /);
    // Nothing of it in the group: the update went to the personal chat only.
    expect(JSON.stringify(connector.received.filter((r) => r.conversationId === GROUP))).not.toMatch(/Dupont|85073003328/);
  });

  describe('a decision typed instead of clicked, with or without ids from the channel', () => {
    const FR = 'donne HospiSup à 85073003328 pour IRIS Sud, qualité hôpital';
    const NL = 'geef HospiSup aan 85073003328 bij IRIS, hoedanigheid ziekenhuis, zij is arts';
    const EN = 'give HospiSup to 85073003328 at IRIS, capacity hospital, she is a doctor';
    const decidedLine = (u: { activity: Record<string, unknown> }) => (u.activity as Sent).attachments![0]!.content.body[0]!.text;
    /** A turn with deliveryMode expectReplies: the replies come back in the HTTP answer, with no id from any channel. */
    const ask = async (text: string, locale: string): Promise<Sent[]> => {
      const res = await fetch(`${sesame.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: `17123456${String(++seq).padStart(5, '0')}`, channelId: 'emulator', serviceUrl: connector.url, deliveryMode: 'expectReplies',
          from: SOPHIE, recipient: BOT, conversation: { id: PERSONAL, conversationType: 'personal', tenantId: TENANT }, locale, text,
        }),
      });
      expect(res.status).toBe(200);
      await sesame.idle();
      return ((await res.json()) as { activities: Sent[] }).activities.filter((a) => (a as { type?: string }).type === 'message');
    };
    const summaryIn = async (sentence: string, locale: string) => {
      const summary = (await ask(sentence, locale)).at(-1)!;
      expect(summary.channelData?.sesame?.expecting).toBe('confirm');
      // The card carries Sésame's own id in the answer: the one an update will name.
      expect(summary.id).toMatch(/^sesame-card-[0-9a-f-]{36}$/);
      return summary;
    };

    it.each([
      ['fr-BE', FR, 'oui', "C'est enregistré pour Dr Marie Dupont", new RegExp(`^✓ Confirmé par Sophie Lambert le ${WHEN} \\(heure de Bruxelles\\)\\.$`)],
      ['en-US', EN, 'yes', 'Dr Marie Dupont', new RegExp(`^✓ Confirmed by Sophie Lambert on ${WHEN} \\(Brussels time\\)\\.$`)],
      ['nl-BE', NL, 'ja', 'Dr Marie Dupont', new RegExp(`^✓ Bevestigd door Sophie Lambert op ${WHEN} \\(Brusselse tijd\\)\\.$`)],
    ])('expectReplies (%s, no id from any channel): a typed confirm updates the card by the id Sésame gave it', async (locale, sentence, yes, saidPart, line) => {
      const summary = await summaryIn(sentence, locale);
      const marker = String(summary.channelData!.sesame!.marker);
      expect(sesame.store.cardMessages.find(PERSONAL, marker, 'confirm')).toMatchObject({ activityId: '' });

      const replies = await ask(yes, locale);
      expect(grants()).toBe(1);
      expect(replies.map((r) => r.text).join('\n')).toContain(saidPart);
      expect(connector.updated.map((u) => [u.conversationId, u.activityId])).toEqual([[PERSONAL, summary.id]]);
      const updated = connector.updated[0]!.activity as Sent;
      expect(updated.attachments![0]!.content.actions).toEqual([]);
      expect(decidedLine(connector.updated[0]!)).toMatch(line);
      expect(updated.channelData?.sesame).toMatchObject({ expecting: null, decided: 'confirmed' });
      // Decided: the card is not followed any more; a second "oui" grants and updates nothing.
      expect(sesame.store.cardMessages.find(PERSONAL, marker, 'confirm')).toBeUndefined();
      await ask(yes, locale);
      expect(grants()).toBe(1);
      expect(connector.updated).toHaveLength(1);
    });

    it.each([
      ['nl-BE', NL, 'stop er maar mee', new RegExp(`^✗ Geannuleerd door Sophie Lambert op ${WHEN} \\(Brusselse tijd\\): er is niets geregistreerd\\.$`)],
      ['en-US', EN, 'drop it', new RegExp(`^✗ Cancelled by Sophie Lambert on ${WHEN} \\(Brussels time\\): nothing was recorded\\.$`)],
      ['fr-BE', FR, 'non, on arrête tout', new RegExp(`^✗ Annulé par Sophie Lambert le ${WHEN} \\(heure de Bruxelles\\) : rien n'a été enregistré\\.$`)],
    ])('expectReplies (%s): a typed cancel writes the card as cancelled', async (locale, sentence, stop, line) => {
      const summary = await summaryIn(sentence, locale);
      const replies = await ask(stop, locale);
      expect(replies.at(-1)!.channelData?.sesame?.cancelled).toBe(true);
      expect(grants()).toBe(0);
      expect(connector.updated.map((u) => u.activityId)).toEqual([summary.id]);
      expect(decidedLine(connector.updated[0]!)).toMatch(line);
    });

    it('ids back (Teams, nl): a typed "ja" updates the card by the id Teams returned', async () => {
      const { summary, id } = await toSummary([NL], 'msteams', 'nl-BE');
      // Sésame names no card where the channel names them itself.
      expect(summary).not.toHaveProperty('id');
      await post({ text: 'ja', locale: 'nl-BE' });
      expect(grants()).toBe(1);
      expect(connector.updated.map((u) => u.activityId)).toEqual([id]);
      expect(decidedLine(connector.updated[0]!)).toMatch(new RegExp(`^✓ Bevestigd door Sophie Lambert op ${WHEN} \\(Brusselse tijd\\)\\.$`));
    });

    it.each([
      ['fr-BE', FR, 'oui', "C'est enregistré pour Dr Marie Dupont", /carte/i],
      ['en-US', EN, 'yes', 'Dr Marie Dupont', /\bcard\b/i],
    ])('a channel that delivered the card and returned no id (%s): nothing to update it by, and the chat says only what was decided', async (locale, sentence, yes, saidPart, noCard) => {
      connector.giveNoIds = true;
      await toSummary([sentence], 'emulator', locale);
      const before = messages().length;
      await post({ text: yes, locale }, 'emulator');
      expect(grants()).toBe(1);
      expect(connector.updated).toEqual([]);
      const replies = messages().slice(before);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toContain(saidPart);
      expect(replies[0]!.text).not.toMatch(noCard);
    });
  });
});
