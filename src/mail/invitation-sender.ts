import type { Logger } from 'pino';
import type { InvitationsRepo, MailItem } from '../store/invitations.repo';
import type { InvitationService } from '../services/invitation.service';
import type { PeopleRepo } from '../store/people.repo';
import type { MailConfig } from './config';
import type { SendMail } from './mailer';
import { messages } from '../i18n/say';
import { systemClock, type Clock } from '../activation/scheduler';
import { leasedLoop, type LeaseOptions, type RetryLoop } from '../activation/retry-loop';
import type { Claimed } from '../store/leased-outbox';

const MAX_ATTEMPTS = 10;
const backoff = (attempts: number) => Math.min(30_000 * 2 ** attempts, 60 * 60_000);

/**
 * Sends the mail outbox after the transactions that filled it. The token is made when the mail is
 * composed, so the database never holds it in clear; a failed send leaves a link no one received,
 * which the next attempt's link replaces.
 */
export class InvitationSender {
  private readonly loop: RetryLoop<Claimed<MailItem>>;
  private readonly holder: string;

  constructor(
    private readonly invitations: InvitationsRepo,
    private readonly links: Pick<InvitationService, 'issueToken'>,
    private readonly people: PeopleRepo,
    private readonly send: SendMail,
    private readonly config: Pick<MailConfig, 'publicUrl' | 'invitationTtlMs'>,
    private readonly logger: Logger,
    private readonly clock: Clock = systemClock,
    lease: LeaseOptions = {},
  ) {
    ({ loop: this.loop, holder: this.holder } = leasedLoop(invitations, (item) => this.sendOne(item), clock, lease));
  }

  flush(): Promise<void> {
    return this.loop.flush();
  }

  stop(): void {
    this.loop.stop();
  }

  idle(): Promise<void> {
    return this.loop.idle();
  }

  private async sendOne(item: Claimed<MailItem>): Promise<void> {
    try {
      const user = this.people.userById(item.userId);
      if (!user) throw new Error(`no user ${item.userId}`);
      if (user.status !== 'invited') {
        // The password was set meanwhile (an earlier mail worked): nothing to send.
        this.invitations.markSent(item.id, this.clock.now(), item.lease);
        return;
      }
      const { token, expiresAt } = this.links.issueToken(user.id, this.config.invitationTtlMs, this.clock.now());
      const m = messages('mail', user.language);
      const link = `${this.config.publicUrl}/password/${token}`;
      const where = await this.send({
        to: user.email,
        subject: m.inviteSubject(),
        text: m.inviteBody({ firstName: user.firstName, username: user.username, link, expiresAt }),
      });
      // The address is masked by the logger; the link is never logged.
      this.logger.info({ mailOutboxId: item.id, to: user.email, where }, 'invitation sent');
      if (!this.invitations.markSent(item.id, this.clock.now(), item.lease)) {
        this.logger.warn({ mailOutboxId: item.id, holder: this.holder }, 'invitation sent after its lease was taken over; another instance may send it again');
      }
    } catch (err) {
      this.logger.warn({ err, mailOutboxId: item.id, attempts: item.attempts + 1 }, 'invitation not sent; will retry');
      this.invitations.markRetry(item.id, this.clock.now() + backoff(item.attempts), MAX_ATTEMPTS, (err as Error).message, item.lease);
    }
  }
}
