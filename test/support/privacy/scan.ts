import { nissCheckDigits } from '../../../src/domain/niss';

/**
 * What an auditor looks for in a log: NISS numbers (11 digits, in any usual formatting, whose
 * check digits hold for a birth before or after 2000), e-mail addresses, and clear passwords.
 */
const NISS_CANDIDATE = /(?<!\d)\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A password field whose value is not the logger's censor. */
const PASSWORD_FIELD = /"(?:password|appPassword|passwordHash|MicrosoftAppPassword)"\s*:\s*"(?!\[redacted\])[^"]+"/gi;

export interface Leak {
  kind: 'niss' | 'email' | 'password';
  text: string;
  line: number;
}

export function isNiss(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const check = digits.slice(9);
  return nissCheckDigits(digits.slice(0, 9), 1900) === check || nissCheckDigits(digits.slice(0, 9), 2000) === check;
}

/** E-mails masked by the logger keep their first letter and '***': "m***@example.org" is not a leak. */
const isMaskedEmail = (e: string) => /^[^@]?\*\*\*@/.test(e);

export function findLeaks(text: string, secrets: readonly string[] = []): Leak[] {
  const leaks: Leak[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(NISS_CANDIDATE)) {
      if (isNiss(m[0].replace(/\D/g, ''))) leaks.push({ kind: 'niss', text: m[0], line: i + 1 });
    }
    for (const m of line.matchAll(EMAIL)) if (!isMaskedEmail(m[0])) leaks.push({ kind: 'email', text: m[0], line: i + 1 });
    for (const m of line.matchAll(PASSWORD_FIELD)) leaks.push({ kind: 'password', text: m[0], line: i + 1 });
    for (const s of secrets) if (s && line.includes(s)) leaks.push({ kind: 'password', text: s, line: i + 1 });
  });
  return leaks;
}
