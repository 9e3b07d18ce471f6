import { daysInMonth, todayInBrussels } from '../../src/domain/dates';

/**
 * The relative dates chrono reads wrong or not at all, in the four languages: a day of next month
 * ("le 3 du mois prochain", "am 5. nächsten Monats"), the start of next month or next week, the end
 * of a month ("fin juin", "eind juni", "Ende Juni", "end of the month"), the day after tomorrow. chrono reads "le 3 du mois
 * prochain" as "a month from today", a date nobody said; these are read first, on Brussels' calendar.
 */

/** saysBack: a date whose day (and year) were inferred ("en janvier" is the 1st of the next January): said back. */
export interface RelativeDate { iso: string; index: number; length: number; saysBack?: true }

interface Day { year: number; month: number; day: number }

const iso = ({ year, month, day }: Day) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const nextMonthOf = ({ year, month }: Day): Day => (month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 });
const lastDayOf = (d: Day): Day => ({ ...d, day: daysInMonth(d.year, d.month) });
function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
/** Monday of the week after this one (weeks start on Monday in Belgium). */
function nextMonday(d: Day): Day {
  const weekday = (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
  return addDays(d, 7 - weekday);
}

const MONTHS: [number, string][] = [
  [1, 'janvier|januari|januar|jänner|january|jan'], [2, 'février|fevrier|februari|februar|february|feb'], [3, 'mars|maart|märz|maerz|marz|march'],
  [4, 'avril|april'], [5, 'mai|mei|may'], [6, 'juin|juni|june'], [7, 'juillet|juli|july'], [8, 'août|aout|augustus|august'],
  [9, 'septembre|september'], [10, 'octobre|oktober|october'], [11, 'novembre|november'], [12, 'décembre|decembre|december|dezember'],
];
const MONTH = MONTHS.map(([, names]) => names).join('|');
const monthNumber = (word: string) => MONTHS.find(([, names]) => names.split('|').includes(word.toLowerCase()))![0];

const NEXT_MONTH = String.raw`(?:(?:du|de)\s+)?mois\s+prochain|(?:van\s+)?(?:de\s+)?volgende\s+maand|(?:des\s+)?n(?:ä|a|ae)chsten\s+monats|(?:of\s+)?next\s+month`;
const THIS_MONTH = String.raw`(?:du|de\s+ce)\s+mois|van\s+de(?:ze)?\s+maand|des\s+monats|(?:of\s+)?(?:the|this)\s+month`;
const NEXT_WEEK = String.raw`(?:de\s+)?la\s+semaine\s+prochaine|(?:van\s+)?(?:de\s+)?volgende\s+week|n(?:ä|a|ae)chster\s+woche|der\s+n(?:ä|a|ae)chsten\s+woche|(?:of\s+)?next\s+week`;
const START = String.raw`d[ée]but|begin|anfang|(?:the\s+)?(?:start|beginning)`;
const END = String.raw`fin|eind|einde|ende|(?:the\s+)?end`;
const ORDINAL_DAY = String.raw`(\d{1,2})(?:er|re|e|de|ste|st|nd|rd|th|\.)?`;

interface Reader { pattern: RegExp; date: (m: RegExpExecArray, today: Day) => Day | undefined; saysBack?: true }

const READERS: Reader[] = [
  // "le 3 du mois prochain", "de 3e van volgende maand", "am 5. nächsten Monats", "the 3rd of next month"
  {
    pattern: new RegExp(String.raw`(?<![\d\p{L}])${ORDINAL_DAY}\s+(?:${NEXT_MONTH})(?![\p{L}])`, 'giu'),
    date: (m, today) => {
      const next = nextMonthOf(today);
      const day = Number(m[1]);
      return day >= 1 && day <= daysInMonth(next.year, next.month) ? { ...next, day } : undefined;
    },
  },
  // "début du mois prochain", "begin volgende maand", "Anfang nächsten Monats", "the start of next month"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:${START})\s+(?:${NEXT_MONTH})(?![\p{L}])`, 'giu'), date: (_m, today) => nextMonthOf(today) },
  // "fin du mois prochain", "end of next month"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:${END})\s+(?:${NEXT_MONTH})(?![\p{L}])`, 'giu'), date: (_m, today) => lastDayOf(nextMonthOf(today)) },
  // "fin du mois", "eind van de maand", "Ende des Monats", "the end of the month"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:${END})\s+(?:${THIS_MONTH})(?![\p{L}])`, 'giu'), date: (_m, today) => lastDayOf(today) },
  // "début de la semaine prochaine", "begin volgende week", "Anfang nächster Woche", "the beginning of next week"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:${START})\s+(?:${NEXT_WEEK})(?![\p{L}])`, 'giu'), date: (_m, today) => nextMonday(today) },
  // "après-demain", "overmorgen", "übermorgen", "the day after tomorrow": chrono reads it in none of the four languages.
  { pattern: /(?<![\p{L}])(?:apr[èe]s[\s-]demain|overmorgen|[üu]bermorgen|uebermorgen|(?:the\s+)?day\s+after\s+tomorrow)(?![\p{L}])/giu, date: (_m, today) => addDays(today, 2) },
  // "fin juin", "fin de juin", "eind juni", "Ende Juni", "end of June": the next such month's last day
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:${END})\s+(?:(?:de|d'|du\s+mois\s+de|van|of)\s*)?(${MONTH})(?:\s+(\d{4}))?(?![\p{L}])`, 'giu'),
    date: (m, today) => {
      const month = monthNumber(m[1]!);
      const year = m[2] ? Number(m[2]) : month < today.month ? today.year + 1 : today.year;
      return lastDayOf({ year, month, day: 1 });
    },
  },
];

// "mi-janvier", "à la mi-janvier", "half januari", "medio januari", "Mitte Januar", "mid January", "the middle of January":
// the 15th of that month, the next one when this year's is gone; the day was not said, so the date is said back (trial 8).
READERS.push({
  pattern: new RegExp(
    String.raw`(?<![\p{L}])(?:mi[\s-]|half\s+|medio\s+|midden\s+|mitte\s+|mid[\s-]|(?:the\s+)?middle\s+of\s+|(?:au\s+)?milieu\s+(?:de\s+|d['’]))(${MONTH})(?:\s+(\d{4}))?(?![\p{L}])`,
    'giu',
  ),
  date: (m, today) => {
    const month = monthNumber(m[1]!);
    const gone = month < today.month || (month === today.month && today.day > 15);
    return { year: m[2] ? Number(m[2]) : gone ? today.year + 1 : today.year, month, day: 15 };
  },
  saysBack: true,
});

/** Before a month said alone, the words that make it a start: "en janvier", "in januari", "im Januar", "from March", "begin maart". */
const MONTH_START = String.raw`(?:[àa]\s+partir\s+(?:de|du\s+mois\s+de|d['’])|d[èe]s|(?:au\s+)?d[ée]but(?:\s+(?:de|d['’]|du\s+mois\s+de))?|en|au\s+mois\s+d['’e]|(?:in\s+de\s+maand|vanaf|per|begin|in|im|ab|anfang|ab\s+anfang|from|starting(?:\s+in)?|as\s+of|(?:at\s+)?the\s+(?:start|beginning)\s+of|in\s+early|early))`;

// "en janvier", "in januari", "im Januar", "from March", "à partir de mars", "begin maart", "Anfang März": the 1st of that
// month, the next one when this year's is gone; the day was not said, so the date is said back.
READERS.push({
  pattern: new RegExp(String.raw`(?<![\p{L}])(?:${MONTH_START})\s*(${MONTH})(?:\s+(\d{4}))?(?![\p{L}])(?!\.?\s*\d)`, 'giu'),
  date: (m, today) => {
    const month = monthNumber(m[1]!);
    const gone = month < today.month || (month === today.month && today.day > 1);
    return { year: m[2] ? Number(m[2]) : gone ? today.year + 1 : today.year, month, day: 1 };
  },
  saysBack: true,
});

const NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15,
  een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, veertien: 14,
  ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, 'fünf': 5, fuenf: 5, sechs: 6, sieben: 7, neun: 9, zehn: 10, 'zwölf': 12, vierzehn: 14,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15,
};
const COUNT = String.raw`\d{1,2}|${Object.keys(NUMBER_WORDS).sort((x, y) => y.length - x.length).join('|')}`;
const DAYS = String.raw`jours?|dagen|dag|tagen|tage|tag|days?`;
const WEEKS = String.raw`semaines?|weken|week|wochen|woche|weeks?`;
const MONTHS_OF = String.raw`mois|maanden|maand|monaten|monat|months?`;
const count = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!);
function addMonths(d: Day, n: number): Day {
  const month0 = d.month - 1 + n;
  const year = d.year + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** The next such day of a month, from today: this month's if it is still to come, else next month's. */
function nextDayOfMonth(day: number, today: Day): Day | undefined {
  const month = day >= today.day ? today : nextMonthOf(today);
  return day >= 1 && day <= daysInMonth(month.year, month.month) ? { ...month, day } : undefined;
}
/** Not a day of a date said in full ("le 15 mars", "am 15.03.", "the 15th of May"): those are chrono's. */
const NO_MONTH_AFTER = String.raw`(?![\p{L}\d])(?!\.?\s*(?:[./-]\s*\d|(?:of\s+|de\s+|van\s+)?(?:${MONTH})(?![\p{L}])))`;

const MORE_READERS: Reader[] = [
  // "le premier jour du mois prochain", "de eerste dag van volgende maand", "am ersten Tag des nächsten Monats", "the first day of next month"
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:premier|1er|eerste|1ste|ersten?|1\.|first|1st)\s+(?:jour|dag|tag|day)\s+(?:${NEXT_MONTH})(?![\p{L}])`, 'giu'),
    date: (_m, today) => nextMonthOf(today),
  },
  // A day of the month alone, with its ordinal or after "dès le", "op de", "ab dem", "on the": "op de 15de", "dès le 15",
  // "am 15.", "on the 15th": the next such day (this month's, or next month's once it is past).
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d])(?:(?:d[èe]s\s+le|[àa]\s+partir\s+du|(?:op|vanaf|tegen)\s+de|ab\s+de[mn]|am|zum|(?:on|from|by)\s+the)\s+(\d{1,2})(?:er|e|de|ste|\.|st|nd|rd|th)?|` +
        String.raw`(?:le|de|the)\s+(\d{1,2})(?:er|de|ste|st|nd|rd|th))${NO_MONTH_AFTER}`,
      'giu',
    ),
    date: (m, today) => nextDayOfMonth(Number(m[1] ?? m[2]), today),
  },
  // "après-demain", "overmorgen", "übermorgen", "the day after tomorrow"
  { pattern: /(?<![\p{L}])(?:apr[èe]s[\s-]demain|overmorgen|[üu]bermorgen|(?:the\s+)?day\s+after\s+tomorrow)(?![\p{L}])/giu, date: (_m, today) => addDays(today, 2) },
  // "hier", "gisteren", "gestern", "yesterday": a past day, refused as a start (Dutch and German "hier" is "here": only alone or after "depuis").
  { pattern: /(?<![\p{L}])(?:gisteren|gestern|yesterday)(?![\p{L}])|^\s*hier\s*[.!]?\s*$|(?<=(?:depuis|d[èe]s|commenc[ée]e?|arriv[ée]e?)\s+)hier(?![\p{L}])/giu, date: (_m, today) => addDays(today, -1) },
  // "dans quinze jours", "in 3 days", "over tien dagen", "in zehn Tagen", "dans un mois", "over een maand", "in einem Monat", "in a month"
  {
    pattern: new RegExp(String.raw`(?<![\p{L}])(?:dans|d'ici|over|binnen|in)\s+(${COUNT})\s+(${DAYS}|${WEEKS}|${MONTHS_OF})(?![\p{L}])`, 'giu'),
    date: (m, today) => {
      const n = count(m[1]!);
      const unit = m[2]!.toLowerCase();
      if (new RegExp(`^(?:${MONTHS_OF})$`, 'i').test(unit)) return addMonths(today, n);
      if (new RegExp(`^(?:${WEEKS})$`, 'i').test(unit)) return addDays(today, 7 * n);
      // "dans quinze jours", "dans huit jours": two weeks, one week, as Belgians count them.
      return addDays(today, n === 15 && /^jours$/i.test(unit) ? 14 : n === 8 && /^jours$/i.test(unit) ? 7 : n);
    },
  },
];

/** The relative dates of a text, with where they are, so the reader after this one does not read them again. */
export function findRelativeDates(text: string, now: number): RelativeDate[] {
  const [year, month, day] = todayInBrussels(new Date(now)).split('-').map(Number) as [number, number, number];
  const today = { year, month, day };
  const found: RelativeDate[] = [];
  for (const { pattern, date, saysBack } of [...READERS, ...MORE_READERS]) {
    for (const m of text.matchAll(pattern)) {
      if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
      const d = date(m, today);
      if (d) found.push({ iso: iso(d), index: m.index, length: m[0].length, ...(saysBack ? { saysBack } : {}) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Dates typed without accents or umlauts, as on a keyboard without them ("fevrier", "aout", "decembre", "marz", "maerz",
 * "naechste Woche", "ubermorgen"), written with them for chrono, which reads only the accented forms. Each word keeps its
 * length (a shorter one is padded), so that the places of the words read after hold.
 */
const ACCENTED: [RegExp, string][] = [
  [/(?<![\p{L}])f[ée]v(?=r)/giu, 'fév'], [/(?<![\p{L}])d[ée]c(?=embre(?![\p{L}]))/giu, 'déc'], [/(?<![\p{L}])ao[uû]t(?![\p{L}])/giu, 'août'],
  [/(?<![\p{L}])(?:maerz|marz)(?![\p{L}])/giu, 'März'], [/(?<![\p{L}])j(?:ae|a)nner(?![\p{L}])/giu, 'Jänner'],
  [/(?<![\p{L}])n(?:ae|a)chst(?=(?:e|er|en|es|em)(?![\p{L}]))/giu, 'nächst'], [/(?<![\p{L}])(?:ue|u)bermorgen(?![\p{L}])/giu, 'übermorgen'],
  [/(?<![\p{L}])apres(?=[\s-]demain)/giu, 'après'], [/(?<![\p{L}])aujourd(?=['’ ]?hui)/giu, 'aujourd'],
];
export function withAccents(text: string): string {
  let out = text;
  for (const [pattern, accented] of ACCENTED) {
    out = out.replace(pattern, (m: string, offset: number, whole: string) => {
      const word = /^\p{Lu}/u.test(m) ? accented[0]!.toUpperCase() + accented.slice(1) : accented.toLowerCase();
      // Padded on the side that keeps the date's words together: before "nächste Woche", after "3. März".
      return /\d\.?\s*$/u.test(whole.slice(0, offset)) ? word.padEnd(m.length) : word.padStart(m.length);
    });
  }
  return out;
}

/**
 * Words that make a date a past one: "depuis le 5 janvier", "sinds 5 januari", "seit dem 5. Januar",
 * "since 5 January", "il a commencé lundi", "is begonnen op maandag", "hat am Montag angefangen",
 * "started on Monday", "lundi dernier". chrono, told to read dates forward (a start date is in the
 * future), would move such a date a year or a week ahead, silently: read in the past, it is refused
 * as past instead.
 */
const LAST = String.raw`vorige|vorig|afgelopen|verleden|letzten|letzter|letztem|vergangenen|vergangener|vergangenem|last|dernier|derni[èe]re|pass[ée]e?`;
// "depuis", "since" right before the date: "since she starts on Monday" gives a reason, not a date.
const SINCE_JUST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:depuis|sinds|sedert|seit|since)\s+(?:(?:le|la|l['’]|ce|cette|de|het|dem|den|der|the|on|am)\s*)?(?:(?:${LAST})\s+)?$|(?<![\p{L}])(?:${LAST})\s+$`,
  'iu',
);
// A verb in the past tense anywhere in the date's clause: "il a commencé le 5 janvier", "he started on Monday".
const PAST_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    String.raw`(?:a|ont|est|sont|avait|était)\s+(?:d[ée]j[àa]\s+)?(?:commenc[ée]e?s?|d[ée]but[ée]e?s?|d[ée]marr[ée]e?s?|arriv[ée]e?s?)|` +
    String.raw`(?:is|zijn|was|waren)\s+(?:al\s+)?(?:(?:op\s+\S+\s+)?begonnen|gestart|aangekomen|in\s+dienst)|begon|startte|` +
    String.raw`(?:hat|haben|ist|sind)\s+(?:schon\s+|bereits\s+)?(?:am\s+)?(?:angefangen|begonnen|gestartet|angetreten)|begann|fing|` +
    String.raw`(?:has|have|had)\s+(?:already\s+)?(?:started|begun|joined)|started|began|joined)(?![\p{L}])`,
  'iu',
);
const PAST_AFTER = new RegExp(
  String.raw`^[\s,.]*(?:${LAST}|geleden|ago|angefangen|begonnen|gestartet|angetreten|(?:is|zijn)\s+(?:begonnen|gestart))(?![\p{L}])`,
  'iu',
);
const PAST_INSIDE = new RegExp(String.raw`(?<![\p{L}])(?:${LAST})(?![\p{L}])`, 'iu');

/** Whether the date at `index` (of `length` characters) is said as a past one, in the words of its clause. */
export function saidAsPast(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).split(/[;!?]|[,.](?=\s)/u).pop() ?? '';
  const after = text.slice(index + length, index + length + 30);
  // chrono's own reading holds "lundi dernier", "last Monday" and, told to read forward, moves them a week ahead.
  const said = text.slice(index, index + length);
  return SINCE_JUST_BEFORE.test(before) || PAST_VERB.test(before) || PAST_AFTER.test(after) || PAST_INSIDE.test(said);
}

/**
 * The date said as a past one: a day and month without a year is the last such day up to today,
 * a weekday the last one before today. undefined when the date is already what was said.
 */
export function pastReading(said: { year?: number; month: number; day: number; weekday?: number }, certain: { year: boolean; day: boolean; weekday: boolean }, now: number): string | undefined {
  const [year, month, day] = todayInBrussels(new Date(now)).split('-').map(Number) as [number, number, number];
  const today: Day = { year, month, day };
  if (certain.year) return undefined;
  if (certain.day) {
    let y = today.year;
    const fits = (yy: number) => said.day <= daysInMonth(yy, said.month);
    if (iso({ year: y, month: said.month, day: said.day }) > iso(today) || !fits(y)) y -= 1;
    while (!fits(y)) y -= 1;
    return iso({ year: y, month: said.month, day: said.day });
  }
  if (certain.weekday && said.weekday !== undefined) {
    const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    const back = ((weekday - said.weekday + 7) % 7) || 7;
    return iso(addDays(today, -back));
  }
  return undefined;
}
