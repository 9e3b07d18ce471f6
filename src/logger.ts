import pino, { type Logger, type DestinationStream } from 'pino';

// Digit boundaries, not word boundaries: "conv85073003328" or "id_85073003328" hide a NISS too.
const NISS_LIKE = /(?<!\d)\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}(?!\d)/g;
const EMAIL_LIKE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Free text may hold a NISS or an e-mail anywhere: mask both before it reaches a log line. */
export function maskText(text: string): string {
  return text
    .replace(NISS_LIKE, (m) => `${'*'.repeat(Math.max(0, m.length - 2))}${m.slice(-2)}`)
    .replace(EMAIL_LIKE, (m) => {
      const [local = '', domain = ''] = m.split('@');
      return `${local.slice(0, 1)}***@${domain}`;
    });
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskText(value.message), stack: value.stack && maskText(value.stack) };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
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
      formatters: { log: (obj) => maskDeep(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? maskText(a) : a)) as Parameters<typeof method>;
          method.apply(this, masked);
        },
      },
    },
    destination,
  );
}
