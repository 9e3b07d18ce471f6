import type { InputCatalog } from './input.catalog';
import { countOf, formatNumber, quotedList } from './format';

const L = 'en';

export const inputEn: InputCatalog = {
  textTooLong: ({ length, max }) =>
    `Your message is too long (${formatNumber(length, L)} characters, ${formatNumber(max, L)} at most): I have not read it. Send it in several parts, or only what answers my question.`,
  tooManyAttachments: ({ count, max }) =>
    `Your message has too many attachments (${formatNumber(count, L)}, ${formatNumber(max, L)} at most): I have not read it. Send them in several messages.`,
  attachmentsNotAccepted: () =>
    `I cannot receive files in this conversation: I have not read this message. Paste the national numbers into the message itself instead, one per line.`,
  attachmentNotRead: ({ names, more }) =>
    `I cannot read ${quotedList(names, more, L, (k) => countOf(k, L, 'more file', 'more files'))}: I only read CSV or text files sent with the message (a column of national numbers). I have not read this message: send it again without that file, or paste the national numbers into the message.`,
  tooManyEntities: ({ count, max }) =>
    `Your message has too many mentions or items (${formatNumber(count, L)}, ${formatNumber(max, L)} at most): I have not read it. Send it again with fewer mentions.`,
  unreadableValue: () => `I could not read what the card sent: this click changed nothing. Answer by typing, or use the last card I sent.`,
  empty: () => `Your message is empty: I received nothing to read.`,
  requestKept: () => `Your request in progress has not changed.`,
  whatToWrite: () => `Write what you want to do, for example "give HospiSup to 80.05.15-123.75", or "help".`,
};
