import type { Store } from '../store/store';
import type { User } from '../store/people.repo';
import { newToken, tokenHash } from '../password/token';
import type { AuditWriter } from './audit';

/** Why a link does not open the page; each gets its own sentence. */
export type TokenProblem = 'unknown' | 'expired' | 'used' | 'replaced';

/** A refused link that was once the user's says their language, so the page can speak it. */
export type TokenCheck =
  | { ok: true; tokenId: number; user: User; expiresAt: number }
  | { ok: false; problem: TokenProblem; language?: User['language'] };

/**
 * The links an invited person sets their password with: one open link per person, only its hash
 * stored, single use. Issuing and using one is the person's own doing (managerId null), audited in
 * the durable transaction that does it.
 */
export class InvitationService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * A new link for the user: the earlier ones stop working, only the hash is stored, and the clear
   * token is returned once, for the mail being composed.
   */
  issueToken(userId: number, ttlMs: number, now = Date.now()): { token: string; expiresAt: number } {
    const token = newToken();
    const expiresAt = now + ttlMs;
    this.store.transaction(() => {
      this.store.invitations.revokeOpenTokens(userId, now);
      const tokenId = this.store.invitations.insertToken(userId, tokenHash(token), now, expiresAt);
      this.personal(now, 'issueInvitation', userId, { tokenId, expiresAt });
    });
    return { token, expiresAt };
  }

  check(token: string, now = Date.now()): TokenCheck {
    // A token of another shape cannot match: no need to hash arbitrary input sizes.
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, problem: 'unknown' };
    const row = this.store.invitations.tokenByHash(tokenHash(token));
    if (!row) return { ok: false, problem: 'unknown' };
    const user = this.store.people.userById(row.userId);
    if (!user) return { ok: false, problem: 'unknown' };
    const language = user.language;
    if (row.usedAt !== null) return { ok: false, problem: 'used', language };
    if (row.revokedAt !== null) return { ok: false, problem: 'replaced', language };
    if (row.expiresAt <= now) return { ok: false, problem: 'expired', language };
    return { ok: true, tokenId: row.id, user, expiresAt: row.expiresAt };
  }

  /** Uses the link and stores the hash, in one transaction; false if the link was used or expired meanwhile. */
  consume(tokenId: number, userId: number, passwordHash: string, now = Date.now()): boolean {
    return this.store.transaction(() => {
      if (!this.store.invitations.useToken(tokenId, now)) return false;
      this.store.invitations.setPasswordHash(userId, passwordHash, now);
      this.personal(now, 'setPassword', userId, { tokenId });
      return true;
    });
  }

  /** Names of the user's entities, which their password must not be made of. */
  entityNamesOf(userId: number): string[] {
    return this.store.invitations.entityNamesOf(userId);
  }

  private personal(at: number, action: string, userId: number, details: Record<string, unknown>): void {
    this.audit.changed({ at, managerId: null, action, entityId: null, qualityId: null, userId, requestId: null, details });
  }
}
