import { describeConversations, inLocale, MARIE, JAN, step, type Conversation } from '../support/conversations';

/**
 * Trial 7, defect E over HTTP, checked in the store: a how-to question about a portal task gets the portal's steps, or
 * that the procedure has none and what Sésame does, and starts nothing; a grant "for everyone" is the bulk grant of the
 * entity's users, counted and listed before it is confirmed, never a grant that asks one NISS as if nothing was said.
 */
const nl: Conversation[] = [
  {
    name: 'nl: "hoe voeg ik een collega toe aan onze instelling in het portaal?" gets the steps of a new user, no request',
    steps: [
      { text: 'hoe voeg ik een collega toe aan onze instelling in het portaal?', slot: null, says: ['„Een gebruiker toevoegen”', 'INSZ'], never: ['Voor welke toepassing', 'Voor welke entiteit'] },
      { text: 'ja', slot: null, never: ['toegang is gegeven'] },
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'nl: "waar in het portaal beëindig ik een functie?" at a summary: no steps, what Sésame does; the summary waits, "ja" grants eBirth',
    steps: [
      step('geef eBirth aan 85073003328 voor IRIS Sud', 'confirm', 'eBirth'),
      { text: 'waar in het portaal beëindig ik een functie?', slot: 'confirm', says: ['geeft geen stappen', '„Einddatum”', 'beëindig de functie van Jan Peeters'], never: ['Welke hoedanigheid'] },
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
].map(inLocale('nl-BE'));

const en: Conversation[] = [
  {
    name: 'en: "how do I take someone off our entity in the portal?": no steps in the procedure, its "Delete users" button, what Sésame does',
    steps: [{ text: 'how do I take someone off our entity in the portal?', slot: null, says: ['gives no steps', '"Delete users"', 'remove Jan Peeters from Sainte-Anne'], never: ['Which entity', 'Is this the right person'] }],
    grants: [],
    audit: [],
  },
  {
    name: 'en: "how do I give someone access to eBirth?" gets the portal steps for eBirth, and "guide eBirth"',
    steps: [{ text: 'how do I give someone access to eBirth?', slot: null, says: ['tick "eBirth"', '"guide eBirth"'], never: ['Which entity', 'NISS)?'] }],
    grants: [],
    audit: [],
  },
].map(inLocale('en-GB'));

const fr: Conversation[] = [
  {
    name: 'fr: "donne TCT à tout le monde" asks the entity, then lists and counts its users and asks to confirm; "oui" grants each of them',
    steps: [
      { text: 'donne TCT à tout le monde', slot: 'people.entity', says: ['entité'], never: ['NISS'] },
      step('IRIS Sud', 'people.confirm', 'Tous les utilisateurs des Hôpitaux IRIS Sud : 3 personnes.', 'Pieter De Smet', 'Marie Dupont', 'Jan Peeters', '3 personnes recevront', 'Puis-je confirmer ?'),
      step('oui', null),
    ],
    grants: [{ niss: '69060808797', application: 'TCT_WEB' }, { niss: MARIE, application: 'TCT_WEB' }, { niss: JAN, application: 'TCT_WEB' }],
  },
].map(inLocale('fr-BE'));

const de: Conversation[] = [
  {
    name: 'de: "gib bitte allen Mitarbeitern von Sainte-Anne TCT" lists and counts the users of Sainte-Anne and asks to confirm; "nein" grants nothing',
    steps: [
      step('gib bitte allen Mitarbeitern von Sainte-Anne TCT', 'people.confirm', 'Alle Benutzer von ', 'bestätigen'),
      step('nein', null),
    ],
    grants: [],
    audit: [],
  },
].map(inLocale('de-DE'));

describeConversations('Trial 7, defect E: how-to questions about the portal, a grant for everyone', ['fr', 'nl', 'de', 'en'], [...nl, ...en, ...fr, ...de], 1);
