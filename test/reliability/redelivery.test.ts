import { nissCheckDigits } from '../../src/domain/niss';
import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig, type Reply } from '../support/harness';
import { storeRows } from '../support/store-digest';

const NEW_NISS = `960229456${nissCheckDigits('960229456', 1900)}`;

/** A run: conversations and their turns, meant to change the store in every way a chat can. */
const STORY: { conversation: string; from: string; locale: string; texts: string[] }[] = [
  { conversation: 'r-hospisup', from: 'demo-manager', locale: 'fr-BE', texts: ['bonjour', '2', '1', '85.07.30-033.28', 'oui', 'hospisup', 'oui', 'bonjour'] },
  { conversation: 'r-two-apps', from: 'demo-manager', locale: 'nl-BE', texts: ['hallo', '2', '1', '90041212377', 'ja', 'Colindos, Hospiliss', 'arts', 'ja'] },
  {
    conversation: 'r-new-user', from: 'demo-manager', locale: 'fr-BE',
    texts: ['bonjour', '2', '1', NEW_NISS, 'lgerard', 'lgerard', 'Gérard', 'Léa', 'aucun', 'français', 'lea.gerard@example.org', 'aucune',
      'Colindos', 'collaborateur', 'médecin-spécialiste', '01-03-2027', '31-12-2027', 'oui'],
  },
  { conversation: 'r-cancel', from: 'demo-manager', locale: 'en-GB', texts: ['hello', '1', '82022116865', 'yes', 'stop', 'hello'] },
  { conversation: 'r-stranger', from: 'nobody', locale: 'de-DE', texts: ['hallo', 'ja'] },
  { conversation: 'r-helpdesk', from: 'demo-helpdesk', locale: 'en-GB', texts: ['hello'] },
];

type Delivery = 'once' | 'twice';

/**
 * Twice: every activity is delivered again, late (after the next one of its conversation) and,
 * for every other one, a third time concurrently with the first: what a channel retrying after a
 * timeout does. Turns of one conversation keep their order (the protocol's only guarantee).
 */
async function play(sesame: Sesame, delivery: Delivery) {
  const mismatches: string[] = [];
  for (const s of STORY) {
    const chat = new ChatClient(() => sesame.url, s.conversation, { from: s.from, locale: s.locale });
    const first = new Map<string, Reply[]>();
    const check = (id: string, replies: Reply[]) => {
      if (JSON.stringify(replies) !== JSON.stringify(first.get(id))) mismatches.push(`${s.conversation}/${id}`);
    };
    for (const [k, text] of s.texts.entries()) {
      const id = `${s.conversation}-${k}`;
      if (delivery === 'twice' && k % 2 === 1) {
        const [a, b] = await Promise.all([chat.send(text, { id }), chat.send(text, { id })]);
        first.set(id, a);
        if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${s.conversation}/${id} concurrent`);
      } else first.set(id, await chat.send(text, { id }));
      if (delivery === 'twice' && k > 0) {
        const late = `${s.conversation}-${k - 1}`;
        check(late, await chat.send(s.texts[k - 1]!, { id: late }));
      }
    }
    if (delivery === 'twice') {
      const last = `${s.conversation}-${s.texts.length - 1}`;
      check(last, await chat.send(s.texts.at(-1)!, { id: last }));
    }
  }
  return mismatches;
}

/** Invitation tokens are random by design: only their presence is compared. */
const RANDOM_COLUMNS = ['token_hash'];

describe('every activity delivered twice, late or concurrently', () => {
  const NOW = Date.UTC(2026, 2, 10, 9, 0, 0);
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
    // Only Date is frozen, so two runs write the same times; timers and I/O run as usual.
    jest.useFakeTimers({
      now: NOW,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
  });
  afterEach(() => {
    jest.useRealTimers();
    tmp.cleanup();
  });

  const run = async (delivery: Delivery) => {
    const sesame = await startTestSesame(testConfig(`${tmp.dir}/${delivery}.db`));
    try {
      const mismatches = await play(sesame, delivery);
      return { mismatches, rows: storeRows(sesame.store.db, { volatileColumns: RANDOM_COLUMNS }), grants: sesame.store.access.listGrants().length };
    } finally {
      await sesame.close();
    }
  };

  it('answers each redelivery as the first time and leaves the same store as a single delivery', async () => {
    const once = await run('once');
    const twice = await run('twice');
    expect(once.grants).toBe(4);
    expect(twice.mismatches).toEqual([]);
    expect(twice.rows).toEqual(once.rows);
  });
});
