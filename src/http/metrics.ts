import type { Request, Response, Server } from 'restify';
import type { Db, Migration } from '../store/db';
import type { SesameMetrics } from '../metrics/sesame-metrics';
import { checkReadiness } from '../store/readiness';
import { bearerGuard } from './bearer-guard';

export interface OperationsDeps {
  metrics: SesameMetrics;
  db: Db;
  /** The migrations this code ships with, read once at start. */
  migrations: Migration[];
  /** SESAME_METRICS_TOKEN: when set, both routes require it. */
  token: string | undefined;
}

/** GET /metrics (Prometheus text) and GET /readyz (can this instance serve?); /healthz stays liveness. */
export function registerOperations(server: Server, deps: OperationsDeps): void {
  const allowed = bearerGuard(deps.token);

  server.get('/metrics', async (req: Request, res: Response) => {
    if (!allowed(req, res)) return;
    const { contentType, body } = await deps.metrics.scrape();
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.sendRaw(200, body);
  });

  server.get('/readyz', async (req: Request, res: Response) => {
    if (!allowed(req, res)) return;
    const readiness = checkReadiness(deps.db, deps.migrations);
    res.setHeader('Cache-Control', 'no-store');
    res.status(readiness.ready ? 200 : 503);
    res.json(readiness);
  });
}
