import type { ChannelCatalog, Contact } from './channel.catalog';
import { contactLines } from './format';

const ROLE: Record<Contact['role'], string> = { RAE: 'VTE', CO_RAE: 'Co-VTE' };

export const channelNl: ChannelCatalog = {
  unknownPerson: ({ contacts, more, helpdesk, identifier }) =>
    [
      `Ik ken u nog niet als toegangsbeheerder: ik kan dus voorlopig niets voor u doen.`,
      contacts.length
        ? `Toegangsbeheerders worden aangesteld door de hoofdtoegangsbeheerder (Verantwoordelijke Toegangen Entiteit, VTE) of een Co-VTE van hun entiteit:\n${contactLines(contacts, more, ROLE, more === 1 ? `en 1 andere persoon` : `en ${more} andere personen`)}`
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
};
