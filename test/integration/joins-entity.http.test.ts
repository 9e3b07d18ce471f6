import { LUCAS, describeConversations, inLocale, step, type Conversation } from '../support/conversations';

/**
 * Trial 5, defect A: a user of one of the manager's entities (Lucas Mertens, Sainte-Anne) granted an access in another
 * (IRIS Sud) becomes a user there too. The summary says so before the yes, in every language; a no records nothing.
 */
const TCT = { niss: LUCAS, application: 'TCT_WEB' };
const conversations: Conversation[] = [
  inLocale('fr-BE')({
    name: "fr: TCT pour Lucas Mertens à IRIS Sud : le résumé dit qu'il sera ajouté à IRIS Sud",
    steps: [
      step('donne TCT à Lucas Mertens à IRIS Sud', 'confirm', 'pas encore utilisateur de cette entité : sera ajouté aux Hôpitaux IRIS Sud'),
      step('oui', null),
    ],
    grants: [TCT],
  }),
  inLocale('nl-BE')({
    name: 'nl: TCT voor Lucas Mertens in IRIS Sud: de samenvatting zegt dat hij wordt toegevoegd; nee registreert niets',
    steps: [
      step('geef TCT aan Lucas Mertens in IRIS Sud', 'confirm', 'nog geen gebruiker van deze entiteit: wordt toegevoegd aan Hôpitaux IRIS Sud'),
      step('nee', null),
    ],
    grants: [],
  }),
  inLocale('de-BE')({
    name: 'de: TCT für Lucas Mertens in IRIS Sud: die Übersicht sagt, dass er hinzugefügt wird',
    steps: [
      step('gib TCT an Lucas Mertens in IRIS Sud', 'confirm', 'noch kein Benutzer dieser Einrichtung: wird zu Hôpitaux IRIS Sud hinzugefügt'),
      step('ja', null),
    ],
    grants: [TCT],
  }),
  inLocale('en-GB')({
    name: 'en: TCT for Lucas Mertens at IRIS Sud: the summary says he will be added; at Sainte-Anne, where he is a user, it does not',
    steps: [
      { text: 'give TCT to Lucas Mertens at Sainte-Anne', slot: 'confirm', says: ['Lucas Mertens'], never: ['not yet a user'] },
      { text: 'cancel', slot: null },
      step('give TCT to Lucas Mertens at IRIS Sud', 'confirm', 'not yet a user of this entity: will be added to Hôpitaux IRIS Sud'),
      step('yes', null),
    ],
    grants: [TCT],
  }),
];

describeConversations('a user of another of the manager\'s entities joins the one granted in, said on the summary', ['fr', 'nl', 'de', 'en'], conversations, 1);
