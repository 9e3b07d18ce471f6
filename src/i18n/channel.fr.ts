import type { ChannelCatalog, Contact } from './channel.catalog';
import { contactLines } from './format';

const ROLE: Record<Contact['role'], string> = { RAE: 'RAE', CO_RAE: 'Co-RAE' };

export const channelFr: ChannelCatalog = {
  unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
    [
      `Je ne vous connais pas encore comme gestionnaire d'accès : je ne peux donc rien faire pour vous pour l'instant.`,
      contacts.length
        ? `Les gestionnaires d'accès sont désignés par le Responsable Accès Entité (RAE) ou un Co-RAE de leur entité :\n${contactLines(contacts, more, ROLE, more === 1 ? `et 1 autre personne` : `et ${more} autres personnes`)}`
        : helpdesk
          ? `Les gestionnaires d'accès sont désignés par le Responsable Accès Entité (RAE) de leur entité. Pour savoir qui c'est chez vous, adressez-vous à : ${helpdesk}.`
          : `Les gestionnaires d'accès sont désignés par le Responsable Accès Entité (RAE) de leur entité : adressez-vous au service informatique ou au responsable des accès de votre hôpital.`,
      contacts.length && helpdesk ? `Vous pouvez aussi contacter : ${helpdesk}.` : '',
      identifier ? `Donnez-leur cet identifiant pour qu'ils vous enregistrent : ${identifier}` : '',
    ].filter(Boolean).join('\n\n'),
  groupWelcome: () =>
    `Bonjour à tous, je suis Sésame : je donne accès aux applications sécurisées de la sécurité sociale. Mentionnez-moi (@Sésame) pour commencer. Dès qu'il faut des données personnelles (numéro national, nom), je continue en conversation privée avec la personne qui m'a sollicité.`,
  movedToPersonal: ({ name }) =>
    `${name}, je continue dans notre conversation privée : les données personnelles (numéros nationaux…) ne s'affichent pas dans un groupe.`,
  personalChatNeeded: ({ name }) =>
    `${name}, pour continuer, ouvrez une conversation privée avec moi (Sésame dans vos applications, ou cliquez sur mon nom puis « Conversation ») : les données personnelles ne s'affichent pas dans un groupe.`,
  continuedFromGroup: () => `(Suite de la conversation de groupe.)`,
};
