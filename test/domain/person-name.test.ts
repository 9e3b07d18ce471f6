import { checkPersonName, NAME_MAX } from '../../src/domain/person-name';

describe('checkPersonName: one rule for names and titles', () => {
  it.each(['Zoë', 'Ångström', "O'Brien", 'Van den Berghe', 'Jean-Pierre', '山田', 'Müller-Lüdenscheidt', 'd’Ursel', 'Łukasz', 'Nguyễn', 'Σωκράτης', 'Дмитрий'])(
    'accepts the real name %j',
    (name) => expect(checkPersonName(name, 'lastName')).toEqual({ ok: true, name }),
  );

  it('takes an accent typed as a combining mark, and collapses spaces', () => {
    expect(checkPersonName('  Zoe\u0308   Van  Damme ', 'lastName')).toEqual({ ok: true, name: 'Zoë Van Damme' });
    expect(checkPersonName('Prof.', 'title')).toEqual({ ok: true, name: 'Prof.' });
  });

  it.each([
    ['[Reset your password](https://evil.example)', ['mustStartWithLetter', 'forbiddenCharacters'], ['[', ']', '(', ':', '/', ')']],
    ['**URGENT**', ['mustStartWithLetter', 'forbiddenCharacters'], ['*']],
    ['# Heading', ['mustStartWithLetter', 'forbiddenCharacters'], ['#']],
    ['Dupont ![x](http://e.vil/p.png)', ['forbiddenCharacters'], ['!', '[', ']', '(', ':', '/', ')']],
    ['Dupont <img src=x>', ['forbiddenCharacters'], ['<', '=', '>']],
    ['Dupont `rm`', ['forbiddenCharacters'], ['`']],
    ['a | b', ['forbiddenCharacters'], ['|']],
    ['Marie_Dupont', ['forbiddenCharacters'], ['_']],
    ['Dupont2', ['forbiddenCharacters'], ['2']],
    ['-Dupont', ['mustStartWithLetter'], []],
  ])('refuses %j: %j, naming %j', (input, problems, forbidden) => {
    expect(checkPersonName(input, 'lastName')).toEqual({ ok: false, problems, forbidden, max: 100 });
  });

  // A yes, a no, an ok or a cancel typed where a name is asked answers something else: never anyone's name.
  it.each(['yes', 'Yes', 'no', 'ok', 'OK.', 'cancel', 'oui', 'Non', "d'accord", 'annuler', 'ja', 'nee', 'nein', 'akkoord', 'abbrechen'])('refuses the answer %j as a name', (input) => {
    expect(checkPersonName(input, 'managerName')).toMatchObject({ ok: false, problems: ['answerWord'] });
    expect(checkPersonName(input, 'lastName')).toMatchObject({ ok: false, problems: ['answerWord'] });
  });
  it.each(['Yessin', 'Nolan', 'Oui-Lee', 'Jan'])('takes %j, a name that only starts like an answer', (input) => {
    expect(checkPersonName(input, 'firstName').ok).toBe(true);
  });

  it('bounds the length by field, in characters as seen', () => {
    expect(checkPersonName('é'.repeat(NAME_MAX.lastName), 'lastName').ok).toBe(true);
    expect(checkPersonName('e'.repeat(101), 'lastName')).toMatchObject({ ok: false, problems: ['tooLong'] });
    expect(checkPersonName('Docteur honoris causa et plus encore', 'title')).toMatchObject({ ok: false, problems: ['tooLong'], max: 30 });
    expect(checkPersonName('   ', 'firstName')).toMatchObject({ ok: false, problems: ['empty'] });
  });
});
