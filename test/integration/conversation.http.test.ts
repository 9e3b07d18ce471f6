import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';

describe('conversation lifecycle over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const url = () => sesame.url;

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  const post = (activity: object) =>
    fetch(`${url()}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });

  it('welcomes a manager by name when the bot is added, in their language', async () => {
    const res = await post({
      type: 'conversationUpdate', id: 'cu-1', channelId: 'test', deliveryMode: 'expectReplies', locale: 'de-BE',
      conversation: { id: 'conv-welcome' }, from: { id: 'demo-manager' }, recipient: { id: 'sesame' },
      membersAdded: [{ id: 'demo-manager' }, { id: 'sesame' }],
    });
    const { activities } = (await res.json()) as { activities: { text: string }[] };
    expect(activities).toHaveLength(1);
    expect(activities[0]!.text).toMatch(/^Guten Tag Sophie Lambert/);
  });

  it('restarts politely, in the user\'s language, when the saved state is from an older version', async () => {
    const chat = new ChatClient(url, 'conv-old', { locale: 'en-US' });
    await chat.walk(['hello', '2']);
    sesame.store.db.prepare(`UPDATE conversations SET machine_version = 0, snapshot = '{"status":"active","value":"gone"}' WHERE id = ?`).run('conv-old');
    // "1" answered a question that is gone: it chooses nothing, and no request is opened for it.
    const [reply] = await chat.send('1');
    expect(reply!.text).toMatch(/^Sésame has been updated/);
    expect(reply!.text).toContain('What can I do for you?');
    expect(reply!.channelData!.sesame!.expecting).toBeNull();
  });

  it('restarts politely a conversation saved as the flows were before the conversation machine', async () => {
    const chat = new ChatClient(url, 'conv-flows', { locale: 'en-US' });
    await chat.walk(['hello', '2']);
    const flows = { sesameFlows: 1, grant: { status: 'active', value: { asking: 'quality' }, context: { managerId: 1 } }, side: null, seq: 0 };
    sesame.store.db.prepare(`UPDATE conversations SET machine_version = 3, snapshot = ? WHERE id = ?`).run(JSON.stringify(flows), 'conv-flows');
    // "1" answered a question that is gone: it chooses nothing, and no request is opened for it.
    const [reply] = await chat.send('1');
    expect(reply!.text).toMatch(/^Sésame has been updated/);
    expect(reply!.text).toContain('What can I do for you?');
    expect(reply!.channelData!.sesame!.expecting).toBeNull();
  });

  it('restarts politely when the saved snapshot cannot be read at all', async () => {
    const chat = new ChatClient(url, 'conv-broken');
    await chat.walk(['bonjour', '2']);
    const { CONVERSATION_MACHINE_VERSION } = await import('../../dialogs/conversation.machine');
    sesame.store.db.prepare(`UPDATE conversations SET machine_version = ?, snapshot = '{"status":"active","value":"nowhere","context":{"managerId":1}}' WHERE id = ?`)
      .run(CONVERSATION_MACHINE_VERSION, 'conv-broken');
    const [reply] = await chat.send('bonjour');
    expect(reply!.text).toContain('recommençons');
    expect(reply!.channelData!.sesame!.expecting).toBe('entity');
  });

  it('restarts politely when the saved grant request inside the conversation cannot be read', async () => {
    const chat = new ChatClient(url, 'conv-broken-child');
    await chat.walk(['bonjour', '2']);
    const row = sesame.store.db.prepare(`SELECT snapshot FROM conversations WHERE id = ?`).get('conv-broken-child') as { snapshot: string };
    const saved = JSON.parse(row.snapshot) as { children: { grant: { snapshot: { value: unknown } } } };
    saved.children.grant.snapshot.value = 'nowhere';
    sesame.store.db.prepare(`UPDATE conversations SET snapshot = ? WHERE id = ?`).run(JSON.stringify(saved), 'conv-broken-child');
    const [reply] = await chat.send('bonjour');
    expect(reply!.text).toContain('recommençons');
    expect(reply!.channelData!.sesame!.expecting).toBe('entity');
  });

  it('runs the turns of one conversation one at a time, in arrival order', async () => {
    const chat = new ChatClient(url, 'conv-order');
    const replies = await Promise.all(['bonjour', '2', '1', '85073003328'].map((t) => chat.send(t)));
    expect(replies.map((r) => r[0]!.channelData!.sesame!.expecting)).toEqual(['entity', 'quality', 'niss', 'confirmPerson']);
  });
});
