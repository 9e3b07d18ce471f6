import type { Logger } from 'pino';
import type { InvitationsRepo, MailItem } from '../store/invitations.repo';
import type { PeopleRepo } from '../store/people.repo';
import type { MailConfig } from './config';
import type { SendMail } from './mailer';
import { PEOPLE_MESSAGES } from '../../dialogs/messages/people';
import { systemClock, type Clock } from '../activation/scheduler';

const MAX_ATTEMPTS = 10;
const backoff = (attempts: number) => Math.min(30_000 * 2 ** attempts, 60 * 60_000);

/**
 * Sends the mail outbox after the transactions that filled it. The token is made when the mail is
 * composed, so the database never holds it in clear; a failed send leaves a link no one received,
 * which the next attempt's link replaces.
 */
export class InvitationSender {
  private flushing: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly invitations: InvitationsRepo,
    private readonly people: PeopleRepo,
    private readonly send: SendMail,
    private readonly config: Pick<MailConfig, 'publicUrl' | 'invitationTtlMs'>,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
  ) {}

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

  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const items = this.invitations.due(this.clock.now());
      if (items.length === 0 || this.stopped) return;
      for (const item of items) await this.sendOne(item);
    }
  }

  private async sendOne(item: MailItem): Promise<void> {
    try {
      const user = this.people.userById(item.userId);
      if (!user) throw new Error(`no user ${item.userId}`);
      if (user.status !== 'invited') {
        // The password was set meanwhile (an earlier mail worked): nothing to send.
        this.invitations.markSent(item.id, this.clock.now());
        return;
      }
      const { token, expiresAt } = this.invitations.issueToken(user.id, this.config.invitationTtlMs, this.clock.now());
      const m = PEOPLE_MESSAGES[user.language];
      const link = `${this.config.publicUrl}/password/${token}`;
      const where = await this.send({
        to: user.email,
        subject: m.inviteSubject(),
        text: m.inviteBody({ firstName: user.firstName, username: user.username, link, expiresAt }),
      });
      this.invitations.markSent(item.id, this.clock.now());
      // The address is masked by the logger; the link is never logged.
      this.logger.info({ mailOutboxId: item.id, to: user.email, where }, 'invitation sent');
    } catch (err) {
      this.logger.warn({ err, mailOutboxId: item.id, attempts: item.attempts + 1 }, 'invitation not sent; will retry');
      this.invitations.markRetry(item.id, this.clock.now() + backoff(item.attempts), MAX_ATTEMPTS, (err as Error).message);
    }
  }

  private arm(): void {
    if (this.stopped) return;
    if (this.timer) this.clock.clearTimeout(this.timer);
    const next = this.invitations.nextAttemptAt();
    if (next === null) return;
    this.timer = this.clock.setTimeout(() => void this.flush(), Math.max(0, next - this.clock.now()));
    this.timer.unref?.();
  }
}
