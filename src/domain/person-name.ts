/**
 * The one rule for a person's last name, first name, title and a manager's display name, wherever
 * it is typed (chat, CLI, demo file): letters of any script with their combining marks, spaces,
 * hyphens, apostrophes (' and ’) and dots. Nothing else, so a name can carry no Markdown, HTML or
 * link (a last name "[Reset your password](https://…)" was once shown as a link).
 */
export type NameField = 'lastName' | 'firstName' | 'title' | 'managerName';

export type NameProblem = 'empty' | 'tooLong' | 'mustStartWithLetter' | 'forbiddenCharacters' | 'answerWord';

/** A title is short (Dr, Prof., Apr.); a name leaves room for long compound names. */
export const NAME_MAX: Record<NameField, number> = { lastName: 100, firstName: 100, title: 30, managerName: 100 };

export type NameCheck = { ok: true; name: string } | { ok: false; problems: NameProblem[]; forbidden: string[]; max: number };

/** Answers in the four languages that are no one's name. */
const ANSWER_WORDS = new Set(['yes', 'no', 'ok', 'okay', 'yep', 'nope', 'cancel', 'oui', 'non', 'ouais', "d'accord", 'annuler', 'ja', 'nee', 'neen', 'nein',
  'akkoord', 'klopt', 'annuleren', 'abbrechen', 'jawohl']);
const ALLOWED = /^[\p{L}\p{M} '’.-]$/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Trims and collapses spaces; lists every problem and every refused character as the user sees it. */
export function checkPersonName(input: string, field: NameField): NameCheck {
  const name = input.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const max = NAME_MAX[field];
  if (name === '') return { ok: false, problems: ['empty'], forbidden: [], max };
  const chars = Array.from(graphemes.segment(name), (s) => s.segment);
  const problems: NameProblem[] = [];
  if (chars.length > max) problems.push('tooLong');
  if (!/^\p{L}/u.test(name)) problems.push('mustStartWithLetter');
  // A grapheme is a letter with its marks ("é" typed as e + accent): test its code points one by one.
  const forbidden = [...new Set(chars.filter((c) => !Array.from(c).every((cp) => ALLOWED.test(cp))))];
  if (forbidden.length > 0) problems.push('forbiddenCharacters');
  // "yes" typed where a name is asked answers something else: never taken as someone's name.
  if (field !== 'title' && isAnswerWord(name)) problems.push('answerWord');
  return problems.length === 0 ? { ok: true, name } : { ok: false, problems, forbidden, max };
}

/** For callers that report in English (CLI, demo file): the problems in one line. */
/** "yes", "nee", "ok", "annuler": an answer to a question, typed where a name or an identifier is asked. */
export const isAnswerWord = (text: string) => ANSWER_WORDS.has(text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[.!]+$/, ''));

export function describeNameProblems(check: Extract<NameCheck, { ok: false }>): string {
  const parts = check.problems.map((p) =>
    p === 'empty' ? 'it is empty'
    : p === 'tooLong' ? `it has more than ${check.max} characters`
    : p === 'mustStartWithLetter' ? 'it must start with a letter'
    : p === 'answerWord' ? 'it is an answer (yes, no, ok, cancel), not a name'
    : `it contains ${check.forbidden.map((c) => JSON.stringify(c)).join(', ')} (only letters, spaces, hyphens, apostrophes and dots)`,
  );
  return parts.join('; ');
}
