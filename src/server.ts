import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from 'pino';
import type { SesameBot } from './bot/sesame-bot';
import { ActivityBody, describeIssues } from './http/activity-body';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: SesameBot;
  logger: Logger;
  health: () => Record<string, unknown>;
  /** Routes of other modules (the password page), registered after the bot's. */
  routes?: ((server: Server) => void)[];
}

const badRequest = (res: Response, message: string) => {
  res.status(400);
  res.json({ error: { code: 'BadRequest', message } });
};

/** HTTP only: routes and body checks; the bot does the rest. */
export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'sesame', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!req.is('json')) return badRequest(res, 'Content-Type must be application/json');
    const parsed = ActivityBody.safeParse(req.body);
    if (!parsed.success) return badRequest(res, `not a valid activity: ${describeIssues(parsed.error)}`);
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

  // Until the web chat is served here, say what this server offers to whoever opens it.
  server.get('/', async (_req: Request, res: Response) => {
    res.json({
      name: 'Sésame',
      messages: { method: 'POST', path: '/api/messages', accepts: 'Bot Framework activities (deliveryMode "expectReplies" answers in the body)' },
      health: { method: 'GET', path: '/healthz' },
    });
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json({ status: 'ok', ...deps.health() });
  });

  for (const register of deps.routes ?? []) register(server);

  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, cb: () => void) => {
    // restify's own errors (bad JSON, too large, unknown route) keep their status; log without the body.
    deps.logger.info({ method: req.method, url: req.url, status: err.statusCode, error: err.message }, 'request refused');
    cb();
  });
  return server;
}
