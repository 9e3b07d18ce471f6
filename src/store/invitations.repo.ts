import { durably, type Db } from './db';
import type { PeopleRepo, User } from './people.repo';
import type { AuditRepo } from './audit.repo';
import { newToken, tokenHash } from '../password/token';

export interface MailItem {
  id: number;
  kind: 'invitation';
  userId: number;
  attempts: number;
}

/** Why a link does not open the page; each gets its own sentence. */
export type TokenProblem = 'unknown' | 'expired' | 'used' | 'replaced';

/** A refused link that was once the user's says their language, so the page can speak it. */
export type TokenCheck =
  | { ok: true; tokenId: number; user: User; expiresAt: number }
  | { ok: false; problem: TokenProblem; language?: User['language'] };

const personal = (at: number, action: string, userId: number, details: Record<string, unknown>) =>
  ({ at, managerId: null, action, outcome: 'ok', entityId: null, qualityId: null, userId, requestId: null, details }) as const;

/** Invitation links (only their hashes) and the mail outbox that carries them. */
export class InvitationsRepo {
  private readonly people: PeopleRepo;
  private readonly audit: AuditRepo;
  private readonly dueStmt;
  private readonly sentStmt;
  private readonly retryStmt;
  private readonly nextStmt;
  private readonly queueStmt;
  private readonly revokeOpen;
  private readonly insertToken;
  private readonly byHash;
  private readonly useToken;
  private readonly setPassword;
  private readonly countsStmt;
  private readonly openTokenStmt;
  private readonly entityNamesStmt;

  constructor(private readonly db: Db, lent: { people: PeopleRepo; audit: AuditRepo }) {
    this.people = lent.people;
    // A link issued or used is the person's own doing, audited in the same transaction.
    this.audit = lent.audit;
    this.dueStmt = db.prepare(
      `SELECT id, kind, user_id, attempts FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
    );
    this.sentStmt = db.prepare(`UPDATE mail_outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?`);
    this.retryStmt = db.prepare(
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error,
         status = CASE WHEN attempts + 1 >= @maxAttempts THEN 'failed' ELSE 'pending' END
       WHERE id = @id`,
    );
    this.nextStmt = db.prepare(`SELECT min(next_attempt_at) AS next FROM mail_outbox WHERE status = 'pending'`);
    this.queueStmt = db.prepare(
      `INSERT INTO mail_outbox (kind, user_id, status, next_attempt_at, created_at) VALUES ('invitation', ?, 'pending', ?, ?)`,
    );
    this.revokeOpen = db.prepare(`UPDATE password_tokens SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL`);
    this.insertToken = db.prepare(
      `INSERT INTO password_tokens (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?) RETURNING id`,
    );
    this.byHash = db.prepare(`SELECT id, user_id, expires_at, used_at, revoked_at FROM password_tokens WHERE token_hash = ?`);
    // The WHERE makes the link single-use even when two submissions race.
    this.useToken = db.prepare(
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

  due(now: number, limit = 50): MailItem[] {
    return (this.dueStmt.all(now, limit) as { id: number; kind: 'invitation'; user_id: number; attempts: number }[]).map((r) => ({
      id: r.id, kind: r.kind, userId: r.user_id, attempts: r.attempts,
    }));
  }

  markSent(id: number, now = Date.now()): void {
    this.sentStmt.run(now, id);
  }

  markRetry(id: number, next: number, maxAttempts: number, error: string): void {
    this.retryStmt.run({ id, next, maxAttempts, error: error.slice(0, 500) });
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

  /**
   * A new link for the user: the earlier ones stop working, only the hash is stored, and the clear
   * token is returned once, for the mail being composed.
   */
  issueToken(userId: number, ttlMs: number, now = Date.now()): { token: string; expiresAt: number } {
    const token = newToken();
    const expiresAt = now + ttlMs;
    durably(this.db, this.db.transaction(() => {
      this.revokeOpen.run(now, userId);
      const { id } = this.insertToken.get(userId, tokenHash(token), now, expiresAt) as { id: number };
      this.audit.append(personal(now, 'issueInvitation', userId, { tokenId: id, expiresAt }));
    }));
    return { token, expiresAt };
  }

  check(token: string, now = Date.now()): TokenCheck {
    // A token of another shape cannot match: no need to hash arbitrary input sizes.
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, problem: 'unknown' };
    const row = this.byHash.get(tokenHash(token)) as
      | { id: number; user_id: number; expires_at: number; used_at: number | null; revoked_at: number | null }
      | undefined;
    if (!row) return { ok: false, problem: 'unknown' };
    const user = this.people.userById(row.user_id);
    if (!user) return { ok: false, problem: 'unknown' };
    const language = user.language;
    if (row.used_at !== null) return { ok: false, problem: 'used', language };
    if (row.revoked_at !== null) return { ok: false, problem: 'replaced', language };
    if (row.expires_at <= now) return { ok: false, problem: 'expired', language };
    return { ok: true, tokenId: row.id, user, expiresAt: row.expires_at };
  }

  /** Uses the link and stores the hash, in one transaction; false if the link was used or expired meanwhile. */
  consume(tokenId: number, userId: number, passwordHash: string, now = Date.now()): boolean {
    return durably(this.db, this.db.transaction(() => {
      if (this.useToken.run({ id: tokenId, now }).changes !== 1) return false;
      this.setPassword.run({ hash: passwordHash, userId, now });
      this.audit.append(personal(now, 'setPassword', userId, { tokenId }));
      return true;
    }));
  }

  /** Names of the user's entities, which their password must not be made of. */
  entityNamesOf(userId: number): string[] {
    return (this.entityNamesStmt.all({ userId }) as { name: string }[]).map((r) => r.name);
  }

  hasOpenLink(userId: number, now = Date.now()): boolean {
    return (this.openTokenStmt.get(userId, now) as { n: number }).n > 0;
  }
}
