import { ELS, JAN, LUCAS, describeConversations, granted, step, type Conversation } from '../support/conversations';

/** The user trial's defects 3, 4, 7 and 12 (docs: /work/wt/TRIAL.md), each over HTTP, checked in the store. */
const conversations: Conversation[] = [
  // 4: a stop with nothing under way.
  {
    name: "fr: « oublie ça » juste après un accès confirmé ne dit pas que rien n'est enregistré, et l'accès reste",
    manager: 'oneEntity',
    steps: [
      step('donne TCT à 78110324621 à Sainte-Anne', 'confirm'),
      step('oui', null, "C'est enregistré"),
      { text: 'oublie ça', slot: null, says: ["Il n'y a rien en cours à arrêter", 'reste enregistré', '« retire'], never: ["C'est annulé", "rien n'a été enregistré"] },
    ],
    grants: [{ niss: ELS, application: 'TCT_WEB' }],
    audit: [granted(ELS, 'TCT_WEB', 'oneEntity')],
  },
  {
    name: 'en: "forget it, never mind" right after a confirmed grant says it stays recorded',
    locale: 'en-US',
    manager: 'oneEntity',
    steps: [
      step('give TCT to 78110324621 at Sainte-Anne', 'confirm'),
      step('yes', null, 'Recorded for'),
      { text: 'forget it, never mind', slot: null, says: ['nothing under way to stop', 'stays recorded'], never: ['Cancelled', 'nothing has been recorded'] },
    ],
    grants: [{ niss: ELS, application: 'TCT_WEB' }],
    audit: [granted(ELS, 'TCT_WEB', 'oneEntity')],
  },
  {
    name: 'nl: "annuleren" zonder lopende aanvraag zegt dat er niets bezig is',
    locale: 'nl-BE',
    steps: [{ text: 'annuleren', slot: null, says: ['Er is niets bezig om te stoppen'], never: ['Geannuleerd'] }],
    grants: [],
    audit: [],
  },
  // 12: "où en est-on ?" at the summary, and the name given.
  {
    name: "fr: « où en est-on ? » au résumé ne le montre qu'une fois",
    steps: [
      step('donne eBirth à 01091504506 à Sainte-Anne', 'confirm'),
      { text: 'où en est-on ?', slot: 'confirm', says: ['résumé ci-dessous'], never: ["Voici ce que j'ai jusqu'ici"] },
      step('oui', null, "C'est enregistré"),
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
    audit: [granted(LUCAS, 'EBIRTH')],
  },
  {
    name: 'fr: « où en est-on ? » après un nom donné montre ce nom, pas « — »',
    steps: [
      step('donne Hospiliss à Paul Lebrun à IRIS', 'niss'),
      { text: 'où en est-on ?', slot: 'niss', says: ['Personne : Paul Lebrun'], never: ['Personne : —'] },
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'en: "where are we?" at the summary shows it once',
    locale: 'en-US',
    steps: [
      step('give eBirth to 01091504506 at Sainte-Anne', 'confirm'),
      { text: 'where are we?', slot: 'confirm', says: ['summary below'], never: ['Here is what I have so far'] },
    ],
    grants: [],
    audit: [],
  },
  // 7: a list asked mid-grant, and answers meant for the paused grant.
  {
    name: 'nl: een lijst midden in een aanvraag is die van de entiteit van de aanvraag, zonder te vragen welke',
    locale: 'nl-BE',
    steps: [
      step('geef TCT aan Paul Lebrun in IRIS Sud', 'niss'),
      { text: 'lijst van gebruikers', slot: 'niss', says: ['Hôpitaux IRIS Sud'], never: ['Voor welke entiteit?'] },
      // The NISS is not Paul Lebrun's: Sésame asks whether it is the right person before anything else.
      step('90041212377', 'confirmPerson', 'Jan Peeters'),
      step('ja', 'confirm'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
  },
  {
    name: 'en: at a side question, an answer meant for the paused grant gets the question explained and the way out, and "cancel" goes back to it',
    locale: 'en-US',
    steps: [
      step('give TCT to Paul Lebrun', 'entity'),
      step('list the users', 'people.entity'),
      { text: 'yes', slot: 'people.entity', says: ['I am asking for the entity of this request', '"cancel" stops this question'], never: ['I did not recognise this choice'] },
      { text: 'help', slot: 'people.entity', says: ['I am asking for the entity of this request', 'for example "1"'] },
      step('cancel', 'entity'),
      step('IRIS', 'niss'),
      step('90041212377', 'confirmPerson', 'Jan Peeters'),
      step('yes', 'confirm'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
  },
  {
    name: "fr: trois réponses inutilisables à une question d'une liste : la question expliquée et la sortie, jamais trois fois la même phrase",
    steps: [
      step('liste les utilisateurs', 'people.entity'),
      step('zorglub', 'people.entity', "Je n'ai pas reconnu ce choix"),
      step('truc', 'people.entity', "Je n'ai pas reconnu ce choix"),
      { text: 'machin', slot: 'people.entity', says: ["Je vous demande l'entité de cette demande", '« annuler » arrête ceci'], never: ["Je n'ai pas reconnu ce choix"] },
      step('Sainte-Anne', null, 'Clinique Sainte-Anne Saint-Remi'),
    ],
    grants: [],
  },

  // 3: "only X, Y stays" at a confirmation.
  {
    name: 'fr: « seulement TCT, HospiSup reste » à la confirmation d\'un retrait ne retire que TCT',
    before: [['donne TCT et HospiSup à 90041212377 à IRIS', 'oui']],
    steps: [
      step('retire TCT et HospiSup à 90041212377', 'people.confirm'),
      { text: 'seulement TCT, HospiSup reste', slot: 'people.confirm', says: ['je ne retire que', 'HospiSup reste tel quel'] },
      step('oui', null, 'Cellule Technique via le web'),
    ],
    // The revocation takes effect later: both are still held, and only TCT's revocation (of a grant not yet active: a cancellation) is written.
    grants: [{ niss: JAN, application: 'TCT_WEB' }, { niss: JAN, application: 'HOSPISUP' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: JAN, application: 'TCT_WEB' }],
  },
  {
    name: 'en: "only TCT, eBirth stays" at a grant\'s summary grants TCT alone',
    locale: 'en-US',
    manager: 'oneEntity',
    steps: [
      step('give eBirth and TCT to 01091504506 at Sainte-Anne', 'confirm'),
      { text: 'only TCT, eBirth stays', slot: 'confirm', says: ['I grant only', 'eBirth is left as it is'] },
      step('yes', null, 'Recorded for'),
    ],
    grants: [{ niss: LUCAS, application: 'TCT_WEB' }],
    audit: [granted(LUCAS, 'TCT_WEB', 'oneEntity')],
  },
  {
    name: 'de: „nur TCT, eBirth bleibt“ in der Zusammenfassung erteilt nur TCT',
    locale: 'de-DE',
    manager: 'oneEntity',
    steps: [
      step('gib eBirth und TCT an 01091504506 bei Sainte-Anne', 'confirm'),
      { text: 'nur TCT, eBirth bleibt', slot: 'confirm', says: ['Ich erteile nur', 'eBirth bleibt unverändert'] },
      step('ja', null),
    ],
    grants: [{ niss: LUCAS, application: 'TCT_WEB' }],
  },
];

describeConversations('the trial: stops, lists mid-grant, "only X, Y stays", recaps', ['fr', 'en'], conversations, 1);
