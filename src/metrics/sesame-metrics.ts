import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { MetricsRepo } from '../store/metrics.repo';
import { processMetrics } from './process-metrics';

export interface MetricSources {
  /** Read at scrape time; a database that fails to answer leaves these series out of the scrape. */
  store: MetricsRepo;
  /** Direct Line WebSockets open now. */
  openStreams(): number;
}

const ERROR_KINDS = ['turn', 'activation', 'delivery', 'http'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
export type TurnOutcome = 'ok' | 'error';

/**
 * Channel ids come from the activity: in local mode anyone chooses them. Known ones become labels,
 * the rest "other", so a caller cannot create a series per request.
 */
const CHANNELS = new Set(['msteams', 'directline', 'webchat', 'emulator', 'test']);
const channelLabel = (channelId: string | undefined): string => (channelId && CHANNELS.has(channelId) ? channelId : 'other');

const GRANT_STATUSES = ['pending', 'active', 'revoked'];

/**
 * Sésame's metrics, in a registry of its own (several servers in one process do not collide).
 * Counts of rows are read from the database at scrape time, so they include what other processes
 * (the CLI) wrote and survive restarts.
 */
export class SesameMetrics {
  private readonly registry = new Registry();
  private readonly turns: Counter<'channel' | 'outcome'>;
  private readonly turnSeconds: Histogram<'channel'>;
  private readonly activationLag: Histogram;
  private readonly errors: Counter<'kind'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    const fromStore = <T>(read: () => T): T | undefined => {
      try {
        return read();
      } catch {
        return undefined;
      }
    };

    this.turns = new Counter({ name: 'sesame_turns_total', help: 'Turns run (one activity each), by channel and outcome.', labelNames: ['channel', 'outcome'], registers });
    this.turnSeconds = new Histogram({
      name: 'sesame_turn_duration_seconds',
      help: 'Time from an activity reaching the bot to its turn ending, by channel.',
      labelNames: ['channel'],
      // A turn is a few ms; Teams re-sends after 15 s, and a turn waits at most 10 s for its work.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    });
    this.activationLag = new Histogram({
      name: 'sesame_activation_lag_seconds',
      help: 'Time from a grant or function being due to the scheduler activating it.',
      // Within a second when all is well; minutes or hours mean the timer or the server was down.
      buckets: [0.1, 0.5, 1, 2, 5, 15, 60, 300, 1200, 3600, 21600],
      registers,
    });
    this.errors = new Counter({ name: 'sesame_errors_total', help: 'Failures: turns that threw, activation passes, undelivered notices, HTTP 5xx answers.', labelNames: ['kind'], registers });
    // Present at 0 from the start, so an alert on their rate sees the first failure.
    for (const kind of ERROR_KINDS) this.errors.inc({ kind }, 0);

    new Gauge({
      name: 'sesame_grants',
      help: 'Grants in the database, by status.',
      labelNames: ['status'],
      registers,
      collect() {
        this.reset();
        const counts = fromStore(() => sources.store.grantsByStatus());
        if (!counts) return;
        for (const status of new Set([...GRANT_STATUSES, ...Object.keys(counts)])) this.set({ status }, counts[status] ?? 0);
      },
    });
    new Counter({
      name: 'sesame_refusals_total',
      help: 'Authorization refusals audited, by action (from the audit log: every process, since the start of the database).',
      labelNames: ['action'],
      registers,
      collect() {
        this.reset();
        const counts = fromStore(() => sources.store.refusalsByAction());
        for (const [action, n] of Object.entries(counts ?? {})) this.inc({ action }, n);
      },
    });
    const outboxes = () => fromStore(() => sources.store.outboxes(Date.now()));
    // Both outboxes, read once per gauge at scrape time.
    const outboxGauge = (name: string, help: string, pick: (o: { depth: number; oldestAgeSeconds: number }) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['outbox'],
        registers,
        collect() {
          this.reset();
          const o = outboxes();
          if (!o) return;
          this.set({ outbox: 'notices' }, pick(o.notices));
          this.set({ outbox: 'mail' }, pick(o.mail));
        },
      });
    outboxGauge('sesame_outbox_depth', 'Messages waiting to be sent: activation notices and invitation mails.', (o) => o.depth);
    outboxGauge('sesame_outbox_oldest_age_seconds', 'Age of the oldest message waiting to be sent (0 when none waits).', (o) => o.oldestAgeSeconds);
    new Gauge({
      name: 'sesame_directline_streams_open',
      help: 'Direct Line WebSockets (web chat streams) open.',
      registers,
      collect() {
        this.set(sources.openStreams());
      },
    });
  }

  /** Starts timing a turn; the returned function ends it. */
  turnStarted(channelId: string | undefined): (outcome: TurnOutcome) => void {
    const channel = channelLabel(channelId);
    const end = this.turnSeconds.startTimer({ channel });
    return (outcome) => {
      end();
      this.turns.inc({ channel, outcome });
      if (outcome === 'error') this.error('turn');
    };
  }

  activated(lagsMs: number[]): void {
    for (const ms of lagsMs) this.activationLag.observe(Math.max(0, ms) / 1000);
  }

  error(kind: ErrorKind): void {
    this.errors.inc({ kind });
  }

  /** The exposition text: this server's metrics, then the process's. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    const own = await this.registry.metrics();
    const processes = await processMetrics().metrics();
    return { contentType: this.registry.contentType, body: `${own}\n${processes}` };
  }
}
