import type { ChannelCatalog, Contact } from './channel.catalog';
import { contactLines } from './format';

const ROLE: Record<Contact['role'], string> = { RAE: 'RAE', CO_RAE: 'Co-RAE' };

export const channelEn: ChannelCatalog = {
  unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
    [
      `I do not know you yet as an access manager, so I cannot do anything for you for now.`,
      contacts.length
        ? `Access managers are appointed by the Main Access Manager of their entity (RAE) or a Co-RAE:\n${contactLines(contacts, more, ROLE, more === 1 ? `and 1 more person` : `and ${more} more people`)}`
        : helpdesk
          ? `Access managers are appointed by the Main Access Manager (RAE) of their entity. To find out who that is for you, contact: ${helpdesk}.`
          : `Access managers are appointed by the Main Access Manager (RAE) of their entity: please contact your hospital's IT department or its main access manager.`,
      contacts.length && helpdesk ? `You can also contact: ${helpdesk}.` : '',
      identifier ? `Give them this identifier so they can register you: ${identifier}` : '',
    ].filter(Boolean).join('\n\n'),
  groupWelcome: () =>
    `Hello everyone, I am Sésame: I give access to the secured social security applications. Mention me (@Sésame) to start. As soon as personal data is needed (national number, name), I continue in a personal chat with the person who asked.`,
  movedToPersonal: ({ name }) =>
    `${name}, I am continuing in our personal chat: personal data (national numbers…) is not shown in a group.`,
  personalChatNeeded: ({ name }) =>
    `${name}, to continue, open a personal chat with me (Sésame in your apps, or click my name, then “Chat”): personal data is not shown in a group.`,
  continuedFromGroup: () => `(Continued from the group conversation.)`,
};
