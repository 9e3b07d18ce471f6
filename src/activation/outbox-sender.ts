import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import type { OutboxRepo, OutboxItem } from '../store/outbox.repo';
import type { ConversationsRepo } from '../store/conversations.repo';
import type { Clock } from './scheduler';
import { systemClock } from './scheduler';

/** Delivers one notification to a conversation (proactively, through the channel adapter). */
export type Deliver = (reference: unknown, locale: Locale, item: OutboxItem) => Promise<void>;

const MAX_ATTEMPTS = 8;
const backoff = (attempts: number) => Math.min(1000 * 2 ** attempts, 15 * 60_000);

/**
 * Sends the outbox in order and marks each item sent; a failure is retried with back-off.
 * Items are marked after delivery, so a crash in between may repeat a message, never lose one.
 */
export class OutboxSender {
  private flushing: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxRepo,
    private readonly conversations: ConversationsRepo,
    private readonly deliver: Deliver,
    private readonly logger: Logger,
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
      } else this.armRetry();
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
      const items = this.outbox.due(this.clock.now());
      if (items.length === 0 || this.stopped) return;
      for (const item of items) await this.sendOne(item);
    }
  }

  private async sendOne(item: OutboxItem): Promise<void> {
    const target = this.conversations.reference(item.conversationId);
    try {
      if (!target) throw new Error('no conversation reference stored');
      await this.deliver(target.reference, target.locale, item);
      this.outbox.markSent(item.id, this.clock.now());
    } catch (err) {
      this.logger.warn({ err, outboxId: item.id, attempts: item.attempts + 1 }, 'notification not delivered; will retry');
      this.outbox.markRetry(item.id, this.clock.now() + backoff(item.attempts), MAX_ATTEMPTS);
    }
  }

  private armRetry(): void {
    if (this.stopped) return;
    if (this.timer) this.clock.clearTimeout(this.timer);
    const next = this.outbox.nextAttemptAt();
    if (next === null) return;
    this.timer = this.clock.setTimeout(() => void this.flush(), Math.max(0, next - this.clock.now()));
    this.timer.unref?.();
  }
}
