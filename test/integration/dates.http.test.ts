import type { Sesame } from '../../src/app';
import { dayAfter, todayInBrussels } from '../../src/domain/dates';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { expectSteps, type Step } from '../support/chat-steps';

/**
 * The function's dates over HTTP, checked in function_assignments and grants: an end date said at
 * the summary or mid-request is the end, "add an end date" asks for it, an empty end-date answer is
 * said as "no end date", a past end date is refused as an end date, a function held from a date to
 * come is "from", a request in the middle of a grant ends with the grant's question, and everyday
 * stop phrases stop. In the four languages.
 */

const MARIE = '85073003328';
const JAN = '90041212377';

// Dates on the server's clock, in Brussels, written as managers write them.
const [Y, M, D] = todayInBrussels().split('-').map(Number) as [number, number, number];
const inDays = (n: number) => new Date(Date.UTC(Y, M - 1, D + n)).toISOString().slice(0, 10);
const typed = (iso: string) => iso.split('-').reverse().join('-');
const START = inDays(14);
const END = inDays(120);
const PAST = inDays(-2);

const step = (text: string, slot: string | null, says: string[] = [], never: string[] = []): Step => ({ text, slot, says, never });
interface Conversation {
  name: string;
  locale?: string;
  before?: string[][];
  steps: Step[];
  grants: { niss: string; application: string }[];
  functions: { niss: string; startDate: string; endDate: string | null }[];
}

const SUMMARY = {
  fr: `donne Colindos à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin, à partir du ${typed(START)}`,
  nl: `geef Colindos aan ${JAN} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, vanaf ${typed(START)}`,
  de: `gib Colindos an ${JAN} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, ab ${typed(START)}`,
  en: `give Colindos to ${JAN} at IRIS, capacity hospital, works for a doctor, from ${typed(START)}`,
};
const COLINDOS_JAN = [{ niss: JAN, application: 'COLINDOS' }];

const conversations: Conversation[] = [
  {
    name: 'fr: "date de fin le …" at the summary is the end date',
    steps: [step(SUMMARY.fr, 'confirm', ['sans date de fin']), step(`date de fin le ${typed(END)}`, 'confirm', [`jusqu'au ${END.split('-').reverse().join('/')}`]), step('oui', null, ["C'est enregistré"])],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'fr: a past end date at the summary is refused as an end date, then a good one is taken',
    steps: [
      step(SUMMARY.fr, 'confirm'),
      step(`date de fin le ${typed(PAST)}`, 'endDate', [`Le ${typed(PAST).replaceAll('-', '/')} est déjà passé : la fonction doit se terminer après aujourd'hui`], ['peut commencer', 'Puis-je confirmer']),
      step(`jusqu'au ${typed(END)}`, 'confirm'),
      step('oui', null),
    ],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'fr: "ajoute une date de fin" asks for it',
    steps: [step(SUMMARY.fr, 'confirm'), step('ajoute une date de fin', 'endDate', [], ['Répondez par oui ou par non']), step(typed(END), 'confirm'), step('oui', null)],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'nl: "voeg een einddatum toe", then "tot …" mid-request',
    locale: 'nl-BE',
    steps: [step(SUMMARY.nl, 'confirm'), step('voeg een einddatum toe', 'endDate'), step(typed(END), 'confirm', []), step('ja', null, ['Het is geregistreerd'])],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'nl: "einddatum …" before the start date is known is kept',
    locale: 'nl-BE',
    steps: [
      step(`geef Colindos aan ${JAN} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts`, 'confirmPerson'),
      step(`einddatum ${typed(END)}`, 'confirmPerson'),
      step('ja', 'startDate'),
      step(typed(START), 'confirm', ['tot']),
      step('ja', null),
    ],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'de: "Enddatum hinzufügen" asks for it; "bis …" at the summary changes it',
    locale: 'de-BE',
    steps: [step(SUMMARY.de, 'confirm', ['ohne Enddatum']), step('Enddatum hinzufügen', 'endDate'), step(typed(inDays(60)), 'confirm'), step(`bis ${typed(END)}`, 'confirm'), step('ja', null)],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'de: an empty answer to the end date is said "ohne Enddatum" on the summary',
    locale: 'de-BE',
    steps: [
      step(`gib Colindos an ${JAN} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes`, 'confirmPerson'),
      step('ja', 'startDate'),
      step(typed(START), 'endDate'),
      step('kein', 'confirm', ['ohne Enddatum']),
      step('ja', null),
    ],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: null }],
  },
  {
    name: 'en: "end date …" and "until …" at the summary; "add an end date" asks',
    locale: 'en-GB',
    steps: [step(SUMMARY.en, 'confirm', ['no end date']), step('add an end date', 'endDate'), step(typed(inDays(60)), 'confirm'), step(`end date ${typed(END)}`, 'confirm'), step('yes', null, ['Recorded for'])],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'fr: a range in one sentence keeps both dates',
    steps: [step(`donne Colindos à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin, du ${typed(START)} au ${typed(END)}`, 'confirm'), step('oui', null)],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'fr: a function held from a date to come is "à partir du", never "depuis le"',
    before: [[SUMMARY.fr, 'oui']],
    steps: [step(`donne Hospiliss à ${JAN} pour IRIS, qualité hôpital, il est collaborateur`, 'confirm', [`à partir du ${START.split('-').reverse().join('/')}`], ['depuis le'])],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: null }],
  },
  {
    name: 'fr: a grant partly held says what changes and what was there',
    before: [[`donne HospiSup à ${MARIE} pour IRIS, qualité hôpital`, 'oui']],
    steps: [step(`donne HospiSup et eBirth à ${MARIE} pour IRIS, qualité hôpital`, 'confirm'), step('oui', null, ['Déjà en place, inchangé', 'Je vous préviendrai ici quand ce sera actif : eBirth'])],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }, { niss: MARIE, application: 'EBIRTH' }],
    functions: [],
  },
  {
    name: 'en: an access already held: nothing promised',
    locale: 'en-GB',
    before: [[`donne HospiSup à ${MARIE} pour IRIS, qualité hôpital`, 'oui']],
    steps: [step(`give HospiSup to ${MARIE} at IRIS, capacity hospital`, 'confirm', ['confirming changes nothing'], ['20 minutes']), step('yes', null, ['Nothing has changed'], ['I will let you know'])],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    functions: [],
  },
  {
    name: 'fr: a user list in the middle of a grant ends with the grant\'s question',
    steps: [
      step(`donne Colindos à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin`, 'confirmPerson'),
      step('liste les utilisateurs de IRIS Sud', 'confirmPerson', ['Utilisateurs des Hôpitaux IRIS Sud', "Reprenons votre demande d'accès en cours"]),
      step('oui', 'startDate'),
      step(typed(START), 'endDate'),
      step('aucune', 'confirm'),
      step('oui', null),
    ],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: null }],
  },
  {
    name: 'nl: a user list mid-grant, then "volgende 10" still pages, then the grant goes on',
    locale: 'nl-BE',
    steps: [
      step(`geef HospiSup aan ${MARIE} in IRIS, hoedanigheid ziekenhuis`, 'confirm'),
      step('gebruikers van IRIS', 'confirm', ['We gaan verder met uw lopende toegangsaanvraag']),
      step('ja', null, ['Het is geregistreerd']),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    functions: [],
  },
  {
    name: 'fr: an export, a status question and a diagnosis in the middle of a grant each end with its question',
    steps: [
      step(`donne Colindos à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin`, 'confirmPerson'),
      step('exporte les utilisateurs de IRIS Sud en CSV', 'confirmPerson', ["Reprenons votre demande d'accès en cours"]),
      step(`est-ce que l'accès de ${MARIE} à HospiSup est actif ?`, 'confirmPerson'),
      step(`pourquoi ${MARIE} ne peut pas ouvrir Colindos ?`, 'confirmPerson', ["Reprenons votre demande d'accès en cours"]),
      step('oui', 'startDate'),
      step(`${typed(START)} jusqu'au ${typed(END)}`, 'confirm'),
      step('oui', null),
    ],
    grants: COLINDOS_JAN,
    functions: [{ niss: JAN, startDate: START, endDate: dayAfter(END) }],
  },
  {
    name: 'de: a user list mid-grant pages on, each page ending with the grant question',
    locale: 'de-BE',
    steps: [
      step(`gib HospiSup an ${MARIE} für IRIS, Eigenschaft Krankenhaus`, 'confirm'),
      step('Benutzer von IRIS', 'confirm'),
      step('nächste 10', 'confirm'),
      step('ja', null, ['Für Dr Marie Dupont gespeichert']),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    functions: [],
  },
  {
    name: 'nl: "laat maar zitten" mid-way stops',
    locale: 'nl-BE',
    steps: [step(SUMMARY.nl.replace(`, vanaf ${typed(START)}`, ''), 'confirmPerson'), step('laat maar zitten', null, ['Geannuleerd'])],
    grants: [],
    functions: [],
  },
  {
    name: 'de: "lass es, doch nicht" at the summary stops',
    locale: 'de-BE',
    steps: [step(SUMMARY.de, 'confirm'), step('lass es, doch nicht', null, ['Abgebrochen'])],
    grants: [],
    functions: [],
  },
  {
    name: 'en: "forget it, never mind" at the end date stops',
    locale: 'en-GB',
    steps: [
      step(`give Colindos to ${JAN} at IRIS, capacity hospital, works for a doctor`, 'confirmPerson'),
      step('yes', 'startDate'),
      step(typed(START), 'endDate'),
      step('forget it, never mind', null, ['Cancelled']),
    ],
    grants: [],
    functions: [],
  },
  {
    name: 'fr: "tant pis, on arrête" and "oublie ça" stop; "n\'oublie pas eBirth" does not',
    steps: [
      step(`donne HospiSup à ${MARIE} pour IRIS, qualité hôpital`, 'confirm'),
      step("n'oublie pas eBirth", 'confirm', ['eBirth']),
      step('tant pis, on arrête', null, ["C'est annulé"]),
      step(`donne HospiSup à ${MARIE} pour IRIS, qualité hôpital`, 'confirm'),
      step('oublie ça', null, ["C'est annulé"]),
    ],
    grants: [],
    functions: [],
  },
];

describe('the function\'s dates, the summary and stop phrases, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it.each(conversations)('$name', async ({ name, locale, before = [], steps, grants, functions }) => {
    for (const [i, texts] of before.entries()) await new ChatClient(() => sesame.url, `before-${i}`, locale ? { locale } : {}).walk(texts);
    const chat = new ChatClient(() => sesame.url, `dates-${name}`, locale ? { locale } : {});
    await expectSteps(chat, steps);
    const held = sesame.store.access.listGrants().map((g) => ({ niss: g.niss, application: g.application }));
    expect(held).toEqual(expect.arrayContaining(grants));
    expect(held).toHaveLength(grants.length);
    const fns = sesame.store.access.listFunctions().map((f) => ({ niss: f.niss, startDate: f.startDate, endDate: f.endDate }));
    expect(fns).toEqual(functions);
  });
});
