import restify, { type Request, type Response, type Route, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { SesameBot } from './bot/sesame-bot';
import { ActivityBody, describeIssues } from './http/activity-body';
import type { tokenCheck } from './bot/adapter';
import { registerWebPage } from './web/page';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: SesameBot;
  logger: Logger;
  health: () => Record<string, unknown>;
  /** Authenticated mode: checks the channel's token before anything else is read. */
  checkToken?: ReturnType<typeof tokenCheck>;
  hospitalName: string;
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
  try {
    const host = new URL(url).hostname;
    return LOOPBACK.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
};

const badRequest = (res: Response, message: string) => {
  res.status(400);
  res.json({ error: { code: 'BadRequest', message } });
};

/** HTTP only: routes and body checks; the bot does the rest. */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'sesame', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (deps.checkToken) {
      // Before the body is validated: a caller without a valid token learns nothing about it.
      const authorization = req.header('authorization') ?? '';
      const checked = /^Bearer \S+$/.test(authorization)
        ? await deps.checkToken(req.body, authorization)
        : ({ ok: false, status: 401, reason: 'no Bearer token' } as const);
      if (!checked.ok) {
        deps.logger.warn({ ip: req.socket.remoteAddress, status: checked.status, reason: checked.reason }, 'activity refused: Bot Framework token');
        res.status(checked.status);
        res.json({
          error: checked.status === 401
            ? { code: 'Unauthorized', message: 'a valid Bot Framework token (Authorization: Bearer …) is required' }
            : { code: 'ServiceUnavailable', message: 'the channel keys could not be fetched; retry later' },
        });
        return;
      }
    }
    if (!req.is('json')) return badRequest(res, 'Content-Type must be application/json');
    const parsed = ActivityBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, `not a valid activity: ${describeIssues(parsed.error)}`);
    // Without a token, whoever posts chooses where the bot writes back (now and for the activation
    // notice): in local mode that may only be this machine, or Sésame would post anywhere it is told.
    if (!deps.checkToken && parsed.data.serviceUrl && !isLoopbackUrl(parsed.data.serviceUrl)) {
      return badRequest(res, 'in local mode (no MicrosoftAppId) the serviceUrl must be on this machine (localhost, 127.0.0.1 or ::1)');
    }
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
    });
  });
  registerWebPage(server, { hospitalName: deps.hospitalName });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json({ status: 'ok', ...deps.health() });
  });

  for (const register of deps.routes ?? []) register(server);

  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    // restify's own errors (bad JSON, too large, unknown route) keep their status; log without the body,
    // and the route, not the path: a path holds ids, tokens, a NISS typed in the address bar.
    // An unknown route's message repeats the path: its name says enough.
    const error = err.name === 'ResourceNotFoundError' ? err.name : err.message;
    deps.logger.info({ method: req.method, route: routeOf(req), status: err.statusCode, error }, 'request refused');
    cb();
  });
  return server;
}
