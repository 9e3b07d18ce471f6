import { readCommands } from '../../../dialogs/understanding/commands';
import { brusselsWallClockAsLocal } from '../../../src/domain/dates';
import type { Locale } from '../../../src/domain/locale';
import { vocabulary } from './fixture';

/**
 * Days are Brussels's, also in the hour after midnight there (before midnight UTC): chrono's casual readers count on
 * the reference's local date, so "demain" read at 00:30 in Brussels on 2 December (23:30 UTC on the 1st) was the 2nd,
 * and "aujourd'hui" a past date. Each word, at instants on both sides of the two midnights, winter and summer time.
 */
const startRead = (text: string, locale: Locale, now: number) =>
  readCommands(text, { vocabulary, now, expecting: 'startDate', locale }).find((c) => c.type === 'set' && c.slot === 'startDate');

describe('relative dates count from the day in Brussels, whatever the hour in UTC', () => {
  // [instant, Brussels's today, tomorrow, the next Monday]
  const instants: [string, string, string, string][] = [
    ['2026-12-01T23:30:00Z', '2026-12-02', '2026-12-03', '2026-12-07'], // 00:30 in Brussels (UTC+1), a Wednesday
    ['2026-12-01T22:59:00Z', '2026-12-01', '2026-12-02', '2026-12-07'], // 23:59 in Brussels, still Tuesday
    ['2027-06-13T22:15:00Z', '2027-06-14', '2027-06-15', '2027-06-14'], // 00:15 on Monday 14 June (UTC+2): Sunday in UTC
    ['2027-06-14T10:00:00Z', '2027-06-14', '2027-06-15', '2027-06-14'], // noon that Monday: "lundi" reads the same as at 00:15
    ['2027-06-13T21:45:00Z', '2027-06-13', '2027-06-14', '2027-06-14'], // 23:45 on Sunday 13 June in Brussels
  ];
  const words: [Locale, string, 'today' | 'tomorrow' | 'monday'][] = [
    ['fr', "à partir d'aujourd'hui", 'today'], ['fr', 'dès demain', 'tomorrow'], ['fr', 'à partir de lundi', 'monday'],
    ['nl', 'vanaf vandaag', 'today'], ['nl', 'vanaf morgen', 'tomorrow'], ['nl', 'vanaf maandag', 'monday'],
    ['de', 'ab heute', 'today'], ['de', 'ab morgen', 'tomorrow'], ['de', 'ab Montag', 'monday'],
    ['en', 'from today', 'today'], ['en', 'from tomorrow', 'tomorrow'], ['en', 'from Monday', 'monday'],
  ];
  it.each(instants.flatMap(([at, today, tomorrow, monday]) => words.map(([locale, text, which]) => [at, locale, text, { today, tomorrow, monday }[which]] as const)))(
    'at %s, %s "%s" is %s',
    (at, locale, text, expected) => {
      expect(startRead(text, locale, Date.parse(at))).toEqual({ type: 'set', slot: 'startDate', value: expected });
    },
  );

  it("the reference handed to chrono has Brussels's wall clock as its local one", () => {
    const local = brusselsWallClockAsLocal(Date.parse('2026-12-01T23:30:00Z'));
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2026, 12, 2, 0, 30]);
    const summer = brusselsWallClockAsLocal(Date.parse('2027-06-13T22:15:00Z'));
    expect([summer.getDate(), summer.getHours(), summer.getMinutes()]).toEqual([14, 0, 15]);
  });
});
