import type { MailCatalog } from './mail.catalog';
import { formatDateTime } from '../domain/dates';

const L = 'de';
const at = (t: number) => formatDateTime(t, L);

export const mailDe: MailCatalog = {
  inviteSubject: () => 'Sésame: Wählen Sie Ihr Passwort',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Guten Tag ${firstName},\n\nfür Sie wurde ein Konto angelegt (Benutzername: ${username}). Wählen Sie hier Ihr Passwort:\n\n${link}\n\nDieser Link funktioniert nur einmal und läuft am ${at(expiresAt)} ab.\nNiemand wird Sie je nach Ihrem Passwort fragen, weder per E-Mail noch per Telefon.\n\nSésame`,
};
