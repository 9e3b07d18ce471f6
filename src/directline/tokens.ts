import { timingSafeEqual } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

/** What a Direct Line token says: who the user is, and optionally the one conversation it opens. */
export interface TokenClaims {
  userId: string;
  name?: string;
  /** Set by tokens/generate, as Azure does: the conversation the token was made for. */
  conversationId?: string;
  /** The page's language, so the welcome is said in it before the user types anything. */
  locale?: string;
  /** The demo page's locale was picked by the user in its language picker (see src/bot/locale-choice.ts). */
  localePicked?: boolean;
  /** When the site (or the demo page) first vouched for the user, ms: every token made from this one keeps it. */
  firstIssuedAt: number;
}

export interface IssuedToken {
  token: string;
  /** Seconds; less than an hour when the chain's maximum lifetime comes first. */
  expires_in: number;
}

export type TokenFailure = 'missing' | 'invalid' | 'expired' | 'maxLifetime';

export class TokenError extends Error {
  constructor(
    readonly reason: TokenFailure,
    /** Whose token it is, when its signature was good but its time is up (expired, or a chain at its end). */
    readonly userId?: string,
  ) {
    super(`direct line token ${reason}`);
    this.name = 'TokenError';
  }
}

const ISSUER = 'sesame';
const AUDIENCE = 'sesame-directline';
/** Azure's tokens live an hour and directlinejs refreshes them every 15 minutes. */
export const TOKEN_TTL_SECONDS = 3600;
/**
 * However often it is refreshed, a token chain ends 12 h (a working day and then some) after the
 * site first vouched for the user: a stolen token cannot be kept alive, and the site is asked again.
 */
export const TOKEN_MAX_LIFETIME_SECONDS = 12 * 3600;

const Payload = z.object({
  sub: z.string().min(1).max(256),
  name: z.string().max(256).optional(),
  conv: z.string().max(128).optional(),
  loc: z.string().max(32).optional(),
  lpk: z.literal(1).optional(),
  // OpenID Connect's name for "when the user was authenticated"; signed with the rest, so it cannot be moved.
  auth_time: z.number().int().nonnegative(),
  iat: z.number().int(),
  exp: z.number().int(),
});

/** Signs and checks user tokens with DIRECT_LINE_SECRET (HS256); nothing else is trusted. */
export class TokenIssuer {
  constructor(
    private readonly secret: string,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The first token of a chain: the site (or the demo page) vouches for the user now. */
  first(claims: Omit<TokenClaims, 'firstIssuedAt'>): IssuedToken {
    return this.sign(claims, Math.floor(this.clock() / 1000))!;
  }

  /** A token made from a verified one: same first issue; undefined once the chain's maximum lifetime is reached. */
  renew(claims: TokenClaims): IssuedToken | undefined {
    return this.sign(claims, Math.floor(claims.firstIssuedAt / 1000));
  }

  /** At most an hour, and never beyond the chain's maximum lifetime. */
  private sign(claims: Omit<TokenClaims, 'firstIssuedAt'>, authTime: number): IssuedToken | undefined {
    const now = Math.floor(this.clock() / 1000);
    const ttl = Math.min(TOKEN_TTL_SECONDS, authTime + TOKEN_MAX_LIFETIME_SECONDS - now);
    if (ttl <= 0) return undefined;
    const payload = {
      sub: claims.userId,
      ...(claims.name ? { name: claims.name } : {}),
      ...(claims.conversationId ? { conv: claims.conversationId } : {}),
      ...(claims.locale ? { loc: claims.locale } : {}),
      ...(claims.localePicked ? { lpk: 1 } : {}),
      auth_time: authTime,
      iat: now,
    };
    const token = jwt.sign(payload, this.secret, { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE, expiresIn: ttl });
    return { token, expires_in: ttl };
  }

  verify(token: string | undefined): TokenClaims {
    if (!token) throw new TokenError('missing');
    const now = Math.floor(this.clock() / 1000);
    let decoded: unknown;
    try {
      // Expiry is checked below, after the signature, so that a chain past its maximum lifetime says so.
      decoded = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE, clockTimestamp: now, ignoreExpiration: true });
    } catch {
      throw new TokenError('invalid');
    }
    const parsed = Payload.safeParse(decoded);
    if (!parsed.success) throw new TokenError('invalid');
    const p = parsed.data;
    if (p.auth_time > p.iat) throw new TokenError('invalid');
    if (now >= p.auth_time + TOKEN_MAX_LIFETIME_SECONDS) throw new TokenError('maxLifetime', p.sub);
    if (now >= p.exp) throw new TokenError('expired', p.sub);
    return {
      userId: p.sub,
      ...(p.name ? { name: p.name } : {}),
      ...(p.conv ? { conversationId: p.conv } : {}),
      ...(p.loc ? { locale: p.loc } : {}),
      ...(p.lpk ? { localePicked: true } : {}),
      firstIssuedAt: p.auth_time * 1000,
    };
  }

  /** The embedding site's server-to-server credential, compared in constant time. */
  isSecret(candidate: string | undefined): boolean {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(this.secret);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

/** "Bearer xyz" → "xyz". */
export function bearer(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(\S+)$/i.exec(value ?? '');
  return m?.[1];
}
