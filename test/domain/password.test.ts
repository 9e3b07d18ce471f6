import { checkPassword, PASSWORD_MIN } from '../../src/domain/password';

const ctx = { username: 'zorro77', firstName: 'Alice', lastName: 'Martin-Dubois' };
const check = (p: string, c = p) => checkPassword(p, c, ctx);

describe('checkPassword', () => {
  it('accepts a long passphrase with a digit or symbol', () => {
    expect(check('Rivière verte 2026')).toEqual([]);
    expect(check('tulipes-sur-le-quai')).toEqual([]);
    expect(check('correct cheval agrafe batterie')).toEqual([]);
    expect(check('Gr8-Kaffee-mit-Milch')).toEqual([]);
  });

  it.each([
    ['', ['empty']],
    ['Short1!', ['tooShort', 'commonWord']],
    [Array.from({ length: 130 }, (_, i) => 'kmnpqrstuvwxyz'[i % 14]).join('') + '1', ['tooLong']],
    ['123456789012', ['needsLetter', 'common']],
    ['onlylettershere', ['needsDigitOrSymbol']],
    ['my zorro77 pass!', ['containsUsername']],
    ['77orroz is back!', ['containsUsername']],
    ['dubois forever 9', ['containsName', 'commonWord', 'common']],
    ['ALICE in wonder 9', ['containsName']],
    ['aaaab cdefgh 12', ['repeated']],
  ])('%j → %j', (p, problems) => {
    expect(check(p)).toEqual(problems);
  });

  it('counts characters as the user sees them', () => {
    expect(check('é'.normalize('NFD').repeat(3) + 'ü-ö-ä-ß-ç-1')).toEqual([]);
    expect(PASSWORD_MIN).toBe(12);
  });

  it('reports a mismatch with the other problems', () => {
    expect(check('Rivière verte 2026', 'Riviere verte 2026')).toEqual(['mismatch']);
    expect(check('short', 'other')).toEqual(['tooShort', 'needsDigitOrSymbol', 'commonWord', 'mismatch']);
  });
});
