import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime, todayInBrussels } from '../domain/dates';
import { joinList } from './format';

const L = 'de';
const at = (t: number) => formatDateTime(t, L);
/** The day of an instant in Brussels, to say a date and its time once each ("le 01/12/2026 à 21:23"). */
const dayOf = (t: number) => todayInBrussels(new Date(t));
const apps = (names: { de: string }[]) => joinList(names.map((n) => n.de), L);

export const peopleDe: PeopleCatalog = {
  peoplePage: ({ from, to, total }) => `Benutzer ${from} bis ${to} von ${total}.`,
  peopleNone: () => `Kein Benutzer entspricht diesen Kriterien.`,
  peopleNiss: ({ masked }) => (masked ? 'ENSS verborgen (Ihre Rolle erlaubt es nicht, sie zu sehen)' : 'ENSS'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} verliert den Zugang zu ${apps(applications)} am ${at(effectiveAt)}.` : '',
      cancelled.length ? `Der noch nicht aktive Zugang zu ${apps(cancelled)} ist sofort storniert.` : '',
      notHeld.length ? `${person} hatte keinen Zugang zu ${apps(notHeld)}: nichts zu tun.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, lastDay, effectiveAt }) =>
    `Die Funktion „${fn.de}“ von ${person} endet; letzter Tag: ${formatDate(lastDay, L)} (inaktiv ab ${at(effectiveAt)}).`,
  functionCancelled: ({ person, fn }) => `Die Funktion „${fn.de}“ von ${person} ist storniert; sie beginnt nicht.`,
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
  bulkEveryone: ({ entity, count }) => count === 0 ? `${entity} hat keine Benutzer.` : `Alle Benutzer von ${entity}: ${count === 1 ? '1 Person' : `${count} Personen`}.`,
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok === 1 ? '1 Person erhält' : `${ok} Personen erhalten`} ${apps(applications)}` +
    (alreadyHolds ? `; ${alreadyHolds === 1 ? '1 hat es bereits' : `${alreadyHolds} haben es bereits`}` : '') +
    (invalid + unknown + duplicate ? `; ${invalid + unknown + duplicate === 1 ? '1 Zeile wird übersprungen' : `${invalid + unknown + duplicate} Zeilen werden übersprungen`}` : '') +
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
    `Der Zugang von ${person} zu ${application.de} ist eingetragen und wird am ${formatDate(dayOf(activeAt), L)} um ${formatTime(activeAt)} aktiv.`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.de} verlangt von Mitarbeitern eine Funktion: die von ${person} (${fn.de}) beginnt am ${formatDate(startDate, L)} und wird am ${at(activeAt)} aktiv.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.de} verlangt von Mitarbeitern eine Funktion: die von ${person} (${fn.de}) ist beendet; der letzte Tag war der ${formatDate(endDate, L)}. Ein Zugangsverwalter muss eine neue zuweisen.`,
  diagQualityInactive: ({ person, quality }) =>
    `Der Zugang von ${person} liegt in der Eigenschaft „${quality.de}“, die nicht aktiviert ist: der VZE oder Co-VZE muss sie aktivieren.`,
  diagPasswordNotSet: ({ person, invitation, access }) =>
    `${person} hat noch kein Passwort gewählt. ` +
    {
      open: `Der Einladungslink per E-Mail ist noch gültig: die Person soll ihr Postfach (und den Spam) prüfen.`,
      expired: `Der Einladungslink ist abgelaufen: senden Sie eine neue Einladung.`,
      notSent: `Die Einladung ist noch nicht verschickt: sie geht in Kürze hinaus.`,
    }[invitation] +
    (access ? ` Der Zugang von ${person} zu ${access.application.de} wird am ${at(access.activeAt)} aktiv, doch vorher muss das Passwort gewählt sein.` : ''),
  diagUserDisabled: ({ person }) => `Das Konto von ${person} ist deaktiviert.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Für ${person} und ${application.de} ist alles bereit. Ist die Person Mitarbeiter eines Facharztes oder Krankenhausapothekers, braucht sie noch die entsprechende Funktion; ein Arzt oder Apotheker braucht keine.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Alles ist bereit: ${person} hat Zugang zu ${application.de}` +
    (activeSince === null ? '' : ` seit ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (Entzug geplant am ${at(endsAt)})`) +
    `. Scheitert das Öffnen noch, liegt das Problem woanders (Verbindung, Browser, eID).`,
  diagNobodyNamed: ({ name }) => `Kein Benutzer Ihrer Einrichtungen heißt ${name}. Nennen Sie mir die ENSS (11 Ziffern), und ich sehe nach, was fehlt.`,
  diagSeveralNamed: ({ name, candidates }) =>
    `Mehrere Benutzer Ihrer Einrichtungen heißen ${name}: ${joinList(candidates, L)}. Fragen Sie mich bitte mit der ENSS der Person, zum Beispiel „warum kann 80.05.15-123.75 Colindos nicht öffnen?“.`,
  diagAccountOk: ({ person, username }) =>
    `Das Konto von ${person} ist aktiv (Benutzername ${username}): Von hier aus hindert nichts die Anmeldung. Die Person soll den Benutzernamen prüfen, oder fragen Sie mich, warum sie eine bestimmte Anwendung nicht öffnen kann.`,
  guideStepOf: ({ n, total, text }) => `Schritt ${n} von ${total}: ${text}`,
  guideNext: () => 'Weiter',
  guideBack: () => 'Zurück',
  guideStop: () => 'Beenden',
  guideDone: () => `Das ist der letzte Schritt. Die Änderungen sind nach höchstens 20 Minuten aktiv.`,
  guideStopped: () => `Anleitung beendet. Fragen Sie „Anleitung“ und den Namen einer Anwendung, um neu zu beginnen.`,
  guideWhichApplication: () => `Für welche Anwendung? Zum Beispiel „Anleitung Colindos“ oder „Anleitung HospiSup“.`,
  helpdeskHelp: () =>
    `Fragen Sie mich „warum kann 80.05.15-123.75 Colindos nicht öffnen?“ für eine Diagnose (die ENSS oder der Name eines Benutzers Ihrer Einrichtungen), oder „Anleitung HospiSup“ für das Verfahren im Portal Schritt für Schritt (weiter, zurück, beenden).`,
  languageOf: ({ language }) => ({ fr: 'Französisch', nl: 'Niederländisch', de: 'Deutsch', en: 'Englisch' })[language],
};
