import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { TypingMiddleware } from '../../src/bot/typing';

/** Lets timers that are already due run first (the indicator's is due at once with a 0 delay). */
const afterDueTimers = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('TypingMiddleware', () => {
  it('shows typing while a slow turn works, and stops once the answer is sent', async () => {
    const adapter = new TestAdapter(async (context) => {
      await afterDueTimers();
      await context.sendActivity('done');
      await afterDueTimers(); // the turn goes on a little: no indicator after the answer
    }).use(new TypingMiddleware(0, 2));
    await adapter.send('hello');
    await afterDueTimers();
    const sent = adapter.activeQueue.map((a) => (a.type === ActivityTypes.Message ? `message:${a.text}` : a.type));
    expect(sent[0]).toBe(ActivityTypes.Typing);
    expect(sent.at(-1)).toBe('message:done');
    expect(new Set(sent)).toEqual(new Set([ActivityTypes.Typing, 'message:done']));
  });

  it('shows nothing on a quick turn', async () => {
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity('quick');
    }).use(new TypingMiddleware(60_000));
    await adapter.send('hello').assertReply('quick');
    expect(adapter.activeQueue).toEqual([]);
  });

  it('shows nothing when the replies travel in the HTTP answer (expectReplies), nor for events', async () => {
    const adapter = new TestAdapter(async (context) => {
      await afterDueTimers();
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity('done');
    }).use(new TypingMiddleware(0));
    await adapter.send({ type: ActivityTypes.Message, text: 'hello', deliveryMode: 'expectReplies' } as Partial<Activity>);
    await adapter.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'u', name: 'u' }] } as Partial<Activity>);
    expect(JSON.stringify(adapter.activeQueue)).not.toContain(ActivityTypes.Typing);
  });
});
