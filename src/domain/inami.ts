export type InamiCheck = { ok: true; inami: string /* '710087-50' */ } | { ok: false; problem: 'format' | 'checksum' };

// INAMI numbers are printed as 7-10087-50, 710087-50 or without separators.
const SEPARATORS = /[\s.\-/]/g;

export function inamiCheckDigits(first6: string): string {
  if (!/^\d{6}$/.test(first6)) throw new RangeError(`Expected 6 digits, got "${first6}"`);
  return String(97 - (Number(first6) % 97)).padStart(2, '0');
}

export function checkInami(input: string): InamiCheck {
  const digits = input.trim().replace(SEPARATORS, '');
  if (!/^\d{8}$/.test(digits)) return { ok: false, problem: 'format' };
  const first6 = digits.slice(0, 6);
  const check = digits.slice(6);
  if (inamiCheckDigits(first6) !== check) return { ok: false, problem: 'checksum' };
  return { ok: true, inami: `${first6}-${check}` };
}
