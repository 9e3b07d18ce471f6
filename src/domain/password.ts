import { guessability, type GuessablePart } from '../password/guessability';

/**
 * Rules for the password a new user chooses on Sésame's page. Stated to the user in full, and
 * every breach named, where the portal only says "ne répond pas aux spécificités requises".
 *
 *   - at least 12 characters, at most 128 (length is what makes a password strong);
 *   - at least one letter, and at least one digit or symbol;
 *   - not the username, first name or last name, even inside it or written backwards;
 *   - not one character four times in a row;
 *   - hard to guess, as zxcvbn-ts estimates it (src/password/guessability.ts): a score of at least
 *     3 of 4, "safely unguessable" (10^8 guesses and more), what zxcvbn advises where an offline
 *     attack on leaked hashes is the risk, as for the accounts of a hospital; and not one word at
 *     most with guessable parts (a common password, a keyboard run, a year, a sequence, a repeat,
 *     the user's name) and fewer than 4 other characters: zxcvbn scores "MotDePasse2026!",
 *     "Qwertz2026!" or "Hospital2026!!" 3, but cracking tools try a word + a year + a symbol first;
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
  | 'commonWord'
  | 'keyboardSequence'
  | 'sequence'
  | 'year'
  | 'date'
  | 'guessable'
  | 'mismatch';

export const MIN_SCORE = 3;
/** Characters a password must have besides its guessable parts. */
const MIN_REST = 4;

export interface PasswordContext {
  username: string;
  firstName: string;
  lastName: string;
}

const GUESSED: Record<GuessablePart, PasswordProblem> = {
  keyboardSequence: 'keyboardSequence',
  sequence: 'sequence',
  repeated: 'repeated',
  year: 'year',
  date: 'date',
  common: 'common',
  personal: 'containsName',
};

/**
 * Why zxcvbn finds it guessable, if it does: the parts it matched, and "little more than a word"
 * when a dictionary word carries it. A password too long to be checked is refused for its length.
 */
function guessProblems(password: string, ctx: PasswordContext): PasswordProblem[] {
  if (Array.from(password).length > PASSWORD_MAX) return [];
  const personal = [ctx.username, ctx.firstName, ctx.lastName].flatMap((n) => [n, fold(n)]);
  const g = guessability(password, [...new Set(personal)].filter((n) => n.length >= 3));
  const patterned = g.words <= 1 && g.rest < MIN_REST;
  if (g.score >= MIN_SCORE && !patterned) return [];
  const found = g.parts.map((part) => GUESSED[part]);
  if (g.words > 0 && (found.length === 0 || patterned)) found.unshift('commonWord');
  return found.length ? found : ['guessable'];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const reversed = (s: string) => Array.from(s).reverse().join('');
/** "Dup0nt", "M@rie": the usual look-alike digits and symbols read as letters. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '3': 'e', '4': 'a', '@': 'a', '5': 's', '$': 's', '7': 't', '8': 'b' };
const unleet = (s: string) => s.replace(/[0134@5$78!]/g, (c) => LEET[c]!);

/** Every rule the password breaks (empty list: it is fine). Length counts what the user sees. */
export function checkPassword(password: string, confirmation: string, ctx: PasswordContext): PasswordProblem[] {
  if (password === '') return ['empty'];
  const problems: PasswordProblem[] = [];
  const length = Array.from(password.normalize('NFC')).length;
  if (length < PASSWORD_MIN) problems.push('tooShort');
  if (length > PASSWORD_MAX) problems.push('tooLong');
  if (!/\p{L}/u.test(password)) problems.push('needsLetter');
  if (!/[\p{N}\p{P}\p{S}\s]/u.test(password)) problems.push('needsDigitOrSymbol');
  const readings = [fold(password), unleet(fold(password))];
  const contains = (w: string) => w.length >= 3 && readings.some((p) => p.includes(w) || p.includes(reversed(w)));
  if (contains(fold(ctx.username))) problems.push('containsUsername');
  const names = [ctx.firstName, ctx.lastName].map(fold).flatMap((n) => n.split(/[\s'’.-]+/));
  if (names.some(contains)) problems.push('containsName');
  if (/(.)\1\1\1/u.test(password)) problems.push('repeated');
  for (const problem of guessProblems(password, ctx)) if (!problems.includes(problem)) problems.push(problem);
  if (password !== confirmation) problems.push('mismatch');
  return problems;
}
