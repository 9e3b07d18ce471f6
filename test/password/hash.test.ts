import { hashPassword, verifyPassword } from '../../src/password/hash';
import { newToken, tokenHash } from '../../src/password/token';

const FAST = { N: 1024, r: 8, p: 1 };

describe('scrypt hashes', () => {
  it('store their parameters and a random salt, never the password', async () => {
    const a = await hashPassword('Rivière verte 2026', FAST);
    const b = await hashPassword('Rivière verte 2026', FAST);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Rivière');
    expect(await verifyPassword('Rivière verte 2026', a)).toBe(true);
    expect(await verifyPassword('Riviere verte 2026', a)).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });

  it('default to OWASP parameters', async () => {
    expect((await hashPassword('Rivière verte 2026')).split('$').slice(1, 4)).toEqual(['131072', '8', '1']);
  });
});

describe('tokens', () => {
  it('are 32 random bytes in base64url, stored as SHA-256 hex', () => {
    const t = newToken();
    expect(t).toMatch(/^[\w-]{43}$/);
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(t);
    expect(tokenHash(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(t)).not.toContain(t);
  });
});
