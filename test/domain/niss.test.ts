import fc from 'fast-check';
import { checkNiss, formatNiss, maskNiss, nissCheckDigits } from '../../src/domain/niss';

// Fixed "today" so that the future-birth rule does not depend on when the tests run.
const TODAY = new Date('2026-03-10T12:00:00Z');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

describe('nissCheckDigits', () => {
  it('computes 97 - (n mod 97) for 19xx births', () => {
    expect(nissCheckDigits('850730033', 1900)).toBe('28');
  });

  it('prefixes a 2 for 20xx births', () => {
    expect(nissCheckDigits('010203001', 2000)).toBe('70');
  });

  it('zero-pads single-digit results', () => {
    expect(nissCheckDigits('852730033', 2000)).toBe('03');
  });

  it('returns 97, never 00, when the number is a multiple of 97', () => {
    expect(nissCheckDigits(pad(97 * 1_000_000, 9), 1900)).toBe('97');
  });

  it.each(['12345678', '1234567890', '12345678a', ''])('rejects the malformed input %p', (bad) => {
    expect(() => nissCheckDigits(bad, 1900)).toThrow(RangeError);
  });
});

describe('checkNiss', () => {
  describe('valid national numbers', () => {
    it('accepts the reference example and decodes it', () => {
      expect(checkNiss('85073003328', TODAY)).toEqual({
        ok: true,
        niss: '85073003328',
        kind: 'national',
        birthDate: '1985-07-30',
        sex: 'M',
      });
    });

    it.each(['85.07.30-033.28', '85 07 30 033 28', '850730-033-28', '850730/033/28', '  85073003328\t', '85.07.30 - 033.28'])(
      'accepts the usual formatting %p',
      (input) => {
        expect(checkNiss(input, TODAY)).toMatchObject({ ok: true, niss: '85073003328' });
      },
    );

    it('reads an even sequence as female', () => {
      expect(checkNiss('01020300269', TODAY)).toMatchObject({ ok: true, birthDate: '2001-02-03', sex: 'F' });
    });

    it('uses the 2-prefixed checksum to recognise births from 2000 on', () => {
      expect(checkNiss('01020300170', TODAY)).toMatchObject({ ok: true, birthDate: '2001-02-03', sex: 'M' });
    });

    it('works with the current date by default', () => {
      expect(checkNiss('85073003328').ok).toBe(true);
    });
  });

  describe('leap years', () => {
    it('accepts 29 February 2000 (divisible by 400)', () => {
      expect(checkNiss('00022900145', TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    });

    it('rejects 29 February 1900 (divisible by 100, not by 400)', () => {
      expect(checkNiss('00022900116', TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });

    it('accepts 29 February 1996 and rejects 29 February 1997', () => {
      expect(checkNiss('96022900291', TODAY)).toMatchObject({ ok: true, birthDate: '1996-02-29' });
      expect(checkNiss('97022900215', TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });
  });

  describe('birth date rules', () => {
    it('rejects an impossible calendar date even with a matching checksum', () => {
      expect(checkNiss('85023100192', TODAY)).toEqual({ ok: false, problem: 'birthDate' }); // 31-02
    });

    it('reports month 13 as a birth-date problem rather than a checksum one', () => {
      expect(checkNiss('85133100172', TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });

    it('reports day 32 as a birth-date problem', () => {
      expect(checkNiss('850732001' + nissCheckDigits('850732001', 1900), TODAY)).toEqual({
        ok: false,
        problem: 'birthDate',
      });
    });

    it.each([13, 19, 33, 39, 53, 99])('rejects the month code %p (neither national nor BIS)', (mm) => {
      const first9 = `85${pad(mm)}01001`;
      expect(checkNiss(first9 + nissCheckDigits(first9, 1900), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });

    it('accepts an unknown month (00) with a null birth date', () => {
      expect(checkNiss('85003012383', TODAY)).toMatchObject({ ok: true, kind: 'national', birthDate: null, sex: 'M' });
    });

    it('accepts an unknown day (00) with a null birth date', () => {
      expect(checkNiss('85070012362', TODAY)).toMatchObject({ ok: true, birthDate: null });
    });

    it('accepts unknown month and day', () => {
      expect(checkNiss('85000012313', TODAY)).toMatchObject({ ok: true, birthDate: null });
    });

    it('accepts a 20xx birth date in the past or today', () => {
      expect(checkNiss('26030100180', TODAY)).toMatchObject({ ok: true, birthDate: '2026-03-01' });
      const todayFirst9 = '260310001';
      expect(checkNiss(todayFirst9 + nissCheckDigits(todayFirst9, 2000), TODAY)).toMatchObject({
        ok: true,
        birthDate: '2026-03-10',
      });
    });

    it('rejects a 20xx birth date in the future', () => {
      expect(checkNiss('26031500148', TODAY)).toEqual({ ok: false, problem: 'birthDate' });
      const tomorrow = '260311001';
      expect(checkNiss(tomorrow + nissCheckDigits(tomorrow, 2000), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });

    it('rejects a future year even when month and day are unknown', () => {
      const first9 = '270000001';
      expect(checkNiss(first9 + nissCheckDigits(first9, 2000), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });

    it('accepts the current year when month and day are unknown', () => {
      const first9 = '260000001';
      expect(checkNiss(first9 + nissCheckDigits(first9, 2000), TODAY)).toMatchObject({ ok: true, birthDate: null });
    });

    it('rejects a later month of the current year when the day is unknown', () => {
      const first9 = '260400001';
      expect(checkNiss(first9 + nissCheckDigits(first9, 2000), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });

    it('takes the Brussels calendar day as today', () => {
      const first9 = '260311001';
      const niss = first9 + nissCheckDigits(first9, 2000);
      // 23:30 UTC on 10 March is 00:30 on 11 March in Brussels.
      expect(checkNiss(niss, new Date('2026-03-10T23:30:00Z')).ok).toBe(true);
      expect(checkNiss(niss, new Date('2026-03-10T22:30:00Z')).ok).toBe(false);
    });
  });

  describe('BIS numbers', () => {
    it('month + 20: BIS number with unknown sex', () => {
      expect(checkNiss('85273003371', TODAY)).toEqual({
        ok: true,
        niss: '85273003371',
        kind: 'bis',
        birthDate: '1985-07-30',
        sex: null,
      });
    });

    it('month + 40: BIS number with known sex', () => {
      expect(checkNiss('85473003317', TODAY)).toMatchObject({ ok: true, kind: 'bis', birthDate: '1985-07-30', sex: 'M' });
      expect(checkNiss('85473003416', TODAY)).toMatchObject({ ok: true, kind: 'bis', sex: 'F' });
    });

    it('BIS with unknown month (20)', () => {
      expect(checkNiss('85200012356', TODAY)).toMatchObject({ ok: true, kind: 'bis', birthDate: null, sex: null });
    });

    it('BIS born from 2000 on', () => {
      const first9 = '054228002';
      expect(checkNiss(first9 + nissCheckDigits(first9, 2000), TODAY)).toMatchObject({
        ok: true,
        kind: 'bis',
        birthDate: '2005-02-28',
        sex: 'F',
      });
    });

    it('applies the calendar to the shifted month', () => {
      const leap = '084229002'; // 29-02-2008 with +40
      expect(checkNiss(leap + nissCheckDigits(leap, 2000), TODAY)).toMatchObject({ ok: true, birthDate: '2008-02-29', sex: 'F' });
      const notLeap = '074229002'; // 29-02-2007 with +40
      expect(checkNiss(notLeap + nissCheckDigits(notLeap, 2000), TODAY)).toEqual({ ok: false, problem: 'birthDate' });
    });
  });

  describe('input problems', () => {
    it.each(['', '   ', '\t\n', '..--', ' - '])('reports %p as empty', (input) => {
      expect(checkNiss(input, TODAY)).toEqual({ ok: false, problem: 'empty' });
    });

    it.each(['8507300332A', 'abc', '85,07,30,033,28', 'NISS 85073003328', '85073003328!', '８５０７３００３３２８'])(
      'reports %p as containing bad characters',
      (input) => {
        expect(checkNiss(input, TODAY)).toEqual({ ok: false, problem: 'characters' });
      },
    );

    it.each([
      ['8507300332', 10],
      ['850730033281', 12],
      ['1', 1],
      ['85.07.30-033', 9],
    ])('reports %p as having the wrong length (%p digits)', (input, length) => {
      expect(checkNiss(input, TODAY)).toEqual({ ok: false, problem: 'length', length });
    });

    it('reports a wrong check number', () => {
      expect(checkNiss('85073003327', TODAY)).toEqual({ ok: false, problem: 'checksum' });
      expect(checkNiss('85.07.30-033.29', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    });

    it('reports two swapped digits', () => {
      expect(checkNiss('85070303328', TODAY)).toEqual({ ok: false, problem: 'checksum' });
    });
  });

  describe('properties', () => {
    const validParts = fc
      .record({
        date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-03-10T00:00:00Z'), noInvalidDate: true }),
        monthUnknown: fc.boolean(),
        dayUnknown: fc.boolean(),
        bis: fc.constantFrom(0, 20, 40),
        sequence: fc.integer({ min: 1, max: 998 }),
      })
      .map(({ date, monthUnknown, dayUnknown, bis, sequence }) => {
        const year = date.getUTCFullYear();
        const month = monthUnknown ? 0 : date.getUTCMonth() + 1;
        const day = dayUnknown ? 0 : date.getUTCDate();
        const century: 1900 | 2000 = year >= 2000 ? 2000 : 1900;
        const first9 = `${pad(year % 100)}${pad(month + bis)}${pad(day)}${pad(sequence, 3)}`;
        const niss = first9 + nissCheckDigits(first9, century);
        return { niss, year, month, day, bis, sequence };
      });

    it('accepts every well-formed number, plain or formatted, and decodes it', () => {
      fc.assert(
        fc.property(validParts, ({ niss, year, month, day, bis, sequence }) => {
          const expected = {
            ok: true,
            niss,
            kind: bis === 0 ? 'national' : 'bis',
            birthDate: month && day ? `${year}-${pad(month)}-${pad(day)}` : null,
            sex: bis === 20 ? null : sequence % 2 === 1 ? 'M' : 'F',
          };
          expect(checkNiss(niss, TODAY)).toEqual(expected);
          expect(checkNiss(formatNiss(niss), TODAY)).toEqual(expected);
          expect(checkNiss(` ${niss.slice(0, 6)}-${niss.slice(6, 9)}-${niss.slice(9)} `, TODAY)).toEqual(expected);
        }),
      );
    });

    it('catches every single-digit change, except a ±6 on the last year digit that swaps the century', () => {
      // Mod-97 detects every single substitution within one century, but 6·10^7 ≡ ±(2·10^9) (mod 97):
      // changing the second year digit by 6 can land on a valid number of the other century.
      fc.assert(
        fc.property(validParts, ({ niss }) => {
          for (let index = 0; index < 11; index++) {
            const original = Number(niss[index]);
            for (let digit = 0; digit <= 9; digit++) {
              if (digit === original) continue;
              const changed = niss.slice(0, index) + String(digit) + niss.slice(index + 1);
              const result = checkNiss(changed, TODAY);
              if (result.ok) {
                expect({ index, delta: Math.abs(digit - original) }).toEqual({ index: 1, delta: 6 });
                const originalCentury = nissCheckDigits(niss.slice(0, 9), 1900) === niss.slice(9) ? 1900 : 2000;
                const otherCentury = originalCentury === 1900 ? 2000 : 1900;
                expect(nissCheckDigits(changed.slice(0, 9), otherCentury)).toBe(changed.slice(9));
              }
            }
          }
        }),
      );
    });

    it('the century-swap blind spot is real: 2001 → 1907', () => {
      const first9 = '010101001';
      const niss = first9 + nissCheckDigits(first9, 2000);
      const swapped = '07' + niss.slice(2);
      expect(checkNiss(swapped, TODAY)).toMatchObject({ ok: true, birthDate: '1907-01-01' });
    });
  });
});

describe('formatNiss', () => {
  it('formats 11 digits the Belgian way', () => {
    expect(formatNiss('85073003328')).toBe('85.07.30-033.28');
  });

  it('normalises other formattings', () => {
    expect(formatNiss('850730-033-28')).toBe('85.07.30-033.28');
    expect(formatNiss('85.07.30-033.28')).toBe('85.07.30-033.28');
  });

  it('returns anything that is not 11 digits unchanged', () => {
    expect(formatNiss('8507300332')).toBe('8507300332');
    expect(formatNiss('abc')).toBe('abc');
  });
});

describe('maskNiss', () => {
  it('keeps only the last two digits', () => {
    expect(maskNiss('85073003328')).toBe('*********28');
  });

  it('masks formatted numbers the same way', () => {
    expect(maskNiss('85.07.30-033.28')).toBe('*********28');
  });

  it('fully masks short input', () => {
    expect(maskNiss('12')).toBe('**');
    expect(maskNiss('')).toBe('*');
  });

  it('never reveals more than the last two digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (niss) => {
        const masked = maskNiss(niss);
        expect(masked).toHaveLength(11);
        expect(masked.slice(0, 9)).toBe('*********');
        expect(masked.slice(9)).toBe(niss.slice(9));
      }),
    );
  });
});
