import { dayAfter } from '../../src/domain/dates';
import { ELS, JAN, LUCAS, MARIE, NATHALIE, ACTIVATE_INAMI, dayOfNextMonth, describeConversations, inDays, step, type Conversation } from '../support/conversations';

/**
 * Nothing the manager names is dropped or replaced silently, over HTTP against the store: an entity
 * without a role, a qualité out of scope, an unknown application, a refused date, a second request,
 * a collaborator said with an everyday verb, a language request, an access already held, a user of
 * another entity, stop said in a sentence, relative dates. Checked in the replies and the grants table.
 */

const conversations: Conversation[] = [
  {
    name: 'fr: an entity without a role is said, the only entity is not put in its place',
    manager: 'oneEntity',
    steps: [
      step('donne HospiSup à 82022116865 pour IRIS Sud', 'entity', "Vous n'avez pas de rôle dans l'entité Hôpitaux IRIS Sud", 'Clinique Sainte-Anne Saint-Remi (710338-90)'),
      step('1', 'confirm', 'Entité : Clinique Sainte-Anne Saint-Remi'),
      step('oui', null, "C'est enregistré"),
    ],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
  },
  {
    name: 'nl: an INAMI number of an entity without a role is said, then the manager picks theirs',
    locale: 'nl-BE',
    manager: 'oneEntity',
    steps: [
      step('geef eBirth aan 01091504506 in entiteit 710087-50', 'entity', 'U hebt geen rol in de entiteit Hôpitaux IRIS Sud (710087-50)'),
      step('Sainte-Anne', 'confirm', 'Lucas Mertens'),
      step('ja', null, 'Het is geregistreerd'),
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
  },
  {
    name: 'de: a GA of the INAMI qualité who asks for the hospital qualité is told it is outside their scope',
    locale: 'de-BE',
    manager: 'gaInami',
    before: [ACTIVATE_INAMI],
    steps: [
      step('gib Chapter IV an 85073003328, Eigenschaft Krankenhaus', 'quality', 'gehört bei Hôpitaux IRIS Sud nicht zu Ihrem Bereich', 'Sie verwalten „Gesundheitspflege (LIKIV)“'),
      step('1', 'confirm', 'Gesundheitspflege (LIKIV)'),
      step('ja', null, 'Für Dr Marie Dupont gespeichert'),
    ],
    grants: [{ niss: JAN, application: 'CHAPTER_IV' }, { niss: MARIE, application: 'CHAPTER_IV' }],
  },
  {
    name: 'en: a GA who names an application of the other qualité hears where it is, then stops',
    locale: 'en-GB',
    manager: 'gaInami',
    before: [ACTIVATE_INAMI],
    steps: [
      step('give HospiSup to 85073003328, capacity hospital', 'quality', 'is outside your scope at Hôpitaux IRIS Sud'),
      step('1', 'confirmPerson', 'does not belong to the capacity "Health care (NIHDI)"'),
      step('never mind', null, 'Cancelled'),
    ],
    grants: [{ niss: JAN, application: 'CHAPTER_IV' }],
  },
  {
    name: 'fr: an unknown application is named back, then the right one is given',
    steps: [
      step('donne Medimap à 85073003328 pour IRIS, qualité hôpital', 'confirmPerson', 'Je ne trouve pas « medimap »'),
      step('oui', 'applications'),
      step('eBirth', 'confirm'),
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'en: the capacity is inferred from an application found in only one',
    locale: 'en-GB',
    steps: [step('give eBirth to 85073003328 at IRIS', 'confirm', 'the only one of the entity with these applications'), step('yes', null)],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'de: an end date before the start is refused and asked again, never stored open-ended',
    locale: 'de-BE',
    steps: [
      step('Colindos für 90041212377 in IRIS, Mitarbeiter eines Arztes, vom 1. März 2027 bis 1. Februar 2027', 'endDate', 'Das Enddatum muss nach dem Anfangsdatum'),
      step('30.06.2027', 'confirm', 'bis zum 30.06.2027'),
      step('ja', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: dayAfter('2027-06-30') }],
  },
  {
    name: 'fr: a past date for an application without a function says no date is used',
    steps: [step('donne eBirth à 85073003328 à IRIS à partir du 3 mars 2025', 'confirm', "est déjà passé, et de toute façon eBirth n'a pas de date de début"), step('oui', null)],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'fr: a second request by name sets the first aside; the first person is never used',
    steps: [
      step('donne eBirth à 85073003328 pour IRIS', 'confirm', 'Dr Marie Dupont'),
      // Jan Peeters is a user of IRIS only: the new request goes there, said.
      step('donne Colindos à Jan Peeters', 'confirmPerson', 'Je laisse de côté la demande en cours (eBirth pour Dr Marie Dupont)', "J'ai trouvé Jan Peeters (NISS 90.04.12-123.77) parmi les utilisateurs de vos entités.",
        'Entité : Hôpitaux IRIS Sud (N° INAMI 710087-50), la seule de vos entités où Jan Peeters est utilisateur'),
      step('oui', 'role'),
      step('médecin', 'confirm', 'Jan Peeters'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
  },
  {
    name: 'nl: a second request by NISS is a new request with its own application only',
    locale: 'nl-BE',
    steps: [
      step('geef HospiSup aan 82022116865 in Sainte-Anne', 'confirm'),
      step('geef eBirth aan 01091504506 in Sainte-Anne', 'confirm', 'Ik laat de lopende aanvraag', 'Lucas Mertens'),
      step('ja', null),
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
  },
  {
    name: 'en: "he assists Dr Peeters" is a collaborator, with the function Colindos needs',
    locale: 'en-GB',
    steps: [step('Colindos for 90041212377 at IRIS, he assists Dr Peeters, from 1 March 2027', 'confirm', 'from 01/03/2027'), step('yes', null)],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null }],
  },
  {
    name: 'de: "Assistentin von Dr. Weber", from the 5th of next month',
    locale: 'de-BE',
    steps: [step('gib Hospiliss an 90041212377 in IRIS, sie ist Assistentin von Dr. Weber, ab dem 5. nächsten Monats', 'confirm'), step('ja', null)],
    grants: [{ niss: JAN, application: 'HOSPILISS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: dayOfNextMonth(5), endDate: null }],
  },
  {
    name: 'nl: "zij werkt voor de ziekenhuisapotheker" is a pharmacist\'s collaborator, in two weeks',
    locale: 'nl-BE',
    steps: [step('geef Colindos aan 78110324621 in Sainte-Anne, zij werkt voor de ziekenhuisapotheker, vanaf over twee weken', 'confirm'), step('ja', null)],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: inDays(14), endDate: null }],
  },
  {
    name: 'fr: "c\'est pour le Dr Peeters" is unclear: the role is asked, the function follows',
    steps: [
      step("Colindos pour 90041212377 à IRIS, c'est pour le Dr Peeters", 'confirmPerson'),
      step('oui', 'role'),
      step('collaborateur', 'function'),
      step('médecin', 'startDate'),
      step('à partir du 3 du mois prochain', 'endDate'),
      step('aucune', 'confirm'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: dayOfNextMonth(3), endDate: null }],
  },
  {
    name: 'en: "in English please" changes the language and opens no request',
    locale: 'fr-BE',
    steps: [
      { text: 'in English please', slot: null, says: ['I will continue in English'], never: ['Which entity', 'Pour quelle'] },
      step('give eBirth to 01091504506 at Sainte-Anne', 'confirm', 'Here is what I am going to do'),
      step('yes', null),
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
  },
  {
    name: 'fr: an access already held is said on the summary, and no notice is promised',
    before: [['donne HospiSup à 85073003328 pour IRIS', 'oui']],
    steps: [
      step('donne HospiSup à 85073003328 pour IRIS', 'confirm', 'Déjà détenue, rien ne change : HospiSup'),
      { text: 'oui', slot: null, says: ["Rien n'a changé"], never: ['Je vous préviendrai'] },
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'fr: a user of another entity is added without showing what that entity holds of them',
    manager: 'oneEntity',
    steps: [
      { text: 'donne eBirth à 85073003328', slot: 'confirm', says: ["utilisateur d'une autre entité", 'NISS 85.07.30-033.28'], never: ['Dupont', 'mdupont', 'Marie', 'example.org'] },
      { text: 'oui', slot: null, says: ["C'est enregistré pour NISS 85.07.30-033.28"], never: ['Dupont', 'mdupont', 'Marie'] },
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  {
    name: 'en: the status of a user of another entity names nobody',
    locale: 'en-GB',
    manager: 'oneEntity',
    steps: [{ text: 'is the access of 85073003328 to HospiSup active?', slot: null, says: ['No user of your entities has the NISS 85.07.30-033.28'], never: ['Dupont', 'Marie'] }],
    grants: [],
  },
  {
    name: 'de: "ach, lass gut sein" at the summary stops',
    locale: 'de-BE',
    steps: [step('gib HospiSup an 85073003328 für IRIS', 'confirm'), step('ach, lass gut sein', null, 'Abgebrochen')],
    grants: [],
  },
  {
    name: 'nl: "stop er maar mee" mid-way stops',
    locale: 'nl-BE',
    steps: [step('bonjour', 'entity'), step('IRIS', 'quality'), step('nee, stop er maar mee', null, 'Geannuleerd')],
    grants: [],
  },
  {
    name: 'fr: "non, on arrête tout, merci" stops',
    steps: [step('Colindos pour 90041212377', 'confirmPerson'), step('non, on arrête tout, merci', null, "C'est annulé")],
    grants: [],
  },
];

describeConversations('nothing named is dropped or replaced silently, over HTTP', ['fr', 'nl', 'de', 'en'], conversations, 3);
