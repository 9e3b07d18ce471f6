import type { Sesame } from '../../src/app';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { DirectLineClient, type DlActivity } from '../support/directline';

type Data = { sesame: { slot: string; marker: string; action?: string; answer?: string } };
const actionsOf = (a: DlActivity) => (a.attachments?.[0]?.content as { actions: { title: string; data: Data }[] }).actions;
const submitOf = (a: DlActivity, title?: string): Data => {
  const actions = actionsOf(a);
  return (title ? actions.find((x) => x.title === title) : actions[0])!.data;
};

describe('card submits through the same path as text', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let chat: DirectLineClient;

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { directLineSecret: 'cards-test-secret-0123456789-abcdefghijklmn' }));
    chat = await DirectLineClient.demo(sesame.url, 'en-GB');
    chat.locale = 'en-GB';
    await chat.start();
    await chat.botReplies(1);
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  const click = async (value: unknown, locale = 'en-GB') => {
    await chat.post({ value, locale });
    return (await chat.botReplies(1))[0]!;
  };

  /** Entity and person by card, up to the summary card. */
  const toSummary = async () => {
    const entity = await chat.say('hello');
    expect(entity.channelData?.sesame?.expecting).toBe('entity');
    const quality = await click({ ...submitOf(entity), choice: '710087-50' });
    const niss = await click({ ...submitOf(quality), choice: 'HOSPITAL' });
    expect(niss.channelData?.sesame?.expecting).toBe('niss');
    const person = await chat.say('85073003328');
    const applications = await click(submitOf(person, 'Yes'));
    const summary = await click({ ...submitOf(applications), choice: 'HOSPISUP' });
    expect(summary.channelData?.sesame?.expecting).toBe('confirm');
    return { entity, summary };
  };

  it('confirms once, updates the summary card in place, and answers a second click and a late click as outdated', async () => {
    const { entity, summary } = await toSummary();
    const done = await click(submitOf(summary, 'Confirm'));
    expect(done.text).toContain('Recorded for Dr Marie Dupont');
    // The update: the same activity id again, the request as decided (no question), who and when, the buttons gone.
    const log = (await chat.activities('0')).activities.filter((a) => a.id === summary.id);
    expect(log).toHaveLength(2);
    expect(log[1]!.text).toBe(summary.text!.replace('Here is what I am going to do:', 'Access request:').replace(/\n\nAccess will be active.*$/s, ''));
    expect(actionsOf(log[1]!)).toEqual([]);
    const decided = (log[1]!.attachments![0]!.content as { body: { text: string }[] }).body.map((b) => b.text);
    expect(decided).toEqual([expect.stringMatching(/^✓ Confirmed by Sophie Lambert on \d\d\/\d\d\/\d{4} \d\d:\d\d \(Brussels time\)\.$/)]);

    const again = await click(submitOf(summary, 'Confirm'));
    expect(again.text).toBe('This card is no longer current: this click did nothing.');
    // The page switched to French since (its picker): the late click is answered in French.
    chat.pickedLocale = 'fr-BE';
    const late = await click({ ...submitOf(entity), choice: '710338-90' }, 'fr-BE');
    expect(late.text).toBe("Cette carte n'est plus d'actualité : ce clic n'a rien fait.");
    expect(sesame.store.access.listGrants()).toHaveLength(1);
  });

  it('answers two clicks sent at once with one grant', async () => {
    const { summary } = await toSummary();
    await Promise.all([chat.post({ value: submitOf(summary, 'Confirm') }), chat.post({ value: submitOf(summary, 'Confirm') })]);
    // Besides the two answers, the summary card comes again: its update (buttons gone).
    const replies = await chat.botReplies(3);
    expect(replies.filter((r) => r.id === summary.id)).toHaveLength(1);
    expect(replies.filter((r) => r.id !== summary.id).map((r) => r.text?.slice(0, 12)).sort()).toEqual(['Recorded for', 'This card is']);
    expect(sesame.store.access.listGrants()).toHaveLength(1);
  });

  it('"Change" asks what to change and keeps the request; a typed correction works; "Cancel" cancels', async () => {
    const { summary } = await toSummary();
    const changed = await click(submitOf(summary, 'Change'));
    expect(changed.text).toContain('or a correction (e.g. "change the date", "not Colindos")');
    expect(changed.text).toContain('User: Dr Marie Dupont (mdupont)');
    expect(changed.channelData?.sesame?.expecting).toBe('confirm');
    const corrected = await chat.say('not HospiSup, eBirth');
    expect(corrected.text).toContain('Application: eBirth');
    const cancelled = await click({ sesame: { ...submitOf(corrected).sesame, action: 'cancel' } });
    expect(cancelled.text).toContain('Cancelled: nothing has been recorded.');
    expect(sesame.store.access.listGrants()).toHaveLength(0);
  });
  it('a user list asked in the middle of a grant ends with the summary card, and its Confirm click still counts', async () => {
    await toSummary();
    const list = await chat.say('list the users of IRIS');
    expect(list.text).toContain('Let us go back to your access request in progress.');
    expect(list.channelData?.sesame?.expecting).toBe('confirm');
    const done = await click(submitOf(list, 'Confirm'));
    expect(done.text).toContain('Recorded for Dr Marie Dupont');
    expect(sesame.store.access.listGrants()).toHaveLength(1);
  });

  it('"Submit" with nothing on the end-date card is said as "no end date" on the summary', async () => {
    const person = await chat.say('give Colindos to 90041212377 at IRIS, capacity hospital, works for a doctor');
    expect(person.channelData?.sesame?.expecting).toBe('confirmPerson');
    const start = await click(submitOf(person, 'Yes'));
    expect(start.channelData?.sesame?.expecting).toBe('startDate');
    const end = await chat.say('15-12-2099');
    expect(end.channelData?.sesame?.expecting).toBe('endDate');
    const summary = await click(submitOf(end));
    expect(summary.channelData?.sesame?.expecting).toBe('confirm');
    expect(summary.text).toContain('from 15/12/2099, no end date');
    await click(submitOf(summary, 'Confirm'));
    expect(sesame.store.access.listFunctions().map((f) => [f.startDate, f.endDate])).toEqual([['2099-12-15', null]]);
  });
});
