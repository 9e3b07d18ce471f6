import { systemClock, type Clock } from './scheduler';

export interface RetryQueue<Item> {
  /** Items whose (next) attempt is due now. */
  due(now: number): Item[];
  /** Sends one item and records the outcome (sent, or when to try again). Never throws. */
  sendOne(item: Item): Promise<void>;
  /** When the earliest item waiting for a retry is due; null when none waits. */
  nextAttemptAt(): number | null;
}

/**
 * Drains a persistent queue in order, then sleeps until its next retry is due. Concurrent
 * flushes coalesce into one more pass, so a burst of new items costs one drain.
 */
export class RetryLoop<Item> {
  private flushing: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly queue: RetryQueue<Item>,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Sends whatever is due; concurrent calls coalesce into one more pass. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = this.drain().finally(() => {
      this.flushing = undefined;
      if (this.again) {
        this.again = false;
        void this.flush();
      } else this.arm();
    });
    return this.flushing;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) this.clock.clearTimeout(this.timer);
  }

  /** Resolves when nothing is being sent (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const items = this.queue.due(this.clock.now());
      if (items.length === 0 || this.stopped) return;
      for (const item of items) await this.queue.sendOne(item);
    }
  }

  private arm(): void {
    if (this.stopped) return;
    if (this.timer) this.clock.clearTimeout(this.timer);
    const next = this.queue.nextAttemptAt();
    if (next === null) return;
    this.timer = this.clock.setTimeout(() => void this.flush(), Math.max(0, next - this.clock.now()));
    this.timer.unref?.();
  }
}
