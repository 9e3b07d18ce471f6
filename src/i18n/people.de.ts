import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime } from '../domain/dates';
import { PASSWORD_MIN } from '../domain/password';
import { joinList } from './format';

const L = 'de';
const at = (t: number) => formatDateTime(t, L);
const apps = (names: { de: string }[]) => joinList(names.map((n) => n.de), L);

export const peopleDe: PeopleCatalog = {
  column: ({ column }) =>
    ({
      lastName: 'Name', firstName: 'Vorname', title: 'Titel', username: 'Benutzername', type: 'Typ', niss: 'ENSS',
      status: 'Kontostatus', email: 'E-Mail-Adresse', language: 'Sprache', quality: 'Eigenschaft', application: 'Gesicherte Anwendung',
      accessStatus: 'Status des Zugangs', requestedAt: 'Beantragt am', activeSince: 'Aktiv seit', pendingUntil: 'Ausstehend bis',
      function: 'Funktion', functionStart: 'Beginn der Funktion', functionEnd: 'Ende der Funktion',
    })[column],
  personType: ({ type }) => ({ USER: 'Benutzer', COLLABORATOR: 'Mitarbeiter' })[type],
  userStatus: ({ status }) => ({ invited: 'Eingeladen (Passwort zu wählen)', active: 'Aktiv', disabled: 'Deaktiviert' })[status],
  accessStatus: ({ status }) => ({ pending: 'Ausstehend', active: 'Aktiv' })[status],
  exportSheet: () => 'Benutzer',
  exportFileBase: () => 'benutzer',
  peoplePage: ({ from, to, total }) => `Benutzer ${from} bis ${to} von ${total}.`,
  peopleNone: () => `Kein Benutzer entspricht diesen Kriterien.`,
  peopleNiss: ({ masked }) => (masked ? 'ENSS verborgen (Ihre Rolle erlaubt es nicht, sie zu sehen)' : 'ENSS'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} verliert den Zugang zu ${apps(applications)} am ${at(effectiveAt)}.` : '',
      cancelled.length ? `Der noch nicht aktive Zugang zu ${apps(cancelled)} ist sofort storniert.` : '',
      notHeld.length ? `${person} hatte keinen Zugang zu ${apps(notHeld)}: nichts zu tun.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, endDate, effectiveAt }) =>
    `Die Funktion ${fn.de} von ${person} endet am ${formatDate(endDate, L)} (inaktiv ab ${at(effectiveAt)}).`,
  removalScheduled: ({ person, entity, effectiveAt }) =>
    `${person} wird am ${at(effectiveAt)} aus ${entity} entfernt, mit allen Zugängen und Funktionen.`,
  deactivated: ({ person, entity, kind, applications, functions }) =>
    kind === 'removeUser'
      ? `Erledigt: ${person} gehört nicht mehr zu ${entity}.`
      : `Es ist inaktiv: ${person} hat ` +
        joinList([...(applications.length ? [`keinen Zugang mehr zu ${apps(applications)}`] : []), ...functions.map((f) => `die Funktion ${f.names.de} nicht mehr`)], L) +
        '.',
  bulkLine: ({ line, input, person, outcome, applications, account }) =>
    `Zeile ${line} (${input}): ` +
    {
      invalidNiss: `keine gültige ENSS.`,
      unknownUser: `kein Benutzer hat diese ENSS (legen Sie ihn zuerst einzeln an).`,
      duplicate: `steht schon weiter oben in der Liste.`,
      alreadyHolds: `${person} hat bereits ${apps(applications)}.`,
      ok: `${person} erhält ${apps(applications)}.` + (account === 'disabled' ? ` Achtung: Das Konto ist deaktiviert, der Zugang funktioniert erst nach der Reaktivierung (beim Helpdesk anfragen).` : account === 'invited' ? ` Der Zugang funktioniert, sobald er oder sie ein Passwort gewählt hat.` : ''),
    }[outcome],
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok} Person(en) erhalten ${apps(applications)}` +
    (alreadyHolds ? `; ${alreadyHolds} haben es bereits` : '') +
    (invalid + unknown + duplicate ? `; ${invalid + unknown + duplicate} Zeile(n) werden übersprungen` : '') +
    '. Soll ich bestätigen?',
  bulkProgress: ({ done, total }) => `${done} von ${total} bearbeitet…`,
  bulkResult: ({ person, input, ok, activeAt, applications }) =>
    ok ? `${person} (${input}): ${apps(applications)}, aktiv am ${activeAt === null ? '—' : at(activeAt)}.` : `${input}: nicht bearbeitet.`,
  diagInvalidNiss: () => `Das ist keine gültige ENSS: prüfen Sie die 11 Ziffern.`,
  diagUnknownApplication: ({ text }) => `Ich kenne keine Anwendung „${text}“.`,
  diagUnknownNiss: ({ niss }) => `Kein Benutzer hat die ENSS ${niss}: er muss zuerst angelegt werden (indem man ihm einen Zugang gibt).`,
  diagNotYours: ({ niss }) => `Kein Benutzer Ihrer Einrichtungen hat die ENSS ${niss}: Daten einer anderen Einrichtung zeige ich nicht an. Sie können die Person Ihrer Einrichtung hinzufügen, indem Sie ihr einen Zugang geben.`,
  diagNotInEntity: ({ person, entity }) => `${person} ist kein Benutzer von ${entity}: ein Zugangsverwalter muss die Person hinzufügen.`,
  diagNoGrant: ({ person, application, revokedAt }) =>
    revokedAt === null
      ? `${person} hat keinen Zugang zu ${application.de} erhalten. Ein Zugangsverwalter muss ihn erteilen.`
      : `Der Zugang von ${person} zu ${application.de} wurde am ${at(revokedAt)} entzogen.`,
  diagGrantPending: ({ person, application, activeAt }) =>
    `Der Zugang von ${person} zu ${application.de} ist eingetragen und wird um ${formatTime(activeAt)} aktiv (am ${at(activeAt)}).`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.de} verlangt von Mitarbeitern eine Funktion: die von ${person} (${fn.de}) beginnt am ${formatDate(startDate, L)} und wird am ${at(activeAt)} aktiv.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.de} verlangt von Mitarbeitern eine Funktion: die von ${person} (${fn.de}) endete am ${formatDate(endDate, L)}. Ein Zugangsverwalter muss eine neue zuweisen.`,
  diagQualityInactive: ({ person, quality }) =>
    `Der Zugang von ${person} liegt in der Eigenschaft „${quality.de}“, die nicht aktiviert ist: der VZE oder Co-VZE muss sie aktivieren.`,
  diagPasswordNotSet: ({ person, invitation }) =>
    `${person} hat noch kein Passwort gewählt. ` +
    {
      open: `Der Einladungslink per E-Mail ist noch gültig: die Person soll ihr Postfach (und den Spam) prüfen.`,
      expired: `Der Einladungslink ist abgelaufen: senden Sie eine neue Einladung.`,
      notSent: `Die Einladung ist noch nicht verschickt: sie geht in Kürze hinaus.`,
    }[invitation],
  diagUserDisabled: ({ person }) => `Das Konto von ${person} ist deaktiviert.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Für ${person} und ${application.de} ist alles bereit. Ist die Person Mitarbeiter eines Facharztes oder Krankenhausapothekers, braucht sie noch die entsprechende Funktion; ein Arzt oder Apotheker braucht keine.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Alles ist bereit: ${person} hat Zugang zu ${application.de}` +
    (activeSince === null ? '' : ` seit ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (Entzug geplant am ${at(endsAt)})`) +
    `. Scheitert das Öffnen noch, liegt das Problem woanders (Verbindung, Browser, eID).`,
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
  inviteSubject: () => 'Sésame: Wählen Sie Ihr Passwort',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Guten Tag ${firstName},\n\nfür Sie wurde ein Konto angelegt (Benutzername: ${username}). Wählen Sie hier Ihr Passwort:\n\n${link}\n\nDieser Link funktioniert nur einmal und läuft am ${at(expiresAt)} ab.\nNiemand wird Sie je nach Ihrem Passwort fragen, weder per E-Mail noch per Telefon.\n\nSésame`,
  guideStepOf: ({ n, total }) => `Schritt ${n} von ${total}`,
  guideNext: () => 'Weiter',
  guideBack: () => 'Zurück',
  guideStop: () => 'Beenden',
  guideDone: () => `Das ist der letzte Schritt. Die Änderungen sind nach höchstens 20 Minuten aktiv.`,
  guideStopped: () => `Anleitung beendet. Fragen Sie „Anleitung“ und den Namen einer Anwendung, um neu zu beginnen.`,
  guideWhichApplication: () => `Für welche Anwendung? Zum Beispiel „Anleitung Colindos“ oder „Anleitung HospiSup“.`,
  helpdeskHelp: () =>
    `Fragen Sie mich „warum kann 85.07.30-033.28 Colindos nicht öffnen?“ für eine Diagnose, oder „Anleitung HospiSup“ für das Verfahren im Portal Schritt für Schritt (weiter, zurück, beenden).`,
  languageOf: ({ language }) => ({ fr: 'Französisch', nl: 'Niederländisch', de: 'Deutsch', en: 'Englisch' })[language],
};
