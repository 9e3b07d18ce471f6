/**
 * Rules for the password a new user chooses on Sésame's page. Stated to the user in full, and
 * every breach named, where the portal only says "ne répond pas aux spécificités requises".
 *
 *   - at least 12 characters, at most 128 (length is what makes a password strong);
 *   - at least one letter, and at least one digit or symbol;
 *   - not the username, first name or last name, even inside it or written backwards;
 *   - not one character four times in a row, not a well-known password or keyboard run;
 *   - typed twice, the same both times.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem =
  | 'empty'
  | 'tooShort'
  | 'tooLong'
  | 'needsLetter'
  | 'needsDigitOrSymbol'
  | 'containsUsername'
  | 'containsName'
  | 'repeated'
  | 'common'
  | 'mismatch';

export interface PasswordContext {
  username: string;
  firstName: string;
  lastName: string;
}

// Fragments found at the start of most leaked-password lists, in the four languages' keyboards.
const COMMON = [
  'password', 'motdepasse', 'wachtwoord', 'passwort', 'azerty', 'qwerty', 'qwertz', '123456', 'abcdef', 'welkom',
  'bonjour', 'sesame', 'letmein', 'admin', '000000', '111111',
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const reversed = (s: string) => Array.from(s).reverse().join('');

/** Every rule the password breaks (empty list: it is fine). Length counts what the user sees. */
export function checkPassword(password: string, confirmation: string, ctx: PasswordContext): PasswordProblem[] {
  if (password === '') return ['empty'];
  const problems: PasswordProblem[] = [];
  const length = Array.from(password.normalize('NFC')).length;
  if (length < PASSWORD_MIN) problems.push('tooShort');
  if (length > PASSWORD_MAX) problems.push('tooLong');
  if (!/\p{L}/u.test(password)) problems.push('needsLetter');
  if (!/[\p{N}\p{P}\p{S}\s]/u.test(password)) problems.push('needsDigitOrSymbol');
  const p = fold(password);
  const u = fold(ctx.username);
  if (u.length >= 3 && (p.includes(u) || p.includes(reversed(u)))) problems.push('containsUsername');
  const names = [ctx.firstName, ctx.lastName].map(fold).flatMap((n) => n.split(/[\s'-]+/)).filter((n) => n.length >= 3);
  if (names.some((n) => p.includes(n) || p.includes(reversed(n)))) problems.push('containsName');
  if (/(.)\1\1\1/u.test(password)) problems.push('repeated');
  if (COMMON.some((c) => p.includes(c))) problems.push('common');
  if (password !== confirmation) problems.push('mismatch');
  return problems;
}
