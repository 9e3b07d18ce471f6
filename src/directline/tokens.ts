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
}

export class TokenError extends Error {
  constructor(readonly reason: 'missing' | 'invalid' | 'expired') {
    super(`direct line token ${reason}`);
    this.name = 'TokenError';
  }
}

const ISSUER = 'sesame';
const AUDIENCE = 'sesame-directline';
/** Azure's tokens live an hour and directlinejs refreshes them every 15 minutes. */
export const TOKEN_TTL_SECONDS = 3600;

const Payload = z.object({
  sub: z.string().min(1).max(256),
  name: z.string().max(256).optional(),
  conv: z.string().max(128).optional(),
  loc: z.string().max(32).optional(),
});

/** Signs and checks user tokens with DIRECT_LINE_SECRET (HS256); nothing else is trusted. */
export class TokenIssuer {
  constructor(
    private readonly secret: string,
    private readonly clock: () => number = Date.now,
  ) {}

  issue(claims: TokenClaims, ttlSeconds = TOKEN_TTL_SECONDS): { token: string; expires_in: number } {
    const payload = {
      sub: claims.userId,
      ...(claims.name ? { name: claims.name } : {}),
      ...(claims.conversationId ? { conv: claims.conversationId } : {}),
      ...(claims.locale ? { loc: claims.locale } : {}),
      iat: Math.floor(this.clock() / 1000),
    };
    const token = jwt.sign(payload, this.secret, { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE, expiresIn: ttlSeconds });
    return { token, expires_in: ttlSeconds };
  }

  verify(token: string | undefined): TokenClaims {
    if (!token) throw new TokenError('missing');
    let decoded: unknown;
    try {
      decoded = jwt.verify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        clockTimestamp: Math.floor(this.clock() / 1000),
      });
    } catch (err) {
      throw new TokenError(err instanceof jwt.TokenExpiredError ? 'expired' : 'invalid');
    }
    const parsed = Payload.safeParse(decoded);
    if (!parsed.success) throw new TokenError('invalid');
    const p = parsed.data;
    return { userId: p.sub, ...(p.name ? { name: p.name } : {}), ...(p.conv ? { conversationId: p.conv } : {}), ...(p.loc ? { locale: p.loc } : {}) };
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
