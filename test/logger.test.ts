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
