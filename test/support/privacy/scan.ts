import { nissCheckDigits } from '../../../src/domain/niss';

/**
 * What an auditor looks for in a log: NISS numbers (11 digits, in any usual formatting, whose
 * check digits hold for a birth before or after 2000), e-mail addresses, and clear passwords;
 * in the line as written and URL-decoded ("85%2E07%2E30%2D033%2E28", "%40", "+" for a space).
 */
const NISS_CANDIDATE = /(?<!\d)\d{2}[._\-/\s]{0,2}\d{2}[._\-/\s]{0,2}\d{2}[._\-/\s]{0,2}\d{3}[._\-/\s]{0,2}\d{2}(?!\d)/g;
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

/** The line itself, then each decoding of it that differs (up to an escape encoded three times). */
export function readings(line: string): string[] {
  const out = [line];
  let current = line.replace(/\+/g, ' ');
  for (let pass = 0; pass < 3; pass++) {
    const next = current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === current) break;
    current = next;
  }
  if (current !== line) out.push(current);
  return out;
}

export function findLeaks(text: string, secrets: readonly string[] = []): Leak[] {
  const leaks: Leak[] = [];
  text.split('\n').forEach((raw, i) => {
    const found = new Set<string>();
    const leak = (kind: Leak['kind'], value: string) => {
      if (!found.has(value)) leaks.push({ kind, text: value, line: i + 1 });
      found.add(value);
    };
    for (const line of readings(raw)) {
      for (const m of line.matchAll(NISS_CANDIDATE)) if (isNiss(m[0].replace(/\D/g, ''))) leak('niss', m[0]);
      for (const m of line.matchAll(EMAIL)) if (!isMaskedEmail(m[0])) leak('email', m[0]);
    }
    for (const m of raw.matchAll(PASSWORD_FIELD)) leaks.push({ kind: 'password', text: m[0], line: i + 1 });
    for (const s of secrets) if (s && raw.includes(s)) leaks.push({ kind: 'password', text: s, line: i + 1 });
  });
  return leaks;
}
