const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000, ms: 1 } as const;
type Unit = keyof typeof UNIT_MS;
const UNIT_ORDER: readonly Unit[] = ['d', 'h', 'm', 's', 'ms'];

// 'ms' must be tried before 'm', otherwise '1500ms' would read as 1500 minutes followed by 's'.
// The look-ahead makes '20min' an unknown unit instead of '20m' followed by garbage.
const COMPONENT = /(\d+)\s*(ms|d|h|m|s)(?![A-Za-z])\s*/y;

function fail(input: string, why: string): never {
  throw new Error(
    `Invalid duration ${JSON.stringify(input)}: ${why}. ` +
      'Expected a non-negative whole number with a unit (ms, s, m, h, d), e.g. "30s", "20m", "1h30m".',
  );
}

/**
 * Parses settings like '20m' or '1h30m' into milliseconds. Strict on purpose:
 * a typo in a timeout setting should stop the start-up, not silently become 0.
 */
export function parseDuration(input: string): number {
  const text = input.trim();
  if (text === '') fail(input, 'it is empty');
  if (text.startsWith('-')) fail(input, 'it is negative');

  let total = 0;
  let lastUnitIndex = -1;
  COMPONENT.lastIndex = 0;
  while (COMPONENT.lastIndex < text.length) {
    const start = COMPONENT.lastIndex;
    const match = COMPONENT.exec(text);
    if (!match) {
      const rest = text.slice(start);
      if (/^\d+[.,]\d/.test(rest)) fail(input, 'only whole numbers are allowed');
      if (/^\d+\s*$/.test(rest)) fail(input, 'a number has no unit');
      if (/^\d+\s*[A-Za-zµ]/.test(rest)) fail(input, `unknown unit in "${rest}"`);
      fail(input, `cannot read "${rest}"`);
    }
    const unit = match[2] as Unit;
    const unitIndex = UNIT_ORDER.indexOf(unit);
    // Descending, non-repeated units keep '1h30m' unambiguous and catch typos such as '30m1h'.
    if (unitIndex <= lastUnitIndex) fail(input, `unit "${unit}" is repeated or out of order`);
    lastUnitIndex = unitIndex;
    total += Number(match[1]) * UNIT_MS[unit];
  }
  if (!Number.isSafeInteger(total)) fail(input, 'it is too large');
  return total;
}
