import { DEFAULT_LEASE_MS, goneFromThisHost, leaseHolder, type Claimed, type Lease } from '../store/leased-outbox';
import { systemClock, type Clock } from './scheduler';

/** Who holds a sender's claims, and for how long each claim lasts. */
export interface LeaseOptions {
  holder?: string;
  ms?: number;
}

/** A leased outbox on the store (OutboxRepo, InvitationsRepo). */
export interface LeasedRepo<Item> {
  claim(holder: string, now: number, limit: number, leaseMs?: number): Claimed<Item>[];
  nextAttemptAt(): number | null;
  release(holder: string, now: number): number;
  holders(): string[];
}

/** Items claimed at a time: sent well within a lease, and few to wait for if this instance dies. */
const BATCH = 20;

/**
 * The loop of a sender: claims the repo's due items for its holder (this process by default) and
 * sends them. Its first pass first takes back what a dead process of this host held (this server
 * killed and restarted): sent at once, as before leases, rather than when the leases end.
 */
export function leasedLoop<Item>(
  repo: LeasedRepo<Item>,
  sendOne: (item: Claimed<Item>) => Promise<void>,
  clock: Clock,
  lease: LeaseOptions = {},
): { loop: RetryLoop<Claimed<Item>>; holder: string } {
  const holder = lease.holder ?? leaseHolder();
  let first = true;
  const queue: RetryQueue<Claimed<Item>> = {
    due: (now) => {
      if (first) for (const gone of repo.holders().filter(goneFromThisHost)) repo.release(gone, now);
      first = false;
      return repo.claim(holder, now, BATCH, lease.ms ?? DEFAULT_LEASE_MS);
    },
    sendOne,
    nextAttemptAt: () => repo.nextAttemptAt(),
    release: () => void repo.release(holder, clock.now()),
  };
  return { loop: new RetryLoop(queue, clock), holder };
}

export interface RetryQueue<Item extends { lease: Lease }> {
  /** Claims items whose (next) attempt is due now, each under a lease (src/store/leased-outbox.ts). */
  due(now: number): Item[];
  /** Sends one item and records the outcome (sent, or when to try again). Never throws. */
  sendOne(item: Item): Promise<void>;
  /** When the earliest item waiting for a retry (or held by a lease) is due; null when none waits. */
  nextAttemptAt(): number | null;
  /** Gives back the items claimed and not sent: due at once, for another instance or this one. */
  release(): void;
}

/**
 * Drains a persistent queue in order, then sleeps until its next retry is due. Concurrent
 * flushes coalesce into one more pass, so a burst of new items costs one drain. Items are claimed
 * a batch at a time, each sent only while its lease has time to spare: another instance may claim
 * it once the lease ends, and must not find it half-sent.
 */
export class RetryLoop<Item extends { lease: Lease }> {
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
      if (this.stopped) return;
      const claimedAt = this.clock.now();
      const items = this.queue.due(claimedAt);
      if (items.length === 0) return;
      for (const item of items) {
        // Stopping (a deployment): what is left goes back at once rather than after the lease.
        // A lease half gone (slow sends): give the rest back and claim it again, with time to send.
        if (this.stopped || this.clock.now() - claimedAt > (item.lease.until - claimedAt) / 2) {
          this.queue.release();
          break;
        }
        await this.queue.sendOne(item);
      }
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
