import fc from 'fast-check';
import { checkInami, inamiCheckDigits } from '../../src/domain/inami';

describe('inamiCheckDigits', () => {
  it('computes 97 - (n mod 97)', () => {
    expect(inamiCheckDigits('710087')).toBe('50');
  });

  it('zero-pads single-digit results', () => {
    // 96 mod 97 = 96, so the check is 1.
    expect(inamiCheckDigits('000096')).toBe('01');
  });

  it('returns 97 for multiples of 97', () => {
    expect(inamiCheckDigits('000000')).toBe('97');
    expect(inamiCheckDigits(String(97 * 7000))).toBe('97');
  });

  it.each(['71008', '7100870', 'abcdef', ''])('rejects the malformed input %p', (bad) => {
    expect(() => inamiCheckDigits(bad)).toThrow(RangeError);
  });
});

describe('checkInami', () => {
  it.each(['710087-50', '71008750', '710087 50', '7-10087-50', ' 7.10087.50 ', '7/10087/50'])(
    'accepts the usual formatting %p',
    (input) => {
      expect(checkInami(input)).toEqual({ ok: true, inami: '710087-50' });
    },
  );

  it('reports a wrong check number', () => {
    expect(checkInami('710087-51')).toEqual({ ok: false, problem: 'checksum' });
    expect(checkInami('710078-50')).toEqual({ ok: false, problem: 'checksum' });
  });

  it.each(['', '   ', '710087-5', '710087-500', '7100875', 'abcdef-50', '710087_50', 'INAMI 710087-50'])(
    'reports %p as badly formatted',
    (input) => {
      expect(checkInami(input)).toEqual({ ok: false, problem: 'format' });
    },
  );

  it('accepts every 6-digit number followed by its check digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        const first6 = String(n).padStart(6, '0');
        const check = inamiCheckDigits(first6);
        expect(checkInami(first6 + check)).toEqual({ ok: true, inami: `${first6}-${check}` });
        expect(checkInami(`${first6[0]}-${first6.slice(1)}-${check}`)).toEqual({ ok: true, inami: `${first6}-${check}` });
      }),
    );
  });

  it('rejects every single-digit change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 9 }), (n, index, shift) => {
        const first6 = String(n).padStart(6, '0');
        const valid = first6 + inamiCheckDigits(first6);
        const changed = valid.slice(0, index) + String((Number(valid[index]) + shift) % 10) + valid.slice(index + 1);
        expect(checkInami(changed)).toEqual({ ok: false, problem: 'checksum' });
      }),
    );
  });
});
