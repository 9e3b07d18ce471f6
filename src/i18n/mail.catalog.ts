import type { CatalogOf, NoticeOf } from './types';

/** The invitation mail (src/mail/invitation-sender.ts): plain text, never Markdown. */
export interface MailMessageParams {
  inviteSubject: void;
  inviteBody: { firstName: string; username: string; link: string; expiresAt: number };
}

export type MailCatalog = CatalogOf<MailMessageParams>;
export type MailNotice = NoticeOf<MailMessageParams>;
