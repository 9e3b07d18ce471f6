import { dayAfter } from '../../src/domain/dates';
import {
  ACTIVATE_INAMI, ELS, HOSPILISS_WITH_HELD_FUNCTION, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, LUCAS, MARIE, NATHALIE, RANGE_START, as, dayOfNextMonth, describeConversations, granted, inDays, inLocale, rangeWords, step, type Conversation,
} from '../support/conversations';

/** English conversations, in wordings no other test uses: every failure of issue 12, checked in the store and the audit log. */
const en = inLocale('en-GB');

const conversations: Conversation[] = [
  en({
    name: 'en: nothing open: "help", "no" and "until 30 June" open no request, each gets its answer',
    steps: [
      step('help', null, 'Tell me in one sentence what to give'),
      step('no', null, 'What can I do for you?', 'You can for example'),
      step('until 30 June', null, 'Which request is this date', 'for?'),
    ],
    grants: [],
    audit: [],
  }),
  en({
    name: 'en: "from 1 March until 1 February": the end before the start is refused and asked again, never read a year later; no function written',
    steps: [
      step(`give Colindos to ${ELS} at Sainte-Anne from 1 March until 1 February, she works for the pharmacist`, 'endDate', 'The end date must be after the start date'),
      step('forget it', null),
    ],
    grants: [],
    functions: [],
    audit: [],
  }),
  en({
    name: "en: a specialist doctor's collaborator asked for as the pharmacist's assistant: the function held is said and kept, nothing else is written",
    ...HOSPILISS_WITH_HELD_FUNCTION,
    steps: [
      step(`Hospiliss for ${JAN} at IRIS, he assists the hospital pharmacist`, 'confirm',
        'You ask for the function “hospital pharmacist\'s collaborator”', 'this person already has the function “specialist doctor\'s collaborator” from', 'I do not change a function in place'),
      step('yes', null),
    ],
  }),
  en({
    name: "en: told the function held is another one, the manager drops it: nothing is granted, nothing written",
    before: [JAN_SPECIALIST_COLLABORATOR],
    steps: [
      step(`give Hospiliss to ${JAN} at IRIS, he's the hospital pharmacist's secretary`, 'confirm', 'You ask for the function “hospital pharmacist\'s collaborator”'),
      step('ok, drop it then', null, 'Cancelled'),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [JAN_HOLDS_SPECIALIST],
    audit: [],
  }),
  en({
    name: 'en: "from 15 January to 1 January": the end before the start is refused and asked again, never moved a year',
    steps: [
      step(`Colindos for 90041212377 at IRIS, secretary of a specialist doctor, from ${rangeWords('en').day} ${rangeWords('en').month} to 1 ${rangeWords('en').month}`, 'endDate', 'The end date must be after the start date'),
      step('no end', 'confirm'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: RANGE_START, endDate: null }],
    audit: [granted(JAN, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  }),
  en({
    name: 'en: an entity where the manager has no role is named back with theirs, never swapped, and audited as refused',
    manager: 'oneEntity',
    steps: [
      step('could you set up Chapter IV for 82022116865 over at Hôpitaux IRIS Sud please', 'entity',
        'You have no role at Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi (710338-90)'),
      step('ok, Sainte-Anne then', 'confirm', 'Dr Nathalie Dubois', 'Chapter IV'),
      step('yes', null),
    ],
    grants: [{ niss: NATHALIE, application: 'CHAPTER_IV' }],
    audit: [
      { action: 'grantAccess', outcome: 'refused', details: { reason: 'entityNoRole', entity: '710087-50', applications: ['CHAPTER_IV'] } },
      granted(NATHALIE, 'CHAPTER_IV', 'oneEntity'),
    ],
  }),
  en({
    name: 'en: "at St Elsewhere Hospital" is no entity: said with the manager\'s entities',
    steps: [
      step('give eBirth to 78110324621 at Hospital St Elsewhere', 'entity', 'I know no entity "Hospital St Elsewhere"', 'Clinique Sainte-Anne Saint-Remi (710338-90)'),
      step('Sainte-Anne', 'confirm', 'Apr. Els Janssens'),
      step('yes', null),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [granted(ELS, 'EBIRTH')],
  }),
  en({
    name: 'en: a GA of the NIHDI capacity asking for the hospital capacity hears why, and the refusal is audited once',
    manager: 'gaInami',
    before: [ACTIVATE_INAMI],
    steps: [
      step('I need MedAttest for 90041212377 under the capacity hospital', 'quality', 'is outside your scope at Hôpitaux IRIS Sud', 'Health care (NIHDI)'),
      step('health care then', 'confirm', 'Health care (NIHDI)', 'Jan Peeters'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'CHAPTER_IV' }, { niss: JAN, application: 'MEDATTEST_ESHOP' }],
    audit: [
      { action: 'grantAccess', outcome: 'refused', niss: null, details: { reason: 'qualityOutOfScope', entity: '710087-50', quality: 'HOSPITAL', niss: JAN } },
      granted(JAN, 'MEDATTEST_ESHOP', 'gaInami'),
    ],
  }),
  en({
    name: 'en: a second request while one is open is a new one: the first person never comes along',
    steps: [
      step('grant HospiSup to 90041212377 at IRIS', 'confirm', 'Jan Peeters'),
      step('grant the Healthdata be Data Reporting to 85073003328 at IRIS', 'confirm', 'I am setting aside the request under way', 'Dr Marie Dupont'),
      { text: 'yes', slot: null, says: ['Dr Marie Dupont'], never: ['Jan Peeters'] },
    ],
    grants: [{ niss: MARIE, application: 'HEALTHDATA_DATA_REPORTING' }],
    audit: [granted(MARIE, 'HEALTHDATA_DATA_REPORTING')],
  }),
  en({
    name: 'en: an end before the start is refused and asked again, never stored open-ended',
    steps: [
      step('Hospiliss for 78110324621 at Sainte-Anne, she works for the hospital pharmacist, from 12 June 2027 to 1 June 2027', 'endDate', 'The end date must be after the start date'),
      step('30 June 2027', 'confirm', '30/06/2027'),
      step('yes', null),
    ],
    grants: [{ niss: ELS, application: 'HOSPILISS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: '2027-06-12', endDate: dayAfter('2027-06-30') }],
    audit: [granted(ELS, 'HOSPILISS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  en({
    name: 'en: "nah, scrap that" in the middle stops everything',
    steps: [
      step('Colindos for 90041212377', 'confirmPerson', 'the only one of your entities where Jan Peeters is a user'),
      step('nah, scrap that', null, 'Cancelled'),
    ],
    grants: [],
    audit: [],
  }),
  en({
    name: 'en: "eBirth and Quuxify": Quuxify is named back and the applications are asked again',
    steps: [
      step('give eBirth and Quuxify to 85073003328 at IRIS', 'applications', 'I cannot find “quuxify” among the applications'),
      step('eBirth', 'confirm', 'eBirth'),
      step('yes', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(MARIE, 'EBIRTH')],
  }),
  en({
    name: 'en: a status question about someone by name in the middle of a request leaves it untouched',
    steps: [
      step('give HospiSup to 82022116865 at Sainte-Anne', 'confirm', 'Dr Nathalie Dubois'),
      {
        text: 'by the way, does Lucas Mertens already have eBirth?', slot: 'confirm',
        says: ['Lucas Mertens (NISS 01.09.15-045.06)', 'eBirth: no access', 'User: Dr Nathalie Dubois', 'Application: HospiSup'], never: ['setting aside'],
      },
      { text: 'yes', slot: null, says: ['Dr Nathalie Dubois'], never: ['Lucas'] },
    ],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
    audit: [granted(NATHALIE, 'HOSPISUP')],
  }),
  en({
    name: 'en: the 9th of next month, in one sentence, is kept',
    steps: [
      step("Colindos for 90041212377 at IRIS, he's a specialist's collaborator, starting the 9th of next month", 'confirm'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: dayOfNextMonth(9), endDate: null }],
    audit: [granted(JAN, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  }),
  en({
    name: 'en: "she helps a specialist doctor" is a collaborator, with the function Colindos needs',
    steps: [
      step('Colindos for 78110324621 at Sainte-Anne, she helps a specialist doctor, from the day after tomorrow', 'confirm', 'specialist'),
      step('yes', null),
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_SPECIALIST', startDate: inDays(2), endDate: null }],
    audit: [granted(ELS, 'COLINDOS'), { action: 'assignFunction', outcome: 'ok', niss: ELS }],
  }),
  en({
    name: 'en: an access already held is said on the summary, with no promise of a notice',
    before: [['donne eBirth à 85073003328 à IRIS', 'oui']],
    steps: [
      step('please give eBirth to 85073003328 at IRIS', 'confirm', 'Already held, nothing changes'),
      { text: 'yes', slot: null, never: ['I will let you know', 'notify'] },
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [],
  }),
  en({
    name: 'en: a past date is refused for the function Hospiliss needs, and asked again',
    steps: [
      step('Hospiliss for 90041212377 at IRIS, he assists a specialist, starting 5 January 2025', 'startDate', 'is already past: a function starts today at the earliest'),
      step('tomorrow', 'endDate'),
      step('no end', 'confirm'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPILISS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: inDays(1), endDate: null }],
    audit: [granted(JAN, 'HOSPILISS'), { action: 'assignFunction', outcome: 'ok', niss: JAN }],
  }),
  en({
    name: 'en: "in English please" in the middle of a French request changes the language and nothing else',
    locale: 'fr-BE',
    steps: [
      step('donne HospiSup à 85073003328 à IRIS', 'confirm'),
      { text: 'in English please', slot: 'confirm', says: ['I will continue in English', 'HospiSup'], never: ['Which entity', 'Cancelled', 'annulé'] },
      step('yes', null, 'Recorded'),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
  en({
    name: 'en: two managers at once, interleaved in one shared chat: each has their own request and person',
    shared: true,
    steps: [
      as('irisRae', step('give HospiSup to 90041212377', 'confirm', 'Jan Peeters')),
      step('give eBirth to 82022116865 at Sainte-Anne', 'confirm', 'Dr Nathalie Dubois'),
      { text: 'yes', slot: null, says: ['Dr Nathalie Dubois'], never: ['Jan Peeters'] },
      as('irisRae', { text: 'yes', slot: null, says: ['Jan Peeters'], never: ['Nathalie'] }),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }, { niss: NATHALIE, application: 'EBIRTH' }],
    audit: [granted(JAN, 'HOSPISUP', 'irisRae'), granted(NATHALIE, 'EBIRTH')],
  }),
  en({
    name: 'en: politeness and filler change nothing: "please, thanks" around a request and its answers',
    manager: 'oneEntity',
    steps: [
      step('hi, could you please give HospiSup to 01091504506, thanks', 'confirm', 'Lucas Mertens', 'HospiSup'),
      { text: 'yes please, thank you', slot: null, says: ['Recorded'] },
    ],
    grants: [{ niss: LUCAS, application: 'HOSPISUP' }],
    audit: [granted(LUCAS, 'HOSPISUP', 'oneEntity')],
  }),
  en({
    name: 'en: asked for the NISS, a name without quotes is read as the name, and the one user so named is found',
    steps: [
      step('give HospiSup at IRIS', 'niss'),
      { text: 'Jan Peeters', slot: 'confirm', says: ['I found Jan Peeters (NISS 90.04.12-123.77) among the users of your entities.'], never: ['digits; I counted'] },
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [granted(JAN, 'HOSPISUP')],
  }),
  en({
    name: 'en: "does X have Y?" in the middle of a grant is answered, the request is left as it was',
    steps: [
      step('give HospiSup to 85073003328 at IRIS', 'confirm', 'Dr Marie Dupont'),
      { text: 'does Jan Peeters have Colindos?', slot: 'confirm', says: ['HospiSup'], never: ['Colindos, HospiSup', 'I found Jan'] },
      { text: 'has 90041212377 got Hospiliss?', slot: 'confirm', says: ['Dr Marie Dupont'], never: ['I found Jan'] },
      step('yes', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    audit: [granted(MARIE, 'HOSPISUP')],
  }),
];

describeConversations('English conversations over HTTP, checked in the store and the audit log', 'en', conversations);
