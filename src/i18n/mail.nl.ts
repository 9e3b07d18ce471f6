import type { MailCatalog } from './mail.catalog';
import { formatDateTime } from '../domain/dates';

const L = 'nl';
const at = (t: number) => formatDateTime(t, L);

export const mailNl: MailCatalog = {
  inviteSubject: () => 'Sésame: kies uw wachtwoord',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Dag ${firstName},\n\nEr werd een account voor u aangemaakt (gebruikersnaam: ${username}). Kies hier uw wachtwoord:\n\n${link}\n\nDeze link werkt maar één keer en verloopt op ${at(expiresAt)}.\nNiemand zal u ooit uw wachtwoord vragen, niet per e-mail en niet per telefoon.\n\nSésame`,
};
