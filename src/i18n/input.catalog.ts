import type { Locale } from '../domain/locale';
import { joinList } from './format';

/**
 * What Sésame says about a message it could not read as sent (too long, too many files, a file
 * it cannot read, an unreadable card click, nothing at all): what was wrong and what to do. The
 * message itself is not read, so nothing in it changes the request in progress; the question
 * waiting is asked again after it. Same typed pattern as catalog.ts: a missing sentence in one
 * language fails tsc.
 */
export interface InputMessageParams {
  textTooLong: { length: number; max: number };
  tooManyAttachments: { count: number; max: number };
  /** The channel takes no files (the web chat). */
  attachmentsNotAccepted: { count: number };
  /** File names as sent; `more` beyond them. */
  attachmentNotRead: { names: string[]; more: number };
  tooManyEntities: { count: number; max: number };
  unreadableValue: void;
  empty: void;
  /** Said before the question asked again: the message changed nothing in it. */
  requestKept: void;
  /** When no question is waiting. */
  whatToWrite: void;
}

export type InputMessageKey = keyof InputMessageParams;
export type InputCatalog = {
  [K in InputMessageKey]: InputMessageParams[K] extends void ? () => string : (p: InputMessageParams[K]) => string;
};
export type InputNotice = {
  [K in InputMessageKey]: InputMessageParams[K] extends void ? { key: K } : { key: K; params: InputMessageParams[K] };
}[InputMessageKey];

const TAG: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
/** "5 210" (fr), "5.210" (nl, de), "5,210" (en). */
const n = (value: number, l: Locale) => new Intl.NumberFormat(TAG[l]).format(value);
const QUOTE: Record<Locale, [string, string]> = { fr: ['« ', ' »'], nl: ['‘', '’'], de: ['„', '“'], en: ['“', '”'] };
const files = (names: string[], more: number, l: Locale, others: (k: number) => string) =>
  joinList([...names.map((name) => `${QUOTE[l][0]}${name}${QUOTE[l][1]}`), ...(more > 0 ? [others(more)] : [])], l);

export const inputMessages: Record<Locale, InputCatalog> = {
  fr: {
    textTooLong: ({ length, max }) =>
      `Votre message est trop long (${n(length, 'fr')} caractères, ${n(max, 'fr')} au plus) : je ne l'ai pas lu. Envoyez-le en plusieurs fois, ou seulement ce qui répond à ma question.`,
    tooManyAttachments: ({ count, max }) =>
      `Votre message a trop de pièces jointes (${n(count, 'fr')}, ${n(max, 'fr')} au plus) : je ne l'ai pas lu. Envoyez-les en plusieurs messages.`,
    attachmentsNotAccepted: () =>
      `Je ne reçois pas de fichier dans cette conversation : je n'ai pas lu ce message. Collez plutôt les numéros nationaux dans le message, un par ligne.`,
    attachmentNotRead: ({ names, more }) =>
      `Je ne sais pas lire ${files(names, more, 'fr', (k) => `${k} autre(s) fichier(s)`)} : je ne lis que des fichiers CSV ou texte envoyés avec le message (une colonne de numéros nationaux). Je n'ai pas lu ce message : renvoyez-le sans ce fichier, ou collez les numéros nationaux dans le message.`,
    tooManyEntities: ({ count, max }) =>
      `Votre message contient trop de mentions ou d'éléments (${n(count, 'fr')}, ${n(max, 'fr')} au plus) : je ne l'ai pas lu. Renvoyez-le avec moins de mentions.`,
    unreadableValue: () => `Je n'ai pas pu lire ce que la carte a envoyé : ce clic n'a rien changé. Répondez en écrivant, ou utilisez la dernière carte que j'ai envoyée.`,
    empty: () => `Votre message est vide : je n'ai rien reçu à lire.`,
    requestKept: () => `Votre demande en cours n'a pas changé.`,
    whatToWrite: () => `Écrivez-moi ce que vous voulez faire, par exemple « donne HospiSup à 85.07.30-033.28 », ou « aide ».`,
  },
  nl: {
    textTooLong: ({ length, max }) =>
      `Uw bericht is te lang (${n(length, 'nl')} tekens, hoogstens ${n(max, 'nl')}): ik heb het niet gelezen. Stuur het in meerdere delen, of alleen wat op mijn vraag antwoordt.`,
    tooManyAttachments: ({ count, max }) =>
      `Uw bericht heeft te veel bijlagen (${n(count, 'nl')}, hoogstens ${n(max, 'nl')}): ik heb het niet gelezen. Stuur ze in meerdere berichten.`,
    attachmentsNotAccepted: () =>
      `In dit gesprek kan ik geen bestanden ontvangen: ik heb dit bericht niet gelezen. Plak de rijksregisternummers liever in het bericht zelf, één per regel.`,
    attachmentNotRead: ({ names, more }) =>
      `Ik kan ${files(names, more, 'nl', (k) => `${k} ander(e) bestand(en)`)} niet lezen: ik lees alleen CSV- of tekstbestanden die met het bericht worden meegestuurd (een kolom rijksregisternummers). Ik heb dit bericht niet gelezen: stuur het opnieuw zonder dat bestand, of plak de rijksregisternummers in het bericht.`,
    tooManyEntities: ({ count, max }) =>
      `Uw bericht bevat te veel vermeldingen of elementen (${n(count, 'nl')}, hoogstens ${n(max, 'nl')}): ik heb het niet gelezen. Stuur het opnieuw met minder vermeldingen.`,
    unreadableValue: () => `Ik kon niet lezen wat de kaart verstuurde: deze klik heeft niets veranderd. Antwoord door te typen, of gebruik de laatste kaart die ik stuurde.`,
    empty: () => `Uw bericht is leeg: ik heb niets ontvangen om te lezen.`,
    requestKept: () => `Uw lopende aanvraag is niet veranderd.`,
    whatToWrite: () => `Schrijf me wat u wilt doen, bijvoorbeeld „geef HospiSup aan 85.07.30-033.28”, of „hulp”.`,
  },
  de: {
    textTooLong: ({ length, max }) =>
      `Ihre Nachricht ist zu lang (${n(length, 'de')} Zeichen, höchstens ${n(max, 'de')}): Ich habe sie nicht gelesen. Senden Sie sie in mehreren Teilen, oder nur das, was meine Frage beantwortet.`,
    tooManyAttachments: ({ count, max }) =>
      `Ihre Nachricht hat zu viele Anhänge (${n(count, 'de')}, höchstens ${n(max, 'de')}): Ich habe sie nicht gelesen. Senden Sie sie in mehreren Nachrichten.`,
    attachmentsNotAccepted: () =>
      `In diesem Chat kann ich keine Dateien empfangen: Ich habe diese Nachricht nicht gelesen. Fügen Sie die Nationalregisternummern lieber in die Nachricht selbst ein, eine pro Zeile.`,
    attachmentNotRead: ({ names, more }) =>
      `Ich kann ${files(names, more, 'de', (k) => `${k} weitere Datei(en)`)} nicht lesen: Ich lese nur CSV- oder Textdateien, die mit der Nachricht gesendet werden (eine Spalte mit Nationalregisternummern). Ich habe diese Nachricht nicht gelesen: Senden Sie sie ohne diese Datei, oder fügen Sie die Nationalregisternummern in die Nachricht ein.`,
    tooManyEntities: ({ count, max }) =>
      `Ihre Nachricht enthält zu viele Erwähnungen oder Elemente (${n(count, 'de')}, höchstens ${n(max, 'de')}): Ich habe sie nicht gelesen. Senden Sie sie mit weniger Erwähnungen.`,
    unreadableValue: () => `Ich konnte nicht lesen, was die Karte gesendet hat: Dieser Klick hat nichts geändert. Antworten Sie schriftlich, oder verwenden Sie die letzte Karte, die ich gesendet habe.`,
    empty: () => `Ihre Nachricht ist leer: Ich habe nichts zum Lesen erhalten.`,
    requestKept: () => `Ihre laufende Anfrage ist unverändert.`,
    whatToWrite: () => `Schreiben Sie mir, was Sie tun möchten, zum Beispiel „gib HospiSup an 85.07.30-033.28“, oder „Hilfe“.`,
  },
  en: {
    textTooLong: ({ length, max }) =>
      `Your message is too long (${n(length, 'en')} characters, ${n(max, 'en')} at most): I have not read it. Send it in several parts, or only what answers my question.`,
    tooManyAttachments: ({ count, max }) =>
      `Your message has too many attachments (${n(count, 'en')}, ${n(max, 'en')} at most): I have not read it. Send them in several messages.`,
    attachmentsNotAccepted: () =>
      `I cannot receive files in this conversation: I have not read this message. Paste the national numbers into the message itself instead, one per line.`,
    attachmentNotRead: ({ names, more }) =>
      `I cannot read ${files(names, more, 'en', (k) => `${k} more file(s)`)}: I only read CSV or text files sent with the message (a column of national numbers). I have not read this message: send it again without that file, or paste the national numbers into the message.`,
    tooManyEntities: ({ count, max }) =>
      `Your message has too many mentions or items (${n(count, 'en')}, ${n(max, 'en')} at most): I have not read it. Send it again with fewer mentions.`,
    unreadableValue: () => `I could not read what the card sent: this click changed nothing. Answer by typing, or use the last card I sent.`,
    empty: () => `Your message is empty: I received nothing to read.`,
    requestKept: () => `Your request in progress has not changed.`,
    whatToWrite: () => `Write what you want to do, for example "give HospiSup to 85.07.30-033.28", or "help".`,
  },
};

export function sayInput(notice: InputNotice, locale: Locale): string {
  const fn = inputMessages[locale][notice.key] as (p?: unknown) => string;
  return fn('params' in notice ? notice.params : undefined);
}
