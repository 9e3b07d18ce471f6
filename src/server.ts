import restify, { type Request, type Response, type Route, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { SesameBot } from './bot/sesame-bot';
import { ActivityBody, describeIssues } from './http/activity-body';
import { readBody, refuseBody } from './http/body';
import { boundActivity, markProblems } from './http/inbound-limits';
import { baseHeaders } from './http/headers';
import { refuseAndClose } from './http/refuse';
import { parseTarget, safeUrl } from './http/safe-decode';
import type { tokenCheck } from './bot/adapter';
import { registerWebPage } from './web/page';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: SesameBot;
  logger: Logger;
  health: () => Record<string, unknown>;
  /** Authenticated mode: checks the channel's token from the header, before the body is read. */
  checkToken?: ReturnType<typeof tokenCheck>;
  hospitalName: string;
  /** Origins allowed to frame the web chat page, besides this one. */
  frameAncestors?: string[];
  /** Routes of other modules (the password page), registered after the bot's. */
  routes?: ((server: Server) => void)[];
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/** "/v3/directline/conversations/:conversationId/activities": the route a request matched, never its path. */
export function routeOf(req: Request): string {
  const route = (req.getRoute?.() as Partial<Route> | undefined)?.path;
  return route === undefined ? '(no route)' : String(route);
}

export const isLoopbackUrl = (url: string): boolean => {
  const host = safeUrl(url)?.hostname ?? '';
  return LOOPBACK.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host);
};

const badRequest = (res: Response, message: string) => {
  res.status(400);
  res.json({ error: { code: 'BadRequest', message } });
};

function refuseToken(res: Response, refused: { status: 401 | 503; reason: string }, logger: Logger, req: Request): void {
  logger.warn({ ip: req.socket.remoteAddress, status: refused.status, reason: refused.reason }, 'activity refused: Bot Framework token');
  if (refused.status === 401) return refuseAndClose(res, 401, 'Unauthorized', 'a valid Bot Framework token (Authorization: Bearer …) is required');
  refuseAndClose(res, 503, 'ServiceUnavailable', 'the channel keys could not be fetched; retry later');
}

/** 400 before routing: a request line that does not decode reaches no route (restify itself answered 404). */
function wellFormedTarget(req: Request, res: Response, next: (err?: false) => void): void {
  if (parseTarget(req.url) !== undefined) return next();
  refuseAndClose(res, 400, 'BadRequest', 'the request target is not a well-formed URL path (bad percent-escape or invalid UTF-8)');
  next(false);
}

/** HTTP only: routes and body checks; the bot does the rest. */
export function createServer(deps: ServerDeps): Server {
  // No name: restify would send it in a Server header on every answer.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  server.pre(baseHeaders);
  server.pre(wellFormedTarget);

  server.post('/api/messages', async (req: Request, res: Response) => {
    let claimedServiceUrl: string | undefined;
    if (deps.checkToken) {
      // The header alone, before a byte of the body is read: a caller without a valid token learns
      // nothing (no 400, 413 or 415 that would describe the body) and costs no more than its headers.
      const checked = await deps.checkToken(req.header('authorization') ?? '');
      if (!checked.ok) return refuseToken(res, checked, deps.logger, req);
      claimedServiceUrl = checked.serviceUrl;
    }
    const read = await readBody(req, { accept: ['json'] });
    if (!read.ok) return refuseBody(res, read);
    if (deps.checkToken) {
      // The token names the connector it came from; an activity pointing the bot elsewhere is not its own.
      const serviceUrl = (read.value as { serviceUrl?: unknown } | null | undefined)?.serviceUrl;
      if (serviceUrl !== undefined && serviceUrl !== claimedServiceUrl) {
        return refuseToken(res, { status: 401, reason: 'serviceUrl claim does not match the activity' }, deps.logger, req);
      }
    }
    // Per-field limits (text, attachments, entities) are the person's to hear about, not a 400.
    const bounded = boundActivity(read.value);
    const parsed = ActivityBody.safeParse(bounded.activity);
    if (!parsed.success) return badRequest(res, `not a valid activity: ${describeIssues(parsed.error)}`);
    // Without a token, whoever posts chooses where the bot writes back (now and for the activation
    // notice): in local mode that may only be this machine, or Sésame would post anywhere it is told.
    if (!deps.checkToken && parsed.data.serviceUrl && !isLoopbackUrl(parsed.data.serviceUrl)) {
      return badRequest(res, 'in local mode (no MicrosoftAppId) the serviceUrl must be on this machine (localhost, 127.0.0.1 or ::1)');
    }
    // CloudAdapter takes the parsed body from the request, as restify's bodyParser left it.
    (req as Request & { body: unknown }).body = markProblems(bounded.activity as Record<string, unknown>, bounded.problems);
    try {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    } catch (err) {
      deps.logger.error({ err }, 'activity processing failed');
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: { code: 'InternalError', message: 'the activity could not be processed' } });
      }
    }
  });

  // The web chat page is at /; what this server offers, for programs, is here.
  server.get('/api', async (_req: Request, res: Response) => {
    res.json({
      name: 'Sésame',
      webChat: { method: 'GET', path: '/' },
      messages: { method: 'POST', path: '/api/messages', accepts: 'Bot Framework activities (deliveryMode "expectReplies" answers in the body)' },
      directLine: { path: '/v3/directline', accepts: 'Direct Line 3.0 (tokens, conversations, activities, stream)' },
      health: { method: 'GET', path: '/healthz' },
      readiness: { method: 'GET', path: '/readyz', accepts: 'Authorization: Bearer SESAME_METRICS_TOKEN when it is set' },
      metrics: { method: 'GET', path: '/metrics', accepts: 'Prometheus text; Authorization: Bearer SESAME_METRICS_TOKEN when it is set' },
    });
  });
  registerWebPage(server, { hospitalName: deps.hospitalName, frameAncestors: deps.frameAncestors ?? [] });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json({ status: 'ok', ...deps.health() });
  });

  for (const register of deps.routes ?? []) register(server);

  // Every refusal, whoever answered it (restify's own errors, a route's 401, 413 or 415), is logged
  // once, by the route it matched and never its path: a path holds ids, tokens, a NISS typed in the
  // address bar. An unknown route's message repeats the path: its name says enough.
  server.on('after', (req: Request, res: Response, _route: unknown, err?: Error) => {
    if (res.statusCode < 400) return;
    const error = !err ? undefined : err.name === 'ResourceNotFoundError' ? err.name : err.message;
    deps.logger.info({ method: req.method, route: routeOf(req), status: res.statusCode, ...(error ? { error } : {}) }, 'request refused');
  });
  return server;
}
