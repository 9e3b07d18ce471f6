import type { Db } from './db';
import { SqliteOutbox, type Claimed, type Lease, type OutboxTable } from './leased-outbox';

export interface MailItem {
  id: number;
  kind: 'invitation';
  userId: number;
  attempts: number;
}

type MailRow = { id: number; kind: 'invitation'; user_id: number; attempts: number };
const mailItem = (r: MailRow): MailItem => ({ id: r.id, kind: r.kind, userId: r.user_id, attempts: r.attempts });

/** The mail outbox as a leased outbox (claimed before it is sent), on either engine. */
export const MAILS: OutboxTable<MailItem> = {
  table: 'mail_outbox',
  columns: 'id, kind, user_id, attempts',
  item: (r) => mailItem(r as MailRow),
  sentAlso: ', last_error = NULL',
  retryAlso: ', last_error = @error',
};

/** A link's row: only the hash of its token is kept. */
export interface TokenRow {
  id: number;
  userId: number;
  expiresAt: number;
  usedAt: number | null;
  revokedAt: number | null;
}

/**
 * Invitation links (only their hashes) and the mail outbox that carries them: the rows. Issuing and
 * using a link (one transaction, audited) are the rules of src/services/invitation.service.ts.
 */
export class InvitationsRepo {
  private readonly dueStmt;
  private readonly leased;
  private readonly nextStmt;
  private readonly queueStmt;
  private readonly revokeOpen;
  private readonly insertTokenStmt;
  private readonly byHash;
  private readonly useTokenStmt;
  private readonly setPassword;
  private readonly countsStmt;
  private readonly openTokenStmt;
  private readonly entityNamesStmt;

  constructor(db: Db) {
    this.dueStmt = db.prepare(`SELECT ${MAILS.columns} FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?`);
    this.leased = new SqliteOutbox(db, MAILS);
    this.nextStmt = db.prepare(`SELECT min(next_attempt_at) AS next FROM mail_outbox WHERE status = 'pending'`);
    this.queueStmt = db.prepare(
      `INSERT INTO mail_outbox (kind, user_id, status, next_attempt_at, created_at) VALUES ('invitation', ?, 'pending', ?, ?)`,
    );
    this.revokeOpen = db.prepare(`UPDATE password_tokens SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL`);
    this.insertTokenStmt = db.prepare(
      `INSERT INTO password_tokens (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?) RETURNING id`,
    );
    this.byHash = db.prepare(
      `SELECT id, user_id AS userId, expires_at AS expiresAt, used_at AS usedAt, revoked_at AS revokedAt FROM password_tokens WHERE token_hash = ?`,
    );
    // The WHERE makes the link single-use even when two submissions race.
    this.useTokenStmt = db.prepare(
      `UPDATE password_tokens SET used_at = @now WHERE id = @id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > @now`,
    );
    this.setPassword = db.prepare(
      `UPDATE users SET password_hash = @hash, status = CASE WHEN status = 'invited' THEN 'active' ELSE status END, updated_at = @now
       WHERE id = @userId`,
    );
    // The entities the user belongs to or holds an access in.
    this.entityNamesStmt = db.prepare(
      `SELECT DISTINCT e.name FROM entities e JOIN qualities q ON q.entity_id = e.id
        WHERE q.id IN (SELECT quality_id FROM user_memberships WHERE user_id = @userId
                       UNION SELECT quality_id FROM grants WHERE user_id = @userId)`,
    );
    this.countsStmt = db.prepare(`SELECT status, count(*) AS n FROM mail_outbox GROUP BY status`);
    this.openTokenStmt = db.prepare(
      `SELECT count(*) AS n FROM password_tokens WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
    );
  }

  /** What is due, without claiming it (a look; the sender claims, see `claim`). */
  due(now: number, limit = 50): MailItem[] {
    return (this.dueStmt.all(now, limit) as MailRow[]).map(mailItem);
  }

  /** Claims up to `limit` due mails for `holder` until now + leaseMs (src/store/leased-outbox.ts). */
  claim(holder: string, now: number, limit: number, leaseMs?: number): Claimed<MailItem>[] {
    return this.leased.claim(holder, now, limit, leaseMs);
  }

  /** False when `lease` was lost (or, without a lease, someone holds the row): the mark changed nothing. */
  markSent(id: number, now = Date.now(), lease?: Lease): boolean {
    return this.leased.markSent(id, now, lease);
  }

  markRetry(id: number, next: number, maxAttempts: number, error: string, lease?: Lease): boolean {
    return this.leased.markRetry(id, next, maxAttempts, lease, error);
  }

  /** Gives back the mails `holder` claimed and did not send: due at once. */
  release(holder: string, now: number): number {
    return this.leased.release(holder, now);
  }

  /** Who holds mails not sent yet. */
  holders(): string[] {
    return this.leased.holders();
  }

  nextAttemptAt(): number | null {
    return (this.nextStmt.get() as { next: number | null }).next;
  }

  counts(): Record<string, number> {
    return Object.fromEntries((this.countsStmt.all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));
  }

  /** Queues a new invitation (a resend): the mail sender will replace any link still open. */
  queueInvitation(userId: number, now = Date.now()): void {
    this.queueStmt.run(userId, now, now);
  }

  /** The user's links still open stop working (a new one replaces them). */
  revokeOpenTokens(userId: number, now: number): void {
    this.revokeOpen.run(now, userId);
  }

  insertToken(userId: number, hash: string, now: number, expiresAt: number): number {
    return (this.insertTokenStmt.get(userId, hash, now, expiresAt) as { id: number }).id;
  }

  tokenByHash(hash: string): TokenRow | undefined {
    return this.byHash.get(hash) as TokenRow | undefined;
  }

  /** Marks the link used; false if it was used, replaced or expired meanwhile (two submissions racing). */
  useToken(tokenId: number, now: number): boolean {
    return this.useTokenStmt.run({ id: tokenId, now }).changes === 1;
  }

  /** Stores the password's hash; an invited user becomes active. */
  setPasswordHash(userId: number, passwordHash: string, now: number): void {
    this.setPassword.run({ hash: passwordHash, userId, now });
  }

  /** Names of the user's entities, which their password must not be made of. */
  entityNamesOf(userId: number): string[] {
    return (this.entityNamesStmt.all({ userId }) as { name: string }[]).map((r) => r.name);
  }

  hasOpenLink(userId: number, now = Date.now()): boolean {
    return (this.openTokenStmt.get(userId, now) as { n: number }).n > 0;
  }
}
