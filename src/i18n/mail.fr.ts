import type { MailCatalog } from './mail.catalog';
import { formatDateTime } from '../domain/dates';

const L = 'fr';
const at = (t: number) => formatDateTime(t, L);

export const mailFr: MailCatalog = {
  inviteSubject: () => 'Sésame : choisissez votre mot de passe',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Bonjour ${firstName},\n\nUn compte a été créé pour vous (nom d'utilisateur : ${username}). Choisissez votre mot de passe ici :\n\n${link}\n\nCe lien ne sert qu'une fois et expire le ${at(expiresAt)}.\nPersonne ne vous demandera jamais votre mot de passe, ni par e-mail ni par téléphone.\n\nSésame`,
};
