export type DateProblem = 'format' | 'invalid' | 'past' | 'notAfterStart';
export type DateCheck = { ok: true; date: string /* YYYY-MM-DD */ } | { ok: false; problem: DateProblem };
export type DateLocale = 'fr' | 'nl' | 'de' | 'en';

const TIME_ZONE = 'Europe/Brussels';

// Users type dates the way they write them on paper: any of - / . or spaces,
// sometimes with spaces around the punctuation ("1. 3. 2026").
const DAY_FIRST = /^(\d{1,2})(?:\s*[-/.]\s*|\s+)(\d{1,2})(?:\s*[-/.]\s*|\s+)(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const STRICT_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Date.UTC without its mapping of years 0-99 to 1900-1999. */
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  return d.setUTCFullYear(year, month - 1, day);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function iso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function parseDate(input: string): DateCheck {
  const text = input.trim();
  let year: number;
  let month: number;
  let day: number;
  const dayFirst = DAY_FIRST.exec(text);
  const isoMatch = dayFirst ? null : ISO.exec(text);
  if (dayFirst) {
    day = Number(dayFirst[1]);
    month = Number(dayFirst[2]);
    year = Number(dayFirst[3]);
  } else if (isoMatch) {
    year = Number(isoMatch[1]);
    month = Number(isoMatch[2]);
    day = Number(isoMatch[3]);
  } else {
    return { ok: false, problem: 'format' };
  }
  if (!isRealDate(year, month, day)) return { ok: false, problem: 'invalid' };
  return { ok: true, date: iso(year, month, day) };
}

/** Splits a canonical YYYY-MM-DD date; throws because callers must pass an already-validated date. */
function splitIsoDate(date: string): { year: number; month: number; day: number } {
  const m = STRICT_ISO.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || !isRealDate(year, month, day)) {
    throw new RangeError(`Expected a valid YYYY-MM-DD date, got "${date}"`);
  }
  return { year, month, day };
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// One formatter for all wall-clock reads: creating Intl formatters is costly.
// hourCycle h23 because some ICU versions render midnight as "24" with hour12: false.
const wallClockFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function toMillis(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant');
  return ms;
}

function brusselsWallClock(instant: Date | number): WallClock {
  const parts = wallClockFormatter.formatToParts(toMillis(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/**
 * The instant whose wall clock, in this process's own time zone, is Brussels's at `now`. chrono's casual readers
 * ("demain", "morgen", "today") count days on the reference's local date and ignore the time zone given; handed this
 * instant (and no time zone), every reader counts from Brussels's day, whatever the server's zone: between midnight in
 * Brussels and midnight UTC, "demain" is otherwise today and "aujourd'hui" yesterday.
 */
export function brusselsWallClockAsLocal(now: Date | number): Date {
  const w = brusselsWallClock(now);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

export function todayInBrussels(now: Date = new Date()): string {
  const w = brusselsWallClock(now);
  return iso(w.year, w.month, w.day);
}

export function checkStartDate(input: string, now: Date = new Date()): DateCheck {
  const parsed = parseDate(input);
  if (!parsed.ok) return parsed;
  // Canonical YYYY-MM-DD strings compare chronologically as plain strings.
  if (parsed.date < todayInBrussels(now)) return { ok: false, problem: 'past' };
  return parsed;
}

export function checkEndDate(input: string, startDate: string): DateCheck {
  const parsed = parseDate(input);
  if (!parsed.ok) return parsed;
  splitIsoDate(startDate);
  if (parsed.date <= startDate) return { ok: false, problem: 'notAfterStart' };
  return parsed;
}

/** Offset of Brussels wall time from UTC at that instant, in ms (+1h in winter, +2h in summer). */
function brusselsOffset(instant: number): number {
  const w = brusselsWallClock(instant);
  const wallAsUtc = utcMillis(w.year, w.month, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

export function brusselsMidnight(date: string): Date {
  const { year, month, day } = splitIsoDate(date);
  const target = utcMillis(year, month, day);
  // The offset depends on the instant we are looking for, so refine once:
  // Belgian DST switches happen at 02:00/03:00, never at midnight, so midnight
  // always exists exactly once and two passes converge.
  let guess = target - brusselsOffset(target);
  guess = target - brusselsOffset(guess);
  return new Date(guess);
}

const DATE_SEPARATOR: Record<DateLocale, string> = { fr: '/', en: '/', nl: '-', de: '.' };

/**
 * The Brussels wall time of an instant (or a YYYY-MM-DD date at 00:00) as a Date whose UTC
 * fields read it: what a spreadsheet cell should hold, since spreadsheets know no time zones.
 */
export function spreadsheetDate(value: number | string): Date {
  if (typeof value === 'string') {
    const { year, month, day } = splitIsoDate(value);
    return new Date(utcMillis(year, month, day));
  }
  const w = brusselsWallClock(value);
  return new Date(utcMillis(w.year, w.month, w.day, w.hour, w.minute, w.second));
}

/** Excel number formats showing dates as formatDate and formatDateTime write them. */
export function spreadsheetDateFormat(locale: DateLocale, withTime: boolean): string {
  const sep = DATE_SEPARATOR[locale];
  return `dd${sep}mm${sep}yyyy${withTime ? ' hh:mm' : ''}`;
}

export function formatDate(date: string, locale: DateLocale): string {
  const { year, month, day } = splitIsoDate(date);
  const sep = DATE_SEPARATOR[locale];
  return `${pad(day)}${sep}${pad(month)}${sep}${pad(year, 4)}`;
}

/**
 * The last day a function is held when it ends on `endDate`: end dates are exclusive (the store's
 * end_date > start_date; from that day on, at midnight in Brussels, the function is no longer held).
 */
export function lastDayBefore(endDate: string): string {
  const { year, month, day } = splitIsoDate(endDate);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/** The day after `date`: the store's (exclusive) end of something whose last day is `date`. */
export function dayAfter(date: string): string {
  const { year, month, day } = splitIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

export function formatTime(instant: Date | number): string {
  const w = brusselsWallClock(instant);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

export function formatDateTime(instant: Date | number, locale: DateLocale): string {
  const w = brusselsWallClock(instant);
  const sep = DATE_SEPARATOR[locale];
  return `${pad(w.day)}${sep}${pad(w.month)}${sep}${pad(w.year, 4)} ${pad(w.hour)}:${pad(w.minute)}`;
}
