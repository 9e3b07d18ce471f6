/** Value checks: each says what is wrong, so the administrator can fix it in one go. */
import { z } from 'zod';
import { CliError } from './args';
import { checkInami, inamiCheckDigits } from '../domain/inami';
import { checkNiss, maskNiss, type NissCheck } from '../domain/niss';
import { checkUsername, USERNAME_MAX, USERNAME_MIN, type UsernameProblem } from '../domain/username';
import { checkPersonName, describeNameProblems, type NameField } from '../domain/person-name';

export function validInami(input: string): string {
  const check = checkInami(input);
  if (check.ok) return check.inami;
  if (check.problem === 'format') {
    const digits = input.replace(/\D/g, '').length;
    throw new CliError(`INAMI number "${input}" must have 8 digits, like 710087-50 (found ${digits})`);
  }
  const first6 = input.replace(/\D/g, '').slice(0, 6);
  const expected = inamiCheckDigits(first6);
  throw new CliError(
    `INAMI number "${input}" has wrong check digits: for ${first6} they are ${expected} (${first6}-${expected})`,
  );
}

const NISS_PROBLEMS: Record<Exclude<NissCheck, { ok: true }>['problem'], string> = {
  empty: 'it is empty',
  characters: 'it may only contain digits (and the separators . - / or spaces)',
  length: 'it must have 11 digits',
  birthDate: 'its first 6 digits are not a possible birth date (YYMMDD)',
  checksum: 'its check digits (last 2) do not match: probably a typing error',
};

export function validNiss(input: string): string {
  const check = checkNiss(input);
  if (check.ok) return check.niss;
  const detail = check.problem === 'length' ? ` (found ${check.length})` : '';
  throw new CliError(`NISS "${maskNiss(input)}" is not valid: ${NISS_PROBLEMS[check.problem]}${detail}`);
}

const USERNAME_PROBLEMS: Record<UsernameProblem, string> = {
  tooShort: `it must have at least ${USERNAME_MIN} characters`,
  tooLong: `it must have at most ${USERNAME_MAX} characters`,
  mustStartWithLetter: 'it must start with a letter',
  forbiddenCharacters: 'it may only contain letters A-Z, digits, ".", "_" and "-"',
  onlyDigits: 'it may not be only digits',
  repeatedSeparators: 'it may not have two separators (. _ -) in a row',
};

export function validName(option: string, input: string, field: NameField): string {
  const check = checkPersonName(input, field);
  if (check.ok) return check.name;
  throw new CliError(`--${option} ${JSON.stringify(input)} is not valid: ${describeNameProblems(check)}`);
}

export function validUsername(input: string): string {
  const check = checkUsername(input);
  if (check.ok) return check.username;
  const problems = check.problems.map((p) =>
    p === 'forbiddenCharacters' ? `${USERNAME_PROBLEMS[p]} (not allowed: ${check.forbidden.map((c) => `"${c}"`).join(' ')})` : USERNAME_PROBLEMS[p],
  );
  throw new CliError(`username "${input}" is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

const Email = z.email();
export function validEmail(option: string, input: string): string {
  const value = input.trim();
  if (!Email.safeParse(value).success) throw new CliError(`--${option} "${input}" is not a valid e-mail address`);
  return value;
}

const Guid = z.guid();
export function validGuid(input: string, option = 'aad-object-id'): string {
  const value = input.trim();
  if (!Guid.safeParse(value).success) {
    throw new CliError(`--${option} "${input}" is not a GUID (like 00000000-0000-0000-0000-000000000000)`);
  }
  return value.toLowerCase();
}

// Labels of letters, digits and inner hyphens (punycode included), at least two of them.
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$/;
export function validDomain(input: string): string {
  // "@example.org" and "Example.org" mean example.org.
  const value = input.trim().replace(/^@/, '').toLowerCase();
  if (!DOMAIN.test(value)) throw new CliError(`--email-domain "${input}" is not a domain name (like example.org, without the part before @)`);
  return value;
}
