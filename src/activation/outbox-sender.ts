import type { Logger } from 'pino';
import type { Locale } from '../domain/locale';
import type { OutboxRepo, OutboxItem } from '../store/outbox.repo';
import type { Claimed } from '../store/leased-outbox';
import type { ConversationsRepo } from '../store/conversations.repo';
import type { Clock } from './scheduler';
import { systemClock } from './scheduler';
import { leasedLoop, type LeaseOptions, type RetryLoop } from './retry-loop';

/** Delivers one notification to a conversation (proactively, through the channel adapter). */
export type Deliver = (reference: unknown, locale: Locale, item: OutboxItem) => Promise<void>;

const MAX_ATTEMPTS = 8;
const backoff = (attempts: number) => Math.min(1000 * 2 ** attempts, 15 * 60_000);

/**
 * Sends the outbox in order and marks each item sent; a failure is retried with back-off.
 * Items are claimed before delivery (a lease: no other instance sends them meanwhile) and marked
 * after it, so a crash in between may repeat a message after the lease, never lose one.
 */
export class OutboxSender {
  private readonly loop: RetryLoop<Claimed<OutboxItem>>;
  private readonly holder: string;
  /** Told of each failed delivery (for /metrics); the item is retried with back-off. */
  onError?: () => void;

  constructor(
    private readonly outbox: OutboxRepo,
    private readonly conversations: ConversationsRepo,
    private readonly deliver: Deliver,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
    lease: LeaseOptions = {},
  ) {
    ({ loop: this.loop, holder: this.holder } = leasedLoop(outbox, (item) => this.sendOne(item), clock, lease));
  }

  /** Sends whatever is due; concurrent calls coalesce into one more pass. */
  flush(): Promise<void> {
    return this.loop.flush();
  }

  stop(): void {
    this.loop.stop();
  }

  /** Resolves when nothing is being sent (tests, shutdown). */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  private async sendOne(item: Claimed<OutboxItem>): Promise<void> {
    // The reference of the manager the notice is for, never of whoever wrote last in that conversation id.
    const target = item.managerId === null ? undefined : this.conversations.reference(item.conversationId, item.managerId);
    try {
      if (!target) throw new Error('no conversation reference stored for this manager');
      await this.deliver(target.reference, target.locale, item);
    } catch (err) {
      this.logger.warn({ err, outboxId: item.id, attempts: item.attempts + 1 }, 'notification not delivered; will retry');
      this.onError?.();
      this.outbox.markRetry(item.id, this.clock.now() + backoff(item.attempts), MAX_ATTEMPTS, item.lease);
      return;
    }
    if (!this.outbox.markSent(item.id, this.clock.now(), item.lease)) {
      this.logger.warn({ outboxId: item.id, holder: this.holder }, 'notification delivered after its lease was taken over; another instance may deliver it again');
    }
  }
}
