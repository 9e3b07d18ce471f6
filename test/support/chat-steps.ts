import type { ChatClient } from './harness';

/** One message of a scripted conversation: the slot asked after it, what the replies must and must not say. */
export interface Step {
  text: string;
  slot: string | null;
  says?: (string | RegExp)[];
  never?: string[];
}

/** Sends each step and checks what the manager reads; the step's text names every failure. */
export async function expectSteps(chat: ChatClient, steps: readonly Step[]): Promise<void> {
  for (const { text, slot, says = [], never = [] } of steps) {
    const replies = await chat.send(text);
    const last = replies[replies.length - 1]!;
    const said = replies.map((r) => r.text ?? '').join('\n');
    expect({ text, slot: last.channelData?.sesame?.expecting ?? null }).toEqual({ text, slot });
    for (const s of says) expect({ text, said }).toEqual({ text, said: typeof s === 'string' ? expect.stringContaining(s) : expect.stringMatching(s) });
    for (const s of never) expect({ text, said }).toEqual({ text, said: expect.not.stringContaining(s) });
  }
}
