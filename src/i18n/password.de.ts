import type { PasswordCatalog } from './password.catalog';
import { PASSWORD_MIN } from '../domain/password';

export const passwordDe: PasswordCatalog = {
  passwordTitle: () => 'Wählen Sie Ihr Passwort',
  passwordIntro: ({ firstName, username }) => `Guten Tag ${firstName}, Ihr Benutzername ist ${username}. Wählen Sie Ihr Passwort.`,
  passwordRules: () =>
    `Mindestens ${PASSWORD_MIN} Zeichen; mindestens ein Buchstabe und eine Ziffer oder ein Symbol; nicht Ihr Benutzername, Name oder Vorname, nicht der Name Ihres Krankenhauses oder einer Anwendung; nicht viermal dasselbe Zeichen hintereinander; schwer zu erraten: kein gängiges Passwort, keine Tastenfolge der Tastatur, keine Jahreszahl, kein Ortsname mit Ziffern, keine Wiederholung. Ein Satz aus einigen Wörtern, die nichts über Sie verraten, eignet sich gut. Geben Sie es zweimal ein.`,
  passwordLabel: () => 'Passwort',
  passwordConfirmLabel: () => 'Passwort (Bestätigung)',
  passwordSubmit: () => 'Speichern',
  passwordProblem: ({ problem }) =>
    ({
      empty: `Geben Sie ein Passwort ein.`,
      tooShort: `Mindestens ${PASSWORD_MIN} Zeichen.`,
      tooLong: `Höchstens 128 Zeichen.`,
      needsLetter: `Mindestens ein Buchstabe.`,
      needsDigitOrSymbol: `Mindestens eine Ziffer oder ein Symbol.`,
      containsUsername: `Es darf Ihren Benutzernamen nicht enthalten.`,
      containsName: `Es darf Ihren Namen oder Vornamen nicht enthalten.`,
      containsHospital: `Es darf den Namen Ihres Krankenhauses oder einer seiner Einrichtungen nicht enthalten (auch kein Wort daraus, wie „IRIS“ oder „Sud“): das wird zuerst ausprobiert.`,
      containsApplication: `Es darf den Namen einer Anwendung (wie „Colindos“ oder „HospiSup“), „Sésame“ oder „socialsecurity“ nicht enthalten: das wird zuerst ausprobiert.`,
      placeName: `Es enthält einen Ortsnamen (wie „Brüssel“ oder „Lüttich“) mit kaum mehr als Ziffern oder Symbolen, etwa einer Postleitzahl oder einer Jahreszahl: leicht zu erraten.`,
      repeated: `Nicht viermal dasselbe Zeichen hintereinander.`,
      common: `Es enthält ein gängiges Passwort (wie „qwertz123“ oder „passwort“), das zuerst ausprobiert wird.`,
      commonWord: `Es ist kaum mehr als ein gängiges Wort oder ein Vorname: fügen Sie weitere Wörter hinzu.`,
      keyboardSequence: `Es enthält eine Tastenfolge der Tastatur (wie „qwertz“ oder „asdf“): leicht zu erraten.`,
      sequence: `Es enthält eine Zeichenfolge (wie „abcd“ oder „1234“): leicht zu erraten.`,
      year: `Es enthält eine Jahreszahl: leicht zu erraten.`,
      date: `Es enthält ein Datum: leicht zu erraten.`,
      guessable: `Es ist zu leicht zu erraten: machen Sie es länger, zum Beispiel mit einigen Wörtern, die nichts über Sie verraten.`,
      mismatch: `Die beiden Passwörter sind nicht gleich.`,
    })[problem],
  passwordSet: ({ username }) => `Ihr Passwort ist gespeichert. Sie können sich mit dem Benutzernamen ${username} anmelden.`,
  tokenProblem: ({ problem }) =>
    ({
      unknown: `Dieser Link ist nicht gültig. Prüfen Sie, ob er vollständig ist, oder bitten Sie Ihren Zugangsverwalter um eine neue Einladung.`,
      expired: `Dieser Link ist abgelaufen. Bitten Sie Ihren Zugangsverwalter um eine neue Einladung.`,
      used: `Dieser Link wurde bereits benutzt: Ihr Passwort ist schon gewählt.`,
      replaced: `Sie haben eine neuere Einladung erhalten: benutzen Sie den Link der letzten E-Mail.`,
    })[problem],
};
