import type { PortalTopic } from '../../dialogs/understanding/aside-questions';
import type { Catalog, Change, NameInvalidParams, Summary } from './grant.catalog';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import { formatDate, formatDateTime } from '../domain/dates';
import { bullet, changesNothing, formatDelay, joinList, word } from './format';

const L = 'de';
const at = (t: number) => formatDateTime(t, L);

const HELP: Record<Slot, string> = {
  entity: `die Einrichtung (Krankenhaus), für die Sie handeln: ihre Nummer in der Liste, ihren Namen oder ihre LIKIV-Nummer (z. B. 710087-50).`,
  quality: `die Eigenschaft: ihre Nummer in der Liste oder ihren Namen (z. B. „Krankenhaus“).`,
  activateQuality: `ja, um diese Eigenschaft mit dem Zugang zu aktivieren, nein, um eine andere zu wählen.`,
  niss: `die ENSS der Person: 11 Ziffern, mit oder ohne Punkte und Striche (z. B. 80.05.15-123.75).`,
  confirmPerson: `ja, wenn es die richtige Person ist, nein, um eine andere ENSS anzugeben.`,
  username: `einen Benutzernamen: 6 bis 30 Zeichen, Buchstaben ohne Akzente, Ziffern, . - _ (z. B. mdupont).`,
  usernameConfirm: `denselben Benutzernamen noch einmal, um Tippfehler zu vermeiden.`,
  lastName: `den Nachnamen (z. B. Schmitz).`,
  firstName: `den Vornamen (z. B. Anna).`,
  title: `einen Titel (z. B. Dr) oder „keiner“.`,
  language: `die Sprache der Person: Französisch, Niederländisch, Deutsch oder Englisch.`,
  email: `die E-Mail-Adresse (z. B. anna.schmitz@krankenhaus.be).`,
  localEmail: `eine lokale E-Mail-Adresse oder „keine“.`,
  applications: `eine oder mehrere Anwendungen, mit Namen oder Nummer (z. B. „Colindos, Hospiliss“ oder „1 und 3“).`,
  role: `was die Person ist: Arzt, Apotheker oder Mitarbeiter (eines Arztes oder Apothekers).`,
  function: `wessen Mitarbeiter die Person ist: Facharzt oder Krankenhausapotheker.`,
  startDate: `das Anfangsdatum der Funktion (z. B. 01.03.2027, „nächsten Montag“, „ab 1. März“).`,
  endDate: `ein Enddatum nach dem Anfangsdatum (z. B. 31.12.2027) oder „keines“.`,
  confirm: `ja zum Speichern, nein zum Abbrechen, oder eine Korrektur (z. B. „Datum ändern“, „nicht Colindos“).`,
};

/** "A", "A oder B", "A, B oder C": built directly, since names themselves may contain " und ". */
const nameProblems = ({ problems, forbidden, max }: NameInvalidParams) =>
  problems
    .map(
      (p) =>
        ({
          empty: `er ist leer`,
          tooLong: `höchstens ${max} Zeichen`,
          mustStartWithLetter: `er muss mit einem Buchstaben beginnen`,
          answerWord: `das ist eine Antwort (ja, nein, ok, abbrechen), kein Name`,
          forbiddenCharacters: `nicht erlaubte Zeichen: ${forbidden.map((c) => `„${c}“`).join(', ')}`,
        })[p],
    )
    .join('; ');

/** How a portal task is done (shared/seeds), or that the procedure gives no steps for it, and what Sésame does instead. */
const PORTAL_HOW: Record<PortalTopic, (app?: string) => string> = {
  grant: (app) => (app ? `Im Portal: Wählen Sie unter „Zugangsverwaltung“ die Organisation und die Eigenschaft, suchen Sie die Person in der Benutzerliste (oder geben Sie ihre ENSS unter „Benutzer hinzufügen“ ein), kreuzen Sie „${app}“ unter „Gesicherte Anwendungen“ an, speichern und bestätigen Sie; der Zugang ist nach höchstens 20 Minuten aktiv. Hier sagen Sie es mir einfach, zum Beispiel „gib ${app} an Jan Peeters“; „Anleitung ${app}“ zeigt Ihnen das Portal Schritt für Schritt.` : `Im Portal: Wählen Sie unter „Zugangsverwaltung“ die Organisation und die Eigenschaft, geben Sie die ENSS der Person ein, kreuzen Sie die Anwendungen an und, für einen Mitarbeiter, seine Funktion mit dem Anfangsdatum, und bestätigen Sie. Hier sagen Sie es mir einfach, zum Beispiel „gib Colindos an 80.05.15-123.75 bei Hôpitaux IRIS Sud, Mitarbeiter des Krankenhausapothekers ab dem 1. März“; „Anleitung Colindos“ zeigt Ihnen Schritt für Schritt, wie es im Portal geht.`),
  quality: () => `Im Portal: Wählen Sie unter „Zugangsverwaltung“ die Organisation, dann in der „Liste der Eigenschaften“ die Eigenschaft (zum Beispiel „Pflegeerbringer: Krankenhaus“); ist sie nicht aktiv, kreuzen Sie „Die Eigenschaft aktivieren“ an und klicken Sie auf „Weiter“. Hier aktiviere ich sie mit dem Zugang, wenn es nötig ist.`,
  newUser: () => `Im Portal: Geben Sie unter „Zugangsverwaltung“ nach der Organisation und der Eigenschaft die ENSS der Person unter „Einen Benutzer hinzufügen“ ein und klicken Sie auf „Weiter“; füllen Sie dann Benutzernamen, Passwort, Namen, Vornamen und E-Mail-Adresse aus. Hier nennen Sie mir einfach die ENSS in einem Zugangsantrag: Ich füge die Person hinzu.`,
  function: () => `Im Portal: Öffnen Sie im Menü „Verwaltung Eigenschaft“ die Seite „Funktionen und Verantwortungshierarchie“, klicken Sie auf das erste Symbol rechts neben dem Mitarbeiter, wählen Sie „Mitarbeiter Facharzt“ oder „Mitarbeiter Krankenhausapotheker“ im Auswahlmenü, geben Sie das Anfangsdatum (TT-MM-JJJJ) ein und klicken Sie auf „Hinzufügen“. Ein (Fach-)Arzt oder Krankenhausapotheker braucht keine Funktion. Hier sagen Sie es mir mit dem Zugang, zum Beispiel „Colindos für Jan Peeters, Mitarbeiter des Krankenhausapothekers ab dem 1. März“.`,
  endFunction: () => `Die Anleitung des Portals gibt keine Schritte, um eine Funktion zu beenden: Sie zeigt nur, wie man eine hinzufügt (Menü „Verwaltung Eigenschaft“ > „Funktionen und Verantwortungshierarchie“, wo „Ausgeübte Funktionen“ eine Spalte „Enddatum“ hat). Hier erledige ich das für Sie: Schreiben Sie zum Beispiel „beenden Sie die Funktion von Jan Peeters am 31. März“.`,
  remove: () => `Die Anleitung des Portals gibt keine Schritte, um jemanden aus der Einrichtung zu entfernen; die Liste „Benutzer“, die sie zeigt, hat ein Kästchen pro Person und eine Schaltfläche „Benutzer löschen“. Hier erledige ich das für Sie: Schreiben Sie zum Beispiel „entfernen Sie Jan Peeters aus Sainte-Anne“.`,
  revoke: (app) => `Die Anleitung des Portals gibt keine Schritte, um jemandem eine Anwendung zu entziehen. Hier erledige ich das für Sie: Schreiben Sie zum Beispiel „entziehen Sie Jan Peeters ${app ?? 'TCT'}“.`,
  designate: () => `Die Anleitung des Portals gibt keine Schritte, um einen Zugangsverwalter zu ernennen: Sie sagt nur, dass der Hauptzugangsverwalter sie unter „Zugangsverwaltung“ ernennt. Hier erledige ich das für Sie: Schreiben Sie zum Beispiel „ernennen Sie Els Janssens zur Zugangsverwalterin von Sainte-Anne“.`,
};
export const de: Catalog = {
  welcome: ({ name }) =>
    `Guten Tag ${name}, ich bin Sésame. Ich gebe in einem kurzen Gespräch Zugang zu den gesicherten Anwendungen der sozialen Sicherheit (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…). Schreiben Sie mir, um zu beginnen. Sie können jederzeit „Hilfe“ schreiben oder „abbrechen“, um alles zu beenden.`,
  starterGrant: () => `Zugang erteilen`,
  starterUsers: () => `Benutzer anzeigen`,
  starterWhy: () => `Warum hat jemand keinen Zugang?`,
  noEntity: () =>
    `Sie haben keine Rolle, mit der Sie Zugänge erteilen können (VZE, Co-VZE oder Zugangsverwalter). Wenden Sie sich an den VZE Ihrer Einrichtung.`,
  whatNext: () => `Schreiben Sie mir, wenn Sie einen neuen Zugang erteilen möchten.`,
  askEntity: () => `Für welche Einrichtung arbeiten Sie?`,
  onlyEntity: ({ entity, inami }) => `Einrichtung: ${entity} (LIKIV-Nr. ${inami}).`,
  entityOfPerson: ({ entity, inami, person }) => `Einrichtung: ${entity} (LIKIV-Nr. ${inami}), die einzige Ihrer Einrichtungen, in der ${person} Benutzer ist. Für eine andere sagen Sie „Einrichtung ändern“.`,
  askQuality: ({ entity }) => `Welche Eigenschaft von ${entity}?`,
  onlyQuality: ({ quality }) => `Eigenschaft: ${quality.de}.`,
  askActivateQuality: ({ quality }) =>
    `Die Eigenschaft „${quality.de}“ ist noch nicht aktiviert. Möchten Sie sie aktivieren? Das geschieht zusammen mit dem Zugang, bei der Bestätigung.`,
  qualityInactiveNoRight: ({ quality }) =>
    `Die Eigenschaft „${quality.de}“ ist nicht aktiviert, und Ihre Rolle erlaubt es nicht, sie zu aktivieren: Bitten Sie den VZE oder den Co-VZE darum.`,
  qualityNotActivated: ({ quality }) => `In Ordnung, die Eigenschaft „${quality.de}“ bleibt inaktiv.`,
  askNiss: () => `Wie lautet die ENSS (Erkennungsnummer der sozialen Sicherheit) der Person? (11 Ziffern, zum Beispiel 80.05.15-123.75)`,
  nissInvalid: ({ problem, length, digits }) =>
    ({
      empty: `Ich habe keine ENSS erhalten.`,
      characters: `Eine ENSS enthält nur Ziffern (Punkte, Bindestriche und Leerzeichen sind erlaubt).`,
      length: `Eine ENSS hat 11 Ziffern; ich habe ${length ?? 0} gezählt.`,
      birthDate: `Die ersten 6 Ziffern einer ENSS sind ein Geburtsdatum (JJMMTT); dieses Datum gibt es nicht.`,
      checksum: `Die letzten beiden Ziffern${digits ? ` (${digits})` : ''} sind Prüfziffern und passen nicht zu den ersten neun: ein Tippfehler?`,
    })[problem] + ` Prüfen Sie die Nummer und senden Sie sie erneut.`,
  askConfirmPerson: ({ name, username }) => `Ich habe ${name} gefunden (Benutzer ${username}). Ist das die richtige Person?`,
  personUnknown: ({ niss }) => `Kein Benutzer hat die ENSS ${niss}. Legen wir ihn gemeinsam an (Sie werden nach keinem Passwort gefragt).`,
  askUsername: () =>
    `Welchen Benutzernamen soll die Person erhalten? (6 bis 30 Zeichen: Buchstaben ohne Akzente oder Umlaute, Ziffern, Punkt, Bindestrich oder Unterstrich; beginnt mit einem Buchstaben)`,
  usernameInvalid: ({ problems, forbidden }) =>
    `Dieser Benutzername ist nicht geeignet: ` +
    problems
      .map(
        (p) =>
          ({
            tooShort: `mindestens 6 Zeichen sind nötig`,
            tooLong: `höchstens 30 Zeichen sind erlaubt`,
            mustStartWithLetter: `er muss mit einem Buchstaben beginnen`,
            forbiddenCharacters: `nicht zulässige Zeichen: ${forbidden.map((c) => `„${c}“`).join(', ')}`,
            onlyDigits: `er darf nicht nur aus Ziffern bestehen`,
            repeatedSeparators: `keine zwei Zeichen . - _ hintereinander`,
          })[p],
      )
      .join('; ') +
    '.',
  usernameTaken: ({ username }) => `Der Benutzername „${username}“ ist bereits vergeben. Wählen Sie einen anderen.`,
  askUsernameConfirm: () => `Geben Sie den Benutzernamen zur Bestätigung erneut ein.`,
  usernameMismatch: () => `Die beiden Eingaben stimmen nicht überein. Beginnen wir den Benutzernamen von vorn.`,
  askLastName: () => `Nachname der Person?`,
  askFirstName: () => `Vorname der Person?`,
  nameInvalid: (p) => `Dieser Name geht nicht: ${nameProblems(p)}. Ein Name enthält nur Buchstaben, Leerzeichen, Bindestriche, Apostrophe oder Punkte.`,
  askTitle: () => `Titel der Person (Dr., Prof., Apr.…)? Antworten Sie „keiner“, wenn sie keinen hat.`,
  titleInvalid: (p) => `Dieser Titel geht nicht: ${nameProblems(p)}. Ein Titel enthält nur Buchstaben, Leerzeichen, Bindestriche, Apostrophe oder Punkte (z. B. Dr, Prof.).`,
  askLanguage: () => `Sprache der Person: Französisch, Niederländisch, Deutsch oder Englisch?`,
  languageInvalid: () => `Ich kenne Französisch, Niederländisch, Deutsch und Englisch.`,
  askEmail: () => `E-Mail-Adresse der Person (Pflichtangabe)?`,
  emailInvalid: () => `Diese E-Mail-Adresse ist nicht gültig (Beispiel: vorname.name@krankenhaus.be).`,
  askLocalEmail: () => `Eine lokale E-Mail-Adresse (optional)? Antworten Sie „keine“, um sie zu überspringen.`,
  askApplications: ({ quality }) =>
    `Welche Anwendungen für die Eigenschaft „${quality.de}“? Sie können eine oder mehrere nennen, zum Beispiel „Colindos, Hospiliss“.`,
  applicationsUnknown: ({ texts, candidates }) =>
    `Ich finde ${joinList(texts.map((t) => `„${t}“`), L)} nicht unter den Anwendungen${candidates.length ? `: Meinten Sie ${joinList(candidates.map((c) => c.de), L, 'or')}?` : '. Nennen Sie den Namen, wie er in der Liste steht.'}`,
  applicationsAmbiguous: ({ text, candidates }) =>
    `„${text}“ kann ${joinList(candidates.map((c) => c.de), L, 'or')} bedeuten: Geben Sie an, welche.`,
  askRole: () => `Ist diese Person Facharzt, Krankenhausapotheker oder Mitarbeiter eines der beiden?`,
  roleInvalid: () => `Antworten Sie „Arzt“, „Apotheker“ oder „Mitarbeiter“ (oder 1, 2, 3).`,
  alreadyHasFunction: ({ fn, startDate, started, asked }) =>
    asked
      ? `Sie fragen die Funktion „${asked.de}“ an, aber diese Person hat bereits die Funktion „${fn.de}“ ${started ? 'seit dem' : 'ab dem'} ${formatDate(startDate, L)}, und eine bestehende Funktion ändere ich nicht: Der Zugang nutzt „${fn.de}“. Für „${asked.de}“ beenden Sie zuerst „${fn.de}“, oder sagen Sie „abbrechen“.`
      : `Diese Person hat bereits die Funktion „${fn.de}“ ${started ? 'seit dem' : 'ab dem'} ${formatDate(startDate, L)}: nichts hinzuzufügen.`,
  askFunction: () => `Mitarbeiter von wem: eines Facharztes oder eines Krankenhausapothekers?`,
  functionInvalid: () => `Antworten Sie „Facharzt“ oder „Krankenhausapotheker“ (oder 1, 2).`,
  askStartDate: () => `Ab welchem Datum beginnt die Funktion? (tt.mm.jjjj)`,
  askEndDate: ({ startDate }) =>
    `Ein Enddatum (nach dem ${formatDate(startDate, L)})? Antworten Sie „kein“, wenn die Funktion kein Ende hat.`,
  dateInvalid: ({ problem, startDate, which, date }) =>
    ({
      format: `Ich habe dieses Datum nicht verstanden. Schreiben Sie es als tt.mm.jjjj, zum Beispiel 01.03.2027.`,
      invalid: `Dieses Datum gibt es im Kalender nicht.`,
      past: `${date ? `Der ${formatDate(date, L)} liegt bereits in der Vergangenheit` : 'Dieses Datum liegt bereits in der Vergangenheit'}: ` + (which === 'endDate'
        ? `Die Funktion muss nach heute enden${startDate ? ` und nach ihrem Beginn (${formatDate(startDate, L)})` : ''}.`
        : `Eine Funktion beginnt frühestens heute.`),
      notAfterStart: `Das Enddatum muss nach dem Anfangsdatum${startDate ? ` (${formatDate(startDate, L)})` : ''} liegen.`,
    })[problem],
  askConfirm: (s) =>
    [
      `Folgendes werde ich tun:`,
      summaryLines(s),
      ...(s.person.leaving ? [`Die Entfernung von ${s.person.name} aus ${s.entity} ist vorgemerkt: Mit diesem Zugang bleibt ${s.person.name} Benutzer von ${s.entity}, die Entfernung wird daher aufgehoben.`] : []),
      ...(s.person.status === 'disabled' ? [`Achtung: Das Konto dieser Person ist deaktiviert. Der Zugang wird gespeichert, aber die Person kann ihn nicht nutzen, solange das Konto nicht wieder aktiviert ist: Bitten Sie den Helpdesk, es zu reaktivieren.`] : s.person.status === 'invited' ? [`Diese Person hat noch kein Passwort gewählt: Der Zugang funktioniert, sobald sie es mit dem per E-Mail erhaltenen Link getan hat.`] : []),
      s.alreadyHeld.length === s.applications.length && !s.fn && !s.person.leaving
        ? `Diese Person hat all das bereits: Eine Bestätigung ändert nichts. Trotzdem bestätigen?`
        : `Der Zugang ist spätestens ${formatDelay(s.activationDelayMs, L)} nach der Bestätigung aktiv. Soll ich bestätigen?`,
    ].join('\n\n'),
  summaryDecided: (s) => [`Zugangsanfrage:`, summaryLines(s)].join('\n\n'),
  yesNoExpected: () => `Antworten Sie mit Ja oder Nein.`,
  notUnderstoodAtConfirmation: ({ text }) => `Ich habe „${text}“ nicht verstanden: Es hat sich nichts geändert. Antworten Sie mit Ja oder Nein, oder sagen Sie, was geändert werden soll.`,
  invalidChoice: () => `Diese Auswahl habe ich nicht erkannt. Geben Sie ihre Nummer oder ihren Namen an.`,
  ambiguousChoice: ({ candidates }) => `Mehrere Möglichkeiten passen: ${joinList(candidates, L)}. Welche?`,
  cancelled: () => `Abgebrochen: Es wurde nichts gespeichert.`,
  nothingToStop: ({ granted }) =>
    granted
      ? `Es läuft nichts, das ich abbrechen könnte: Was Sie bestätigt haben (${joinList(granted.map((a) => a.de), L)}), bleibt gespeichert. Um es zu entziehen, schreiben Sie zum Beispiel „entziehe ${granted[0]!.de} für“ und die ENSS der Person.`
      : `Es läuft nichts, das ich abbrechen könnte: Kein Antrag ist offen, nichts wurde geändert.`,
  grantDone: ({ person, now, replayed, grants, fn, removalCancelled }) => {
    const nothing = changesNothing(replayed, grants, fn);
    const since = (t: number) => (now !== undefined && t > now ? `aktiv ab ${at(t)}` : `aktiv seit ${at(t)}`);
    const fnDates = (f: NonNullable<typeof fn>) => `${f.endDate ? ` bis zum ${formatDate(f.endDate, L)}` : ', ohne Enddatum'}`;
    const changed = [
      ...grants.filter((g) => !g.alreadyHeld).map((g) => `${g.names.de}: aktiv ab ${at(g.activeAt)}`),
      ...(fn && !fn.alreadyHeld ? [`Funktion ${fn.names.de}: aktiv ab ${at(fn.activeAt)}${fnDates(fn)}`] : []),
    ];
    const held = [
      ...grants.filter((g) => g.alreadyHeld).map((g) => `${g.names.de} (${since(g.activeAt)})`),
      ...(fn?.alreadyHeld ? [`Funktion ${fn.names.de} (${now !== undefined && fn.activeAt > now ? 'ab dem' : 'seit dem'} ${formatDate(fn.startDate, L)})`] : []),
    ];
    const names = [...grants.filter((g) => !g.alreadyHeld).map((g) => g.names.de), ...(fn && !fn.alreadyHeld ? [`die Funktion ${fn.names.de}`] : [])];
    return [
      replayed ? `Das war bereits erledigt; es wurde nichts ein zweites Mal gespeichert:` : nothing ? `${person} hatte all das bereits, es ändert sich nichts:` : `Für ${person} gespeichert:`,
      ...(replayed || nothing ? [bullet([...changed, ...held])] : [bullet(changed), ...(held.length ? [`Bereits vorhanden, unverändert:\n${bullet(held)}`] : [])]),
      ...(removalCancelled ? [`Die Entfernung von ${person} aus ${removalCancelled.entity} ist aufgehoben: ${person} bleibt Benutzer von ${removalCancelled.entity}.`] : []),
      nothing ? `Es hat sich nichts geändert: Es ist nichts zu aktivieren.` : `Ich benachrichtige Sie hier, sobald es aktiv ist${held.length ? `: ${joinList(names, L)}` : ''}. Die angegebenen Uhrzeiten sind Brüsseler Zeit.`,
    ].join('\n\n');
  },
  alreadyDone: () => `Das ist bereits erledigt: Nichts wurde ein zweites Mal gespeichert.`,
  executionFailed: ({ reason }) =>
    ({
      forbidden: `Ihre Rolle erlaubt diesen Vorgang in dieser Einrichtung oder Eigenschaft nicht: Es wurde nichts gespeichert.`,
      nissExists: `Inzwischen hat jemand einen Benutzer mit dieser ENSS angelegt: Es wurde nichts gespeichert. Beginnen Sie die Anfrage neu, um ihn zu finden.`,
      usernameTaken: `Inzwischen wurde dieser Benutzername vergeben: Es wurde nichts gespeichert. Beginnen Sie mit einem anderen neu.`,
      qualityInactive: `Die Eigenschaft ist nicht aktiviert: Es wurde nichts gespeichert.`,
      invalid: `Die Anfrage ist nicht mehr gültig (Katalog geändert?): Es wurde nichts gespeichert.`,
      unavailable: `Ich konnte nicht speichern (Datenbank nicht verfügbar): Es wurde nichts gespeichert. Antworten Sie „ja“, um es erneut zu versuchen.`,
    })[reason],
  conversationRestarted: () => `Sésame wurde aktualisiert, und unser vorheriges Gespräch konnte nicht fortgesetzt werden: Beginnen wir neu.`,
  activated: ({ person, applications, fn, account }) => {
    if (account === 'disabled' || account === 'invited') {
      const what = joinList([...applications.map((a) => a.de), ...(fn ? ['die Funktion ' + fn.names.de] : [])], L);
      return account === 'disabled' ? `Für ${person} gespeichert: ${what}. Aber das Konto ist deaktiviert: Die Person kann den Zugang nicht nutzen, solange es nicht wieder aktiviert ist. Bitten Sie den Helpdesk, es zu reaktivieren.` : `Es ist bereit: ${person} hat Zugang zu ${what}, sobald er oder sie mit dem per E-Mail erhaltenen Link ein Passwort gewählt hat.`;
    }
    return (
      `Es ist aktiv: ${person} hat jetzt Zugang zu ${joinList(applications.map((a) => a.de), L)}` +
      (fn ? `${applications.length ? ' sowie ' : ''}die Funktion ${fn.names.de} (seit dem ${formatDate(fn.startDate, L)})` : '') +
      '.'
    );
  },
  technicalError: () =>
    `Ein technisches Problem hindert mich am Antworten; nichts von dem, was Sie mir gegeben haben, geht verloren. Versuchen Sie es gleich noch einmal.`,
  cancelledTakenUp: ({ person, entity }) => `Ich nehme den Antrag wieder auf, den Sie gerade abgebrochen haben: ${person}${entity ? `, ${entity}` : ''}. Vor Ihrer Bestätigung wird nichts gespeichert.`,
  datesDropped: () => `Gut: Ich behalte kein Datum.`,
  aside: (q) => {
    switch (q.topic) {
      case 'activationDelay': return `Das Portal schaltet einen Zugang spätestens 20 Minuten nach der Bestätigung frei; eine Funktion nicht vor ihrem Beginndatum.`;
      case 'application': return `„${q.names.de}“ ist eine Anwendung des Portals der sozialen Sicherheit, die ich in der Eigenschaft erteilen kann, in der es sie gibt.`;
      case 'myEntities': return q.entities.length ? `Sie verwalten die Zugänge von: ${joinList(q.entities, L)}.` : `Sie haben in keiner Einrichtung eine Verwaltungsrolle.`;
      case 'applications': return `Ich kann diese Anwendungen erteilen (je nach Eigenschaft): ${joinList(q.names.map((n) => n.de), L)}.`;
      case 'portal': return PORTAL_HOW[q.about](q.application?.de);
      case 'correctionUnplaced': return `Ich sehe nicht, was Ihre Korrektur ersetzt: Es wurde nichts geändert. Sagen Sie es bitte noch einmal mit nur dem gemeinten Wert: der Person, dem Datum, der Anwendung oder der Einrichtung.`;
      case 'whoManages': return `Wer den Zugang einer Einrichtung verwaltet, kann ich noch nicht anzeigen. Um jemanden zu ernennen, sagen Sie zum Beispiel „ernenne Els Janssens zur Zugangsverwalterin von Sainte-Anne“.`;
      case 'removeOrRevoke': {
        const apps = joinList(q.applications.map((a) => a.de), L);
        return `Soll ich ${q.name} aus der Einrichtung entfernen (alle Zugänge dort enden), oder nur ${apps} entziehen? Sagen Sie „entferne ${q.name} aus der Einrichtung“ oder „entziehe ${q.name} ${apps}“. Es geschieht nichts, bevor Sie es sagen.`;
      }
    }
  },
  help: ({ slot }) =>
    [
      slot ? `Ich erwarte ${HELP[slot]}` : `Sagen Sie mir in einem Satz, was vergeben werden soll, zum Beispiel „geben Sie HospiSup an 80.05.15-123.75“ oder „Colindos für 80051512375 ab 1. März, Mitarbeiterin eines Arztes“.`,
      `Jederzeit: „was haben Sie bisher?“ für die Zusammenfassung, „zurück“ für die vorige Frage, „von vorne“, „abbrechen“, „auf Französisch bitte“. Sie können alles korrigieren: „nein, die ENSS ist …“, „nicht Colindos, Hospiliss“, „Datum ändern“.`,
    ].join('\n\n'),
  recap: (r) =>
    [
      `Das habe ich bisher:`,
      bullet([
        `Einrichtung: ${r.entity ?? '—'}`,
        `Eigenschaft: ${r.quality?.de ?? '—'}`,
        `Person: ${r.person ?? (r.niss ? `ENSS ${r.niss}` : '—')}`,
        `${word(r.applications.length, L, 'Anwendung', 'Anwendungen')}: ${r.applications.length ? joinList(r.applications.map((a) => a.de), L) : '—'}`,
        ...(r.fn ? [`Funktion: ${r.fn.de}${r.startDate ? ` ab ${formatDate(r.startDate, L)}` : ''}${r.endDate ? ` bis ${formatDate(r.endDate, L)}` : r.endDateAsked ? ', ohne Enddatum' : ''}`] : []),
      ]),
    ].join('\n\n'),
  recapIsSummary: () => `Alles, was ich habe, steht in der Zusammenfassung unten: Sie wartet nur noch auf Ihre Antwort.`,
  onlyThese: ({ kept, left, revoke }) =>
    `Gut: Ich ${revoke ? 'entziehe' : 'erteile'} nur ${joinList(kept.map((a) => a.de), L)}${left.length ? `; ${joinList(left.map((a) => a.de), L)} ${left.length > 1 ? 'bleiben' : 'bleibt'} unverändert` : ''}.`,
  stuck: ({ slot }) => `Ich verstehe es immer noch nicht. Ich erwarte ${HELP[slot]} Schreiben Sie „Hilfe“ für mehr Erklärungen oder „abbrechen“, um aufzuhören.`,
  startedOver: () => `Gut, wir fangen von vorne an.`,
  nothingBefore: () => `Vor dieser Frage gibt es keine andere.`,
  languageChanged: () => `Gut, ich mache auf Deutsch weiter.`,
  nothingInProgress: () => `Es läuft gerade kein Antrag.`,
  whatYouCanDo: () => `Sie können zum Beispiel einen Zugang erteilen, die Benutzer einer Einrichtung auflisten oder fragen, warum jemand keinen Zugang hat.`,
  cancelledEarlier: ({ person, applications }) =>
    `Ich habe den Antrag für ${person}${applications.length ? ` (${joinList(applications.map((a) => a.de), L)})` : ''} gerade storniert: Es wurde nichts gespeichert. Wenn Sie ihn doch möchten, sagen Sie ihn noch einmal, zum Beispiel „${applications.length ? joinList(applications.map((a) => a.de), L) : 'eBirth'} für ${person}“, und ich zeige Ihnen zuerst die Zusammenfassung.`,
  howCanIHelp: () => `Was kann ich für Sie tun?`,
  youreWelcome: () => `Gern geschehen. Kann ich sonst noch etwas für Sie tun?`,
  dateWithoutRequest: ({ date }) =>
    `Für welchen Antrag ist dieses Datum${date ? ` (${formatDate(date, L)})` : ''}? Es läuft gerade kein Antrag: Sagen Sie ihn in einem Satz, mit dem Datum, zum Beispiel „gib Colindos an 80051512375 bis ${date ? formatDate(date, L) : '30.06.2027'}“.`,
  expired: () => `Unser Gespräch ruhte zu lange: Es wurde nichts gespeichert, und ich fange von vorne an.`,
  statusAnswer: ({ niss, person, items }) =>
    person === null
      ? `Kein Benutzer Ihrer Einrichtungen hat die ENSS ${niss}: Es gibt dort also keinen Zugang.`
      : [
          `${person} (ENSS ${niss}):`,
          items.length === 0
            ? `kein Zugang in Ihren Einrichtungen.`
            : bullet(
                items.map((i) =>
                  i.state === 'active' ? `${i.names.de}: aktiv seit ${at(i.at!)}` : i.state === 'pending' ? `${i.names.de}: in Bearbeitung, aktiv am ${at(i.at!)}` : `${i.names.de}: kein Zugang`,
                ),
              ),
        ].join('\n'),
  copiedAccess: ({ colleague, applications, fn }) =>
    `${colleague} hat ${joinList([...applications.map((a) => a.de), ...(fn ? [`die Funktion ${fn.de}`] : [])], L)}: Ich übernehme dasselbe. Sagen Sie „nicht …“, um etwas zu streichen.`,
  colleagueUnknown: ({ niss }) => `Ich finde keinen Zugang zum Übernehmen für die ENSS ${niss} in dieser Eigenschaft.`,
  applicationNotInQuality: ({ applications, quality, elsewhere }) =>
    `${joinList(applications.map((a) => a.de), L)} gehört nicht zur Eigenschaft „${quality.de}“: Ich übernehme es nicht.` +
    (elsewhere.length
      ? ` Es gehört zur Eigenschaft ${joinList(elsewhere.map((q) => `„${q.de}“`), L, 'or')}: Stellen Sie dafür einen eigenen Antrag, oder sagen Sie „Eigenschaft ändern“.`
      : ` Es gehört zu keiner anderen Eigenschaft, die Sie hier verwalten: Wenden Sie sich an den VZE oder Co-VZE.`),
  entityNoRole: ({ entity, entities }) =>
    `Sie haben in der Einrichtung ${entity} keine Rolle: Dort kann ich keinen Zugang erteilen. Ihre Einrichtungen: ${joinList(entities, L)}.`,
  entityUnknown: ({ entity, entities }) =>
    `Eine Einrichtung „${entity}“ kenne ich nicht: Dort kann ich keinen Zugang erteilen. Ihre Einrichtungen: ${joinList(entities, L)}.`,
  qualityOutOfScope: ({ quality, entity, qualities }) =>
    `Die Eigenschaft „${quality.de}“ gehört bei ${entity} nicht zu Ihrem Bereich` + (qualities.length ? `: Sie verwalten ${joinList(qualities.map((q) => `„${q.de}“`), L)}.` : '.'),
  qualityFromApplications: ({ quality, notActive }) => notActive?.length
    ? `Eigenschaft: ${quality.de} (die einzige aktivierte Eigenschaft der Einrichtung mit diesen Anwendungen; ${joinList(notActive.map((q) => `„${q.de}“`), L)} ist nicht aktiviert).`
    : `Eigenschaft: ${quality.de} (die einzige der Einrichtung mit diesen Anwendungen).`,
  dateOfHeldFunction: ({ fn, startDate, started, said, saidEnd, asked }) => {
    const held = `${asked ? `Sie fragen die Funktion „${asked.de}“${said ? ` ab dem ${formatDate(said, L)}` : ''} an, aber diese Person` : 'Diese Person'} hat bereits die Funktion „${fn.de}“ ${started ? 'seit dem' : 'ab dem'} ${formatDate(startDate, L)}`;
    if (asked) return `${held}, und eine bestehende Funktion ändere ich nicht: Der Zugang nutzt „${fn.de}“. Für „${asked.de}“ beenden Sie zuerst „${fn.de}“, oder sagen Sie „abbrechen“.`;
    if (said === startDate && saidEnd) return `${held}, und eine bestehende Funktion ändere ich nicht: Das Ende am ${formatDate(saidEnd, L)} übernehme ich nicht. Damit sie an diesem Tag endet, bitten Sie mich, diese Funktion zu beenden.`;
    if (said === startDate) return `${held}: Das ist das genannte Datum, es ändert sich nichts.`;
    const dates = saidEnd && said ? `die genannten Daten (vom ${formatDate(said, L)} bis zum ${formatDate(saidEnd, L)})` : `${said ? `den ${formatDate(said, L)}` : 'das genannte Datum'}`;
    return `${held}, und eine bestehende Funktion ändere ich nicht: ${dates[0]!.toUpperCase()}${dates.slice(1)} übernehme ich nicht. Für ein anderes Datum beenden Sie zuerst diese Funktion.`;
  },
  dateNotUsed: ({ applications, past }) => {
    const apps = joinList(applications.map((a) => a.de), L);
    const has = applications.length > 1 ? 'haben' : 'hat';
    return past
      ? `Der ${formatDate(past, L)} liegt bereits in der Vergangenheit, und ${apps} ${has} ohnehin kein Anfangsdatum: Der Zugang beginnt mit der Bestätigung.`
      : `${apps} ${has} kein Anfangsdatum: Der Zugang beginnt mit der Bestätigung.`;
  },
  nissOfNamed: ({ name }) => `Ich brauche die ENSS von ${name}.`,
  nissDeclined: ({ name }) => `Ohne die ENSS ${name === null ? 'der Person' : `von ${name}`} kann ich nicht weitermachen. Geben Sie sie an, oder sagen Sie „abbrechen“, um den Antrag zu beenden.`,
  nissNotGiven: ({ name }) => `Das ist keine ENSS. Geben Sie die 11 Ziffern der ENSS ${name === null ? 'der Person' : `von ${name}`} an, zum Beispiel „80.05.15-123.75“, oder „abbrechen“, um aufzuhören.`,
  nobodyNamed: ({ name }) => `Kein Benutzer Ihrer Einrichtungen heißt ${name}.`,
  onePersonPerRequest: ({ person, others }) => `Ein Antrag gilt für eine Person: Dieser ist für ${person}. Danach schlage ich Ihnen denselben Antrag für ${joinList(others, L)} vor.`,
  offerNextPerson: ({ person }) => `Möchten Sie jetzt denselben Antrag für ${person}? (ja / nein)`,
  nextPersonDeclined: ({ person }) => `Gut: Für ${person} wird nichts beantragt.`,
  personFoundByName: ({ person, niss }) => `Ich habe ${person} (ENSS ${niss}) unter den Benutzern Ihrer Einrichtungen gefunden.`,
  personsNamed: ({ named, candidates }) => `Mehrere Benutzer Ihrer Einrichtungen heißen ${named}: ${candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}. Wen meinen Sie? Geben Sie die Nummer oder die ENSS an.`,
  personsNear: ({ named, candidates }) =>
    candidates.length === 1
      ? `Kein Benutzer Ihrer Einrichtungen heißt ${named}. Meinten Sie ${candidates[0]}? Antworten Sie mit ja, oder geben Sie die ENSS an.`
      : `Kein Benutzer Ihrer Einrichtungen heißt ${named}. Meinten Sie: ${candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}? Geben Sie die Nummer oder die ENSS der Person an.`,
  nissTaken: ({ niss, person }) => (person ? `${person} (ENSS ${niss}): notiert.` : `ENSS ${niss}: notiert.`),
  nissNotForRefusedEntity: ({ niss, entity }) =>
    `ENSS ${niss}: notiert für einen Antrag in einer Ihrer Einrichtungen, nicht in ${entity}. Ist diese Person kein Benutzer Ihrer Einrichtungen, zeige ich nichts von dem, was eine andere Einrichtung über sie weiß, und füge sie nur einer Ihrer Einrichtungen hinzu, wenn Sie es verlangen: Wählen Sie welche, oder sagen Sie „abbrechen“.`,
  statusNameNear: ({ name, candidates, waiting }) =>
    `Kein Benutzer Ihrer Einrichtungen heißt ${name}. Meinten Sie ${candidates.length === 1 ? candidates[0] : candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}?` +
    (waiting ? ' Fragen Sie mich noch einmal mit dem genauen Namen oder der ENSS.' : candidates.length === 1 ? ' Antworten Sie mit ja, um die Zugänge zu sehen, oder nennen Sie die ENSS.' : ' Nennen Sie den Namen der Person oder die ENSS.'),
  statusNameUnknown: ({ name }) => `Kein Benutzer Ihrer Einrichtungen heißt ${name}: Nennen Sie die ENSS (11 Ziffern), dann sehe ich die Zugänge nach.`,
  statusNameSeveral: ({ name }) => `Mehrere Benutzer Ihrer Einrichtungen heißen ${name}: Nennen Sie die ENSS (11 Ziffern) der Person, dann sehe ich die Zugänge nach.`,
  statusWhom: () => `Um wen geht es? In diesem Antrag ist noch keine Person genannt: Nennen Sie die ENSS (11 Ziffern) oder den Namen, dann sehe ich die Zugänge nach.`,
  personNotNamed: ({ named }) => `Achtung: Diese ENSS ist nicht die von ${named}.`,
  personReplacedByName: ({ named }) => `Verstanden: Der Antrag gilt jetzt für ${named}.`,
  noneOfThem: () => `Also keiner von ihnen: Geben Sie mir die ENSS der gemeinten Person, oder sagen Sie „abbrechen“.`,
  choiceDeclined: () => `Keine davon? Wählen Sie aus der Liste, oder sagen Sie „abbrechen“, um den Antrag zu beenden.`,
  changeTaken: ({ changes }) => `Verstanden: ${capitalFirst(joinList(changes.map(changeDe), L))}.`,
  personElsewhere: ({ niss, entity }) =>
    `Die ENSS ${niss} gehört einem Benutzer einer anderen Einrichtung: Seine Daten zeige ich nicht an. Er wird mit dem Zugang zu ${entity} hinzugefügt.`,
  requestSetAside: ({ applications, person }) =>
    `Ich lege den laufenden Antrag (${joinList(applications.map((a) => a.de), L) || 'ohne Anwendung'}${person ? ` für ${person}` : ''}) beiseite: Es wurde nichts gespeichert. Hier ist der neue Antrag.`,
  applicationReadAs: ({ items }) => `Ich habe ${joinList(items.map((i) => `„${i.text}“ als ${i.names.de}`), L)} gelesen: Sagen Sie es, wenn das nicht stimmt.`,
  dateReadAhead: ({ items }) => `Ich habe ${joinList(items.map((i) => `„${i.said}“ als ${formatDate(i.date, L)}`), L)} gelesen: Sagen Sie es, wenn das nicht stimmt.`,
  takenAside: ({ startDate, endDate, applications, fn, person, role }) =>
    `Notiert: ${[startDate && `ab dem ${formatDate(startDate, L)}`, endDate && `bis zum ${formatDate(endDate, L)}`, applications.length > 0 && joinList(applications.map((a) => a.de), L),
      fn && `die Funktion „${fn.de}“`, role && (role === 'doctor' ? '(Fach-)Arzt oder (Fach-)Ärztin' : 'Krankenhausapotheker oder Krankenhausapothekerin'), person && `für ${person}`].filter(Boolean).join(', ')}.`,
  applicationsTaken: ({ applications }) => `${joinList(applications.map((a) => a.de), L)}: notiert.`,
  applicationsReplaced: ({ removed, added }) => `${joinList(added.map((a) => a.de), L)} ersetzt ${joinList(removed.map((a) => a.de), L)} im Antrag.`,
  revokeHowTo: ({ applications }) =>
    `Um einen Zugang zu entziehen (${joinList(applications.map((a) => a.de), L)}), brauche ich die ENSS der Person, zum Beispiel „entziehe ${applications[0]?.de ?? 'HospiSup'} für 80051512375“.`,
  storeUnavailable: ({ problem }) =>
    `${
      ({
        busy: `Die Datenbank ist durch einen anderen Vorgang belegt`,
        full: `Die Festplatte des Servers ist voll`,
        readonly: `Die Datenbank ist schreibgeschützt`,
        other: `Die Datenbank ist nicht verfügbar`,
      })[problem]
    }: Ich konnte den weiteren Verlauf unseres Gesprächs nicht speichern. Senden Sie Ihre letzte Antwort gleich noch einmal (nichts wird je doppelt ausgeführt); wenn es anhält, benachrichtigen Sie den Support.`,
  notUnderstood: () => `Das habe ich nicht verstanden.`,
  yes: () => 'Ja',
  no: () => 'Nein',
  roleDoctor: () => 'Facharzt',
  rolePharmacist: () => 'Krankenhausapotheker',
  roleCollaborator: () => 'Mitarbeiter',
  skip: () => 'Keine',
  skipTitle: () => 'Keiner',
  languageName: ({ language }) => ({ fr: 'Französisch', nl: 'Niederländisch', de: 'Deutsch', en: 'Englisch' })[language],
  entityLabel: ({ entity, inami }) => `${entity} (LIKIV ${inami})`,
  cardSubmit: () => 'Bestätigen',
  cardConfirm: () => 'Bestätigen',
  cardChange: () => 'Ändern',
  cardCancel: () => 'Abbrechen',
  cardRequired: () => 'Wählen Sie mindestens eine Antwort.',
  cardDecided: ({ outcome, by, when }) =>
    outcome === 'confirmed'
      ? `✓ Bestätigt von ${by} am ${at(when)} (Brüsseler Zeit).`
      : outcome === 'cancelled'
        ? `✗ Abgebrochen von ${by} am ${at(when)} (Brüsseler Zeit): Es wurde nichts erfasst.`
        : `Ersetzt durch eine neuere Zusammenfassung weiter unten.`,
  cardChoiceLabel: () => 'Ihre Auswahl',
  cardStartDateLabel: () => 'Anfangsdatum',
  cardEndDateLabel: () => 'Enddatum',
  cardOutdated: () => 'Diese Karte ist nicht mehr aktuell: Dieser Klick hat nichts bewirkt.',
};

/** The lines of a summary, as asked before confirmation and as kept on the card once decided. */
function summaryLines(s: Summary): string {
  return bullet([
    `Einrichtung: ${s.entity} (LIKIV-Nr. ${s.inami})`,
    `Eigenschaft: ${s.quality.de}${s.activateQuality ? ' (wird aktiviert)' : ''}`,
    s.person.isNew
      ? `Neuer Benutzer: ${s.person.name}, Benutzername ${s.person.username}, ${s.person.email}`
      : `Benutzer: ${s.person.name}${s.person.elsewhere ? ` (Benutzer einer anderen Einrichtung, wird zu ${s.entity} hinzugefügt)` : s.person.joins ? ` (${s.person.username}; noch kein Benutzer dieser Einrichtung: wird zu ${s.entity} hinzugefügt)` : ` (${s.person.username})`}`,
    `${word(s.applications.length, L, 'Anwendung', 'Anwendungen')}: ${joinList(s.applications.map((a) => a.de), L)}`,
    ...(s.alreadyHeld.length ? [`Bereits vorhanden, es ändert sich nichts: ${joinList(s.alreadyHeld.map((a) => a.de), L)}`] : []),
    ...(s.fn
      ? [`Funktion: ${s.fn.names.de} ab dem ${formatDate(s.fn.startDate, L)}${s.fn.endDate ? ` bis zum ${formatDate(s.fn.endDate, L)}` : ', ohne Enddatum'}`]
      : []),
    ...(s.dateSetAside ? [`Daten: weder Anfangs- noch Enddatum`] : []),
  ]);
}

/** A change at a confirmation, as a clause of "Verstanden: …". */
function changeDe(c: Change): string {
  switch (c.what) {
    case 'applications': return `der Antrag betrifft jetzt ${joinList(c.applications.map((a) => a.de), L)}`;
    case 'revoked': return `ich entziehe ${joinList(c.applications.map((a) => a.de), L)}`;
    case 'startDate': return `ab dem ${formatDate(c.date, L)}`;
    case 'endDate': return c.date ? `bis zum ${formatDate(c.date, L)}` : `ohne Enddatum`;
    case 'lastDay': return `letzter Tag am ${formatDate(c.date, L)}`;
    case 'entity': return `für ${c.entity}`;
    case 'quality': return `mit der Eigenschaft „${c.quality.de}“`;
    case 'function': return c.fn ? `mit der Funktion „${c.fn.de}“` : `ohne Funktion`;
    case 'role': return c.role === 'doctor' ? `(Fach-)Arzt oder (Fach-)Ärztin` : `Krankenhausapotheker oder Krankenhausapothekerin`;
  }
}
/** After "Verstanden:", a whole sentence begins with a capital, as German writes it. */
const capitalFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
