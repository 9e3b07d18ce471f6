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

describe('the privacy scan reads encoded forms too', () => {
  it.each([
    ['percent-encoded', '{"url":"/x?niss=85%2E07%2E30%2D033%2E28"}', '85.07.30-033.28'],
    ['encoded twice', '{"url":"/x?niss=85%252E07%252E30%252D033%252E28"}', '85.07.30-033.28'],
    ['in a path', '{"url":"/users/85073003328/grants"}', '85073003328'],
    ['underscores', '{"id":"niss_85_07_30_033_28"}', '85_07_30_033_28'],
    ['slashes', '{"p":"85/07/30/033/28"}', '85/07/30/033/28'],
    ['plus for space', '{"q":"niss=85+07+30+033+28"}', '85 07 30 033 28'],
  ])('a NISS %s', (_kind, line, text) => {
    expect(findLeaks(line)).toEqual([{ kind: 'niss', text, line: 1 }]);
  });

  it('an e-mail with %40, and what the logger masked of both is no leak', () => {
    expect(findLeaks('{"q":"to=marie.dupont%40example.org"}')).toEqual([{ kind: 'email', text: 'marie.dupont@example.org', line: 1 }]);
    for (const raw of ['to=marie.dupont%40example.org', '/x?niss=85%2E07%2E30%2D033%2E28', 'niss_85_07_30_033_28', 'q=85+07+30+033+28&m=marie%2Bx%40example.org']) {
      expect(findLeaks(JSON.stringify({ v: maskText(raw) }))).toEqual([]);
    }
  });
});
