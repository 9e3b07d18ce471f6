import jwt from 'jsonwebtoken';
import WebSocket from 'ws';
import type { Sesame } from '../../src/app';
import { TokenIssuer } from '../../src/directline/tokens';
import { connectorKeyOf, connectorPath } from '../../src/directline/routes';
import { startTestSesame, tempDir, testConfig } from '../support/harness';
import { DirectLineClient, openStream } from '../support/directline';
import { servicesOf } from '../../src/services';

/**
 * Who gets a web chat token, for how long, and what a token is worth once its manager lost their
 * role: over real HTTP and WebSocket, against the real server.
 */
const SECRET = 'test-direct-line-secret-0123456789-abcdefghij';
const SAINTE_ANNE = '710338-90';
const HOUR = 3600_000;

type ErrorBody = { error: { code: string; message: string } };
type Payload = { sub: string; auth_time: number; iat: number; exp: number };
const payloadOf = (token: string) => jwt.decode(token) as Payload;

describe('Direct Line tokens', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const closers: (() => void)[] = [];
  const site = () => new DirectLineClient(sesame.url, '');

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { directLineSecret: SECRET }));
    // Els Janssens, a user of Sainte-Anne made its GA by its RAE (the demo's Sophie Lambert), chatting as 'gaelle'.
    const entityId = sesame.store.catalog.entityByInami(SAINTE_ANNE)!.id;
    const sophie = sesame.store.people.managerByChannelUserId('demo-manager')!;
    await servicesOf(sesame.store).designations.designate(sophie.id, { userId: sesame.store.people.userByUsername('ejanssens')!.id, channelUserId: 'gaelle', role: 'GA', entityId });
  });
  afterEach(async () => {
    closers.splice(0).forEach((c) => c());
    await sesame?.close();
    tmp.cleanup();
  });

  const generate = (userId: string, secret: string | null = SECRET) => site().request('POST', '/tokens/generate', { user: { id: userId, name: 'Someone' }, locale: 'fr-BE' }, secret);
  /** The manager's client, with a conversation started and the welcome read. */
  const chatOf = async (userId: string) => {
    const res = await generate(userId);
    expect(res.status).toBe(200);
    const chat = new DirectLineClient(sesame.url, ((await res.json()) as { token: string }).token);
    await chat.start();
    await chat.botReplies(1);
    return chat;
  };
  const removeGaelle = async () => {
    const sophie = sesame.store.people.managerByChannelUserId('demo-manager')!;
    const entityId = sesame.store.catalog.entityByInami(SAINTE_ANNE)!.id;
    expect(await servicesOf(sesame.store).designations.remove(sophie.id, { channelUserId: 'gaelle', role: 'GA', entityId })).toEqual({ changed: true });
  };
  const refusals = () =>
    sesame.store.audit
      .list({ action: 'openWebChat', outcome: 'refused' })
      .map((e) => ({ by: e.by, ...(e.details as { request: string; reason: string; channelUserId?: string }) }))
      .reverse();

  describe('tokens/generate', () => {
    it('refuses an id Sésame does not know, says why, audits it and opens no conversation', async () => {
      for (const id of ['someone-else', 'DEMO-MANAGER', 'demo-manager ', '29:1strangerTeamsId']) {
        const res = await generate(id);
        expect(res.status).toBe(403);
        expect(((await res.json()) as ErrorBody).error).toEqual({ code: 'UnknownManager', message: expect.stringContaining('sesame managers add') });
      }
      expect(refusals()).toEqual(
        ['someone-else', 'DEMO-MANAGER', 'demo-manager ', '29:1strangerTeamsId'].map((id) => ({ by: id, channelUserId: id, request: 'generate', reason: 'unknown' })),
      );
      expect(sesame.store.db.prepare('SELECT count(*) AS n FROM directline_conversations').get()).toEqual({ n: 0 });
    });

    it('gives a known manager, RAE, GA or helpdesk, an hour-long token whose first issue is now', async () => {
      for (const id of ['demo-manager', 'gaelle', 'demo-helpdesk']) {
        const before = Math.floor(Date.now() / 1000);
        const res = await generate(id);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { token: string; conversationId: string; expires_in: number };
        expect(body.expires_in).toBe(3600);
        const p = payloadOf(body.token);
        expect(p.sub).toBe(id);
        expect(p.auth_time).toBe(p.iat);
        expect(p.auth_time).toBeGreaterThanOrEqual(before);
      }
      expect(refusals()).toEqual([]);
    });

    it('refuses without the secret or with a wrong one, for a known id as for an unknown one, and audits nothing (anyone could)', async () => {
      for (const id of ['demo-manager', 'someone-else']) {
        for (const secret of [null, 'wrong-secret', `${SECRET}x`, SECRET.slice(1)]) {
          const res = await generate(id, secret);
          expect(res.status).toBe(401);
          expect(((await res.json()) as ErrorBody).error.code).toBe('Unauthorized');
        }
      }
      // A user token is not the secret either.
      const token = ((await (await generate('gaelle')).json()) as { token: string }).token;
      expect((await generate('demo-manager', token)).status).toBe(401);
      expect(refusals()).toEqual([]);
    });

    it('refuses a manager whose every role was withdrawn, though Sésame still knows them', async () => {
      await removeGaelle();
      const res = await generate('gaelle');
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorBody).error.code).toBe('NoManagerRole');
      expect(refusals()).toEqual([{ by: 'gaelle', request: 'generate', reason: 'noRole' }]);
    });
  });

  describe('a token issued before the role was withdrawn', () => {
    it('no longer refreshes, resumes, reads, posts or streams: 403 with the reason, each refusal audited', async () => {
      const chat = await chatOf('gaelle');
      const path = `/conversations/${chat.conversationId}`;
      // While she holds the role, all of it works.
      expect((await chat.request('POST', '/tokens/refresh')).status).toBe(200);
      expect((await chat.request('GET', `${path}/activities`)).status).toBe(200);
      await removeGaelle();

      const answers = [
        await chat.request('POST', '/tokens/refresh'),
        await chat.request('GET', path),
        await chat.request('GET', `${path}/activities?watermark=0`),
        await chat.request('POST', `${path}/activities`, { type: 'message', text: 'bonjour' }),
        await chat.request('POST', '/conversations'),
      ];
      for (const res of answers) {
        expect(res.status).toBe(403);
        expect(((await res.json()) as ErrorBody).error).toEqual({ code: 'NoManagerRole', message: expect.stringContaining('no access manager role') });
      }
      await expect(openStream(chat.streamUrl)).rejects.toThrow('HTTP 403');
      const streamBody = await new Promise<string>((resolve) => {
        const ws = new WebSocket(chat.streamUrl);
        ws.on('unexpected-response', (_req, res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += String(c)));
          res.on('end', () => resolve(text));
        });
        ws.on('error', () => undefined);
      });
      expect((JSON.parse(streamBody) as ErrorBody).error.code).toBe('NoManagerRole');

      expect(refusals().map((r) => r.request)).toEqual(['refresh', 'resume', 'history', 'post', 'start', 'stream', 'stream']);
      expect(refusals().every((r) => r.by === 'gaelle' && r.reason === 'noRole')).toBe(true);
      // The refused post never reached the log nor the bot.
      expect(sesame.store.directLine.after(chat.conversationId, 0).map((r) => r.activity.type)).toEqual(['message']);
    });

    it('closes a stream opened before, at the next activity, instead of carrying it', async () => {
      const chat = await chatOf('gaelle');
      const stream = await openStream(chat.streamUrl);
      closers.push(() => stream.ws.close());
      await stream.next(1);
      const closed = new Promise<number>((resolve) => stream.ws.once('close', (code) => resolve(code)));
      await removeGaelle();
      // The bot writes to the conversation through its connector, as an activation notice would.
      const connector = `${sesame.url}${connectorPath(connectorKeyOf(SECRET))}/v3/conversations/${encodeURIComponent(chat.conversationId)}/activities`;
      const sent = await fetch(connector, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'Dr Marie Dupont a maintenant accès' }) });
      expect(sent.status).toBe(200);
      expect(await closed).toBe(1008);
      expect(stream.groups.flatMap((g) => g.activities).map((a) => a.text)).not.toContain('Dr Marie Dupont a maintenant accès');
    });

    it('works again, the old token included, once a role is given back', async () => {
      const chat = await chatOf('gaelle');
      await removeGaelle();
      expect((await chat.request('GET', `/conversations/${chat.conversationId}/activities`)).status).toBe(403);
      const sophie = sesame.store.people.managerByChannelUserId('demo-manager')!;
      await servicesOf(sesame.store).designations.designate(sophie.id, { userId: sesame.store.people.userByUsername('ejanssens')!.id, channelUserId: 'gaelle', role: 'CO_RAE', entityId: sesame.store.catalog.entityByInami(SAINTE_ANNE)!.id });
      // The old token too: the role is asked at each use, not written in the token.
      expect((await chat.request('GET', `/conversations/${chat.conversationId}/activities`)).status).toBe(200);
    });
  });

  describe('the local demo page', () => {
    it('still chats as the demo manager, and stops once the demo manager holds no role', async () => {
      const demo = await DirectLineClient.demo(sesame.url);
      await demo.start();
      const [welcome] = await demo.botReplies(1);
      expect(welcome!.text).toContain('Bonjour Sophie Lambert');
      expect(payloadOf(demo.token).auth_time).toBe(payloadOf(demo.token).iat);

      sesame.store.db.prepare(`DELETE FROM manager_roles WHERE manager_id = (SELECT id FROM managers WHERE channel_user_id = 'demo-manager')`).run();
      const res = await fetch(`${sesame.url}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorBody).error.code).toBe('NoManagerRole');
      expect((await demo.request('GET', `/conversations/${demo.conversationId}/activities`)).status).toBe(403);
      expect(refusals().map((r) => [r.request, r.reason])).toEqual([
        ['demoToken', 'noRole'],
        ['history', 'noRole'],
      ]);
    });
  });

  describe('the first-issue time', () => {
    it('is kept by every refresh, resume and new conversation', async () => {
      const chat = await chatOf('gaelle');
      const first = payloadOf(chat.token).auth_time;
      const tokens: string[] = [];
      for (const [method, path] of [['POST', '/tokens/refresh'], ['GET', `/conversations/${chat.conversationId}`], ['POST', '/conversations']] as const) {
        const res = await chat.request(method, path);
        expect(res.status).toBeLessThan(300);
        tokens.push(((await res.json()) as { token: string }).token);
      }
      // A refreshed token refreshes again, still from the first issue.
      const again = await chat.request('POST', '/tokens/refresh', undefined, tokens[0]!);
      tokens.push(((await again.json()) as { token: string }).token);
      expect(tokens.map((t) => payloadOf(t).auth_time)).toEqual([first, first, first, first]);
    });

    it('cannot be moved: a token with a forged claim is refused as not valid (401)', async () => {
      const chat = await chatOf('gaelle');
      const [header, body, signature] = chat.token.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Payload;
      const encode = (p: object) => Buffer.from(JSON.stringify(p)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const forgeries = {
        'a later first issue, old signature': `${header}.${encode({ ...claims, auth_time: now + 60 })}.${signature}`,
        'another user, old signature': `${header}.${encode({ ...claims, sub: 'demo-manager' })}.${signature}`,
        'signed with another secret': jwt.sign({ sub: 'gaelle', auth_time: now, iat: now }, 'another-secret-of-at-least-32-characters!!', { issuer: 'sesame', audience: 'sesame-directline', expiresIn: 3600 }),
        'no first issue (signed right)': jwt.sign({ sub: 'gaelle', iat: now }, SECRET, { issuer: 'sesame', audience: 'sesame-directline', expiresIn: 3600 }),
        'first issue after the issue (signed right)': jwt.sign({ sub: 'gaelle', auth_time: now + 60, iat: now }, SECRET, { issuer: 'sesame', audience: 'sesame-directline', expiresIn: 3600 }),
        'alg none': `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims, auth_time: now })}.`,
      };
      for (const [what, token] of Object.entries(forgeries)) {
        const res = await chat.request('POST', '/tokens/refresh', undefined, token);
        expect([what, res.status]).toEqual([what, 401]);
        expect(((await res.json()) as ErrorBody).error).toEqual({ code: 'Unauthorized', message: 'the token is not valid' });
      }
      expect(refusals()).toEqual([]);
    });

    it('refuses a genuine token whose chain is older than 12 h, even before its own expiry', async () => {
      const chat = await chatOf('gaelle');
      const now = Math.floor(Date.now() / 1000);
      // What no refresh can produce, but the secret could sign: expiry ahead, first issue 12 h ago.
      const old = jwt.sign({ sub: 'gaelle', auth_time: now - 12 * 3600, iat: now - 60 }, SECRET, { issuer: 'sesame', audience: 'sesame-directline', expiresIn: 3000 });
      for (const [method, path] of [['POST', '/tokens/refresh'], ['GET', `/conversations/${chat.conversationId}/activities`]] as const) {
        const res = await chat.request(method, path, undefined, old);
        expect(res.status).toBe(403);
        expect(((await res.json()) as ErrorBody).error.code).toBe('TokenMaxLifetime');
      }
      expect(refusals()).toEqual([
        { by: 'gaelle', request: 'refresh', reason: 'maxLifetime' },
        { by: 'gaelle', request: 'history', reason: 'maxLifetime' },
      ]);
    });
  });
});

describe('a token refreshed all day', () => {
  const T0 = Date.UTC(2026, 11, 1, 7, 0, 0);
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  beforeEach(() => {
    tmp = tempDir();
    // Only Date is frozen and moved by hand: timers and I/O run as usual.
    jest.useFakeTimers({
      now: T0,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
  });
  afterEach(async () => {
    await sesame?.close();
    jest.useRealTimers();
    tmp.cleanup();
  });

  it('lives 12 h from its first issue, its last hour shortened to fit, then is refused with TokenMaxLifetime', async () => {
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { directLineSecret: SECRET }));
    const site = new DirectLineClient(sesame.url, '');
    const generated = (await (await site.request('POST', '/tokens/generate', { user: { id: 'demo-manager' } }, SECRET)).json()) as { token: string };
    let token = generated.token;
    const lifetimes: number[] = [];
    // directlinejs refreshes every 15 minutes; every 50 here, within each token's hour.
    for (let at = T0 + 50 * 60_000; at < T0 + 12 * HOUR; at += 50 * 60_000) {
      jest.setSystemTime(at);
      const res = await site.request('POST', '/tokens/refresh', undefined, token);
      expect([new Date(at).toISOString(), res.status]).toEqual([new Date(at).toISOString(), 200]);
      const body = (await res.json()) as { token: string; expires_in: number };
      token = body.token;
      lifetimes.push(body.expires_in);
      expect(payloadOf(token).auth_time * 1000).toBe(T0);
      expect(payloadOf(token).exp * 1000).toBeLessThanOrEqual(T0 + 12 * HOUR);
    }
    // 13 refreshes of an hour; the one at 11 h 40 gets the 20 minutes left.
    expect(lifetimes).toEqual([...Array<number>(13).fill(3600), 1200]);

    jest.setSystemTime(T0 + 12 * HOUR - 1000);
    expect((await site.request('POST', '/tokens/refresh', undefined, token)).status).toBe(200);
    jest.setSystemTime(T0 + 12 * HOUR);
    const refused = await site.request('POST', '/tokens/refresh', undefined, token);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).error).toEqual({ code: 'TokenMaxLifetime', message: expect.stringContaining('12 h') });
    // The site vouches again: a new chain, from now.
    const fresh = (await (await site.request('POST', '/tokens/generate', { user: { id: 'demo-manager' } }, SECRET)).json()) as { token: string; expires_in: number };
    expect(fresh.expires_in).toBe(3600);
    expect(payloadOf(fresh.token).auth_time * 1000).toBe(T0 + 12 * HOUR);
    expect(sesame.store.audit.list({ action: 'openWebChat' }).map((e) => e.details)).toEqual([{ request: 'refresh', reason: 'maxLifetime' }]);
  });

  it('expires as before when not refreshed: 403 TokenExpired an hour after its issue, not audited', async () => {
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { directLineSecret: SECRET }));
    const token = new TokenIssuer(SECRET).first({ userId: 'demo-manager' }).token;
    const site = new DirectLineClient(sesame.url, token);
    jest.setSystemTime(T0 + HOUR);
    const res = await site.request('POST', '/tokens/refresh');
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('TokenExpired');
    expect(sesame.store.audit.list({ action: 'openWebChat' })).toEqual([]);
  });
});
