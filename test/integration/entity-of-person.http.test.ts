import { ELS, JAN, MARIE, describeConversations, inBothEntities, granted, inDays, inLocale, step, type Conversation } from '../support/conversations';

/**
 * Trial 5, item 10 and defect G, over HTTP against the store:
 * - a manager of two entities who names a person of one of them (by name or NISS), and no entity, gets that entity, said;
 * - a date typed at the entity's question (or any other) is used and said;
 * - Chapter IV at IRIS Sud goes to the activated qualité, said with the one not activated;
 * - a place named that is no entity known ("at Saint-Luc", "in Sint-Jan") is said back, and the entity asked.
 */
const TODAY = inDays(0);
const [y, m, d] = TODAY.split('-');
const today = { fr: `${d}/${m}/${y}`, nl: `${d}-${m}-${y}`, de: `${d}.${m}.${y}`, en: `${d}/${m}/${y}` };
/** Jan Peeters becomes a user of Sainte-Anne too: a person of two of the manager's entities, whose entity is asked. */
const janInBoth = inBothEntities(JAN);
const specialistFromToday = { niss: JAN, function: 'COLLAB_SPECIALIST', startDate: TODAY, endDate: null };

const conversations: Conversation[] = [
  // The entity of the one person named.
  inLocale('fr-BE')({
    name: "fr: HospiSup pour Jan Peeters, sans entité : IRIS Sud, la seule où il est utilisateur, dit et accordé",
    steps: [
      step('donne HospiSup à Jan Peeters', 'confirm', 'Entité : Hôpitaux IRIS Sud (N° INAMI 710087-50), la seule de vos entités où Jan Peeters est utilisateur'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'HOSPISUP')],
  }),
  inLocale('nl-BE')({
    name: 'nl: eBirth voor een INSZ van Sainte-Anne: die entiteit, gezegd, en toegekend',
    steps: [
      step(`geef eBirth aan ${ELS}`, 'confirm', 'Entiteit: Clinique Sainte-Anne Saint-Remi (RIZIV-nummer 710338-90), de enige van uw entiteiten waar Apr. Els Janssens gebruiker is'),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [granted(ELS, 'EBIRTH')],
  }),
  inLocale('de-BE')({
    name: 'de: HospiSup für Jan Peeters ohne Einrichtung: IRIS Sud; „Einrichtung ändern“ fragt sie, Sainte-Anne sagt, dass er hinzugefügt wird; nein',
    steps: [
      step('gib HospiSup an Jan Peeters', 'confirm', 'die einzige Ihrer Einrichtungen, in der Jan Peeters Benutzer ist'),
      step('Einrichtung ändern', 'entity'),
      { text: 'Sainte-Anne', slot: 'confirm', says: ['wird zu Clinique Sainte-Anne Saint-Remi hinzugefügt'], never: ['die einzige Ihrer Einrichtungen'] },
      step('nein', null),
    ],
    grants: [],
    audit: [],
  }),
  inLocale('en-GB')({
    name: 'en: eBirth for Marie Dupont, no entity named: IRIS Sud, said; at Sainte-Anne named, it stays Sainte-Anne',
    steps: [
      step('give eBirth to Marie Dupont', 'confirm', 'the only one of your entities where Dr Marie Dupont is a user'),
      step('yes', null),
      { text: 'give HospiSup to Els Janssens at Sainte-Anne', slot: 'confirm', says: ['Clinique Sainte-Anne Saint-Remi'], never: ['the only one of your entities'] },
      step('cancel', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(MARIE, 'EBIRTH')],
  }),
  inLocale('en-GB')({
    name: 'en: a person of both entities: the entity is asked as before',
    setup: janInBoth,
    steps: [{ text: 'give eBirth to Jan Peeters', slot: 'entity', never: ['the only one of your entities'] }, step('IRIS Sud', 'confirm'), step('yes', null)],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  }),
  // A date typed at the entity's question: used, and said.
  inLocale('fr-BE')({
    name: "fr: une date corrigée à la question de l'entité est dite (« Noté : à partir du … ») et enregistrée",
    setup: janInBoth,
    steps: [
      step("donne Colindos à Jan Peeters, il est collaborateur d'un médecin spécialiste, à partir de demain", 'entity'),
      step("bon, à partir d'aujourd'hui alors", 'entity', `Noté : à partir du ${today.fr}`),
      step('IRIS Sud', 'confirm'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [specialistFromToday],
  }),
  inLocale('nl-BE')({
    name: 'nl: „wacht, vanaf vandaag” bij de vraag naar de entiteit wordt gezegd en geregistreerd',
    setup: janInBoth,
    steps: [
      step('geef Colindos aan Jan Peeters vanaf morgen, hij werkt voor een specialist', 'entity'),
      step('wacht, vanaf vandaag dan', 'entity', `Genoteerd: vanaf ${today.nl}`),
      step('IRIS Sud', 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [specialistFromToday],
  }),
  inLocale('de-BE')({
    name: 'de: „ab heute dann“ bei der Frage nach der Einrichtung wird gesagt; abbrechen schreibt nichts',
    setup: janInBoth,
    steps: [
      step('gib Colindos an Jan Peeters ab morgen, er ist Mitarbeiter eines Facharztes', 'entity'),
      step('ab heute dann', 'entity', `Notiert: ab dem ${today.de}`),
      step('abbrechen', null),
    ],
    grants: [],
  }),
  inLocale('en-GB')({
    name: 'en: "from today then" at the entity question is said (e9), and recorded',
    setup: janInBoth,
    steps: [
      step('give Colindos to Jan Peeters from tomorrow, he assists a specialist', 'entity'),
      step('from today then', 'entity', `Noted: from ${today.en}`),
      step('IRIS Sud', 'confirm'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [specialistFromToday],
  }),
  // e1: Chapter IV at IRIS Sud.
  inLocale('en-GB')({
    name: 'en: Chapter IV for Marie Dupont at IRIS Sud (e1): the activated hospital capacity, said with the one not activated; never asked',
    steps: [
      step('Hi! Could you please give Marie Dupont access to Chapter IV? She works at IRIS Sud.', 'confirm',
        '(the only activated capacity of the entity with these applications; “Health care (NIHDI)” is not activated)'),
      step('yes', null),
    ],
    grants: [{ niss: MARIE, application: 'CHAPTER_IV' }],
    audit: [granted(MARIE, 'CHAPTER_IV')],
  }),
  inLocale('fr-BE')({
    name: 'fr: Chapitre IV pour Jan Peeters à IRIS Sud : la qualité activée, dite',
    steps: [step('donne Chapitre IV à Jan Peeters à IRIS Sud', 'confirm', 'la seule qualité activée de l'), step('non', null)],
    grants: [],
  }),
  // Defect G: a place named that is no entity known.
  inLocale('en-GB')({
    name: 'en: TCT for Jan Peeters at Saint-Luc: Saint-Luc is said unknown, the entity asked (never taken from him), then IRIS Sud granted',
    steps: [
      { text: 'give TCT to Jan Peeters at Saint-Luc', slot: 'entity', says: ['I know no entity "Saint-Luc"', 'Hôpitaux IRIS Sud'], never: ['the only one of your entities'] },
      step('IRIS Sud', 'confirm'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    audit: [granted(JAN, 'TCT_WEB')],
  }),
  inLocale('nl-BE')({
    name: 'nl: TCT voor Jan Peeters in Sint-Jan: Sint-Jan wordt genoemd, de entiteit gevraagd; annuleer',
    steps: [step('geef TCT aan Jan Peeters in Sint-Jan', 'entity', 'Ik ken geen entiteit „Sint-Jan”'), step('annuleer', null)],
    grants: [],
  }),
  inLocale('de-BE')({
    name: 'de: TCT für Jan Peeters bei Saint-Luc: Saint-Luc wird genannt; dann IRIS Sud',
    steps: [step('gib TCT an Jan Peeters bei Saint-Luc', 'entity', 'Eine Einrichtung „Saint-Luc“ kenne ich nicht'), step('IRIS Sud', 'confirm'), step('ja', null)],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
  }),
  inLocale('fr-BE')({
    name: 'fr: TCT pour Jan Peeters à Saint-Luc : Saint-Luc est dit inconnu ; à Sainte-Anne (connue) rien de tel',
    steps: [
      step('donne TCT à Jan Peeters à Saint-Luc', 'entity', 'entité « Saint-Luc »'),
      step('annuler', null),
      { text: 'donne TCT à Jan Peeters à Sainte-Anne', slot: 'confirm', never: ['Je ne connais pas'] },
      step('annuler', null),
    ],
    grants: [],
  }),
];

describeConversations('the entity of the person named, what is said at its question, qualités and places not known (trial 5)', ['fr', 'nl', 'de', 'en'], conversations, 3);
