import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { ChildServer } from '../support/child-server';
import { FakeConnector, type Reply } from '../support/harness';
import { addPopulation, hospisupTurns } from '../support/population';

export interface CrashOptions {
  conversations: number;
  rounds: number;
  /** Random pause before each kill: the kill lands anywhere in the traffic. */
  killAfterMs: [number, number];
  activationDelay: string;
}

export interface CrashOutcome {
  /** Conversation id → the grant ids its confirmation reply acknowledged. */
  acknowledged: Map<string, number[]>;
  kills: number;
  /** Sends that failed because the server was down and were redelivered with the same activity id. */
  redeliveries: number;
  /** HTTP answers other than 200 (none expected). */
  errors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = ([lo, hi]: [number, number]) => lo + Math.floor(Math.random() * (hi - lo));

/**
 * Drives `conversations` managers, all at once, through the HospiSup grant over HTTP to a server
 * process, while killing it with SIGKILL `rounds` times and restarting it. A send that fails is
 * redelivered with the same activity id once the server is back, as a channel does.
 */
export async function runCrashScenario(dbFile: string, connector: FakeConnector, options: CrashOptions) {
  const seed = Store.open(dbFile, { activationDelayMs: 1000 });
  loadCatalog(seed);
  loadDemoIfEmpty(seed);
  const nissList = addPopulation(seed, options.conversations);
  seed.close();

  const server = new ChildServer({ SESAME_DB: dbFile, ACTIVATION_DELAY: options.activationDelay });
  let up: Promise<string> = server.start();
  const outcome: CrashOutcome = { acknowledged: new Map(), kills: 0, redeliveries: 0, errors: [] };

  const send = async (conversationId: string, activityId: string, text: string): Promise<Reply> => {
    for (;;) {
      const url = await up;
      try {
        const res = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message', id: activityId, channelId: 'test', serviceUrl: connector.url, deliveryMode: 'expectReplies',
            conversation: { id: conversationId }, from: { id: 'demo-manager', name: 'Sophie' }, recipient: { id: 'sesame' },
            locale: 'fr-BE', text,
          }),
        });
        const body = await res.text();
        if (res.status !== 200) {
          outcome.errors.push(`${conversationId}/${activityId}: HTTP ${res.status} ${body.slice(0, 200)}`);
          await sleep(50);
          continue;
        }
        return (JSON.parse(body) as { activities: Reply[] }).activities.at(-1)!;
      } catch {
        // Connection refused or reset: the server is down; redeliver the same activity once it is back.
        outcome.redeliveries += 1;
        await sleep(20);
      }
    }
  };

  const converse = async (i: number) => {
    const conversationId = `crash-${i}`;
    const turns = hospisupTurns(nissList[i]!);
    for (const [k, text] of turns.entries()) {
      const reply = await send(conversationId, `${conversationId}-turn-${k}`, text);
      const done = reply.channelData?.sesame?.done;
      if (k === turns.length - 1 && done) outcome.acknowledged.set(conversationId, done.grants.map((g) => g.id));
    }
  };

  let finished = false;
  const traffic = Promise.all(Array.from({ length: options.conversations }, (_, i) => converse(i))).finally(() => (finished = true));
  const killer = (async () => {
    for (let round = 0; round < options.rounds && !finished; round++) {
      await up;
      await sleep(between(options.killAfterMs));
      if (finished) break;
      await server.kill();
      outcome.kills += 1;
      up = server.start();
    }
  })();
  await Promise.all([traffic, killer]);
  await up;
  return { outcome, server, nissList, send };
}
