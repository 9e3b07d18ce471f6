import { ELS, JAN, LUCAS, describeConversations, granted, inLocale, step, type Conversation, type TurnStep } from '../support/conversations';

/**
 * Trial 8, defects G, I and F, over HTTP against the store: a place, an application, a date named in lower case or in
 * everyday words is said back or used, never dropped; "why can't X get in" in everyday words is a diagnosis, never a
 * grant, and the diagnosis says a password not chosen yet before an access still to become active.
 */
/** The next 15 January, as "vanaf half januari" reads it (on the server's clock, in Brussels). */
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
const MID_JANUARY = `${Number(today.slice(0, 4)) + (today.slice(5) > '01-15' ? 1 : 0)}-01-15`;
const never = (s: TurnStep, ...words: string[]): TurnStep => ({ ...s, never: words });

const conversations: Conversation[] = [
  inLocale('de-BE')({
    name: 'de: „im marienhospital“ wird genannt, nicht ersetzt; „ah nein, iris sud natürlich“ wählt IRIS Sud',
    steps: [
      step('tct für jan peeters im marienhospital bitte', 'entity', '„marienhospital“'),
      step('ah nein, iris sud natürlich', 'confirm', 'Jan Peeters'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    audit: [granted(JAN, 'TCT_WEB')],
  }),
  inLocale('de-BE')({
    name: 'de: „beschwert sich, er kommt nicht in colindos, woran liegt das?“ ist eine Diagnose, kein Antrag',
    steps: [never(step('jan peeters beschwert sich, er kommt nicht in colindos, woran liegt das?', null, 'Jan Peeters'), 'Ist das die richtige Person', 'Eigenschaft')],
    grants: [],
    audit: [],
  }),
  inLocale('de-BE')({
    name: 'de: „kann nathalie dubois zugangsverwalterin für sainte-anne werden?“ behält Sainte-Anne und die Person',
    steps: [
      // The person named is a user of Sainte-Anne: found at once, the summary names her and the entity.
      never(step('kann nathalie dubois zugangsverwalterin für sainte-anne werden?', 'people.confirm', 'Nathalie Dubois', 'Clinique Sainte-Anne Saint-Remi'), 'Für welche Einrichtung'),
      step('nein', null),
    ],
    grants: [],
  }),
  inLocale('de-BE')({
    name: 'de: „entfernen sie jan peeters aus dem marienhospital“ nennt das Marienhospital, bevor etwas gefragt wird; nichts wird entfernt',
    steps: [
      step('entfernen sie jan peeters aus dem marienhospital', 'people.confirm', 'Eine Einrichtung „marienhospital“ kenne ich nicht', 'Hôpitaux IRIS Sud'),
      step('nein', null),
    ],
    grants: [],
    audit: [],
  }),
  inLocale('en-BE')({
    name: 'en: "export the users of mercy hospital" names mercy hospital, then asks which entity',
    steps: [step('export the users of mercy hospital to excel', 'people.entity', 'I know no entity “mercy hospital”')],
    grants: [],
  }),
  inLocale('nl-BE')({
    name: 'nl: "waarom kan lucas mertens niet inloggen op ebirth?" zegt dat hij nog geen wachtwoord koos, en wanneer de toegang actief wordt',
    before: [['donne eBirth à 01091504506 à Sainte-Anne', 'oui']],
    steps: [step('waarom kan lucas mertens niet inloggen op ebirth?', null, 'heeft nog geen wachtwoord gekozen', 'wordt actief op')],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
    audit: [],
  }),
  inLocale('nl-BE')({
    name: 'nl: "krijgt hospisup niet open, wat is er mis?" is een diagnose; "vanaf half januari" wordt gelezen en gezegd',
    steps: [
      never(step('jan peeters krijgt hospisup niet open, wat is er mis?', null, 'Jan Peeters'), 'Is dat de juiste persoon', 'hoedanigheid'),
      step('colindos voor els janssens in sainte-anne, medewerkster van de apotheker, vanaf half januari', 'confirm', 'half januari', `15-01-${MID_JANUARY.slice(0, 4)}`),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: MID_JANUARY, endDate: null }],
  }),
  inLocale('en-BE')({
    name: 'en: "at mercy hospital" is named back, then the entity chosen is used',
    steps: [
      step('ok then tct for els janssens at mercy hospital', 'entity', 'mercy hospital', 'Which entity'),
      step('sainte-anne', 'confirm', 'Els Janssens'),
      step('yes', null),
    ],
    grants: [{ niss: ELS, application: 'TCT_WEB' }],
    audit: [granted(ELS, 'TCT_WEB')],
  }),
  inLocale('en-BE')({
    name: 'en: "cant open hospisup, any idea whats wrong?" is a diagnosis, never a grant',
    steps: [never(step('jan peeters cant open hospisup, any idea whats wrong?', null, 'Jan Peeters'), 'Confirm', 'Is this the right person')],
    grants: [],
    audit: [],
  }),
  inLocale('fr-BE')({
    name: 'fr: « donnez medimed au niss … » nomme medimed et ne prend pas « niss » pour un nom',
    steps: [never(step('donnez medimed au niss 85073003328 svp', 'quality', 'Je ne trouve pas « medimed »'), 'NISS de niss', "n'est pas celui de niss")],
    grants: [],
    audit: [],
  }),
  inLocale('fr-BE')({
    name: "fr: « un fichier excel avec tous les gens d'iris sud » est l'export d'IRIS Sud, sans demander l'entité",
    steps: [never(step("tu peux me sortir un fichier excel avec tous les gens d'iris sud ?", null), 'Pour quelle entité')],
    grants: [],
  }),
];

describeConversations('named things never dropped; why someone cannot get in (trial 8, G, I, F)', ['fr', 'nl', 'de', 'en'], conversations, 1);
