import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { InvitationService } from '../services/invitation.service';
import { checkPassword, PASSWORD_MAX, type PasswordContext } from '../domain/password';
import type { CatalogRepo } from '../store/catalog.repo';
import type { User } from '../store/people.repo';
import { hashPassword } from '../password/hash';
import { isLocale, toLocale, type Locale } from '../domain/locale';
import { messages } from '../i18n/say';
import type { TokenProblemKey } from '../i18n/password.catalog';
import { readBody, refuseBody } from './body';
import { parseTarget } from './safe-decode';

/** Two password fields: a few kilobytes at most, whatever the script. */
const MAX_FORM_BYTES = 16 * 1024;

export interface PasswordPageDeps {
  invitations: Pick<InvitationService, 'check' | 'consume' | 'entityNamesOf'>;
  logger: Logger;
  /** The catalog's applications, which a password must not be made of. */
  catalog?: CatalogRepo;
  /** The hospital name setting (SESAME_HOSPITAL_NAME). */
  hospitalName?: string;
  hash?: (password: string) => Promise<string>;
  now?: () => number;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(locale: Locale, body: string): string {
  const title = messages('password', locale).passwordTitle();
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sésame — ${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.errors{color:#a40000}.rules{color:#444}</style>
</head><body><h1>${escape(title)}</h1>
${body}
</body></html>`;
}

function send(res: Response, status: number, html: string): void {
  // The token is in the URL: no caching, no referrer, no framing.
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  });
  res.end(html);
}

function form(locale: Locale, firstName: string, username: string, errors: string[]): string {
  const m = messages('password', locale);
  return `<p>${escape(m.passwordIntro({ firstName, username }))}</p>
<p class="rules">${escape(m.passwordRules())}</p>
${errors.length ? `<ul class="errors" role="alert">${errors.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>` : ''}
<form method="post">
<label>${escape(m.passwordLabel())}<input type="password" name="password" autocomplete="new-password" required maxlength="${PASSWORD_MAX * 4}"></label>
<label>${escape(m.passwordConfirmLabel())}<input type="password" name="confirmation" autocomplete="new-password" required maxlength="${PASSWORD_MAX * 4}"></label>
<button type="submit">${escape(m.passwordSubmit())}</button>
</form>`;
}

/** "nl-BE,nl;q=0.9,fr;q=0.8": the first supported language by weight; French when none is. */
export function acceptedLocale(header: string | undefined): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => isLocale(r.tag) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0] ? (ranked[0].tag as Locale) : toLocale(undefined);
}

/** Applications by code and in every language, and the portal's own names. */
function applicationNames(catalog: CatalogRepo | undefined): string[] {
  const names = ['Sésame', 'Sesame', 'socialsecurity', 'Sécurité sociale', 'Sociale Zekerheid', 'eHealth'];
  if (!catalog) return names;
  for (const kind of catalog.qualityKinds()) {
    for (const app of catalog.applicationsForKind(kind.code)) names.push(app.code, ...Object.values(app.names), ...app.aliases);
  }
  return names;
}

const STATUS: Record<TokenProblemKey, number> = { unknown: 404, expired: 410, used: 410, replaced: 410 };

/** GET and POST /password/:token, the page where an invited user chooses their password. */
export function registerPasswordPage(server: Server, deps: PasswordPageDeps): void {
  const hash = deps.hash ?? hashPassword;
  const now = deps.now ?? (() => Date.now());
  const localeOf = (req: Request, fallback: Locale): Locale => {
    // No query parser on this server: read ?lang= from the URL itself.
    const q = parseTarget(req.url)?.query.get('lang');
    if (isLocale(q)) return q;
    return fallback;
  };
  const contextOf = (user: User): PasswordContext => ({
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    hospitals: [...(deps.hospitalName ? [deps.hospitalName] : []), ...deps.invitations.entityNamesOf(user.id)],
    applications: applicationNames(deps.catalog),
  });
  // The link's user's language when the link was theirs, else the browser's.
  const refuse = (req: Request, res: Response, problem: TokenProblemKey, language?: Locale) => {
    const locale = localeOf(req, language ?? acceptedLocale(req.header('accept-language')));
    send(res, STATUS[problem], page(locale, `<p>${escape(messages('password', locale).tokenProblem({ problem }))}</p>`));
  };

  server.get('/password/:token', async (req: Request, res: Response) => {
    const check = deps.invitations.check(String(req.params.token ?? ''), now());
    if (!check.ok) return refuse(req, res, check.problem, check.language);
    const locale = localeOf(req, check.user.language);
    send(res, 200, page(locale, form(locale, check.user.firstName, check.user.username, [])));
  });

  server.post('/password/:token', async (req: Request, res: Response) => {
    const check = deps.invitations.check(String(req.params.token ?? ''), now());
    if (!check.ok) return refuse(req, res, check.problem, check.language);
    const { user } = check;
    const locale = localeOf(req, user.language);
    const read = await readBody(req, { accept: ['form'], maxBytes: MAX_FORM_BYTES });
    if (!read.ok) return refuseBody(res, read);
    const body = (read.value ?? {}) as Record<string, unknown>;
    const password = typeof body.password === 'string' ? body.password : '';
    const confirmation = typeof body.confirmation === 'string' ? body.confirmation : '';
    const problems = checkPassword(password, confirmation, contextOf(user));
    if (problems.length > 0) {
      const m = messages('password', locale);
      return send(res, 400, page(locale, form(locale, user.firstName, user.username, problems.map((problem) => m.passwordProblem({ problem })))));
    }
    const stored = await hash(password);
    if (!deps.invitations.consume(check.tokenId, user.id, stored, now())) return refuse(req, res, 'used', user.language);
    deps.logger.info({ userId: user.id }, 'password set through invitation');
    send(res, 200, page(locale, `<p>${escape(messages('password', locale).passwordSet({ username: user.username }))}</p>`));
  });
}
