import type { Store } from '../../src/store/store';
import { InvitationSender } from '../../src/mail/invitation-sender';
import type { Mail } from '../../src/mail/mailer';
import { createLogger } from '../../src/logger';
import { tokenHash } from '../../src/password/token';
import { demoStore, NOW } from '../store/fixtures';
import { grant, lookUp, type Ids } from '../store/people-fixtures';
import { servicesOf } from '../../src/services';

let store: Store;
let ids: Ids;
let now: number;
const clock = { now: () => now, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms + 10_000_000), clearTimeout: (t: NodeJS.Timeout) => clearTimeout(t) };

beforeEach(async () => {
  store = demoStore();
  ids = lookUp(store);
  now = NOW;
  // The demo's own invitation is not what these tests look at.
  store.db.prepare(`DELETE FROM mail_outbox`).run();
});
afterEach(() => store.close());

async function createAlice() {
  await grant(store, {
    managerId: ids.coRae, qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'],
    user: { newUser: { niss: '75010112371', username: 'amartin', lastName: 'Martin', firstName: 'Alice', title: null, language: 'en', email: 'alice@example.org', localEmail: null } },
  });
  return store.people.userByUsername('amartin')!;
}

function sender(send: (m: Mail) => Promise<string>, holder?: string) {
  return new InvitationSender(store.invitations, servicesOf(store).invitations, store.people, send, { publicUrl: 'https://sesame.example', invitationTtlMs: 72 * 3_600_000 }, createLogger('silent'), clock, { holder });
}

describe('InvitationSender', () => {
  it('queues the invitation in the transaction that creates the user, and sends it after, once', async () => {
    const alice = await createAlice();
    expect(store.invitations.due(now)).toEqual([{ id: expect.any(Number), kind: 'invitation', userId: alice.id, attempts: 0 }]);
    const sent: Mail[] = [];
    const s = sender(async (m) => (sent.push(m), 'ok'));
    await s.flush();
    await s.flush();
    s.stop();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('alice@example.org');
    expect(sent[0]!.subject).toBe('Sésame: choose your password');
    const token = /password\/([\w-]{43})/.exec(sent[0]!.text)![1]!;
    expect(sent[0]!.text).toContain('https://sesame.example/password/');
    expect(sent[0]!.text).toContain('expires on 13/03/2026');
    expect(servicesOf(store).invitations.check(token, now)).toMatchObject({ ok: true, user: { id: alice.id } });
    expect(store.db.prepare(`SELECT token_hash FROM password_tokens`).all()).toEqual([{ token_hash: tokenHash(token) }]);
  });

  it('retries a failed send with back-off; the link of the failed attempt is replaced', async () => {
    await createAlice();
    let fail = true;
    const texts: string[] = [];
    const s = sender(async (m) => {
      texts.push(m.text);
      if (fail) throw new Error('SMTP down');
      return 'ok';
    });
    await s.flush();
    expect(store.invitations.counts()).toEqual({ pending: 1 });
    expect(store.invitations.due(now)).toEqual([]);
    fail = false;
    now += 60_000;
    await s.flush();
    s.stop();
    expect(store.invitations.counts()).toEqual({ sent: 1 });
    const [first, second] = texts.map((t) => /password\/([\w-]{43})/.exec(t)![1]!);
    expect(servicesOf(store).invitations.check(first!, now)).toMatchObject({ ok: false, problem: 'replaced' });
    expect(servicesOf(store).invitations.check(second!, now).ok).toBe(true);
  });

  it('sends nothing to a user who has set their password meanwhile', async () => {
    const alice = await createAlice();
    store.db.prepare(`UPDATE users SET status = 'active' WHERE id = ?`).run(alice.id);
    const send = jest.fn(async () => 'ok');
    const s = sender(send);
    await s.flush();
    s.stop();
    expect(send).not.toHaveBeenCalled();
    expect(store.invitations.counts()).toEqual({ sent: 1 });
  });

  it('sends each invitation once when two senders (the server and the CLI, two instances) flush at once', async () => {
    await createAlice();
    store.db.prepare(`UPDATE users SET status = 'invited' WHERE id = ?`).run(ids.marie);
    store.invitations.queueInvitation(ids.marie, now);
    const sent: string[] = [];
    const slowly = async (m: Mail) => {
      await new Promise((resolve) => setImmediate(resolve));
      sent.push(m.to);
      return 'ok';
    };
    const [a, b] = [sender(slowly, 'server'), sender(slowly, 'cli')];
    await Promise.all([a.flush(), b.flush()]);
    a.stop();
    b.stop();
    expect(sent.sort()).toEqual(['alice@example.org', store.people.userById(ids.marie)!.email].sort());
    expect(store.invitations.counts()).toEqual({ sent: 2 });
  });
});
