import fc from 'fast-check';
import {
  brusselsMidnight,
  lastDayBefore,
  checkEndDate,
  checkStartDate,
  formatDate,
  formatDateTime,
  formatTime,
  parseDate,
  todayInBrussels,
  type DateLocale,
} from '../../src/domain/dates';

const HOUR = 3_600_000;

describe('parseDate', () => {
  it.each([
    ['30-07-2026', '2026-07-30'],
    ['30/07/2026', '2026-07-30'],
    ['30.07.2026', '2026-07-30'],
    ['30 07 2026', '2026-07-30'],
    ['2026-07-30', '2026-07-30'],
    ['1-3-2026', '2026-03-01'],
    ['1/3/2026', '2026-03-01'],
    ['2026-3-1', '2026-03-01'],
    ['  01/03/2026  ', '2026-03-01'],
    ['1. 3. 2026', '2026-03-01'],
    ['01 / 03 / 2026', '2026-03-01'],
    ['01  03  2026', '2026-03-01'],
  ])('reads %p as %p', (input, date) => {
    expect(parseDate(input)).toEqual({ ok: true, date });
  });

  it('accepts leap days of leap years', () => {
    expect(parseDate('29-02-2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseDate('29-02-2000')).toEqual({ ok: true, date: '2000-02-29' });
  });

  it.each(['31-02-2026', '29-02-2025', '29-02-1900', '01-13-2026', '00-01-2026', '01-00-2026', '32-01-2026', '31-04-2026', '2026-02-30', '2026-13-01', '01-01-0000'])(
    'reports the impossible date %p as invalid',
    (input) => {
      expect(parseDate(input)).toEqual({ ok: false, problem: 'invalid' });
    },
  );

  it.each(['', '   ', 'demain', '30-07-26', '30072026', '30-07-2026 10:00', '2026/07/30', '30-07', '123-07-2026', '30_07_2026', '30-07-20266', 'le 30-07-2026'])(
    'reports %p as badly formatted',
    (input) => {
      expect(parseDate(input)).toEqual({ ok: false, problem: 'format' });
    },
  );

  const isoDate = fc
    .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('round-trips every date through every display format', () => {
    fc.assert(
      fc.property(isoDate, fc.constantFrom<DateLocale>('fr', 'nl', 'de', 'en'), (date, locale) => {
        expect(parseDate(formatDate(date, locale))).toEqual({ ok: true, date });
        expect(parseDate(date)).toEqual({ ok: true, date });
      }),
    );
  });

  it('accepts unpadded day and month for every date', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const [y, m, d] = date.split('-').map(Number);
        expect(parseDate(`${d}/${m}/${y}`)).toEqual({ ok: true, date });
      }),
    );
  });
});

describe('todayInBrussels', () => {
  it('is the Brussels calendar day, not the UTC one', () => {
    // Winter, UTC+1.
    expect(todayInBrussels(new Date('2026-03-10T22:59:59Z'))).toBe('2026-03-10');
    expect(todayInBrussels(new Date('2026-03-10T23:00:00Z'))).toBe('2026-03-11');
    // Summer, UTC+2.
    expect(todayInBrussels(new Date('2026-07-30T21:59:59Z'))).toBe('2026-07-30');
    expect(todayInBrussels(new Date('2026-07-30T22:00:00Z'))).toBe('2026-07-31');
  });

  it('handles the new year', () => {
    expect(todayInBrussels(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('defaults to now', () => {
    expect(todayInBrussels()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('checkStartDate', () => {
  // 00:30 on 11 March 2026 in Brussels, still 10 March in UTC.
  const NOW = new Date('2026-03-10T23:30:00Z');

  it('accepts today in Brussels', () => {
    expect(checkStartDate('11-03-2026', NOW)).toEqual({ ok: true, date: '2026-03-11' });
  });

  it('accepts a later date', () => {
    expect(checkStartDate('12/03/2026', NOW)).toEqual({ ok: true, date: '2026-03-12' });
    expect(checkStartDate('2027-01-01', NOW)).toEqual({ ok: true, date: '2027-01-01' });
  });

  it('rejects yesterday in Brussels even though it is still that day in UTC', () => {
    expect(checkStartDate('10-03-2026', NOW)).toEqual({ ok: false, problem: 'past' });
  });

  it('rejects an older date', () => {
    expect(checkStartDate('01-01-2020', NOW)).toEqual({ ok: false, problem: 'past' });
  });

  it('passes parse problems through', () => {
    expect(checkStartDate('31-02-2027', NOW)).toEqual({ ok: false, problem: 'invalid' });
    expect(checkStartDate('soon', NOW)).toEqual({ ok: false, problem: 'format' });
  });

  it('defaults to now', () => {
    expect(checkStartDate('01-01-2000')).toEqual({ ok: false, problem: 'past' });
    expect(checkStartDate('31-12-9999')).toEqual({ ok: true, date: '9999-12-31' });
  });
});

describe('checkEndDate', () => {
  it('accepts a date strictly after the start', () => {
    expect(checkEndDate('12-03-2026', '2026-03-11')).toEqual({ ok: true, date: '2026-03-12' });
    expect(checkEndDate('01-01-2027', '2026-12-31')).toEqual({ ok: true, date: '2027-01-01' });
  });

  it('rejects an end date equal to the start', () => {
    expect(checkEndDate('11-03-2026', '2026-03-11')).toEqual({ ok: false, problem: 'notAfterStart' });
  });

  it('rejects an end date before the start', () => {
    expect(checkEndDate('10-03-2026', '2026-03-11')).toEqual({ ok: false, problem: 'notAfterStart' });
    expect(checkEndDate('31-12-2025', '2026-01-01')).toEqual({ ok: false, problem: 'notAfterStart' });
  });

  it('passes parse problems through', () => {
    expect(checkEndDate('30-02-2027', '2026-03-11')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkEndDate('later', '2026-03-11')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses a start date that is not canonical, as that is a programming error', () => {
    expect(() => checkEndDate('12-03-2026', '11-03-2026')).toThrow(RangeError);
  });
});

describe('brusselsMidnight', () => {
  it('is 23:00 UTC the day before in winter (CET, +01:00)', () => {
    expect(brusselsMidnight('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
  });

  it('is 22:00 UTC the day before in summer (CEST, +02:00)', () => {
    expect(brusselsMidnight('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('uses winter time on the spring-forward day, whose clocks change later at 02:00', () => {
    expect(brusselsMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(brusselsMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // The switch day lasts 23 hours.
    expect(brusselsMidnight('2026-03-30').getTime() - brusselsMidnight('2026-03-29').getTime()).toBe(23 * HOUR);
  });

  it('uses summer time on the fall-back day, whose clocks change later at 03:00', () => {
    expect(brusselsMidnight('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(brusselsMidnight('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    // The switch day lasts 25 hours.
    expect(brusselsMidnight('2026-10-26').getTime() - brusselsMidnight('2026-10-25').getTime()).toBe(25 * HOUR);
  });

  it('is midnight on that day in Brussels for any date, and the millisecond before is the previous day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const midnight = brusselsMidnight(date);
          expect(formatDateTime(midnight, 'fr')).toBe(`${formatDate(date, 'fr')} 00:00`);
          expect(todayInBrussels(midnight)).toBe(date);
          expect(todayInBrussels(new Date(midnight.getTime() - 1))).not.toBe(date);
          expect([HOUR, 2 * HOUR]).toContain(Date.parse(`${date}T00:00:00Z`) - midnight.getTime());
        },
      ),
    );
  });

  it.each(['2026-02-30', '15-01-2026', '2026-1-5', ''])('rejects the non-canonical date %p', (bad) => {
    expect(() => brusselsMidnight(bad)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it.each([
    ['fr', '01/03/2026'],
    ['en', '01/03/2026'],
    ['nl', '01-03-2026'],
    ['de', '01.03.2026'],
  ] as const)('formats for %p as %p', (locale, expected) => {
    expect(formatDate('2026-03-01', locale)).toBe(expected);
  });

  it('rejects an impossible date', () => {
    expect(() => formatDate('2026-02-30', 'fr')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  const winter = new Date('2026-11-23T13:52:00Z');

  it.each([
    ['fr', '23/11/2026 14:52'],
    ['en', '23/11/2026 14:52'],
    ['nl', '23-11-2026 14:52'],
    ['de', '23.11.2026 14:52'],
  ] as const)('formats for %p as %p in Brussels time', (locale, expected) => {
    expect(formatDateTime(winter, locale)).toBe(expected);
  });

  it('accepts epoch milliseconds', () => {
    expect(formatDateTime(winter.getTime(), 'fr')).toBe('23/11/2026 14:52');
  });

  it('shows summer time and the Brussels date around midnight', () => {
    expect(formatDateTime(new Date('2026-07-01T22:05:00Z'), 'fr')).toBe('02/07/2026 00:05');
  });

  it('rejects an invalid date', () => {
    expect(() => formatDateTime(new Date('nope'), 'fr')).toThrow(RangeError);
  });
});

describe('formatTime', () => {
  it('gives HH:MM in Brussels time', () => {
    expect(formatTime(new Date('2026-11-23T13:52:59Z'))).toBe('14:52');
    expect(formatTime(new Date('2026-07-01T07:05:00Z'))).toBe('09:05');
  });

  it('writes midnight as 00:00', () => {
    expect(formatTime(new Date('2026-01-14T23:00:00Z'))).toBe('00:00');
  });

  it('follows the DST switches', () => {
    // 2026-03-29 01:00 UTC: 02:00 CET becomes 03:00 CEST.
    expect(formatTime(new Date('2026-03-29T00:59:00Z'))).toBe('01:59');
    expect(formatTime(new Date('2026-03-29T01:00:00Z'))).toBe('03:00');
    // 2026-10-25 01:00 UTC: 03:00 CEST becomes 02:00 CET.
    expect(formatTime(new Date('2026-10-25T00:59:00Z'))).toBe('02:59');
    expect(formatTime(new Date('2026-10-25T01:00:00Z'))).toBe('02:00');
  });

  it('accepts epoch milliseconds', () => {
    expect(formatTime(Date.parse('2026-11-23T13:52:00Z'))).toBe('14:52');
  });
});

describe('lastDayBefore: the last day a function is held, its end date being exclusive', () => {
  it.each([
    ['2027-03-31', '2027-03-30'], ['2027-03-01', '2027-02-28'], ['2028-03-01', '2028-02-29'], ['2027-01-01', '2026-12-31'], ['2027-10-31', '2027-10-30'],
  ])('%s → %s', (end, last) => expect(lastDayBefore(end)).toBe(last));
});
