import type { ChannelCatalog, Contact } from './channel.catalog';
import { contactLines } from './format';

const ROLE: Record<Contact['role'], string> = { RAE: 'VZE', CO_RAE: 'Co-VZE' };

export const channelDe: ChannelCatalog = {
  unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
    [
      `Ich kenne Sie noch nicht als Zugangsverwalter: Ich kann daher vorerst nichts für Sie tun.`,
      contacts.length
        ? `Zugangsverwalter werden vom Verantwortlichen für den Zugang der Einrichtung (VZE) oder einem Co-VZE ernannt:\n${contactLines(contacts, more, ROLE, more === 1 ? `und 1 weitere Person` : `und ${more} weitere Personen`)}`
        : helpdesk
          ? `Zugangsverwalter werden vom Verantwortlichen für den Zugang der Einrichtung (VZE) ernannt. Wer das bei Ihnen ist, erfahren Sie bei: ${helpdesk}.`
          : `Zugangsverwalter werden vom Verantwortlichen für den Zugang der Einrichtung (VZE) ernannt: Wenden Sie sich bitte an die IT-Abteilung oder an den Zugangsverantwortlichen Ihres Krankenhauses.`,
      contacts.length && helpdesk ? `Sie können sich auch wenden an: ${helpdesk}.` : '',
      identifier ? `Geben Sie ihnen diese Kennung, damit sie Sie registrieren: ${identifier}` : '',
    ].filter(Boolean).join('\n\n'),
  groupWelcome: () =>
    `Guten Tag zusammen, ich bin Sésame: Ich gebe Zugang zu den gesicherten Anwendungen der sozialen Sicherheit. Erwähnen Sie mich (@Sésame), um zu beginnen. Sobald persönliche Daten nötig sind (Nationalregisternummer, Name), mache ich im privaten Chat mit der Person weiter, die mich angesprochen hat.`,
  movedToPersonal: ({ name }) =>
    `${name}, ich mache in unserem privaten Chat weiter: Persönliche Daten (Nationalregisternummern…) werden in einer Gruppe nicht angezeigt.`,
  personalChatNeeded: ({ name }) =>
    `${name}, öffnen Sie bitte einen privaten Chat mit mir (Sésame in Ihren Apps, oder klicken Sie auf meinen Namen und dann auf „Chat“): Persönliche Daten werden in einer Gruppe nicht angezeigt.`,
  continuedFromGroup: () => `(Fortsetzung des Gruppengesprächs.)`,
};
