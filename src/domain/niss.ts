import { isRealDate, todayInBrussels } from './dates';

export type NissProblem = 'empty' | 'characters' | 'length' | 'birthDate' | 'checksum';
export type NissCheck =
  | {
      ok: true;
      niss: string /* 11 digits */;
      kind: 'national' | 'bis';
      birthDate: string | null /* YYYY-MM-DD, null when month or day is 00 (unknown) */;
      sex: 'M' | 'F' | null;
    }
  | { ok: false; problem: NissProblem; length?: number /* digits found, for 'length' */ };

// Separators people actually use when copying a number from an eID, a letter or a spreadsheet.
const SEPARATORS = /[\s.\-/]/g;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function nissCheckDigits(first9: string, century: 1900 | 2000): string {
  if (!/^\d{9}$/.test(first9)) throw new RangeError(`Expected 9 digits, got "${first9}"`);
  // The '2' prefix is how the register tells 20xx births apart from 19xx ones.
  const n = century === 2000 ? 2_000_000_000 + Number(first9) : Number(first9);
  return pad2(97 - (n % 97));
}

interface DecodedMonth {
  month: number;
  kind: 'national' | 'bis';
  sexKnown: boolean;
}

function decodeMonth(mm: number): DecodedMonth | null {
  if (mm <= 12) return { month: mm, kind: 'national', sexKnown: true };
  // BIS numbers shift the month: +20 when the sex was unknown at registration, +40 when known.
  if (mm >= 20 && mm <= 32) return { month: mm - 20, kind: 'bis', sexKnown: false };
  if (mm >= 40 && mm <= 52) return { month: mm - 40, kind: 'bis', sexKnown: true };
  return null;
}

export function checkNiss(input: string, today: Date = new Date()): NissCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const digits = text.replace(SEPARATORS, '');
  if (!/^\d*$/.test(digits)) return { ok: false, problem: 'characters' };
  if (digits === '') return { ok: false, problem: 'empty' };
  if (digits.length !== 11) return { ok: false, problem: 'length', length: digits.length };

  const yy = Number(digits.slice(0, 2));
  const decoded = decodeMonth(Number(digits.slice(2, 4)));
  const day = Number(digits.slice(4, 6));
  const sequence = Number(digits.slice(6, 9));
  const first9 = digits.slice(0, 9);
  const check = digits.slice(9);
  // A month like 13 or a day like 32 is wrong whatever the century, so say so
  // before the checksum: it points the user at the part they mistyped.
  if (!decoded || day > 31) return { ok: false, problem: 'birthDate' };

  // The two centuries' check digits always differ (2e9 mod 97 ≠ 0), so at most one matches.
  let year: number;
  if (nissCheckDigits(first9, 1900) === check) year = 1900 + yy;
  else if (nissCheckDigits(first9, 2000) === check) year = 2000 + yy;
  else return { ok: false, problem: 'checksum' };

  const { month, kind, sexKnown } = decoded;
  if (month !== 0 && day !== 0 && !isRealDate(year, month, day)) {
    return { ok: false, problem: 'birthDate' };
  }
  // With unknown parts, the earliest date the person could have been born must not be in the future.
  const earliest = `${year}-${pad2(month || 1)}-${pad2(day || 1)}`;
  if (earliest > todayInBrussels(today)) return { ok: false, problem: 'birthDate' };

  const birthDate = month !== 0 && day !== 0 ? `${year}-${pad2(month)}-${pad2(day)}` : null;
  const sex = sexKnown ? (sequence % 2 === 1 ? 'M' : 'F') : null;
  return { ok: true, niss: digits, kind, birthDate, sex };
}

/** Display form used on Belgian documents; anything that is not 11 digits is returned as given. */
export function formatNiss(niss: string): string {
  const digits = niss.trim().replace(SEPARATORS, '');
  if (!/^\d{11}$/.test(digits)) return niss;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}

/**
 * A NISS is personal data: logs keep just enough (last 2 digits) to tell two
 * attempts apart. Short strings are fully masked, since their tail would reveal too much.
 */
export function maskNiss(niss: string): string {
  const chars = Array.from(niss.trim().replace(SEPARATORS, ''));
  if (chars.length < 6) return '*'.repeat(Math.max(chars.length, 1));
  return '*'.repeat(chars.length - 2) + chars.slice(-2).join('');
}
