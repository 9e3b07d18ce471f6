import { guessability, type GuessablePart } from '../password/guessability';

/**
 * Rules for the password a new user chooses on Sésame's page. Stated to the user in full, and
 * every breach named, where the portal only says "ne répond pas aux spécificités requises".
 *
 *   - at least 12 characters, at most 128 (length is what makes a password strong);
 *   - at least one letter, and at least one digit or symbol;
 *   - not the username, first name or last name, even inside it or written backwards;
 *   - not the name of the user's hospital or of its entities (nor their words: "IRIS", "Sud",
 *     "Sainte-Anne"), nor an application of the catalog, nor "Sésame" or "socialsecurity": the
 *     first words an attacker who knows where the account is used tries;
 *   - not one character four times in a row;
 *   - hard to guess, as zxcvbn-ts estimates it (src/password/guessability.ts): a score of at least
 *     3 of 4, "safely unguessable" (10^8 guesses and more), what zxcvbn advises where an offline
 *     attack on leaked hashes is the risk, as for the accounts of a hospital; and not one word at
 *     most with guessable parts (a common password, a keyboard run, a year, a sequence, a repeat,
 *     the user's name) and fewer than 4 other characters: zxcvbn scores "MotDePasse2026!",
 *     "Qwertz2026!" or "Hospital2026!!" 3, but cracking tools try a word + a year + a symbol first;
 *     a Belgian place name (src/password/belgian-places.ts) is such a word, and a city with its
 *     postcode ("Bruxelles1000!") such a pattern: beside a word, only letters count as the rest;
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
  | 'containsHospital'
  | 'containsApplication'
  | 'placeName'
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
  /** The hospital and the user's entities, by name: the whole name and each of its words count. */
  hospitals?: string[];
  /** The catalog's applications (names and codes), "Sésame", "socialsecurity": each taken whole. */
  applications?: string[];
}

/** Words of an entity's name that say nothing of which hospital it is. */
const GENERIC = new Set([
  'hopital', 'hopitaux', 'clinique', 'cliniques', 'centre', 'center', 'centrum', 'hospitalier', 'universitaire', 'universitair',
  'ziekenhuis', 'ziekenhuizen', 'kliniek', 'klinieken', 'algemeen', 'krankenhaus', 'klinik', 'hospital', 'hospitals', 'general',
  'saint', 'sainte', 'sint', 'sankt', 'les', 'des', 'aux', 'van', 'der', 'den', 'het', 'een', 'und', 'the', 'and', 'sur', 'pour', 'voor',
]);

/** "Clinique Sainte-Anne Saint-Remi" → "cliniquesainteannesaintremi", "sainte-anne", "sainteanne", "anne", "remi"… */
export function hospitalWords(names: string[]): string[] {
  const words = new Set<string>();
  for (const name of names.map(fold)) {
    words.add(name.replace(/[^\p{L}\p{N}]+/gu, ''));
    for (const compound of name.split(/[\s'’.,;:()/]+/)) {
      if (compound.includes('-')) {
        words.add(compound);
        words.add(compound.replace(/-/g, ''));
      }
      for (const word of compound.split('-')) if (!GENERIC.has(word)) words.add(word);
    }
  }
  return [...words].filter((w) => Array.from(w).length >= 3);
}

/** "Chapter IV", "CHAPTER_IV" → "chapteriv"; "HospiSup" → "hospisup". */
export function applicationWords(names: string[]): string[] {
  return [...new Set(names.map((n) => fold(n).replace(/[^\p{L}\p{N}]+/gu, '')))].filter((w) => Array.from(w).length >= 4);
}

const GUESSED: Record<GuessablePart, PasswordProblem> = {
  keyboardSequence: 'keyboardSequence',
  sequence: 'sequence',
  repeated: 'repeated',
  year: 'year',
  date: 'date',
  common: 'common',
  personal: 'containsName',
  organisation: 'containsHospital',
  place: 'placeName',
};

/**
 * Why zxcvbn finds it guessable, if it does: the parts it matched, and "little more than a word"
 * when a dictionary word carries it. A password too long to be checked is refused for its length.
 */
function guessProblems(password: string, ctx: PasswordContext, organisation: string[]): PasswordProblem[] {
  if (Array.from(password).length > PASSWORD_MAX) return [];
  const personal = [ctx.username, ctx.firstName, ctx.lastName].flatMap((n) => [n, fold(n)]);
  const g = guessability(password, [...new Set(personal)].filter((n) => n.length >= 3), organisation);
  // A word with digits and symbols around it ("Bruxelles1000!", "Colindos2026!") is one guess away.
  const patterned = g.words <= 1 && (g.words === 0 ? g.rest : g.restLetters) < MIN_REST;
  if (g.score >= MIN_SCORE && !patterned) return [];
  const found = g.parts.map((part) => GUESSED[part]);
  const named = found.some((p) => p === 'placeName' || p === 'containsHospital' || p === 'containsName');
  if (g.words > 0 && !named && (found.length === 0 || patterned)) found.unshift('commonWord');
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
  const hospitals = hospitalWords(ctx.hospitals ?? []);
  const applications = applicationWords(ctx.applications ?? []);
  // A short word ("Sud", "IRIS") only on its own: "pseudo" or "sudoku" hold no hospital.
  const tokens = new Set([password, unleet(password)].flatMap((p) => p.split(/[^\p{L}]+|(?<=\p{Ll})(?=\p{Lu})/u)).map(fold));
  if (hospitals.some((w) => (Array.from(w).length <= 4 ? tokens.has(w) : contains(w)))) problems.push('containsHospital');
  if (applications.some(contains)) problems.push('containsApplication');
  if (/(.)\1\1\1/u.test(password)) problems.push('repeated');
  const own = problems.includes('containsHospital') || problems.includes('containsApplication');
  for (const problem of guessProblems(password, ctx, [...hospitals, ...applications])) {
    if (problem === 'containsHospital' && own) continue;
    if (!problems.includes(problem)) problems.push(problem);
  }
  if (password !== confirmation) problems.push('mismatch');
  return problems;
}
