import { describeConversations, inLocale, MARIE, JAN, step, type Conversation } from '../support/conversations';

/**
 * Trial 7, defect E over HTTP, checked in the store: a how-to question about a portal task gets the portal's steps, or
 * that the procedure has none and what Sésame does, and starts nothing; a grant "for everyone" says that a grant names
 * one person at a time and how to send several, never asks for one NISS as if nothing was said.
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
    name: 'fr: "donne TCT à tout le monde" says a grant names one person and how to send several; their NISS then give one summary for both',
    steps: [
      { text: 'donne TCT à tout le monde', slot: null, says: ['une personne à la fois', 'Cellule Technique via le web pour 85.07.30-033.28, 90.04.12-123.77'], never: ['Quel est le NISS', 'Pour quelle entité'] },
      step(`TCT pour ${MARIE}, ${JAN} à IRIS Sud`, 'people.confirm', 'Marie Dupont', 'Jan Peeters', '2 personnes recevront'),
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'TCT_WEB' }, { niss: JAN, application: 'TCT_WEB' }],
  },
].map(inLocale('fr-BE'));

const de: Conversation[] = [
  {
    name: 'de: "gib bitte allen Mitarbeitern von Sainte-Anne TCT" at a summary: one person at a time, said; the summary waits, "nein" grants nothing',
    steps: [
      step('gib eBirth an 85073003328 bei IRIS Sud', 'confirm', 'eBirth'),
      { text: 'gib bitte allen Mitarbeitern von Sainte-Anne TCT', slot: 'confirm', says: ['eine Person nach der anderen', 'ENSS'], never: ['Ich habe „'] },
      step('nein', null),
    ],
    grants: [],
  },
].map(inLocale('de-DE'));

describeConversations('Trial 7, defect E: how-to questions about the portal, a grant for everyone', ['fr', 'nl', 'de', 'en'], [...nl, ...en, ...fr, ...de], 1);
