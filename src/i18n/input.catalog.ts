import type { CatalogOf, NoticeOf } from './types';

/**
 * What Sésame says about a message it could not read as sent (too long, too many files, a file
 * it cannot read, an unreadable card click, nothing at all): what was wrong and what to do. The
 * message itself is not read, so nothing in it changes the request in progress; the question
 * waiting is asked again after it. Same typed pattern as grant.catalog.ts: a missing sentence in one
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
export type InputCatalog = CatalogOf<InputMessageParams>;
export type InputNotice = NoticeOf<InputMessageParams>;
