import { Writable } from 'node:stream';
import { createLogger, maskText } from '../src/logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe('logs never show a NISS, an e-mail or a password', () => {
  it('masks NISS numbers in any usual formatting and e-mails in free text', () => {
    expect(maskText('NISS 85073003328 / 85.07.30-033.28 / 85 07 30 033 28')).not.toMatch(/850730|85\.07\.30|85 07 30/);
    expect(maskText('to marie.dupont@example.org')).toBe('to m***@example.org');
  });

  it('masks nested fields, messages and errors, and drops secrets', () => {
    const { logger, lines } = capture();
    logger.info({ user: { niss: '85073003328', email: 'marie.dupont@example.org' }, password: 'S3cret!pass', appPassword: 'xyz' }, 'created 90041212377');
    logger.error({ err: new Error('UNIQUE failed for 85073003328') }, 'failed');
    const out = lines.join('');
    expect(out).not.toContain('85073003328');
    expect(out).not.toContain('90041212377');
    expect(out).not.toContain('marie.dupont@example.org');
    expect(out).not.toContain('S3cret!pass');
    expect(out).not.toContain('xyz');
    expect(out).toContain('*********28');
    expect(out).toContain('[redacted]');
  });
});

describe('a NISS glued to letters (found by the fuzz test in a JSON error message)', () => {
  it('is masked all the same', () => {
    expect(maskText('Unexpected token \'c\', "conv85073003328" is not valid JSON')).not.toContain('85073003328');
    expect(maskText('id_85.07.30-033.28')).not.toContain('85.07.30');
  });
});

describe('encoded and separated forms, at any depth', () => {
  const NISS_FORMS = [
    '85%2E07%2E30%2D033%2E28',
    '85%252E07%252E30%252D033%252E28',
    '/v3/directline/conversations/85073003328/activities',
    '/users/85073003328?x=1',
    '85_07_30_033_28',
    '85/07/30/033/28',
    '85 . 07 . 30 - 033 . 28',
    'niss=85+07+30+033+28',
    'niss=85%20%2007%2030%20033%2028',
  ];
  const EMAIL_FORMS = ['marie.dupont%40example.org', 'to=marie.dupont%2540example.org', 'q=marie%2Bdupont%40example.org', 'marie+dupont@example.org', 'mailto:marie.dupont@example.org'];
  const LEAKS = [/850730/, /85.07.30/, /85.?07.?30/, /85[^*]{0,3}07[^*]{0,3}30[^*]{0,3}033/, /marie/i, /dupont/i];

  const logged = (write: (logger: ReturnType<typeof capture>['logger'], value: string) => void, value: string) => {
    const { logger, lines } = capture();
    write(logger, value);
    return lines.join('');
  };

  const WRITES: [string, (logger: ReturnType<typeof capture>['logger'], value: string) => void][] = [
    ['object, depth 3', (l, v) => l.info({ a: { b: { c: v } } }, 'x')],
    ['array, depth 3', (l, v) => l.info({ a: [[{ c: v }]] }, 'x')],
    ['error message, depth 3', (l, v) => l.error({ a: { b: { err: new Error(`failed for ${v}`) } } }, 'x')],
    ['error stack', (l, v) => { const e = new Error('x'); e.stack = `Error: at ${v}\n    at f (file.ts:1:1)`; l.error({ err: e }, 'x'); }],
    ['error cause and own fields', (l, v) => l.error({ err: Object.assign(new Error('outer', { cause: new Error(v) }), { url: v }) }, 'x')],
    ['error alone', (l, v) => l.error(new Error(`failed for ${v}`))],
    ['nested JSON string', (l, v) => l.info({ body: JSON.stringify({ a: { b: { c: v } } }) }, 'x')],
    ['a key', (l, v) => l.info({ a: { b: { [v]: 1 } } }, 'x')],
    ['a map', (l, v) => l.info({ a: new Map([['k', { c: v }]]) }, 'x')],
    ['the message', (l, v) => l.info(`GET ${v}`)],
    ['an interpolated argument', (l, v) => l.info('value %j', { a: { b: v } })],
    ['a child logger field', (l, v) => l.child({ conversation: v }).info('x')],
    ['deeper than the walk', (l, v) => l.info({ a: { b: { c: { d: { e: { f: { g: { h: { i: { j: { k: v } } } } } } } } } } }, 'x')],
  ];

  it.each(WRITES.flatMap(([where, write]) => [...NISS_FORMS, ...EMAIL_FORMS].map((form) => [where, form, write] as const)))('%s: %j is masked', (_where, form, write) => {
    const out = logged(write, form);
    for (const leak of LEAKS) expect(out).not.toMatch(leak);
  });

  it('keeps text with nothing to mask as it was, encoded or not', () => {
    expect(maskText('GET /healthz?a=b+c&d=%2F')).toBe('GET /healthz?a=b+c&d=%2F');
    expect(maskText('/v3/directline/conversations/85073003328/activities')).toBe('/v3/directline/conversations/*********28/activities');
    expect(maskText('niss=85%2E07%2E30%2D033%2E28')).toBe('niss=*************28');
    expect(maskText('to=marie.dupont%40example.org')).toBe('to=m***@example.org');
  });

  it('masks an 11-digit number, not a timestamp', () => {
    const { logger, lines } = capture();
    logger.info({ niss: 85073003328, at: 1764583200000 }, 'x');
    expect(lines.join('')).not.toContain('85073003328');
    expect(lines.join('')).toContain('1764583200000');
  });
});
