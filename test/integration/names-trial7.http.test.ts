import { ELS, LUCAS, NATHALIE, describeConversations, granted, inLocale, step, type Conversation } from '../support/conversations';

/**
 * Trial 7, defects B and H, over HTTP against the store and the audit log: a first name alone ("hospisup for nathalie",
 * "aan lucas") is the one user so named, said back, never dropped; a name typed wrong ("els jansens", "lucas mertes") is
 * answered with the nearest users as a question, taken only on a yes, in every kind of request; a status question with a
 * pronoun at the summary answers for the request's person and leaves the request as it was, and after a request, a pronoun
 * is the last person talked about.
 */
const fr = inLocale('fr-BE');
const nl = inLocale('nl-BE');
const de = inLocale('de-BE');
const en = inLocale('en-GB');

const ELS_EBIRTH = ['donne eBirth à 78110324621 à Sainte-Anne', 'oui'];
const never = (text: string, slot: string | null, says: string[], not: string[]) => ({ text, slot, says, never: not });

const conversations: Conversation[] = [
  // 1. A first name alone.
  fr({
    name: 'fr: « hospisup pour nathalie à partir du 1er juillet » : Nathalie Dubois, la seule de ce prénom, est dite et reçoit HospiSup',
    steps: [step('hospisup pour nathalie à partir du 1er juillet', 'confirm', 'Dr Nathalie Dubois'), step('oui', null, 'Dr Nathalie Dubois')],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
    audit: [granted(NATHALIE, 'HOSPISUP')],
  }),
  nl({
    name: 'nl: „geef hospisup aan lucas vanaf 1 juli” : Lucas Mertens wordt genoemd en krijgt HospiSup',
    steps: [step('geef hospisup aan lucas vanaf 1 juli', 'confirm', 'Lucas Mertens'), step('ja', null, 'Lucas Mertens')],
    grants: [{ niss: LUCAS, application: 'HOSPISUP' }],
    audit: [granted(LUCAS, 'HOSPISUP')],
  }),
  en({
    name: 'en: "hospisup for nathalie from 1 july": Nathalie Dubois is named, never dropped for the entity question',
    steps: [never('hospisup for nathalie from 1 july', 'confirm', ['Dr Nathalie Dubois'], ['Which entity']), step('yes', null, 'Dr Nathalie Dubois')],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
    audit: [granted(NATHALIE, 'HOSPISUP')],
  }),
  de({
    name: 'de: „warum kann lucas sich nicht anmelden?“ : die Diagnose ist die von Lucas Mertens',
    steps: [step('warum kann lucas sich nicht anmelden?', null, 'Lucas Mertens')],
    grants: [],
    audit: [],
  }),
  // 2. A name typed wrong: the nearest offered as a question, taken on a yes only.
  fr({
    name: 'fr: « pourquoi els jansens ne peut pas ouvrir tct ? » : « Vouliez-vous dire Apr. Els Janssens ? », oui : son diagnostic',
    steps: [
      never('pourquoi els jansens ne peut pas ouvrir tct ?', 'helpdesk.person', ['Vouliez-vous dire Apr. Els Janssens'], ["n'a pas reçu"]),
      step('oui', null, "Apr. Els Janssens n'a pas reçu l'accès à Cellule Technique"),
    ],
    grants: [],
    audit: [],
  }),
  nl({
    name: 'nl: „waarom kan els jansens niet in tct?” : „Bedoelt u Apr. Els Janssens?”, nee: niemand wordt gediagnosticeerd',
    steps: [
      step('waarom kan els jansens niet in tct?', 'helpdesk.person', 'Bedoelt u Apr. Els Janssens'),
      never('nee', null, ['heet Els Jansens'], ['Apr. Els Janssens heeft']),
    ],
    grants: [],
    audit: [],
  }),
  nl({
    name: 'nl: „trek ebirth in bij els jansens” : Els Janssens aangeboden, ja, dan de bevestiging, ja: ingetrokken',
    before: [ELS_EBIRTH],
    steps: [
      step('trek ebirth in bij els jansens', 'people.person', 'Bedoelt u Apr. Els Janssens'),
      step('ja', 'people.confirm', 'Els Janssens', 'eBirth'),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: ELS, application: 'EBIRTH' }],
  }),
  fr({
    name: "fr: « retire ebirth à els jansens » puis « non » : le NISS est demandé, rien n'est retiré",
    before: [ELS_EBIRTH],
    steps: [step('retire ebirth à els jansens', 'people.person', 'Vouliez-vous dire Apr. Els Janssens'), step('non', 'people.niss', 'NISS'), step('annuler', null)],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [],
  }),
  de({
    name: 'de: „entferne lucas mertes aus sainte-anne“ : „Meinten Sie Lucas Mertens?“, ja, dann die Bestätigung; abgebrochen',
    steps: [
      step('entferne lucas mertes aus sainte-anne', 'people.person', 'Meinten Sie Lucas Mertens'),
      step('ja', 'people.confirm', 'Lucas Mertens'),
      step('abbrechen', null),
    ],
    grants: [],
    audit: [],
  }),
  en({
    name: 'en: "what does nathalie dubos have?": "Did you mean Dr Nathalie Dubois?", yes: her access',
    steps: [
      never('what does nathalie dubos have?', null, ['Did you mean Dr Nathalie Dubois'], ['Which entity']),
      step('yes', null, 'Dr Nathalie Dubois (NISS 82.02.21-168.65)'),
    ],
    grants: [],
    audit: [],
  }),
  fr({
    name: "fr: « qu'est-ce qu'a lucas mertes ? » : « Vouliez-vous dire Lucas Mertens ? », non : rien d'autre",
    steps: [step("qu'est-ce qu'a lucas mertes ?", null, 'Vouliez-vous dire Lucas Mertens'), never('non', null, [], ['Lucas Mertens (NISS'])],
    grants: [],
    audit: [],
  }),
  // 3. Pronouns.
  fr({
    name: "fr: au résumé, « elle a quoi comme acces deja ? » dit les accès d'Els Janssens, puis « oui » confirme la demande telle quelle",
    steps: [
      step('donne eBirth à 78110324621 à Sainte-Anne', 'confirm'),
      never('elle a quoi comme acces deja ?', 'confirm', ['Apr. Els Janssens (NISS 78.11.03-246.21)'], ["Je n'ai pas compris"]),
      step('oui', null, 'Apr. Els Janssens'),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [granted(ELS, 'EBIRTH')],
  }),
  fr({
    name: "fr: après une demande, « qu'est-ce qu'elle a maintenant ? » parle de la dernière personne, et « … nathalie ? » de Nathalie Dubois",
    steps: [
      step('donne eBirth à 78110324621 à Sainte-Anne', 'confirm'),
      step('oui', null),
      never("qu'est-ce qu'elle a maintenant ?", null, ['Apr. Els Janssens (NISS 78.11.03-246.21)', 'eBirth'], ['De qui parlez-vous']),
      never("et qu'est ce qu'elle a maintenant nathalie ?", null, ['Dr Nathalie Dubois (NISS 82.02.21-168.65)'], ['De qui parlez-vous']),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [granted(ELS, 'EBIRTH')],
  }),
  de({
    name: 'de: „was hat sie schon?“ ohne vorherige Person: es wird gefragt, um wen es geht',
    steps: [step('was hat sie schon?', null, 'Um wen geht es')],
    grants: [],
    audit: [],
  }),
];

describeConversations('trial 7: first names, near names, pronouns', ['fr', 'nl', 'de', 'en'], conversations, 2);
