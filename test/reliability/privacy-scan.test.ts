import { maskText } from '../../src/logger';
import { findLeaks, isNiss } from '../support/privacy/scan';

/** The scanner that globalTeardown runs over every captured log line (see docs/testing.md). */
describe('the privacy scan of captured logs', () => {
  it('finds NISS numbers in any formatting, glued to letters too, and only those whose check digits hold', () => {
    expect(isNiss('85073003328')).toBe(true);
    expect(isNiss('01091504506')).toBe(true); // born in 2001: check digits on 2 + the first nine
    expect(isNiss('85073003329')).toBe(false);
    const leaks = findLeaks('{"a":"85.07.30-033.28","b":"conv85073003328","c":"1795434625477","d":"85073003329"}');
    expect(leaks.map((l) => l.text)).toEqual(['85.07.30-033.28', '85073003328']);
  });

  it('finds e-mails and password fields, not what the logger masked', () => {
    expect(findLeaks('{"to":"marie.dupont@example.org"}')).toHaveLength(1);
    expect(findLeaks(JSON.stringify({ to: maskText('marie.dupont@example.org'), niss: maskText('85073003328') }))).toEqual([]);
    expect(findLeaks('{"password":"hunter2"}')).toHaveLength(1);
    expect(findLeaks('{"password":"[redacted]"}')).toEqual([]);
    expect(findLeaks('x secret-value y', ['secret-value'])).toHaveLength(1);
  });
});
