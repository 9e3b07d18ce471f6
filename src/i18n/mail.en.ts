import type { MailCatalog } from './mail.catalog';
import { formatDateTime } from '../domain/dates';

const L = 'en';
const at = (t: number) => formatDateTime(t, L);

export const mailEn: MailCatalog = {
  inviteSubject: () => 'Sésame: choose your password',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Hello ${firstName},\n\nAn account was created for you (username: ${username}). Choose your password here:\n\n${link}\n\nThis link works once and expires on ${at(expiresAt)}.\nNobody will ever ask you for your password, by e-mail or by phone.\n\nSésame`,
};
