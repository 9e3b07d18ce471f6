import type { PasswordCatalog } from './password.catalog';
import { PASSWORD_MIN } from '../domain/password';

export const passwordEn: PasswordCatalog = {
  passwordTitle: () => 'Choose your password',
  passwordIntro: ({ firstName, username }) => `Hello ${firstName}, your username is ${username}. Choose your password.`,
  passwordRules: () =>
    `At least ${PASSWORD_MIN} characters; at least one letter and one digit or symbol; not your username, last name or first name, nor the name of your hospital or of an application; not the same character four times in a row; hard to guess: not a common password, a keyboard sequence, a year, a place name followed by digits or a repetition. A sentence of a few words that say nothing about you works well. Type it twice.`,
  passwordLabel: () => 'Password',
  passwordConfirmLabel: () => 'Password (again)',
  passwordSubmit: () => 'Save',
  passwordProblem: ({ problem }) =>
    ({
      empty: `Type a password.`,
      tooShort: `At least ${PASSWORD_MIN} characters.`,
      tooLong: `At most 128 characters.`,
      needsLetter: `At least one letter.`,
      needsDigitOrSymbol: `At least one digit or symbol.`,
      containsUsername: `It may not contain your username.`,
      containsName: `It may not contain your last or first name.`,
      containsHospital: `It may not contain the name of your hospital or of one of its entities (nor one of its words, like "IRIS" or "Sud"): that is what is tried first.`,
      containsApplication: `It may not contain the name of an application (like "Colindos" or "HospiSup"), "Sésame" or "socialsecurity": that is what is tried first.`,
      placeName: `It contains a place name (like "Brussels" or "Liège") with little more than digits or symbols, such as a postcode or a year: easy to guess.`,
      repeated: `Not the same character four times in a row.`,
      common: `It contains a common password (like "qwerty123" or "password"), which is tried first.`,
      commonWord: `It is little more than a common word or first name: add other words.`,
      keyboardSequence: `It contains a keyboard sequence (like "azerty" or "qwerty"): easy to guess.`,
      sequence: `It contains a sequence of characters (like "abcd" or "1234"): easy to guess.`,
      year: `It contains a year: easy to guess.`,
      date: `It contains a date: easy to guess.`,
      guessable: `It is too easy to guess: make it longer, for example with a few words that say nothing about you.`,
      mismatch: `The two passwords are not the same.`,
    })[problem],
  passwordSet: ({ username }) => `Your password is saved. You can log in with the username ${username}.`,
  tokenProblem: ({ problem }) =>
    ({
      unknown: `This link is not valid. Check that it is complete, or ask your access manager for a new invitation.`,
      expired: `This link has expired. Ask your access manager for a new invitation.`,
      used: `This link was already used: your password is already chosen.`,
      replaced: `A newer invitation was sent to you: use the link of the latest e-mail.`,
    })[problem],
};
