import type { Logger } from 'pino';
import type { DueWork } from './due-work';

/** Node's timers overflow past ~24.8 days; waking up every few hours also absorbs clock changes. */
const MAX_SLEEP_MS = 6 * 60 * 60 * 1000;
/** After a failure (database locked, disk full), wait before trying again rather than spin. */
const RETRY_AFTER_FAILURE_MS = 5000;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): NodeJS.Timeout;
  clearTimeout(t: NodeJS.Timeout): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (t) => clearTimeout(t),
};

/**
 * Activates pending grants and functions when they are due. One timer, set to the next due
 * time: no polling. At start, anything overdue (the server was down) is activated at once.
 */
export class ActivationScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  /** Told of each failed pass (for /metrics); the scheduler retries by itself. */
  onError?: () => void;

  constructor(
    private readonly access: DueWork,
    private readonly onActivated: () => void,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
  ) {}

  start(): void {
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A new grant (written here or by another process) may be due before the current timer: look again. */
  reschedule(): void {
    if (this.running) this.arm();
  }

  private tick(): void {
    try {
      const activated = this.access.activateDue(this.clock.now());
      if (activated.grants + activated.functions + activated.notifications > 0) {
        this.logger.info(activated, 'activated');
        this.onActivated();
      }
    } catch (err) {
      this.logger.error({ err }, 'activation failed; will retry');
      this.onError?.();
      return this.arm(this.clock.now() + RETRY_AFTER_FAILURE_MS);
    }
    this.arm();
  }

  private arm(retryAt?: number): void {
    if (!this.running) return;
    if (this.timer) this.clock.clearTimeout(this.timer);
    let next: number | null = retryAt ?? null;
    try {
      next ??= this.access.nextDueAt();
    } catch (err) {
      this.logger.error({ err }, 'cannot read the next activation time');
      this.onError?.();
      next = this.clock.now() + RETRY_AFTER_FAILURE_MS;
    }
    const delay = next === null ? MAX_SLEEP_MS : Math.min(Math.max(0, next - this.clock.now()), MAX_SLEEP_MS);
    this.timer = this.clock.setTimeout(() => this.tick(), delay);
    this.timer.unref?.();
  }
}
