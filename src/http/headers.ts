import type { Request, Response } from 'restify';

/**
 * What every answer carries, set before routing so that 404s and restify's own errors have it
 * too. JSON and assets are never documents to render or frame: a strict policy by default, which
 * the web chat page (page.ts) and the password page replace with their own.
 */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // Password links carry their token in the URL, Direct Line streams theirs in the query.
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export function baseHeaders(_req: Request, res: Response, next: () => void): void {
  for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
  next();
}
