export type UsernameProblem =
  | 'tooShort'
  | 'tooLong'
  | 'mustStartWithLetter'
  | 'forbiddenCharacters'
  | 'onlyDigits'
  | 'repeatedSeparators';

export const USERNAME_MIN = 6;
export const USERNAME_MAX = 30;

export type UsernameCheck =
  | { ok: true; username: string /* trimmed */ }
  | { ok: false; problems: UsernameProblem[]; forbidden: string[] };

const ALLOWED = /^[A-Za-z0-9._-]$/;
const SEPARATOR = /^[._-]$/;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The portal rejects bad usernames with a single vague message; listing every
 * problem at once spares the user a guess-and-retry loop.
 */
export function checkUsername(input: string): UsernameCheck {
  const username = input.trim();
  // Grapheme clusters, so that 'é' typed as e + combining accent, or an emoji made
  // of several code points, counts and is reported as the one character the user sees.
  const chars = Array.from(graphemes.segment(username), (s) => s.segment);
  const problems: UsernameProblem[] = [];

  if (chars.length < USERNAME_MIN) problems.push('tooShort');
  if (chars.length > USERNAME_MAX) problems.push('tooLong');
  const first = chars[0];
  if (first !== undefined && !/^[A-Za-z]$/.test(first)) problems.push('mustStartWithLetter');

  const forbidden: string[] = [];
  for (const c of chars) {
    if (ALLOWED.test(c)) continue;
    // NFC so that a decomposed 'é' is listed once with the precomposed one; but a
    // look-alike such as the Kelvin sign, whose NFC is a plain 'K', is shown as typed.
    const shown = ALLOWED.test(c.normalize('NFC')) ? c : c.normalize('NFC');
    if (!forbidden.includes(shown)) forbidden.push(shown);
  }
  if (forbidden.length > 0) problems.push('forbiddenCharacters');

  if (chars.length > 0 && chars.every((c) => /^[0-9]$/.test(c))) problems.push('onlyDigits');

  const repeated = chars.some((c, i) => i > 0 && SEPARATOR.test(c) && SEPARATOR.test(chars[i - 1] ?? ''));
  if (repeated) problems.push('repeatedSeparators');

  if (problems.length > 0) return { ok: false, problems, forbidden };
  return { ok: true, username };
}
