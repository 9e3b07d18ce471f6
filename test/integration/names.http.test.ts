import type { Sesame } from '../../src/app';
import { JAN, MARIE, describeConversations, granted, inBothEntities, step, type AuditRow, type Conversation } from '../support/conversations';

/**
 * People named in a message (a user trial): a surname two users share is asked back as one question (the list), and
 * the answer, by place, first name, full name, number or NISS, picks that person, said by name; a surname in lower
 * case is looked up as a capitalised one; ordinary words are no names; a revocation whose NISS is asked keeps the
 * question open; a NISS given before the entity is said and recapped with the person's name. Over HTTP, in the store.
 */

const AN = '65031212330';
/** A second Peeters, An, at Sainte-Anne (beside the demo's Jan Peeters). */
const AN_PEETERS = (sesame: Sesame) => {
  const { people, catalog } = sesame.store;
  const hospital = catalog.qualitiesOfEntity(catalog.entityByInami('710338-90')!.id).find((q) => q.kind === 'HOSPITAL')!;
  people.insertUser({ niss: AN, username: 'anpeeters', lastName: 'Peeters', firstName: 'An', title: null, language: 'nl', email: 'an.peeters@example.org', localEmail: null }, hospital.id, 'active');
  // Jan Peeters is made a user of both entities: chosen, his entity is asked; An, of Sainte-Anne only, has her request put there.
  inBothEntities(JAN)(sesame);
};
/** An access still pending when taken away: its grant is cancelled. */
const revoked = (niss: string, application: string): AuditRow => ({ action: 'cancelGrant', outcome: 'ok', niss, application });
const LIST = { fr: 'Plusieurs utilisateurs de vos entités', nl: 'Meerdere gebruikers van uw entiteiten', de: 'Mehrere Benutzer Ihrer Einrichtungen', en: 'Several users of your entities' };
const ASK_NISS = { fr: 'Quel est le NISS de la personne', nl: 'Wat is het INSZ', de: 'Wie lautet die ENSS', en: "What is the person's national number" };
/** The list, and no second question beside it. */
const listed = (lang: keyof typeof LIST, text: string) => ({ ...step(text, 'niss', LIST[lang], '65.03.12-123.30', '90.04.12-123.77'), never: [ASK_NISS[lang]] });

const conversations: Conversation[] = [
  // fr
  {
    name: 'fr: « donne eBirth à Peeters » : la liste est la seule question ; « la deuxième » choisit An Peeters, dite et récapitulée par son nom',
    setup: AN_PEETERS,
    steps: [
      listed('fr', 'donne eBirth à Peeters'),
      // An Peeters is a user of Sainte-Anne only: her request goes there, said, and the summary names her.
      step('la deuxième', 'confirm', 'An Peeters (NISS 65.03.12-123.30) : noté.', 'la seule de vos entités où An Peeters est utilisateur'),
      { ...step('où en est-on ?', 'confirm', 'An Peeters'), never: ['Personne : Peeters'] },
      step('oui', null),
    ],
    grants: [{ niss: AN, application: 'EBIRTH' }],
    audit: [granted(AN, 'EBIRTH')],
  },
  {
    name: 'fr: « retire eBirth à peeters » (en minuscules) : la liste, puis « An » continue ce retrait, jamais une nouvelle demande',
    setup: AN_PEETERS,
    before: [[`donne eBirth à ${AN} à Sainte-Anne`, 'oui']],
    steps: [
      { ...step('retire eBirth à peeters', 'people.person', LIST.fr), never: ['Pour quelle entité'] },
      step('An', 'people.confirm', 'An Peeters', 'eBirth'),
      step('oui', null),
    ],
    grants: [{ niss: AN, application: 'EBIRTH' }],
    audit: [revoked(AN, 'EBIRTH')],
  },
  {
    name: "fr: « donne eBirth à quelqu'un à IRIS » ne nomme personne : le NISS est demandé, aucun nom cherché",
    steps: [
      { ...step("donne eBirth à quelqu'un à IRIS Sud", 'niss', ASK_NISS.fr), never: ['Aucun utilisateur', 'quelqu'] },
      step(JAN, 'confirm', 'Jan Peeters'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  },
  {
    name: "fr: « elle n'a plus besoin de HospiSup » : le NISS est demandé et la question reste ouverte ; « la deuxième » n'est pas un NISS, le NISS continue le retrait",
    before: [[`donne HospiSup à ${MARIE} pour IRIS`, 'oui']],
    steps: [
      step("elle n'a plus besoin de HospiSup", 'people.niss', 'il me faut le NISS de la personne'),
      { ...step('la deuxième', 'people.niss', "Ce n'est pas un NISS"), never: ['Pour quelle entité'] },
      step('85.07.30-033.28', 'people.confirm', 'HospiSup'),
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [revoked(MARIE, 'HOSPISUP')],
  },
  // nl
  {
    name: 'nl: „geef eBirth aan peeters” (kleine letters): de lijst als enige vraag; „de eerste” kiest Jan Peeters, bij naam gezegd',
    locale: 'nl-BE',
    setup: AN_PEETERS,
    steps: [
      listed('nl', 'geef eBirth aan peeters'),
      step('de eerste', 'entity', 'Jan Peeters (INSZ 90.04.12-123.77): genoteerd.'),
      { ...step('waar staan we?', 'entity', 'Persoon: Jan Peeters'), never: ['Persoon: peeters'] },
      step('IRIS Sud', 'confirm', 'Jan Peeters'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  },
  {
    name: 'nl: „geef eBirth aan dupuis”: niemand zo genoemd, gezegd; dan het INSZ gevraagd',
    locale: 'nl-BE',
    steps: [
      step('geef eBirth aan dupuis bij IRIS Sud', 'niss', 'Geen gebruiker van uw entiteiten heet dupuis.'),
      step(JAN, 'confirmPerson', 'Jan Peeters'),
      step('annuleer', null),
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'nl: een INSZ op de vraag naar de entiteit: met de naam genoteerd en in het overzicht',
    locale: 'nl-BE',
    setup: inBothEntities(JAN),
    steps: [
      step('geef eBirth', 'entity'),
      { ...step('90.04.12-123.77', 'entity', 'Jan Peeters (INSZ 90.04.12-123.77): genoteerd.'), never: ['INSZ 90.04.12-123.77: genoteerd'] },
      { ...step('waar staan we?', 'entity', 'Persoon: Jan Peeters'), never: ['Persoon: INSZ'] },
      step('IRIS Sud', 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  },
  {
    name: 'nl: „trek HospiSup in” zonder iemand: het INSZ gevraagd, de vraag blijft open en het INSZ zet de intrekking voort',
    locale: 'nl-BE',
    before: [[`donne HospiSup à ${MARIE} pour IRIS`, 'oui']],
    steps: [
      step('trek HospiSup in', 'people.niss'),
      { ...step('2', 'people.niss', 'Dat is geen INSZ'), never: ['Voor welke entiteit'] },
      step(MARIE, 'people.confirm', 'HospiSup'),
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [revoked(MARIE, 'HOSPISUP')],
  },
  // de
  {
    name: 'de: „gib peeters eBirth“: die Liste als einzige Frage; „die zweite“ wählt An Peeters, mit Namen gesagt',
    locale: 'de-BE',
    setup: AN_PEETERS,
    steps: [
      listed('de', 'gib peeters eBirth'),
      step('die zweite', 'confirm', 'An Peeters (ENSS 65.03.12-123.30): notiert.', 'die einzige Ihrer Einrichtungen, in der An Peeters Benutzer ist'),
      step('ja', null),
    ],
    grants: [{ niss: AN, application: 'EBIRTH' }],
    audit: [granted(AN, 'EBIRTH')],
  },
  {
    name: 'de: „gib eBirth an Peeters“, dann die ENSS aus der Liste: gewählt und mit Namen gesagt',
    locale: 'de-BE',
    setup: AN_PEETERS,
    steps: [
      listed('de', 'gib eBirth an Peeters'),
      step('65.03.12-123.30', 'confirm', 'An Peeters (ENSS 65.03.12-123.30): notiert.'),
      step('abbrechen', null),
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'de: „gib ihr eBirth bei IRIS Sud“ nennt niemanden: die ENSS wird gefragt, kein Name gesucht',
    locale: 'de-BE',
    steps: [
      { ...step('gib ihr eBirth bei IRIS Sud', 'niss', ASK_NISS.de), never: ['Kein Benutzer'] },
      step('abbrechen', null),
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'de: „entziehe peeters HospiSup“: die Liste, dann „2“ setzt diesen Entzug fort, nie einen neuen Antrag',
    locale: 'de-BE',
    setup: AN_PEETERS,
    before: [[`donne HospiSup à ${AN} à Sainte-Anne`, 'oui']],
    steps: [
      { ...step('entziehe peeters HospiSup', 'people.person', LIST.de), never: ['Für welche Einrichtung'] },
      step('2', 'people.confirm', 'An Peeters', 'HospiSup'),
      step('ja', null),
    ],
    grants: [{ niss: AN, application: 'HOSPISUP' }],
    audit: [revoked(AN, 'HOSPISUP')],
  },
  // en
  {
    name: 'en: "give HospiSup to peeters" (lower case): the list is the one question; "the second one" picks An Peeters, said by name',
    locale: 'en-GB',
    setup: AN_PEETERS,
    steps: [
      listed('en', 'give HospiSup to peeters'),
      step('the second one', 'confirm', 'An Peeters (NISS 65.03.12-123.30): noted.', 'the only one of your entities where An Peeters is a user'),
      { ...step('recap', 'confirm', 'An Peeters'), never: ['Person: peeters'] },
      step('yes', null),
    ],
    grants: [{ niss: AN, application: 'HOSPISUP' }],
    audit: [granted(AN, 'HOSPISUP')],
  },
  {
    name: 'en: "give eBirth to Peeters", then "An Peeters": that one',
    locale: 'en-GB',
    setup: AN_PEETERS,
    steps: [
      listed('en', 'give eBirth to Peeters'),
      step('An Peeters', 'confirm', 'An Peeters (NISS 65.03.12-123.30): noted.'),
      step('cancel', null),
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'en: "give HospiSup to him at IRIS Sud" names no one: the NISS is asked, no name looked up',
    locale: 'en-GB',
    steps: [
      { ...step('give HospiSup to him at IRIS Sud', 'niss', ASK_NISS.en), never: ['No user of your entities'] },
      step('cancel', null),
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'en: a NISS and "Chapter IV" typed at the entity question are each said as noted, the NISS with its name',
    locale: 'en-GB',
    setup: inBothEntities(JAN),
    steps: [
      step('give access to 90041212377', 'entity'),
      step('Chapter IV', 'entity', 'Chapter IV Agreement Requesting System: noted.'),
      { ...step('recap', 'entity', 'Person: Jan Peeters', 'Chapter IV'), never: ['Person: NISS'] },
      step('cancel', null),
    ],
    grants: [],
    audit: [],
  },
];

describeConversations('people named in a message, over HTTP', ['fr', 'nl', 'de', 'en'], conversations, 4);
