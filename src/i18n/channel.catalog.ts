import type { Locale } from '../domain/locale';
import { bullet } from './format';

/** Someone who can have a person registered as an access manager. */
export interface Contact {
  name: string;
  role: 'RAE' | 'CO_RAE';
  entity: string;
}

/**
 * What Sésame says about the channel itself (who it knows, group chats, personal chats), apart
 * from the dialogs. Same typed pattern as catalog.ts: a missing sentence in one language fails tsc.
 */
export interface ChannelMessageParams {
  /**
   * A person Sésame does not know; `contacts` are the RAE / Co-RAE of the entities that vouch for
   * them (often none), `helpdesk` is SESAME_HELPDESK; `identifier` is what an administrator
   * registers (omitted in groups).
   */
  unknownPerson: { contacts: Contact[]; more: number; helpdesk: string | null; identifier: string | null };
  /** Sésame was added to a group chat or a team. */
  groupWelcome: void;
  /** In the group, to the manager who mentioned Sésame; `name` is their display name. */
  movedToPersonal: { name: string };
  /** In the group, when no personal chat could be opened. */
  personalChatNeeded: { name: string };
  /** First line in the personal chat when a conversation comes from a group. */
  continuedFromGroup: void;
}

export type ChannelMessageKey = keyof ChannelMessageParams;
export type ChannelCatalog = {
  [K in ChannelMessageKey]: ChannelMessageParams[K] extends void ? () => string : (p: ChannelMessageParams[K]) => string;
};
export type ChannelNotice = {
  [K in ChannelMessageKey]: ChannelMessageParams[K] extends void ? { key: K } : { key: K; params: ChannelMessageParams[K] };
}[ChannelMessageKey];

const ROLE: Record<Locale, Record<Contact['role'], string>> = {
  fr: { RAE: 'RAE', CO_RAE: 'Co-RAE' },
  nl: { RAE: 'VTE', CO_RAE: 'Co-VTE' },
  de: { RAE: 'VZE', CO_RAE: 'Co-VZE' },
  en: { RAE: 'RAE', CO_RAE: 'Co-RAE' },
};

const contactLines = (contacts: Contact[], more: number, l: Locale, andMore: string) =>
  bullet([...contacts.map((c) => `${c.name} (${ROLE[l][c.role]}, ${c.entity})`), ...(more > 0 ? [andMore] : [])]);

export const channelMessages: Record<Locale, ChannelCatalog> = {
  fr: {
    unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
      [
        `Je ne vous connais pas encore comme gestionnaire d'accès : je ne peux donc rien faire pour vous pour l'instant.`,
        contacts.length
          ? `Les gestionnaires d'accès sont désignés par le Responsable Accès Entité (RAE) ou un Co-RAE de leur entité :\n${contactLines(contacts, more, 'fr', `et ${more} autre(s)`)}`
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
  },
  nl: {
    unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
      [
        `Ik ken u nog niet als toegangsbeheerder: ik kan dus voorlopig niets voor u doen.`,
        contacts.length
          ? `Toegangsbeheerders worden aangesteld door de hoofdtoegangsbeheerder (Verantwoordelijke Toegangen Entiteit, VTE) of een Co-VTE van hun entiteit:\n${contactLines(contacts, more, 'nl', `en ${more} andere(n)`)}`
          : helpdesk
            ? `Toegangsbeheerders worden aangesteld door de hoofdtoegangsbeheerder (Verantwoordelijke Toegangen Entiteit, VTE) van hun entiteit. Wie dat bij u is, kunt u navragen bij: ${helpdesk}.`
            : `Toegangsbeheerders worden aangesteld door de hoofdtoegangsbeheerder (Verantwoordelijke Toegangen Entiteit, VTE) van hun entiteit: neem contact op met de IT-dienst of de hoofdtoegangsbeheerder van uw ziekenhuis.`,
        contacts.length && helpdesk ? `U kunt ook contact opnemen met: ${helpdesk}.` : '',
        identifier ? `Geef hun deze identificatie zodat ze u kunnen registreren: ${identifier}` : '',
      ].filter(Boolean).join('\n\n'),
    groupWelcome: () =>
      `Hallo allemaal, ik ben Sésame: ik geef toegang tot de beveiligde toepassingen van de sociale zekerheid. Vermeld mij (@Sésame) om te beginnen. Zodra er persoonsgegevens nodig zijn (rijksregisternummer, naam), ga ik verder in een privégesprek met wie mij aansprak.`,
    movedToPersonal: ({ name }) =>
      `${name}, ik ga verder in ons privégesprek: persoonsgegevens (rijksregisternummers…) worden niet in een groep getoond.`,
    personalChatNeeded: ({ name }) =>
      `${name}, open om verder te gaan een privégesprek met mij (Sésame bij uw apps, of klik op mijn naam en dan op „Chat”): persoonsgegevens worden niet in een groep getoond.`,
    continuedFromGroup: () => `(Vervolg van het groepsgesprek.)`,
  },
  de: {
    unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
      [
        `Ich kenne Sie noch nicht als Zugriffsverwalter: Ich kann daher vorerst nichts für Sie tun.`,
        contacts.length
          ? `Zugriffsverwalter werden vom Verantwortlichen für den Zugriff der Einrichtung (VZE) oder einem Co-VZE ernannt:\n${contactLines(contacts, more, 'de', `und ${more} weitere`)}`
          : helpdesk
            ? `Zugriffsverwalter werden vom Verantwortlichen für den Zugriff der Einrichtung (VZE) ernannt. Wer das bei Ihnen ist, erfahren Sie bei: ${helpdesk}.`
            : `Zugriffsverwalter werden vom Verantwortlichen für den Zugriff der Einrichtung (VZE) ernannt: Wenden Sie sich bitte an die IT-Abteilung oder an den Zugriffsverantwortlichen Ihres Krankenhauses.`,
        contacts.length && helpdesk ? `Sie können sich auch wenden an: ${helpdesk}.` : '',
        identifier ? `Geben Sie ihnen diese Kennung, damit sie Sie registrieren: ${identifier}` : '',
      ].filter(Boolean).join('\n\n'),
    groupWelcome: () =>
      `Guten Tag zusammen, ich bin Sésame: Ich gebe Zugriff auf die gesicherten Anwendungen der sozialen Sicherheit. Erwähnen Sie mich (@Sésame), um zu beginnen. Sobald persönliche Daten nötig sind (Nationalregisternummer, Name), mache ich im privaten Chat mit der Person weiter, die mich angesprochen hat.`,
    movedToPersonal: ({ name }) =>
      `${name}, ich mache in unserem privaten Chat weiter: Persönliche Daten (Nationalregisternummern…) werden in einer Gruppe nicht angezeigt.`,
    personalChatNeeded: ({ name }) =>
      `${name}, öffnen Sie bitte einen privaten Chat mit mir (Sésame in Ihren Apps, oder klicken Sie auf meinen Namen und dann auf „Chat“): Persönliche Daten werden in einer Gruppe nicht angezeigt.`,
    continuedFromGroup: () => `(Fortsetzung des Gruppengesprächs.)`,
  },
  en: {
    unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
      [
        `I do not know you yet as an access manager, so I cannot do anything for you for now.`,
        contacts.length
          ? `Access managers are appointed by the Main Access Manager of their entity (RAE) or a Co-RAE:\n${contactLines(contacts, more, 'en', `and ${more} more`)}`
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
  },
};

export function sayChannel(notice: ChannelNotice, locale: Locale): string {
  const fn = channelMessages[locale][notice.key] as (p?: unknown) => string;
  return fn('params' in notice ? notice.params : undefined);
}
