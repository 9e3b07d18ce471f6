import fc from 'fast-check';
import { checkUsername, USERNAME_MAX, USERNAME_MIN } from '../../src/domain/username';

describe('checkUsername', () => {
  it('has the portal limits', () => {
    expect(USERNAME_MIN).toBe(6);
    expect(USERNAME_MAX).toBe(30);
  });

  it.each(['jdupont', 'Jean.Dupont-2', 'a_b.c-d1', 'abcdef', 'a'.repeat(30), 'jdupont.', 'JDUPONT'])('accepts %p', (name) => {
    expect(checkUsername(name)).toEqual({ ok: true, username: name });
  });

  it('trims surrounding spaces', () => {
    expect(checkUsername('  jdupont \t')).toEqual({ ok: true, username: 'jdupont' });
  });

  it('measures the length after trimming', () => {
    expect(checkUsername('  abcde  ')).toEqual({ ok: false, problems: ['tooShort'], forbidden: [] });
  });

  it('reports too short', () => {
    expect(checkUsername('abcde')).toEqual({ ok: false, problems: ['tooShort'], forbidden: [] });
  });

  it('reports an empty username as too short only', () => {
    expect(checkUsername('')).toEqual({ ok: false, problems: ['tooShort'], forbidden: [] });
    expect(checkUsername('   ')).toEqual({ ok: false, problems: ['tooShort'], forbidden: [] });
  });

  it('reports too long', () => {
    expect(checkUsername('a'.repeat(31))).toEqual({ ok: false, problems: ['tooLong'], forbidden: [] });
  });

  it.each(['1dupont', '_dupont', '.dupont', '-dupont'])('reports %p as not starting with a letter', (name) => {
    expect(checkUsername(name)).toEqual({ ok: false, problems: ['mustStartWithLetter'], forbidden: [] });
  });

  it('reports a space inside', () => {
    expect(checkUsername('jean dupont')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: [' '] });
  });

  it('reports accented letters', () => {
    expect(checkUsername('josé.dupont')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: ['é'] });
  });

  it('lists each offending character once, in order of appearance', () => {
    expect(checkUsername('jean dupont é@é x')).toEqual({
      ok: false,
      problems: ['forbiddenCharacters'],
      forbidden: [' ', 'é', '@'],
    });
  });

  it('treats an emoji as one character', () => {
    expect(checkUsername('jdupont😀')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: ['😀'] });
  });

  it('reports a decomposed accented letter as the single character the user typed', () => {
    expect(checkUsername('jdupont\u0041\u0300x')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: ['\u00c0'] });
    expect(checkUsername('jdupontq\u0301')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: ['q\u0301'] });
  });

  it('lists a decomposed and a precomposed é once', () => {
    expect(checkUsername('jos\u00e9.jos\u0065\u0301')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: ['\u00e9'] });
  });

  it('rejects look-alikes that normalise to ASCII, showing them as typed', () => {
    expect(checkUsername('jdupont\u212a')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: ['\u212a'] });
  });

  it('treats a multi-code-point emoji as one character', () => {
    expect(checkUsername('jdupont👩‍💻')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: ['👩‍💻'] });
  });

  it('reports a first character that is a non-ASCII letter', () => {
    expect(checkUsername('élodie')).toEqual({
      ok: false,
      problems: ['mustStartWithLetter', 'forbiddenCharacters'],
      forbidden: ['é'],
    });
  });

  it('reports digits only', () => {
    expect(checkUsername('123456')).toEqual({
      ok: false,
      problems: ['mustStartWithLetter', 'onlyDigits'],
      forbidden: [],
    });
  });

  it.each(['jean..dupont', 'jean.-dupont', 'jean__dupont', 'jean-_.dupont'])('reports repeated separators in %p', (name) => {
    expect(checkUsername(name)).toEqual({ ok: false, problems: ['repeatedSeparators'], forbidden: [] });
  });

  it('does not count forbidden characters as separators', () => {
    expect(checkUsername('jean. dupont')).toEqual({ ok: false, problems: ['forbiddenCharacters'], forbidden: [' '] });
  });

  it('returns every problem at once', () => {
    expect(checkUsername(' 9 é.. ')).toEqual({
      ok: false,
      problems: ['tooShort', 'mustStartWithLetter', 'forbiddenCharacters', 'repeatedSeparators'],
      forbidden: [' ', 'é'],
    });
    expect(checkUsername('_' + 'x'.repeat(30) + '--ü')).toEqual({
      ok: false,
      problems: ['tooLong', 'mustStartWithLetter', 'forbiddenCharacters', 'repeatedSeparators'],
      forbidden: ['ü'],
    });
  });

  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  const separator = fc.constantFrom('.', '_', '-');

  it('accepts every letter-first name of allowed characters without doubled separators', () => {
    const chunk = fc.tuple(separator, fc.array(alnum, { minLength: 1, maxLength: 5 })).map(([s, cs]) => s + cs.join(''));
    const name = fc
      .tuple(letter, fc.array(alnum, { maxLength: 10 }), fc.array(chunk, { maxLength: 4 }), fc.boolean())
      .map(([first, rest, chunks, trailing]) => first + rest.join('') + chunks.join('') + (trailing ? '.' : ''))
      .filter((n) => n.length >= USERNAME_MIN && n.length <= USERNAME_MAX);
    fc.assert(
      fc.property(name, (n) => {
        expect(checkUsername(n)).toEqual({ ok: true, username: n });
      }),
    );
  });

  it('reports any character outside the allowed set', () => {
    const bad = fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }).filter((c) => !/^[A-Za-z0-9._-]$/.test(c));
    fc.assert(
      fc.property(bad, (c) => {
        const result = checkUsername(`jdupont.${c}.x`);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.problems).toContain('forbiddenCharacters');
          expect(result.forbidden).toHaveLength(1);
          // A lone combining mark attaches to the '.' before it; either way the culprit is shown.
          expect(result.forbidden[0]?.normalize('NFD')).toContain(c.normalize('NFD'));
        }
      }),
    );
  });
});
