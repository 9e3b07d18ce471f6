import { dayAfter } from '../../src/domain/dates';
import { ddmmyyyy, describeConversations, granted, inDays, inLocale, JAN, MARIE, ELS, NATHALIE, step, type Conversation } from '../support/conversations';

/**
 * Trial 4's people named (TRIAL4.md items 4 and 5), over HTTP, checked in the store and the audit log: a title and a
 * surname, a polite wording, a lower-case name after "pr"/"fuer"; two people in one sentence (one request each, the
 * second offered once the first is done); a name typed near a user's ("did you mean …?"); a designation's name taken
 * from the request, and "yes" never a name; a collaborator's wording with a person and an application is a grant.
 */
const fr = inLocale('fr-BE');
const nl = inLocale('nl-BE');
const de = inLocale('de-BE');
const en = inLocale('en-GB');
const FN_START = inDays(21);
const FN_END = inDays(60);

const conversations: Conversation[] = [
  fr({
    name: "fr: 'pourriez-vous … à Mme Dupont … s'il vous plaît ?': Marie Dupont trouvée par son nom de famille, jamais le NISS demandé",
    steps: [
      step("Bonjour, pourriez-vous donner l'accès à HospiSup à Mme Dupont à IRIS Sud s'il vous plaît ?", 'confirm', "J'ai trouvé Dr Marie Dupont (NISS 85.07.30-033.28)", '- Application : HospiSup'),
      step('oui', null, "C'est enregistré pour Dr Marie Dupont"),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
  fr({
    name: "fr: 'donne eBirth au Dr Dupont': le Dr nommé est la personne (pas de qui elle est collaboratrice)",
    steps: [
      step('donne eBirth au Dr Dupont à IRIS Sud', 'confirm', "J'ai trouvé Dr Marie Dupont"),
      step('oui', null, "C'est enregistré pour Dr Marie Dupont"),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(MARIE, 'EBIRTH')],
  }),
  fr({
    name: "fr: 'hospisup pr jan peeters iris sud': un nom en minuscules après « pr »",
    steps: [
      step('hospisup pr jan peeters iris sud', 'confirm', "J'ai trouvé Jan Peeters (NISS 90.04.12-123.77)"),
      step('oui', null, "C'est enregistré pour Jan Peeters"),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'HOSPISUP')],
  }),
  fr({
    name: 'fr: deux personnes dans une phrase: une demande chacune, la seconde proposée après la première, avec son propre oui',
    steps: [
      step('donne TCT à Jan Peeters et à Marie Dupont à IRIS Sud', 'confirm',
        'Une demande concerne une seule personne : celle-ci est pour Jan Peeters. Je vous proposerai ensuite la même demande pour Marie Dupont.', 'Utilisateur : Jan Peeters'),
      step('oui', null, "C'est enregistré pour Jan Peeters", 'Voulez-vous maintenant la même demande pour Marie Dupont ? (oui / non)'),
      step('oui', 'confirm', "J'ai trouvé Dr Marie Dupont", 'Utilisateur : Dr Marie Dupont', 'Cellule Technique via le web'),
      step('oui', null, "C'est enregistré pour Dr Marie Dupont"),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }, { niss: MARIE, application: 'TCT_WEB' }],
    audit: [granted(JAN, 'TCT_WEB'), granted(MARIE, 'TCT_WEB')],
  }),
  fr({
    name: "fr: 'marie dupond': personne de ce nom, le nom proche est proposé (écrit tel quel, jamais comme trouvé), un oui le prend",
    steps: [
      step('eBirth pour marie dupond à IRIS Sud', 'niss', "Aucun utilisateur de vos entités ne s'appelle Marie Dupond. Vouliez-vous dire Dr Marie Dupont (85.07.30-033.28) ? Répondez oui, ou donnez son NISS."),
      step('oui', 'confirm', 'Dr Marie Dupont (NISS 85.07.30-033.28) : noté.', 'Utilisateur : Dr Marie Dupont'),
      step('oui', null, "C'est enregistré pour Dr Marie Dupont"),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(MARIE, 'EBIRTH')],
  }),
  nl({
    name: "nl: 'zou u Els Janssens toegang kunnen geven tot Hospiliss': de naam na 'zou u' wordt gezocht en gevonden",
    steps: [
      step('Goeiemorgen, zou u Els Janssens toegang kunnen geven tot Hospiliss in Sainte-Anne?', 'confirmPerson', 'Ik heb Apr. Els Janssens (INSZ 78.11.03-246.21) gevonden'),
      step('ja', 'role'),
      step('apotheker', 'confirm', 'Gebruiker: Apr. Els Janssens'),
      step('ja', null, 'Het is geregistreerd voor Apr. Els Janssens'),
    ],
    grants: [{ niss: ELS, application: 'HOSPILISS' }],
    audit: [granted(ELS, 'HOSPILISS')],
  }),
  nl({
    name: "nl: 'geef eBirth aan Jan Peeters en aan Marie Dupont': Jan eerst, daarna Marie aangeboden en met ja gegeven",
    steps: [
      step('geef eBirth aan Jan Peeters en aan Marie Dupont in IRIS Sud', 'confirm', 'Een aanvraag geldt voor één persoon: deze is voor Jan Peeters. Daarna stel ik dezelfde aanvraag voor Marie Dupont voor.'),
      step('ja', null, 'Het is geregistreerd voor Jan Peeters', 'Wilt u nu dezelfde aanvraag voor Marie Dupont? (ja / nee)'),
      step('ja', 'confirm', 'Gebruiker: Dr Marie Dupont'),
      step('ja', null, 'Het is geregistreerd voor Dr Marie Dupont'),
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }, { niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH'), granted(MARIE, 'EBIRTH')],
  }),
  nl({
    name: "nl: 'Jan Peeters en Marie Dupont hebben allebei eBirth nodig', dan 'nee' voor Marie: gezegd, niets voor haar geschreven",
    steps: [
      step('Jan Peeters en Marie Dupont hebben allebei eBirth nodig in IRIS Sud', 'confirm', 'deze is voor Jan Peeters', 'Gebruiker: Jan Peeters'),
      step('ja', null, 'Wilt u nu dezelfde aanvraag voor Marie Dupont? (ja / nee)'),
      step('nee', null, 'Goed: voor Marie Dupont wordt niets aangevraagd.'),
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  }),
  nl({
    name: "nl: 'aan jan peters', dan 'nee' op 'bedoelt u Jan Peeters?': het INSZ wordt gevraagd, niets aangenomen",
    steps: [
      step('geef HospiSup aan jan peters in IRIS Sud', 'niss', 'Geen gebruiker van uw entiteiten heet Jan Peters. Bedoelt u Jan Peeters (90.04.12-123.77)? Antwoord ja, of geef het INSZ.'),
      step('nee', 'niss', 'Ik heb het INSZ van Jan Peters nodig.'),
      step('laat maar', null),
    ],
    grants: [],
    audit: [],
  }),
  nl({
    name: "nl: 'aan Dhr. Peeters': de titel en de familienaam vinden Jan Peeters",
    steps: [
      step('geef HospiSup aan Dhr. Peeters in IRIS Sud', 'confirm', 'Ik heb Jan Peeters (INSZ 90.04.12-123.77) gevonden'),
      step('ja', null, 'Het is geregistreerd voor Jan Peeters'),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'HOSPISUP')],
  }),
  de({
    name: "de: 'Guten Tag, bitte geben Sie Frau Dr. Dubois Zugang zu eBirth in Sainte-Anne.': Person und Einrichtung gelesen",
    steps: [
      step('Guten Tag, bitte geben Sie Frau Dr. Dubois Zugang zu eBirth in Sainte-Anne.', 'confirm', 'Ich habe Dr Nathalie Dubois (ENSS 82.02.21-168.65)', 'Einrichtung: Clinique Sainte-Anne Saint-Remi'),
      step('ja', null, 'Für Dr Nathalie Dubois gespeichert'),
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    audit: [granted(NATHALIE, 'EBIRTH')],
  }),
  de({
    name: "de: 'Colindos für Jan Peeters …, er ist Mitarbeiter eines Facharztes': ein Antrag mit der Funktion, keine Benutzerliste",
    steps: [
      step(`Colindos für Jan Peeters in IRIS Sud, er ist Mitarbeiter eines Facharztes, ab dem ${ddmmyyyy(FN_START)} bis zum ${ddmmyyyy(FN_END)}`, 'confirm',
        'Funktion: Mitarbeiter Facharzt', 'Benutzer: Jan Peeters'),
      step('ja', null, 'Für Jan Peeters gespeichert'),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    // "bis zum" names the last day held; the store keeps the first day without it.
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: FN_START, endDate: dayAfter(FN_END) }],
    audit: [granted(JAN, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: JAN, application: null }],
  }),
  de({
    name: "de: 'gib Jan Peeters TCT und eBirth': der Name gleich nach dem Verb",
    steps: [
      step('gib Jan Peeters TCT und eBirth in IRIS Sud', 'confirm', 'Ich habe Jan Peeters', 'Anwendungen: Technische Zelle über das Web und eBirth'),
      step('ja', null, 'Für Jan Peeters gespeichert'),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }, { niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'TCT_WEB'), granted(JAN, 'EBIRTH')],
  }),
  de({
    name: "de: 'gib eBirth an Jan Peeters und an Marie Dupont': zwei Anträge nacheinander, jeder mit seinem Ja",
    steps: [
      step('gib eBirth an Jan Peeters und an Marie Dupont in IRIS Sud', 'confirm', 'Ein Antrag gilt für eine Person: Dieser ist für Jan Peeters. Danach schlage ich Ihnen denselben Antrag für Marie Dupont vor.'),
      step('ja', null, 'Für Jan Peeters gespeichert', 'Möchten Sie jetzt denselben Antrag für Marie Dupont? (ja / nein)'),
      step('ja', 'confirm', 'Benutzer: Dr Marie Dupont'),
      step('ja', null, 'Für Dr Marie Dupont gespeichert'),
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }, { niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH'), granted(MARIE, 'EBIRTH')],
  }),
  de({
    name: "de: 'hospisup fuer jan petters': der nahe Name wird angeboten, ein Ja nimmt ihn",
    steps: [
      step('hospisup fuer jan petters, iris sud', 'niss', 'Kein Benutzer Ihrer Einrichtungen heißt Jan Petters. Meinten Sie Jan Peeters (90.04.12-123.77)?'),
      step('ja', 'confirm', 'Jan Peeters (ENSS 90.04.12-123.77): notiert.'),
      step('ja', null, 'Für Jan Peeters gespeichert'),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'HOSPISUP')],
  }),
  en({
    name: "en: 'tct for jan peters iris sud pls': 'did you mean Jan Peeters?', a yes takes him",
    steps: [
      step('tct for jan peters iris sud pls', 'niss', 'No user of your entities is called Jan Peters. Did you mean Jan Peeters (90.04.12-123.77)? Answer yes, or give their NISS.'),
      step('yes', 'confirm', 'Jan Peeters (NISS 90.04.12-123.77): noted.', 'User: Jan Peeters'),
      step('yes', null, 'Recorded for Jan Peeters'),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    audit: [granted(JAN, 'TCT_WEB')],
  }),
  en({
    name: "en: 'designate Els Janssens as access manager': the name given finds her in the directory, shown with her username",
    steps: [
      step('designate Els Janssens as access manager for Sainte-Anne', 'people.confirm', 'Els Janssens (username ejanssens) will be access manager of Clinique Sainte-Anne Saint-Remi'),
      step('yes', null, 'Done: Els Janssens is access manager'),
    ],
    grants: [],
    audit: [{ action: 'designateManager', outcome: 'ok', niss: null, application: null, details: { target: 'ejanssens', role: 'GA' } }],
  }),
  en({
    name: "en: 'then make Lucas Mertens an access manager': the name is his, never asked",
    steps: [
      step('then make Lucas Mertens an access manager at Sainte-Anne', 'people.confirm', 'Lucas Mertens (username lmertens) will be access manager'),
      step('cancel', null),
    ],
    grants: [],
    audit: [],
  }),
  en({
    name: "en: 'yes' where the person is asked is nobody: refused, asked again, nothing written",
    steps: [
      step('designate someone as access manager for Sainte-Anne', 'people.identifier', 'Who becomes access manager of Clinique Sainte-Anne Saint-Remi?'),
      step('yes', 'people.identifier', '"yes" is an answer, not a person'),
      step('cancel', null),
    ],
    grants: [],
    audit: [],
  }),
  en({
    name: "en: 'Jan Peeters and Marie Dupont both need eBirth', then 'no' for Marie: said, nothing for her",
    steps: [
      step('Jan Peeters and Marie Dupont both need eBirth at IRIS Sud', 'confirm', 'One request is for one person: this one is for Jan Peeters.'),
      step('yes', null, 'Recorded for Jan Peeters', 'Do you want the same request for Marie Dupont now? (yes / no)'),
      step('no', null, 'All right: nothing is requested for Marie Dupont.'),
    ],
    grants: [{ niss: JAN, application: 'EBIRTH' }],
    audit: [granted(JAN, 'EBIRTH')],
  }),
  en({
    name: "en: 'give TCT to Jan Peeters and to Marie Dupont', then 'cancel' to the offer: nothing for Marie, said",
    steps: [
      step('give TCT to Jan Peeters and to Marie Dupont at IRIS Sud', 'confirm', 'One request is for one person: this one is for Jan Peeters.', 'User: Jan Peeters'),
      step('yes', null, 'Recorded for Jan Peeters', 'Do you want the same request for Marie Dupont now? (yes / no)'),
      step('cancel', null, 'All right: nothing is requested for Marie Dupont.'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    audit: [granted(JAN, 'TCT_WEB')],
  }),
  en({
    name: "en: 'could you please give Mrs Dupont access to HospiSup': found by her surname",
    steps: [
      step('could you please give Mrs Dupont access to HospiSup at IRIS Sud?', 'confirm', 'I found Dr Marie Dupont (NISS 85.07.30-033.28)'),
      step('yes', null, 'Recorded for Dr Marie Dupont'),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
];

describeConversations('trial 4: people named, over HTTP, in the store', ['fr', 'nl', 'de', 'en'], conversations, 4);
