import { JAN, describeConversations, granted, inLocale, step, type Conversation } from '../support/conversations';

/**
 * Trial 5, defect D: "Kan X ook TCT krijgen?", "peut-il aussi avoir …", "kann … auch … bekommen?", "can X get … too?"
 * asks that X receive it: a request, whose summary the yes confirms (the trial answered a status and lost the yes).
 */
const conversations: Conversation[] = [
  inLocale('fr-BE')({
    name: 'fr: « Est-ce que Jan Peeters peut aussi avoir eBirth ? » : le résumé, et le oui donne eBirth',
    steps: [step('Est-ce que Jan Peeters peut aussi avoir eBirth ? Il est à IRIS Sud.', 'confirm', 'Jan Peeters', 'eBirth'), step('oui', null)],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  }),
  inLocale('nl-BE')({
    name: 'nl: „Kan Jan Peeters ook TCT krijgen in IRIS Sud?”: de samenvatting, en ja geeft TCT',
    steps: [step('Kan Jan Peeters ook TCT krijgen in IRIS Sud?', 'confirm', 'Jan Peeters'), step('ja', null)],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    audit: [granted(JAN, 'TCT_WEB')],
  }),
  inLocale('de-BE')({
    name: 'de: „Kann Jan Peeters auch eBirth bekommen?“: ein Antrag, in IRIS Sud, seiner Einrichtung (gesagt); abbrechen speichert nichts',
    steps: [{ text: 'Kann Jan Peeters auch eBirth bekommen?', slot: 'confirm', says: ['Einrichtung: Hôpitaux IRIS Sud'], never: ['kein Zugang'] }, step('abbrechen', null)],
    grants: [],
    audit: [],
  }),
  inLocale('en-GB')({
    name: 'en: "Can Jan Peeters get eBirth too?": the summary, and yes gives eBirth',
    steps: [step('Can Jan Peeters get eBirth too? He is at IRIS Sud', 'confirm', 'Jan Peeters', 'eBirth'), step('yes', null)],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  }),
];

describeConversations('asking that someone receive an access is a request', ['fr', 'nl', 'de', 'en'], conversations, 1);
