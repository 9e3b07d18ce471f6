import { describeConversations, inBothEntities, inLocale, MARIE, JAN, step, type Conversation } from '../support/conversations';

/**
 * Trial 4 over HTTP, checked in the store: a question about what the request's person holds, after a
 * filler ("hold on", "attends", "Moment"), is answered and never replaces the application asked; a change of
 * mind stops; a question about Sésame or the portal is answered and the question waiting is asked again.
 */
const fr: Conversation[] = [
  {
    name: 'fr: "attends, est-ce qu\'elle a déjà Hospiliss ?" at the summary answers, and "oui" grants eBirth alone',
    steps: [
      step('donne eBirth à 85073003328 pour IRIS Sud', 'confirm', 'eBirth'),
      { text: "attends, est-ce qu'elle a déjà Hospiliss ?", slot: 'confirm', says: ['Hospiliss'], never: ['remplace'] },
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'fr: "au fait, ça prend combien de temps ?" and "c\'est quoi déjà TCT ?" are answered, the summary asked again',
    steps: [
      step('donne eBirth à 85073003328 pour IRIS Sud', 'confirm', 'eBirth'),
      step('au fait, ça prend combien de temps pour être actif ?', 'confirm', '20 minutes', 'Puis-je confirmer ?'),
      { text: "c'est quoi déjà TCT ?", slot: 'confirm', says: ['« Cellule Technique via le web »'], never: ['remplace'] },
      step('finalement non, j\'attends', null, 'annulé'),
      { text: 'oui', slot: null, never: ["C'est enregistré"] },
    ],
    grants: [],
  },
  {
    name: 'fr: "combien de temps ça prend ?" at a removal\'s confirmation is answered, and the confirmation asked again',
    steps: [
      step(`retire ${JAN} de Hôpitaux IRIS Sud`, 'people.confirm'),
      step('combien de temps ça prend ?', 'people.confirm', '20 minutes'),
      step('non', null),
    ],
    grants: [],
  },
  {
    name: 'fr: "si en fait vas-y, donne-lui TCT" right after a cancel takes up its person and entity, said, on a summary to confirm',
    steps: [
      step('donne eBirth à 85073003328 pour IRIS Sud', 'confirm', 'eBirth'),
      step('finalement non, laisse tomber', null, 'annulé'),
      step('si en fait vas-y, donne-lui TCT', 'confirm', "Je reprends la demande que vous venez d'annuler : Dr Marie Dupont, Hôpitaux IRIS Sud.", 'Cellule Technique via le web'),
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'TCT_WEB' }],
  },
  {
    name: 'fr: "euh attends, il a quels accès ?" at a removal\'s confirmation says what he holds; the confirmation waits, and "non" removes nobody',
    steps: [
      step(`retire ${JAN} de Hôpitaux IRIS Sud`, 'people.confirm'),
      { text: 'euh attends, il a quels accès ?', slot: 'people.confirm', says: [/Jan Peeters/], never: ['Répondez'] },
      step('non', null),
    ],
    grants: [],
  },
];
const nl: Conversation[] = [
  {
    name: 'nl: "eigenlijk toch niet, ik wacht nog even" at the summary cancels; the "ja" after it grants nothing',
    steps: [
      step('geef eBirth aan 85073003328 in IRIS', 'confirm', 'eBirth'),
      step('eigenlijk toch niet, ik wacht nog even', null),
      { text: 'ja', slot: null, never: ['Het is geregistreerd'] },
    ],
    grants: [],
  },
  {
    name: 'nl: "voor welke entiteiten ben ik eigenlijk beheerder?" at the entity question lists them, and asks again',
    // Marie Dupont is made a user of both entities: otherwise the request goes to IRIS Sud, hers, and no entity is asked.
    setup: inBothEntities(MARIE),
    steps: [
      step('geef eBirth aan 85073003328', 'entity'),
      step('voor welke entiteiten ben ik eigenlijk beheerder?', 'entity', 'Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi'),
      step('wacht even, heeft ze al TCT?', 'entity'),
      step('IRIS', 'confirm', 'eBirth'),
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'nl: "ok, dan zonder datum" at the entity question drops the dates said, and the entity is asked again',
    // Marie Dupont is made a user of both entities: otherwise the request goes to IRIS Sud, hers, and no entity is asked.
    setup: inBothEntities(MARIE),
    steps: [
      step('geef Chapter IV aan 85073003328 vanaf 1 oktober tot 1 november', 'entity'),
      step('ok, dan zonder datum', 'entity', 'geen datum'),
      // Chapter IV is in the activated hospital qualité and the INAMI one, not activated: the activated one is taken.
      { text: 'IRIS', slot: 'confirm', says: ['de enige geactiveerde hoedanigheid'], never: ['01-10-2027'] },
      step('annuleren', null),
    ],
    grants: [],
  },
].map(inLocale('nl-BE'));
const de: Conversation[] = [
  {
    name: 'de: "wie lange dauert das eigentlich?" and "Moment, hat sie schon TCT?" at the summary change nothing; "ja" grants eBirth',
    steps: [
      step('gib eBirth an 85073003328 in IRIS', 'confirm', 'eBirth'),
      step('wie lange dauert das eigentlich?', 'confirm', '20 Minuten'),
      { text: 'Moment, hat sie schon TCT?', slot: 'confirm', says: ['Technische Zelle über das Web'], never: ['ersetzt'] },
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'de: "wie lege ich einen neuen Benutzer im Portal an?" with nothing open is the portal\'s how-to; "lieber doch nicht" stops a request',
    steps: [
      step('wie lege ich einen neuen Benutzer im Portal an?', null, '„Einen Benutzer hinzufügen“'),
      step('gib eBirth an 85073003328 in IRIS', 'confirm', 'eBirth'),
      step('lieber doch nicht, ich warte noch', null),
      { text: 'ja', slot: null, never: ['registriert'] },
    ],
    grants: [],
  },
].map(inLocale('de-BE'));
const en: Conversation[] = [
  {
    name: 'en: "hold on, does she have TCT already?" at the summary answers; "yes" grants eBirth, never TCT',
    steps: [
      step('give eBirth to 85073003328 at IRIS Sud', 'confirm', 'eBirth'),
      { text: 'hold on, does she have TCT already?', slot: 'confirm', says: ['Technical Cell via the web'], never: ['replaces'] },
      step('yes', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'en: at "Is this the right person?", "wait, does he already have HospiSup?", "what applications can I give?" and "how do I designate a co-manager on the portal?" are answered mid-request; "actually no, let\'s wait" stops',
    steps: [
      step(`give Hospiliss to ${JAN} at IRIS Sud`, 'confirmPerson'),
      { text: 'wait, does he already have HospiSup?', slot: 'confirmPerson', says: ['HospiSup'], never: ['replaces'] },
      step('what applications can I give?', 'confirmPerson', 'Colindos', 'HospiSup'),
      step('how do I designate a co-manager on the portal?', 'confirmPerson', 'Main Access Manager'),
      step("actually no, let's wait", null),
    ],
    grants: [],
  },
  {
    name: 'en: "actually go ahead, give her eBirth" after "actually no, let\'s wait" takes the request up again; nothing before "yes"',
    steps: [
      step('give eBirth to 85073003328 at IRIS Sud', 'confirm', 'eBirth'),
      step("actually no, let's wait", null),
      { text: 'actually go ahead, give her eBirth', slot: 'confirm', says: ['I am taking up the request you just cancelled: Dr Marie Dupont, Hôpitaux IRIS Sud.'], never: ['recorded:'] },
      step('yes', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'en: "hold on, does he already have Hospiliss?" at a removal\'s confirmation is answered; "no" removes nobody',
    steps: [
      step(`remove ${JAN} from Hôpitaux IRIS Sud`, 'people.confirm'),
      { text: 'hold on, does he already have Hospiliss?', slot: 'people.confirm', says: ['Jan Peeters (NISS 90.04.12-123.77)', /Hospiliss: (?:no access|active|pending)/, 'Shall I confirm?'], never: ['yes or no'] },
      step('no', null),
    ],
    grants: [],
  },
].map(inLocale('en-GB'));

describeConversations('Trial 4: held questions, changes of mind, questions in passing', ['fr', 'nl', 'de', 'en'], [...fr, ...nl, ...de, ...en], 2);
