import type { InputCatalog } from './input.catalog';
import { countOf, formatNumber, quotedList } from './format';

const L = 'de';

export const inputDe: InputCatalog = {
  textTooLong: ({ length, max }) =>
    `Ihre Nachricht ist zu lang (${formatNumber(length, L)} Zeichen, höchstens ${formatNumber(max, L)}): Ich habe sie nicht gelesen. Senden Sie sie in mehreren Teilen, oder nur das, was meine Frage beantwortet.`,
  tooManyAttachments: ({ count, max }) =>
    `Ihre Nachricht hat zu viele Anhänge (${formatNumber(count, L)}, höchstens ${formatNumber(max, L)}): Ich habe sie nicht gelesen. Senden Sie sie in mehreren Nachrichten.`,
  attachmentsNotAccepted: () =>
    `In diesem Chat kann ich keine Dateien empfangen: Ich habe diese Nachricht nicht gelesen. Fügen Sie die Nationalregisternummern lieber in die Nachricht selbst ein, eine pro Zeile.`,
  attachmentNotRead: ({ names, more }) =>
    `Ich kann ${quotedList(names, more, L, (k) => countOf(k, L, 'weitere Datei', 'weitere Dateien'))} nicht lesen: Ich lese nur CSV- oder Textdateien, die mit der Nachricht gesendet werden (eine Spalte mit Nationalregisternummern). Ich habe diese Nachricht nicht gelesen: Senden Sie sie ohne diese Datei, oder fügen Sie die Nationalregisternummern in die Nachricht ein.`,
  tooManyEntities: ({ count, max }) =>
    `Ihre Nachricht enthält zu viele Erwähnungen oder Elemente (${formatNumber(count, L)}, höchstens ${formatNumber(max, L)}): Ich habe sie nicht gelesen. Senden Sie sie mit weniger Erwähnungen.`,
  unreadableValue: () => `Ich konnte nicht lesen, was die Karte gesendet hat: Dieser Klick hat nichts geändert. Antworten Sie schriftlich, oder verwenden Sie die letzte Karte, die ich gesendet habe.`,
  empty: () => `Ihre Nachricht ist leer: Ich habe nichts zum Lesen erhalten.`,
  requestKept: () => `Ihre laufende Anfrage ist unverändert.`,
  whatToWrite: () => `Schreiben Sie mir, was Sie tun möchten, zum Beispiel „geben Sie HospiSup an 80.05.15-123.75“, oder „Hilfe“.`,
};
