import { createHmac } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request, Response, Server } from 'restify';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import type { Logger } from 'pino';
import { readBody, refuseBody } from '../http/body';
import { boundActivity, INPUT_LIMITS } from '../http/inbound-limits';
import { parseTarget, safeDecode } from '../http/safe-decode';
import { bearer, TOKEN_MAX_LIFETIME_SECONDS, TokenError, type TokenClaims, type TokenIssuer } from './tokens';
import type { DirectLineService } from './service';
import type { DirectLineRequest, GateRefusal, ManagerGate } from './manager-gate';

const BASE = '/v3/directline';

const UserBody = z.object({
  user: z.object({ id: z.string().min(1).max(256), name: z.string().max(256).optional() }).loose(),
  locale: z.string().max(32).optional(),
}).loose();

const ClientActivityBody = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    // boundActivity cut it first (code points): a longer text is answered in the chat, not refused here.
    text: z.string().max(INPUT_LIMITS.text * 2).optional(),
    textFormat: z.string().max(INPUT_LIMITS.textFormat).optional(),
    locale: z.string().max(INPUT_LIMITS.locale).optional(),
    value: z.unknown().optional(),
    name: z.string().max(128).optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
    entities: z.array(z.unknown()).max(INPUT_LIMITS.entities).optional(),
    // The web chat takes no files (its upload button is hidden): boundActivity drops them and the bot says so.
    attachments: z.array(z.unknown()).max(0, 'attachments are not accepted').optional(),
  })
  .loose();

const BotActivityBody = z.object({ type: z.string().min(1).max(64) }).loose();

export interface DirectLineRoutesDeps {
  service: DirectLineService;
  tokens: TokenIssuer;
  /** Tokens only for managers holding a role, asked again at every use. */
  gate: ManagerGate;
  /** Key in the connector's path, known to the bot (its serviceUrl) and nobody else. */
  connectorKey: string;
  /** The user the web page at / chats as, in local demo mode; undefined: the page must be embedded. */
  demoUser: { id: string; name: string } | undefined;
  logger: Logger;
}

/** The connector key: derived from the secret, so stored serviceUrls stay valid across restarts. */
export function connectorKeyOf(secret: string): string {
  return createHmac('sha256', secret).update('sesame directline connector').digest('base64url').slice(0, 32);
}

/** Where the bot posts its replies to web chat conversations: calls that are part of a turn under way. */
export const CONNECTOR_PREFIX = '/directline/connector/';
export const connectorPath = (key: string) => `${CONNECTOR_PREFIX}${key}`;

const fail = (res: Response, status: number, code: string, message: string) => {
  res.status(status);
  res.json({ error: { code, message } });
};

interface Refused {
  status: number;
  code: string;
  message: string;
}

const refuse = (res: Response, { status, code, message }: Refused) => fail(res, status, code, message);

const HOURS = TOKEN_MAX_LIFETIME_SECONDS / 3600;
const GATE_REFUSALS: Record<GateRefusal, Refused> = {
  unknown: { status: 403, code: 'UnknownManager', message: 'Sésame knows no access manager with this user id: an administrator registers them first (sesame managers add)' },
  noRole: { status: 403, code: 'NoManagerRole', message: 'this user holds no access manager role (RAE, CO_RAE, GA or HELPDESK) any more: the chat is closed to them' },
  maxLifetime: {
    status: 403,
    code: 'TokenMaxLifetime',
    message: `the token was first issued more than ${HOURS} h ago and cannot be refreshed further: the site that embeds the chat must ask for a new one`,
  },
};

/** 401 for a missing or forged token, 403 for an expired one (directlinejs then asks for a new one). */
function tokenRefusal(err: unknown): Refused {
  if (!(err instanceof TokenError)) throw err;
  if (err.reason === 'expired') return { status: 403, code: 'TokenExpired', message: 'the token has expired' };
  if (err.reason === 'maxLifetime') return GATE_REFUSALS.maxLifetime;
  return { status: 401, code: 'Unauthorized', message: err.reason === 'missing' ? 'a Bearer token is required' : 'the token is not valid' };
}

function streamUrlOf(req: Request | IncomingMessage, conversationId: string, token: string, watermark?: string): string {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim();
  const scheme = forwarded === 'https' ? 'wss' : 'ws';
  const q = new URLSearchParams({ t: token, ...(watermark ? { watermark } : {}) });
  return `${scheme}://${req.headers.host}${BASE}/conversations/${encodeURIComponent(conversationId)}/stream?${q}`;
}

/** Query parameters without depending on restify's queryParser being installed. */
const query = (req: Request, name: string): string | undefined => parseTarget(req.url)?.query.get(name) ?? undefined;

const watermarkOf = (value: unknown): number => {
  const n = Number(typeof value === 'string' && value !== '' ? value : 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
};

export interface DirectLineStreams {
  /** WebSockets open now. */
  open(): number;
  /** Refuses new streams and closes the open ones so that Web Chat reconnects (after a restart). */
  close(): Promise<void>;
}

/**
 * 1012 "service restart". directlinejs (0.15) reconnects after a close whatever its code: 3 to
 * 15 s later it asks GET /conversations/{id} for a new stream URL, retried every 20 s while the
 * server is down; only a 404 there (conversation gone) makes it give up, and a 403 asks the page
 * for a new token. The code still says why, for other clients and for the browser's console.
 */
const CLOSE_RESTART = 1012;
/** Clients that do not answer the close handshake in this time are cut off. */
const CLOSE_HANDSHAKE_MS = 1000;

/** Registers the Direct Line 3.0 subset Web Chat uses, the demo token, and the bot's connector. */
export function registerDirectLine(server: Server, deps: DirectLineRoutesDeps): DirectLineStreams {
  const { service, tokens, gate, logger } = deps;

  /** Why this user may not have or use a token (audited), or undefined: a manager holding a role. */
  const turnedAway = (userId: string, request: DirectLineRequest): Refused | undefined => {
    const refusal = gate.refusalFor(userId);
    if (!refusal) return undefined;
    gate.audit(userId, request, refusal);
    logger.info({ request, reason: refusal }, 'direct line request refused');
    return GATE_REFUSALS[refusal];
  };
  /** The claims of an authentic token whose user still holds a role, or why not. */
  const admit = (token: string | undefined, request: DirectLineRequest): { claims: TokenClaims } | Refused => {
    let claims: TokenClaims;
    try {
      claims = tokens.verify(token);
    } catch (err) {
      if (err instanceof TokenError && err.reason === 'maxLifetime' && err.userId) gate.audit(err.userId, request, 'maxLifetime');
      return tokenRefusal(err);
    }
    return turnedAway(claims.userId, request) ?? { claims };
  };
  /** Same, for an HTTP request: answers the refusal itself. */
  const admitted = (req: Request, res: Response, request: DirectLineRequest): TokenClaims | undefined => {
    const verdict = admit(bearer(req.headers.authorization), request);
    if ('claims' in verdict) return verdict.claims;
    refuse(res, verdict);
    return undefined;
  };
  /** A new token in the same chain; at the chain's end (a race with the check above), the refusal. */
  const renewed = (res: Response, claims: TokenClaims, request: DirectLineRequest) => {
    const issued = tokens.renew(claims);
    if (issued) return issued;
    gate.audit(claims.userId, request, 'maxLifetime');
    refuse(res, GATE_REFUSALS.maxLifetime);
    return undefined;
  };

  // Embedding sites call Direct Line from their own origin; tokens (not cookies) carry the identity.
  server.pre((req: Request, res: Response, next: () => void) => {
    if (req.url?.startsWith(BASE)) {
      res.header('Access-Control-Allow-Origin', '*');
      res.header('Access-Control-Allow-Headers', 'Authorization, Content-Type, x-ms-bot-agent');
      res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.status(204);
        res.end();
        return;
      }
    }
    next();
  });

  // Server to server, as with Azure: the embedding site trades the secret for a token bound to its user.
  server.post(`${BASE}/tokens/generate`, async (req: Request, res: Response) => {
    if (!tokens.isSecret(bearer(req.headers.authorization))) return fail(res, 401, 'Unauthorized', 'the Direct Line secret is required');
    const read = await readBody(req, { accept: ['json'] });
    if (!read.ok) return refuseBody(res, read);
    const body = UserBody.safeParse(read.value ?? {});
    if (!body.success) return fail(res, 400, 'BadArgument', 'a body { "user": { "id": "..." } } is required');
    const { user, locale } = body.data;
    const refused = turnedAway(user.id, 'generate');
    if (refused) return refuse(res, refused);
    const conversationId = service.newConversationId();
    const issued = tokens.first({ userId: user.id, ...(user.name ? { name: user.name } : {}), conversationId, ...(locale ? { locale } : {}) });
    res.json({ conversationId, ...issued });
  });

  server.post(`${BASE}/tokens/refresh`, async (req: Request, res: Response) => {
    const claims = admitted(req, res, 'refresh');
    if (!claims) return;
    const issued = renewed(res, claims, 'refresh');
    if (!issued) return;
    res.json({ ...(claims.conversationId ? { conversationId: claims.conversationId } : {}), ...issued });
  });

  server.post(`${BASE}/conversations`, async (req: Request, res: Response) => {
    const claims = admitted(req, res, 'start');
    if (!claims) return;
    const started = service.start(claims);
    if (started === 'forbidden') return fail(res, 403, 'Forbidden', 'this conversation belongs to someone else');
    const issued = renewed(res, claims, 'start');
    if (!issued) return;
    res.status(started.created ? 201 : 200);
    res.json({ conversationId: started.conversationId, ...issued, streamUrl: streamUrlOf(req, started.conversationId, issued.token) });
  });

  /** Checks the token, its user's role and that the conversation is the caller's; answers the refusal itself. */
  const owned = (req: Request, res: Response, request: DirectLineRequest): { claims: TokenClaims; conversationId: string } | undefined => {
    const claims = admitted(req, res, request);
    if (!claims) return undefined;
    const conversationId = String(req.params.conversationId ?? '');
    const access = service.access(claims, conversationId);
    if (access === 'notFound') return void fail(res, 404, 'NotFound', 'no such conversation');
    if (access === 'forbidden') return void fail(res, 403, 'Forbidden', 'this conversation belongs to someone else');
    return { claims, conversationId };
  };

  // Resume (after a page reload, or when a stream dropped): a fresh token and a stream from the watermark.
  server.get(`${BASE}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const ok = owned(req, res, 'resume');
    if (!ok) return;
    const issued = renewed(res, ok.claims, 'resume');
    if (!issued) return;
    const watermark = query(req, 'watermark');
    res.json({ conversationId: ok.conversationId, ...issued, streamUrl: streamUrlOf(req, ok.conversationId, issued.token, watermark) });
  });

  server.get(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const ok = owned(req, res, 'history');
    if (!ok) return;
    res.json(service.activities(ok.conversationId, watermarkOf(query(req, 'watermark'))));
  });

  server.post(`${BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const ok = owned(req, res, 'post');
    if (!ok) return;
    const read = await readBody(req, { accept: ['json'] });
    if (!read.ok) return refuseBody(res, read);
    // Too long, too many entities, a file: the person is answered in the chat; only a malformed activity gets a 400.
    const bounded = boundActivity(read.value, { attachments: 'none' });
    const body = ClientActivityBody.safeParse(bounded.activity);
    if (!body.success) return fail(res, 400, 'BadArgument', `not a valid activity: ${body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
    const { id } = await service.postFromUser(ok.conversationId, ok.claims, body.data, bounded.problems);
    res.json({ id });
  });

  // The local demo page's token: the demo manager, only when the server runs in local demo mode.
  server.post('/api/webchat/token', async (req: Request, res: Response) => {
    if (!deps.demoUser) return fail(res, 403, 'Forbidden', 'no demo user here: the site that embeds the chat exchanges DIRECT_LINE_SECRET for a token');
    const refused = turnedAway(deps.demoUser.id, 'demoToken');
    if (refused) return refuse(res, refused);
    const read = await readBody(req, { accept: ['json'] });
    if (!read.ok) return refuseBody(res, read);
    const asked = read.value as { locale?: unknown } | null | undefined;
    const locale = typeof asked?.locale === 'string' ? asked.locale.slice(0, 32) : undefined;
    // The page always shows its language in its picker (chosen, or taken from the browser): the welcome and the
    // conversation follow it over one remembered from another conversation (a language asked in this chat still wins).
    const picked = locale ? { localePicked: true } : {};
    res.json({ userId: deps.demoUser.id, userName: deps.demoUser.name, ...tokens.first({ userId: deps.demoUser.id, name: deps.demoUser.name, ...(locale ? { locale } : {}), ...picked }) });
  });

  // The connector the bot posts to (its serviceUrl): send, reply and update, as Teams' connector offers.
  const connector = `${connectorPath(deps.connectorKey)}/v3/conversations/:conversationId/activities`;
  const botPost = async (req: Request, res: Response) => {
    const read = await readBody(req, { accept: ['json'] });
    if (!read.ok) return refuseBody(res, read);
    const body = BotActivityBody.safeParse(read.value);
    if (!body.success) return fail(res, 400, 'BadArgument', 'not an activity');
    const conversationId = String(req.params.conversationId);
    if (!service.exists(conversationId)) return fail(res, 404, 'NotFound', 'no such conversation');
    res.json(service.postFromBot(conversationId, body.data));
  };
  server.post(connector, botPost);
  server.post(`${connector}/:activityId`, botPost);
  server.put(`${connector}/:activityId`, async (req: Request, res: Response) => {
    const read = await readBody(req, { accept: ['json'] });
    if (!read.ok) return refuseBody(res, read);
    const body = BotActivityBody.safeParse(read.value);
    if (!body.success) return fail(res, 400, 'BadArgument', 'not an activity');
    const updated = service.updateFromBot(String(req.params.conversationId), String(req.params.activityId), body.data);
    if (!updated) return fail(res, 404, 'NotFound', 'no such activity');
    res.json(updated);
  });

  // The stream Web Chat opens by default: {activities, watermark} messages, from the watermark on.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  // On the raw path, so that an escaped '/' (%2F) stays inside the conversation id.
  const streamPath = new RegExp(`^${BASE}/conversations/([^/]+)/stream$`);
  const reject = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
  };
  /** A refused upgrade says why, with the same body as the HTTP routes. */
  const refuseUpgrade = (socket: Duplex, { status, code, message }: Refused) => {
    const body = JSON.stringify({ error: { code, message } });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      () => socket.destroy(),
    );
  };
  let closing = false;
  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (closing) return reject(socket, '503 Service Unavailable');
    const target = parseTarget(req.url);
    if (!target) return reject(socket, '400 Bad Request');
    const m = streamPath.exec((req.url ?? '').split('?')[0]!);
    if (!m) return reject(socket, '404 Not Found');
    const conversationId = safeDecode(m[1]!);
    if (conversationId === undefined) return reject(socket, '400 Bad Request');
    const verdict = admit(target.query.get('t') ?? bearer(req.headers.authorization), 'stream');
    if (!('claims' in verdict)) return refuseUpgrade(socket, verdict);
    const { claims } = verdict;
    const access = service.access(claims, conversationId);
    if (access !== 'ok') return reject(socket, access === 'notFound' ? '404 Not Found' : '403 Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => {
      const unsubscribe = service.subscribe(conversationId, watermarkOf(target.query.get('watermark') ?? ''), (group) => {
        if (ws.readyState !== ws.OPEN) return;
        // A stream opened before the role was withdrawn carries nothing after it (1008: policy violation).
        if (turnedAway(claims.userId, 'stream')) return ws.close(1008, 'NoManagerRole');
        ws.send(JSON.stringify(group));
      });
      ws.on('close', unsubscribe);
      ws.on('error', (err) => logger.debug({ err }, 'direct line stream error'));
      // directlinejs pings with empty messages; nothing else is expected from the client.
      ws.on('message', () => undefined);
    });
  };
  // Outside restify's chain, an exception here (or an error event on the socket, whose listener
  // node removes on upgrade) would end the process: whatever happens, a 400 and the socket closed.
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      upgrade(req, socket, head);
    } catch (err) {
      logger.warn({ err }, 'direct line upgrade refused');
      if (!socket.destroyed) reject(socket, '400 Bad Request');
    }
  });

  return {
    open: () => wss.clients.size,
    async close() {
      closing = true;
      const closed = [...wss.clients].map((ws) => new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close(CLOSE_RESTART, 'service restart');
      }));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(closed), new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_HANDSHAKE_MS)))]);
      clearTimeout(timer);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
