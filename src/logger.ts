import pino, { type Logger, type DestinationStream } from 'pino';

/**
 * A NISS in any usual writing: 85073003328, 85.07.30-033.28, 85_07_30_033_28, 85/07/30/033/28,
 * "85 07 30 033 28". Digit boundaries, not word boundaries: "conv85073003328" or "id_85073003328"
 * hide a NISS too.
 */
const NISS_LIKE = /(?<!\d)\d{2}[._\-/\s]{0,3}\d{2}[._\-/\s]{0,3}\d{2}[._\-/\s]{0,3}\d{3}[._\-/\s]{0,3}\d{2}(?!\d)/g;
const EMAIL_LIKE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function maskPatterns(text: string): string {
  return text
    .replace(NISS_LIKE, (m) => `${'*'.repeat(Math.max(0, m.length - 2))}${m.slice(-2)}`)
    .replace(EMAIL_LIKE, (m) => {
      const [local = '', domain = ''] = m.split('@');
      return `${local.slice(0, 1)}***@${domain}`;
    });
}

const PERCENT = /(?:%[0-9a-f]{2})+/gi;
const HAS_PERCENT = /%[0-9a-f]{2}/i;

/**
 * A URL, a query string or a form body as it arrives: "85%2E07%2E30%2D033%2E28", "%40" for "@",
 * "+" for a space, encoded twice even. Malformed escapes are read byte by byte, never thrown on.
 */
function urlDecoded(text: string): string {
  let out = text.replace(/\+/g, ' ');
  for (let pass = 0; pass < 3 && HAS_PERCENT.test(out); pass++) {
    out = out.replace(PERCENT, (seq) => {
      try {
        return decodeURIComponent(seq);
      } catch {
        return seq.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      }
    });
  }
  return out;
}

/**
 * Free text may hold a NISS or an e-mail anywhere, written out or URL-encoded: mask both before
 * it reaches a log line. Text with nothing to mask is kept as it was (not decoded).
 */
export function maskText(text: string): string {
  const masked = maskPatterns(text);
  const decoded = urlDecoded(masked);
  if (decoded === masked) return masked;
  const maskedDecoded = maskPatterns(decoded);
  return maskedDecoded === decoded ? masked : maskedDecoded;
}

/** Deeper than this, a value is logged as its masked JSON text: still masked, never walked forever. */
const MAX_DEPTH = 8;

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function maskError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const own = Object.fromEntries(Object.entries(error).map(([k, v]) => [maskText(k), maskDeep(v, depth + 1, seen)]));
  return {
    ...own,
    type: error.name,
    message: maskText(error.message),
    ...(error.stack ? { stack: maskText(error.stack) } : {}),
    ...(error.cause !== undefined ? { cause: maskDeep(error.cause, depth + 1, seen) } : {}),
  };
}

/** Every string, every key and every NISS-long number, at any depth (objects, arrays, errors and their causes, maps). */
function maskDeep(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return maskText(value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const text = String(value);
    const masked = maskText(text);
    return masked === text ? value : masked;
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (depth > MAX_DEPTH) return maskText(jsonText(value));
  if (value instanceof Error) return maskError(value, depth, seen);
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1, seen));
  if (value instanceof Map) return maskDeep(Object.fromEntries(value), depth + 1, seen);
  if (value instanceof Set) return maskDeep([...value], depth + 1, seen);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskText(k), maskDeep(v, depth + 1, seen)]));
}

/** A JSON log line with every value masked; a line that is not JSON is masked as text. */
function maskLine(line: string): string {
  try {
    return `${JSON.stringify(maskDeep(JSON.parse(line)))}\n`;
  } catch {
    return maskPatterns(line);
  }
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // Known secret fields are dropped whole; every other string is masked by pattern.
      redact: {
        paths: ['password', '*.password', 'passwordHash', '*.passwordHash', 'appPassword', '*.appPassword', 'authorization', '*.authorization', 'req.headers.authorization'],
        censor: '[redacted]',
      },
      // Objects are walked before pino serializes them (so a nested Error or a Map keeps its content)…
      formatters: { log: (obj) => maskDeep(obj) as Record<string, unknown> },
      // …and the finished line once more: the message, a child logger's fields and what pino adds itself
      // (logger.error(err) takes err.message as the message) never pass through `log`.
      hooks: { streamWrite: maskLine },
    },
    destination,
  );
}
