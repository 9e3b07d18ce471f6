import type { Request, Response, Server } from 'restify';
import type { WorkInFlight } from '../lifecycle/work-in-flight';

export interface DrainingDeps {
  work: WorkInFlight;
  /** Requests that belong to work already under way (the bot posting to its own connector). */
  exempt: (path: string) => boolean;
  /** Every answer's status, once sent (5xx are errors for /metrics). */
  onAnswered?: (status: number) => void;
}

/** What a channel or Web Chat is told to wait before trying again: about a restart. */
export const RETRY_AFTER_SECONDS = 5;
/** Requests already sent keep arriving for a moment (read from sockets, from the accept queue). */
const QUIET_MS = 200;
/** Clients that never pause (no Retry-After honoured) do not hold the stop longer than this. */
const MAX_QUIET_WAIT_MS = 3000;

/**
 * The first handler of every request: counts it as work in flight and, once the server is
 * stopping, answers 503 with Retry-After before anything is read, so a channel redelivers after
 * the restart rather than seeing its connection reset.
 */
export class Draining {
  private stopping = false;
  private readonly answering = new Set<Response>();
  private lastArrival = 0;

  constructor(private readonly deps: DrainingDeps) {}

  register(server: Server): void {
    server.pre((req: Request, res: Response, next: () => void) => {
      this.lastArrival = performance.now();
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (this.stopping && !this.deps.exempt(path)) return this.refuse(req, res);
      const end = this.deps.work.begin();
      this.answering.add(res);
      res.once('finish', () => this.deps.onAnswered?.(res.statusCode));
      res.once('close', () => {
        this.answering.delete(res);
        end();
      });
      next();
    });
  }

  get closing(): boolean {
    return this.stopping;
  }

  /** From now on, new requests get 503; those under way finish and close their connection. */
  start(): void {
    this.stopping = true;
    // No keep-alive connection is left idle to race the listener's close.
    for (const res of this.answering) if (!res.headersSent) res.setHeader('Connection', 'close');
  }

  /**
   * Resolves once no request has arrived for a moment. Closing the listener earlier would reset
   * the connections still waiting to be read or accepted, instead of answering them 503.
   */
  async quiet(): Promise<void> {
    // A monotonic clock: the wall clock may be changed (or frozen, in tests) meanwhile.
    const began = performance.now();
    for (;;) {
      const now = performance.now();
      const wait = this.lastArrival + QUIET_MS - now;
      if (wait <= 0 || now - began >= MAX_QUIET_WAIT_MS) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, began + MAX_QUIET_WAIT_MS - now)));
    }
  }

  private refuse(req: Request, res: Response): void {
    // The body is not wanted; read it away so that closing the socket sends FIN, not RST.
    req.resume();
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.setHeader('Connection', 'close');
    res.status(503);
    res.json({ error: { code: 'ServiceUnavailable', message: `Sésame is restarting; retry in ${RETRY_AFTER_SECONDS} s` } });
  }
}
