import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * A check of `Authorization: Bearer <token>` against one configured token, in constant time
 * (both sides hashed first, so neither the content nor the length leaks through timing).
 * Without a token configured, every request passes.
 */
export function bearerGuard(token: string | undefined): (req: Request, res: Response) => boolean {
  if (!token) return () => true;
  const expected = digest(token);
  return (req, res) => {
    const m = /^Bearer (\S+)$/.exec(req.header('authorization') ?? '');
    if (m && timingSafeEqual(digest(m[1]!), expected)) return true;
    res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(401);
    res.json({ error: { code: 'Unauthorized', message: 'Authorization: Bearer <SESAME_METRICS_TOKEN> is required' } });
    return false;
  };
}
