import { dayAfter } from '../../src/domain/dates';
import {
  ACTIVATE_INAMI, ELS, HELD_FROM, HOSPILISS_WITH_HELD_FUNCTION, JAN, LUCAS, MARIE, NATHALIE, RANGE_START, as, dayOfNextMonth, describeConversations, granted, inDays, rangeWords, step, type Conversation,
} from '../support/conversations';

/** French conversations, in wordings no other test uses: every failure of issue 12, checked in the store and the audit log. */

const conversations: Conversation[] = [
  {
    name: "fr: rien d'ouvert après un accès confirmé : « jusqu'au 30 juin », « non », « aide », « 😀😀👍 » n'ouvrent aucune demande, chacun reçoit sa réponse",
    steps: [
      step(`donne eBirth à ${NATHALIE} à Sainte-Anne`, 'confirm'),
      step('oui', null),
      step("jusqu'au 30 juin", null, 'À quelle demande cette date', 'se rapporte-t-elle ?'),
      step('non', null, "Il n'y a rien en cours à arrêter", 'eBirth'),
      step('aide', null, "Dites-moi en une phrase ce qu'il faut donner"),
      step('😀😀👍', null, 'Que puis-je faire pour vous ?'),
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    audit: [granted(NATHALIE, 'EBIRTH')],
  },
  {
    name: "fr: « du 1er mars au 1er février » : la fin avant le début est refusée et redemandée, jamais lue un an plus tard ; aucune fonction écrite",
    steps: [
      step(`donne Colindos à ${ELS} à Sainte-Anne du 1er mars au 1er février, elle travaille pour le pharmacien`, 'endDate', 'La date de fin doit être postérieure à la date de début'),
      step('annuler', null),
    ],
    grants: [],
    functions: [],
    audit: [],
  },
  {
    name: "fr : collaborateur d'un médecin spécialiste, demandé comme collaborateur du pharmacien : la fonction en place est dite et gardée, rien d'autre n'est écrit",
    ...HOSPILISS_WITH_HELD_FUNCTION,
    steps: [
      step(`donne Hospiliss à ${JAN} pour IRIS, il travaille pour le pharmacien hospitalier`, 'confirm',
        'Vous demandez la fonction « collaborateur pharmacien hospitalier »', `cette personne a déjà la fonction « collaborateur médecin-spécialiste » à partir du ${HELD_FROM.split('-').reverse().join('/')}`, 'je ne change pas une fonction en place'),
      step('oui', null, "C'est enregistré"),
    ],
  },
  {
    name: "fr: « du 15 janvier au 1er janvier » : la fin avant le début est refusée et redemandée, jamais déplacée d'un an",
    steps: [
      step(`Colindos pour 90041212377 à IRIS, secrétaire d'un médecin spécialiste, du ${rangeWords('fr').day} ${rangeWords('fr').month} au 1er ${rangeWords('fr').month}`, 'endDate', 'La date de fin doit être postérieure à la date de début'),
      step('pas de fin', 'confirm'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: RANGE_START, endDate: null }],
    audit: [granted(JAN, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  },
  {
    name: "fr: une entité sans rôle est nommée, avec l'entité du gestionnaire, jamais mise à sa place",
    manager: 'oneEntity',
    steps: [
      {
        text: "pourriez-vous ouvrir eBirth pour 82022116865 chez Hôpitaux IRIS Sud s'il vous plaît", slot: 'entity',
        says: ["Vous n'avez pas de rôle dans l'entité Hôpitaux IRIS Sud", 'Clinique Sainte-Anne Saint-Remi (710338-90)'], never: ['Entité : Clinique'],
      },
      step('alors chez Sainte-Anne', 'confirm', 'Entité : Clinique Sainte-Anne Saint-Remi', 'Dr Nathalie Dubois'),
      step("oui c'est bon", null, "C'est enregistré"),
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    audit: [
      { action: 'grantAccess', outcome: 'refused', details: { reason: 'entityNoRole', entity: '710087-50', applications: ['EBIRTH'] } },
      granted(NATHALIE, 'EBIRTH', 'oneEntity'),
    ],
  },
  {
    name: "fr: « à la clinique Trucmuche » est dit, avec les entités du gestionnaire, puis il choisit",
    steps: [
      step('donne HospiSup à 85073003328 à la clinique Trucmuche', 'entity', 'Trucmuche', 'Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi'),
      step('IRIS', 'confirm', 'Dr Marie Dupont'),
      step('oui', null, "C'est enregistré"),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  },
  {
    name: "fr: un gestionnaire d'une seule entité qui nomme « la clinique Trucmuche » l'entend dit, sans que la sienne soit annoncée à sa place",
    manager: 'oneEntity',
    steps: [
      { text: 'donne eBirth à 01091504506 à la clinique Trucmuche', slot: 'entity', says: ["Je ne connais pas d'entité « clinique Trucmuche »", 'Vos entités : Clinique Sainte-Anne Saint-Remi (710338-90)'], never: ['Entité : Clinique'] },
      step('Sainte-Anne', 'confirm', 'Lucas Mertens'),
      step('oui', null),
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
    audit: [granted(LUCAS, 'EBIRTH', 'oneEntity')],
  },
  {
    name: 'fr: une GA de la qualité INAMI qui demande la qualité hôpital apprend pourquoi, et rien ne change en silence',
    manager: 'gaInami',
    before: [ACTIVATE_INAMI],
    steps: [
      step('je voudrais MedAttest pour 85073003328, qualité hôpital', 'quality', "n'est pas dans votre périmètre aux Hôpitaux IRIS Sud", 'Soins de santé (INAMI)'),
      step('soins de santé alors', 'confirm', 'Soins de santé (INAMI)'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'CHAPTER_IV' }, { niss: MARIE, application: 'MEDATTEST_ESHOP' }],
    audit: [
      { action: 'grantAccess', outcome: 'refused', details: { reason: 'qualityOutOfScope', entity: '710087-50', quality: 'HOSPITAL' } },
      granted(MARIE, 'MEDATTEST_ESHOP', 'gaInami'),
    ],
  },
  {
    name: "fr: une GA dont la qualité n'est pas activée apprend pourquoi, et le refus d'activer est audité",
    manager: 'gaInami',
    steps: [
      step('il me faut Chapitre IV pour 85073003328', null, "n'est pas activée et votre rôle ne permet pas de l'activer", "C'est annulé"),
    ],
    grants: [],
    audit: [{ action: 'activateQuality', outcome: 'refused', by: 'gaInami', details: { reason: 'qualityActivation', entity: '710087-50', quality: 'INAMI_CARE', applications: ['CHAPTER_IV'] } }],
  },
  {
    name: "fr: une deuxième demande pendant la première est une nouvelle demande, la première personne n'est pas reprise",
    steps: [
      step('accorde TCT à 90041212377 à IRIS', 'confirm', 'Jan Peeters'),
      step('accorde la tumorothèque à 85073003328 à IRIS', 'confirm', 'Je laisse de côté la demande en cours', 'Dr Marie Dupont'),
      { text: 'oui', slot: null, says: ["C'est enregistré"], never: ['Jan Peeters'] },
    ],
    grants: [{ niss: MARIE, application: 'TUMOR_BANK_CATALOGUE' }],
    audit: [granted(MARIE, 'TUMOR_BANK_CATALOGUE')],
  },
  {
    name: "fr: une fin avant le début est refusée et redemandée, jamais enregistrée sans fin",
    steps: [
      step("Hospiliss pour 90041212377 à IRIS, il travaille pour un médecin spécialiste, du 10 avril 2027 jusqu'au 2 avril 2027", 'endDate',
        'La date de fin doit être postérieure à la date de début'),
      step('le 20 avril 2027', 'confirm', '20/04/2027'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPILISS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-04-10', endDate: dayAfter('2027-04-20') }],
    audit: [granted(JAN, 'HOSPILISS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  },
  {
    name: "fr: « bon ben finalement on laisse tomber, merci » au milieu arrête tout",
    steps: [
      step('donne Colindos à 90041212377 à IRIS', 'confirmPerson'),
      step('bon ben finalement on laisse tomber, merci', null, "C'est annulé"),
    ],
    grants: [],
    audit: [],
  },
  {
    name: "fr: « Colindos et Zorglub » : Zorglub est nommé avec des candidats et demandé, Colindos n'avance pas seul en silence",
    steps: [
      step('Colindos et Zorglub pour 90041212377 à IRIS', 'applications', '« zorglub »'),
      step('Colindos', 'confirmPerson'),
      step('oui', 'role'),
      step('médecin', 'confirm', 'Colindos'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    audit: [granted(JAN, 'COLINDOS')],
  },
  {
    name: "fr: une question d'état sur une personne nommée au milieu d'une demande ne la change pas",
    steps: [
      step('donne eBirth à 85073003328 à IRIS', 'confirm', 'Dr Marie Dupont'),
      {
        text: 'au fait, est-ce que Jan Peeters a déjà HospiSup ?', slot: 'confirm',
        says: ['Jan Peeters (NISS 90.04.12-123.77)', "HospiSup : pas d'accès", 'Utilisateur : Dr Marie Dupont', 'Application : eBirth'], never: ['Je laisse de côté'],
      },
      { text: 'oui', slot: null, says: ["C'est enregistré pour Dr Marie Dupont"], never: ['Jan Peeters'] },
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(MARIE, 'EBIRTH')],
  },
  {
    name: 'fr: le 12 du mois prochain, dans une seule phrase, est gardé',
    steps: [
      step("donne Colindos à 90041212377 à IRIS, c'est le collaborateur d'un spécialiste, à partir du 12 du mois prochain", 'confirm'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: dayOfNextMonth(12), endDate: null }],
    audit: [granted(JAN, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  },
  {
    name: "fr: « elle aide le pharmacien hospitalier » est une collaboratrice, avec la fonction qu'Hospiliss demande",
    steps: [
      step('Hospiliss pour 78110324621 à Sainte-Anne, elle aide le pharmacien hospitalier, à partir de demain', 'confirm'),
      step('oui', null),
    ],
    grants: [{ niss: ELS, application: 'HOSPILISS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: inDays(1), endDate: null }],
    audit: [granted(ELS, 'HOSPILISS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  },
  {
    name: "fr: un accès déjà détenu est dit sans promesse d'avis",
    before: [['donne TCT à 90041212377 pour IRIS', 'oui']],
    steps: [
      step('il faudrait la TCT web pour 90041212377 à IRIS', 'confirm', 'Déjà détenue, rien ne change'),
      { text: 'oui', slot: null, says: ["Rien n'a changé"], never: ['préviendrai'] },
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    // Nothing changed, so nothing is written.
    audit: [],
  },
  {
    name: "fr: « la cellule technique pour … » : un nom ordinaire d'application, là où l'application est nommée, est lu et dit, jamais perdu",
    steps: [
      step('il faudrait la cellule technique pour 90041212377 à IRIS', 'confirm', "J'ai lu « cellule technique » comme Cellule Technique via le web", 'Jan Peeters'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    audit: [granted(JAN, 'TCT_WEB')],
  },
  {
    name: "fr: une date passée est refusée pour la fonction que Colindos demande, puis redemandée",
    steps: [
      step("Colindos pour 90041212377 à IRIS, secrétaire d'un médecin spécialiste, à partir du 2 janvier 2024", 'startDate', 'est déjà passé : une fonction commence au plus tôt aujourd\'hui'),
      step(`le ${inDays(3).split('-').reverse().join('-')}`, 'endDate'),
      step('pas de fin', 'confirm'),
      step('oui', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: inDays(3), endDate: null }],
    audit: [granted(JAN, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  },
  {
    name: "fr: « en néerlandais s'il vous plaît » au milieu change la langue et rien d'autre",
    steps: [
      step('donne eBirth à 85073003328 à IRIS', 'confirm'),
      { text: "en néerlandais s'il vous plaît", slot: 'confirm', says: ['Nederlands', 'eBirth'], never: ['annulé', 'Geannuleerd'] },
      step('ja', null, 'geregistreerd'),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(MARIE, 'EBIRTH')],
  },
  {
    name: 'fr: deux gestionnaires de IRIS à la fois, chacun sa demande, chacun sa personne',
    steps: [
      step('donne eBirth à 85073003328 à IRIS', 'confirm', 'Dr Marie Dupont'),
      as('irisRae', step('donne HospiSup à 90041212377', 'confirm', 'Jan Peeters')),
      step('oui', null, 'Dr Marie Dupont'),
      as('irisRae', step('oui', null, 'Jan Peeters')),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }, { niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'EBIRTH'), granted(JAN, 'HOSPISUP', 'irisRae')],
  },
  {
    name: "fr: un gestionnaire d'une seule entité n'est jamais interrogé sur l'entité, même après avoir recommencé",
    manager: 'oneEntity',
    steps: [
      step('donne eBirth à 01091504506', 'confirm'),
      { text: 'on recommence', slot: 'niss', never: ['Pour quelle entité'] },
      { text: 'donne plutôt HospiSup à 82022116865 merci', slot: 'confirm', says: ['HospiSup'], never: ['Pour quelle entité', 'eBirth'] },
      step('oui', null),
    ],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
    audit: [granted(NATHALIE, 'HOSPISUP', 'oneEntity')],
  },
  {
    name: "fr: au troisième échec à la même question, ce qui est attendu est dit avec des exemples et comment arrêter",
    steps: [
      step('Colindos pour 90041212377 à IRIS, collaborateur', 'confirmPerson'),
      step('oui', 'function'),
      step('euh', 'function'),
      step('je sais pas trop', 'function'),
      step('bof', 'function', 'médecin-spécialiste ou pharmacien hospitalier', '« annuler »'),
      step('annuler', null, "C'est annulé"),
    ],
    grants: [],
    audit: [],
  },
  {
    name: 'fr: « est-ce que X a Y ? » au milieu d\'une demande y est répondu, la demande reste telle quelle',
    steps: [
      step('donne HospiSup à 85073003328 à IRIS', 'confirm', 'Dr Marie Dupont'),
      { text: 'est-ce que Jan Peeters a Colindos ?', slot: 'confirm', says: ['HospiSup'], never: ['Colindos, HospiSup', "J'ai trouvé Jan"] },
      { text: '90041212377 a-t-il Hospiliss ?', slot: 'confirm', says: ['Dr Marie Dupont'], never: ["J'ai trouvé Jan"] },
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  },
];

describeConversations('French conversations over HTTP, checked in the store and the audit log', 'fr', conversations);


