import type { ChatRefusal, ImpossibleReason, ManagerRole, PeopleChatCatalog, SideQuestion } from './manage.catalog';
import { brusselsMidnight, dayAfter, formatDate, formatDateTime } from '../domain/dates';
import { countOf, formatDelay, joinList, roleNamed } from './format';
import { appsOf, auditLines, filterText, lines, where, type ManageWords } from './manage.format';

const L = 'de';
const W: ManageWords = {
  status: { invited: 'eingeladen', active: 'aktiv', disabled: 'deaktiviert' },
  noApplication: 'keine Anwendung',
  filter: { application: 'Anwendung', status: 'Status', lastName: 'Name', firstName: 'Vorname', username: 'Benutzername', collaborators: 'Mitarbeiter' },
  actions: {
    grantAccess: 'hat den Zugang erteilt', activateGrant: 'hat den Zugang aktiviert', revokeAccess: 'hat den Zugang entzogen', deactivateGrant: 'hat den Zugang deaktiviert',
    createUser: 'hat den Benutzer angelegt', assignFunction: 'hat die Funktion zugewiesen', activateFunction: 'hat die Funktion aktiviert', endFunction: 'hat die Funktion beendet',
    deactivateFunction: 'hat die Funktion abgeschlossen', removeUser: 'hat die Person aus der Einrichtung entfernt', removeMembership: 'hat die Person aus der Eigenschaft entfernt',
    keepGrant: 'hat den Zugang behalten (neuer Antrag)', cancelGrant: 'hat den wartenden Zugang storniert', setPassword: 'Passwort gewählt', issueInvitation: 'Einladung verschickt',
    activateQuality: 'hat die Eigenschaft aktiviert', designateManager: 'hat einen Zugangsverwalter ernannt', removeManager: 'hat einen Zugangsverwalter abberufen', viewUsers: 'hat die Benutzer eingesehen', viewNiss: 'hat Nationalregisternummern eingesehen', diagnose: 'hat eine Prüfung angefordert', viewAudit: 'hat den Verlauf eingesehen',
  },
  otherAction: 'hat einen anderen Vorgang ausgeführt',
  system: 'Sésame (automatisch)',
  behalf: 'im Auftrag von',
  refused: 'abgelehnt',
};
const QUESTION: Record<SideQuestion, string> = {
  entity: `Ich frage nach der Einrichtung dieses Antrags: Nennen Sie ihre Nummer in der Liste oder ihren Namen, zum Beispiel „1“ oder „Sainte-Anne“.`,
  quality: `Ich frage nach der Eigenschaft: Nennen Sie ihre Nummer in der Liste oder ihren Namen, zum Beispiel „1“ oder „Krankenhaus“.`,
  person: `Ich frage, um welche Person es geht: Nennen Sie ihre Nummer in der Liste, ihren Namen oder ihre ENSS, zum Beispiel „1“ oder „80.05.15-123.75“.`,
  niss: `Ich frage nach der ENSS der Person (11 Ziffern), zum Beispiel „80.05.15-123.75“.`,
  revokeWhich: `Ich frage, welche Anwendungen entzogen werden: Nennen Sie sie, zum Beispiel „Colindos“ oder „Colindos und Hospiliss“.`,
  endDate: `Ich frage nach dem Enddatum, zum Beispiel „31.12.2027“.`,
  identifier: `Ich frage, wen Sie benennen: Namen, Benutzernamen im Portal, E-Mail-Adresse oder ENSS, zum Beispiel „Sarah Moens“ oder „sarahmoens“.`,
  bulkApplications: `Ich frage, welche Anwendungen erteilt werden, zum Beispiel „Colindos und Hospiliss“.`,
  confirm: `Ich bitte um Bestätigung: Antworten Sie „ja“ oder „nein“.`,
  page: `Die Liste steht oben: „weiter“ zeigt den Rest, „exportieren“ sendet sie als Datei.`,
};
/** Candidates as a numbered list, one a line. */
const numbered = (items: readonly string[]) => items.map((x, i) => `${i + 1}. ${x}`).join('\n');
const ROLE: Record<ManagerRole, string> = { GA: 'Zugangsverwalter', CO_RAE: 'Co-VZE' };
const REFUSAL: Record<ChatRefusal, string> = {
  viewUsers: 'die Benutzer dieser Einrichtung einzusehen', viewNiss: 'Nationalregisternummern zu sehen oder zu suchen', revokeAccess: 'Zugänge zu entziehen',
  designateManager: 'Zugangsverwalter zu ernennen oder abzuberufen (das macht der VZE)', grantAccess: 'Zugänge zu erteilen', viewAudit: 'den Verlauf dieser Einrichtung einzusehen',
  diagnose: 'Zugänge dieser Einrichtung zu prüfen', other: 'das zu tun',
};
const REASONS: Record<ImpossibleReason, string> = { unknownApplication: 'diese Anwendung kenne ich nicht', applicationNotInQuality: 'diese Anwendung gehört nicht zu dieser Eigenschaft', applicationNotInEntity: 'keine Eigenschaft dieser Einrichtung gibt diese Anwendungen', unknownQuality: 'diese Eigenschaft ist unbekannt', unknownUser: 'diese Person ist unbekannt', invalidRole: 'diese Rolle kann so nicht vergeben werden', other: 'der Antrag passt nicht zu den Daten' };

/** The first instant without a function whose last day is `lastDay`: the next midnight in Brussels. */
const firstDayWithout = (lastDay: string) => formatDateTime(brusselsMidnight(dayAfter(lastDay)), L);

export const manageDe: PeopleChatCatalog = {
  listHeader: ({ entity, quality, filters, from, to, total }) => `Benutzer von ${where(entity, quality, L)}${filterText(filters, L, W)}: ${from} bis ${to} von ${total}.`,
  listLines: ({ people }) => lines(people, W),
  listNone: ({ entity, filters }) => `Keine Benutzer von ${entity}${filterText(filters, L, W)}.`,
  listMore: () => `Sagen Sie „nächste 10“, um weiterzublättern, oder „exportiere nach Excel“, um alles als Datei zu bekommen.`,
  listEnd: () => `Das ist die ganze Liste.`,
  listNissHidden: () => `(Nationalregisternummern ausgeblendet: Ihre Rolle erlaubt es nicht, sie zu sehen.)`,
  askEntityFor: () => `Für welche Einrichtung?`,
  askQualityFor: ({ entity }) => `Welche Eigenschaft von ${entity}?`,
  exportReady: ({ fileName, count, nissHidden }) => `Hier ist der Export von ${countOf(count, L, 'Benutzer', 'Benutzern')}: ${fileName}.${nissHidden ? ' Ohne die Spalte Nationalregisternummer, die Ihre Rolle nicht sehen darf.' : ''}`,
  exportTeams: () => `Ich biete Ihnen die Datei an: Nehmen Sie sie an, um sie in Ihrem OneDrive zu speichern.`,
  unknownPerson: ({ niss }) => `Kein Benutzer hat die Nationalregisternummer ${niss}.`,
  notYourUser: ({ niss }) => `Kein Benutzer Ihrer Einrichtungen hat die Nationalregisternummer ${niss}: Bei Ihnen gibt es also nichts zu ändern.`,
  noUserNamed: ({ name }) => `Kein Benutzer Ihrer Einrichtungen heißt ${name}.`,
  noRoleThere: ({ entity, yours }) => `Sie haben keine Rolle in der Einrichtung ${entity}; Ihre Einrichtungen: ${joinList(yours, 'de')}. Es wurde nichts geändert.`,
  unknownEntityThere: ({ entity, yours }) => `Eine Einrichtung „${entity}“ kenne ich nicht; Ihre Einrichtungen: ${joinList(yours, 'de')}.`,
  notMember: ({ person, entity }) => `${person} gehört nicht zu ${entity}.`,
  nothingToRevoke: ({ person, entity }) => `${person} hat in ${entity} keinen Zugang, der entzogen werden könnte.`,

  notHeldNamed: ({ person, entity, applications, held, others }) =>
    others
      ? `${person} hat keinen Zugang zu ${appsOf(applications, L)}: Dort gibt es nichts zu entziehen.`
      : `${person} hat keinen Zugang zu ${appsOf(applications, L)}: Es gibt nichts zu entziehen. ${held.length ? `Zugang in ${entity}: ${appsOf(held, L)}.` : `${person} hat in ${entity} keinen Zugang.`}`,
  setAside: ({ what, person, answer }) =>
    // The relative pronoun agrees with what is set aside (der Entzug, das Ende, die Benennung).
    `Ich lege ${{ revoke: 'den Entzug des Zugangs', endFunction: 'das Ende der Funktion', removeUser: 'die Entfernung aus der Einrichtung', designate: 'die Benennung', bulk: 'die Sammelvergabe' }[what]}${person ? ` für ${person}` : ''}, ${{ revoke: 'der', endFunction: 'das', removeUser: 'die', designate: 'die', bulk: 'die' }[what]} auf Ihre ${answer ? 'Antwort' : 'Bestätigung'} wartete, beiseite: Es wurde nichts geändert.`,
  askRevokeWhich: ({ person }) => `Welchen Zugang von ${person} soll ich entziehen?`,
  confirmRevoke: ({ person, entity, applications, delayMs }) =>
    `Ich entziehe ${person} den Zugang zu ${appsOf(applications, L)} (${entity}). Das wird in ${formatDelay(delayMs, L)} wirksam, und Sie werden benachrichtigt. Bestätigen Sie?`,
  noFunction: ({ person, entity }) => `${person} hat in ${entity} keine laufende Funktion.`,
  askEndDate: ({ person, fn }) => `An welchem Datum endet die Funktion „${fn.de}“ von ${person}? (zum Beispiel 31-12-2026)`,
  badEndDate: ({ past }) => (past ? `Der ${formatDate(past, L)} liegt bereits in der Vergangenheit: Der letzte Tag muss nach heute liegen, zum Beispiel 31-12-2026.` : `Ich brauche ein künftiges Datum, zum Beispiel 31-12-2026.`),
  confirmEndFunction: ({ person, fn, entity, lastDay, currentLastDay, sooner }) =>
    `Die Funktion „${fn.de}“ von ${person} (${entity}) endet; letzter Tag: ${formatDate(lastDay, L)} (inaktiv ab ${firstDayWithout(lastDay)}).${currentLastDay ? ` Sie sollte am ${formatDate(currentLastDay, L)} enden; sie ${sooner ? 'endet also früher' : 'wird also verlängert'}.` : ''} Bestätigen Sie?`,
  functionAlreadyEnds: ({ person, fn, entity, lastDay }) =>
    `Die Funktion „${fn.de}“ von ${person} (${entity}) endet bereits am ${formatDate(lastDay, L)}; es gibt nichts zu tun.`,
  confirmCancelFunction: ({ person, fn, entity, startDate, lastDay }) =>
    `Die Funktion „${fn.de}“ von ${person} (${entity}) hat noch nicht begonnen (ab ${formatDate(startDate, L)}): Ein Ende am ${formatDate(lastDay, L)} heißt, dass sie nie beginnt. Soll ich sie stornieren?`,
  confirmRemoveUser: ({ person, entity, quality, delayMs, keepsRoles }) =>
    `Ich entferne ${person} aus ${where(entity, quality, L)}, mit allen Zugängen und Funktionen, in ${formatDelay(delayMs, L)}.${keepsRoles ? ` ${person} bleibt ${joinList(keepsRoles.map((r) => ROLE[r]), L)} von ${entity}: Das Entfernen als Benutzer nimmt diese Rolle nicht weg (schreiben Sie dazu zum Beispiel „${person} ist nicht mehr ${ROLE[keepsRoles[0]!]}“).` : ''} Bestätigen Sie?`,
  askIdentifier: ({ role, entity, remove }) =>
    remove
      ? `Wer soll nicht mehr ${ROLE[role]} von ${entity} sein? Geben Sie den Namen, den Benutzernamen im Portal, die E-Mail-Adresse oder die ENSS an.`
      : `Wer wird ${ROLE[role]} von ${entity}? Geben Sie den Namen, den Benutzernamen im Portal, die E-Mail-Adresse oder die ENSS eines Benutzers von ${entity} an.`,
  designeeUnknown: ({ said, entity }) => `„${said}“ entspricht keinem Benutzer von ${entity}: Einer unbekannten Kennung gebe ich keine Rolle.`,
  designeeCandidates: ({ said, candidates, near, entity }) =>
    near && candidates.length === 1
      ? `Kein Benutzer von ${entity} entspricht genau „${said}“. Meinen Sie ${candidates[0]}? Antworten Sie „ja“ oder nennen Sie einen anderen Namen.`
      : near
        ? `Kein Benutzer von ${entity} entspricht genau „${said}“. Meinen Sie eine dieser Personen?\n${numbered(candidates)}\nGeben Sie die Nummer oder einen anderen Namen an.`
        : `Mehrere Benutzer von ${entity} entsprechen „${said}“:\n${numbered(candidates)}\nWen meinen Sie? Geben Sie die Nummer oder den Benutzernamen an.`,
  designeeDeclined: () => `Gut, niemand aus dieser Liste.`,
  confirmDesignate: ({ name, username, role, entity, remove, said }) =>
    remove ? `${name} (Benutzername ${username}) ist dann nicht mehr ${roleNamed(ROLE[role], said)} von ${entity}. Bestätigen Sie?` : `${name} (Benutzername ${username}) wird ${roleNamed(ROLE[role], said)} von ${entity}. Bestätigen Sie?`,
  designated: ({ name, role, entity, remove, changed, said }) =>
    !changed
      ? remove ? `${name} war nicht ${roleNamed(ROLE[role], said)} von ${entity}: nichts zu tun.` : `${name} ist schon ${roleNamed(ROLE[role], said)} von ${entity}: nichts zu tun.`
      : remove ? `Erledigt: ${name} ist nicht mehr ${roleNamed(ROLE[role], said)} von ${entity}.` : `Erledigt: ${name} ist ${roleNamed(ROLE[role], said)} von ${entity} und kann mir ab jetzt schreiben.`,
  askBulkApplications: () => `Welche Anwendungen soll ich diesen Personen geben?`,
  bulkNothingToDo: () => `Keine Zeile zu verarbeiten: nichts wurde gespeichert.`,
  bulkDone: ({ ok, failed }) => `Fertig: ${countOf(ok, L, 'Person', 'Personen')} verarbeitet${failed ? `, ${failed} fehlgeschlagen` : ''}.`,
  auditHeader: ({ niss, person, application }) => `Verlauf von ${person ? `${person} (${niss})` : niss}${application ? ` für ${application.de}` : ''}:`,
  auditLines: ({ lines: ls }) => auditLines(ls, L, W),
  auditNone: ({ niss, application }) => `Nichts im Verlauf für ${niss}${application ? ` und ${application.de}` : ''}.`,
  refused: ({ action, designation: d }) =>
    d
      ? `Ihre Rolle erlaubt es nicht, ${d.remove ? `einen ${roleNamed(ROLE[d.role], d.said)} abzuberufen` : `jemanden zum ${roleNamed(ROLE[d.role], d.said)} zu ernennen`}: Das macht der VZE. Es wurde nichts geändert.`
      : `Ihre Rolle erlaubt es nicht, ${REFUSAL[action]}. Es wurde nichts geändert.`,
  impossible: ({ reason }) => `Das ist nicht möglich: ${REASONS[reason]}.`,
  notCancelled: () => `Gut, ich tue nichts.`,
  sideCancelled: () => `Abgebrochen: Es wurde nichts geändert.`,
  backToRequest: () => `Machen wir mit Ihrem laufenden Zugangsantrag weiter.`,
  sideHelp: ({ requestWaiting, asking }) => `${asking ? QUESTION[asking] : `Ich warte auf Ihre Antwort auf die Frage unten.`}${requestWaiting ? ` Ihr laufender Zugangsantrag geht danach weiter.` : ''} „abbrechen“ beendet dies, ohne etwas zu ändern; „in English please“, „en français svp“… wechselt die Sprache.`,
  sideStuck: ({ requestWaiting, asking }) =>
    `Diese Antwort kann ich hier nicht verwenden. ${QUESTION[asking]} ${requestWaiting ? `Ihr laufender Zugangsantrag wartet unverändert: „abbrechen“ beendet diese Frage, ohne etwas zu ändern, und bringt Sie zu ihm zurück.` : `„abbrechen“ beendet dies, ohne etwas zu ändern.`}`,
  identifierIsAnswer: ({ said }) => `„${said}“ ist eine Antwort, keine Person: Geben Sie den Namen, den Benutzernamen im Portal, die E-Mail-Adresse oder die ENSS der Person an, oder „abbrechen“.`,
  notUnderstoodYesOrNo: ({ text }) => `Ich habe „${text}“ nicht verstanden: Es hat sich nichts geändert. Antworten Sie „ja“ zum Bestätigen oder „nein“ zum Abbrechen, oder sagen Sie, was geändert werden soll.`,
  fileConsentDescription: ({ count }) => `Sésame-Export von ${countOf(count, L, 'Benutzer', 'Benutzern')}`,
  exportTooLarge: () => `Diese Datei ist zu groß, um sie hier zu senden: Geben Sie Kriterien an (eine Anwendung, einen Status, einen Namen), um die Liste zu verkleinern.`,
  fileUploaded: ({ fileName }) => `Die Datei ${fileName} ist in Ihrem OneDrive gespeichert.`,
  fileDeclined: ({ fileName }) => `Gut, ich sende ${fileName} nicht. Fordern Sie einen neuen Export an, wann immer Sie möchten.`,
  fileExpired: () => `Dieses Dateiangebot ist abgelaufen oder wurde schon beantwortet. Fordern Sie einen neuen Export an.`,
  fileNotYours: () => `Diese Datei wurde für eine andere Person vorbereitet: Ich kann sie Ihnen nicht senden.`,
  fileUploadFailed: () => `Ich konnte die Datei nicht in Ihrem OneDrive speichern. Versuchen Sie es mit einem neuen Export erneut.`,
  bulkProgress: ({ done, total }) => `In Arbeit: ${done}/${total} verarbeitet…`,
};
