import fc from 'fast-check';
import { parseDuration } from '../../src/domain/duration';

describe('parseDuration', () => {
  it.each([
    ['20m', 20 * 60_000],
    ['30s', 30_000],
    ['1s', 1_000],
    ['2h', 2 * 3_600_000],
    ['1500ms', 1_500],
    ['1h30m', 90 * 60_000],
    ['1d', 86_400_000],
    ['1d2h3m4s5ms', 86_400_000 + 2 * 3_600_000 + 3 * 60_000 + 4_000 + 5],
    [' 20m ', 20 * 60_000],
    ['1h 30m', 90 * 60_000],
    ['10 s', 10_000],
    ['0s', 0],
    ['90m', 90 * 60_000],
  ])('reads %p as %p ms', (input, expected) => {
    expect(parseDuration(input)).toBe(expected);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['-5s', /negative/],
    ['20', /no unit/],
    ['20min', /unknown unit/],
    ['5x', /unknown unit/],
    ['20M', /unknown unit/],
    ['1.5h', /whole numbers/],
    ['m', /cannot read/],
    ['1h-30m', /cannot read/],
    ['30m1h', /out of order/],
    ['1h1h', /repeated/],
    ['1e3ms', /unknown unit/],
    ['9999999999999999d', /too large/],
  ])('rejects %p with a clear message', (input, why) => {
    expect(() => parseDuration(input)).toThrow(why);
    expect(() => parseDuration(input)).toThrow(`Invalid duration ${JSON.stringify(input)}`);
  });

  it('sums any descending combination of units', () => {
    const units = [
      ['d', 86_400_000],
      ['h', 3_600_000],
      ['m', 60_000],
      ['s', 1_000],
      ['ms', 1],
    ] as const;
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }), { minLength: 5, maxLength: 5 }),
        (amounts) => {
          fc.pre(amounts.some((a) => a !== undefined));
          let text = '';
          let expected = 0;
          units.forEach(([unit, ms], i) => {
            const amount = amounts[i];
            if (amount === undefined) return;
            text += `${amount}${unit}`;
            expected += amount * ms;
          });
          expect(parseDuration(text)).toBe(expected);
        },
      ),
    );
  });
});
