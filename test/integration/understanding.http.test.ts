import { dayAfter } from '../../src/domain/dates';
import { nissCheckDigits } from '../../src/domain/niss';
import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig, type Reply } from '../support/harness';
import { expectStoreHolds } from '../support/conversations';

// Demo data: Clinique Sainte-Anne Saint-Remi is entity 1 (one qualité), Hôpitaux IRIS Sud entity 2
// (qualités: 1 hospital, 2 INAMI care, inactive). Marie Dupont and Jan Peeters are at IRIS Sud,
// Els Janssens, Nathalie Dubois and Lucas Mertens at Sainte-Anne.
const MARIE = '85073003328';
const JAN = '90041212377';
const ELS = '78110324621';
const NATHALIE = '82022116865';
const LUCAS = '01091504506';
const NEW_NISS = `930512345${nissCheckDigits('930512345', 1900)}`;

/** What a reply must show: the slot asked next (null: none), and words it must contain. */
type Expect = { slot: string | null; says?: (string | RegExp)[] };
type Step = [text: string, expect: Expect];
interface Conversation {
  name: string;
  locale?: string;
  /** Conversations run first in the same store, e.g. to give a colleague access to copy. */
  before?: string[][];
  steps: Step[];
  /** What the store holds at the end, for the person(s) concerned. */
  grants: { niss: string; application: string }[];
  functions?: { niss: string; function: string; startDate: string; endDate: string | null }[];
}

const at = (slot: string | null, ...says: (string | RegExp)[]): Expect => ({ slot, says });
/** The grant is recorded and its time of activation given (dd/mm/yyyy hh:mm in any of the four languages). */
const done = (...says: (string | RegExp)[]): Expect => ({ slot: null, says: [/\d{2}[./-]\d{2}[./-]\d{4} \d{2}:\d{2}/, ...says] });

const conversations: Conversation[] = [
  {
    name: 'fr: one sentence says it all, two turns',
    steps: [
      ['donne HospiSup à 85073003328 pour IRIS Sud, qualité hôpital', at('confirm', 'Utilisateur : Dr Marie Dupont (mdupont)', 'Application : HospiSup')],
      ['oui', done("C'est enregistré pour Dr Marie Dupont")],
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'nl: one sentence with role and start date, two turns',
    locale: 'nl-BE',
    steps: [
      ['geef Colindos aan 78.11.03-246.21 in Sainte-Anne vanaf 1 maart 2027, ze is medewerkster van een apotheker', at('confirm', 'Dit ga ik doen', 'Apr. Els Janssens', 'vanaf 01-03-2027')],
      ['ja', done('Het is geregistreerd voor Apr. Els Janssens')],
    ],
    grants: [{ niss: ELS, application: 'COLINDOS' }],
    functions: [{ niss: ELS, function: 'COLLAB_PHARMACIST', startDate: '2027-03-01', endDate: null }],
  },
  {
    name: 'de: one sentence, two turns',
    locale: 'de-BE',
    steps: [
      ['gib HospiSup an 82022116865 für Sainte-Anne bitte', at('confirm', 'Folgendes werde ich tun', 'Dr Nathalie Dubois')],
      ['ja', done('Für Dr Nathalie Dubois gespeichert')],
    ],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
  },
  {
    name: 'en: two applications in one sentence, two turns',
    locale: 'en-GB',
    steps: [
      ['give eBirth and HospiSup to 01091504506 at Sainte-Anne', at('confirm', 'Here is what I am going to do', 'Lucas Mertens')],
      ['yes', done()],
    ],
    grants: [{ niss: LUCAS, application: 'HOSPISUP' }, { niss: LUCAS, application: 'EBIRTH' }],
  },
  {
    name: 'fr: step by step, as the portal does it',
    steps: [
      ['bonjour', at('entity')], ['2', at('quality')], ['1', at('niss')], ['85.07.30-033.28', at('confirmPerson')], ['oui', at('applications')],
      ['hospisup', at('confirm')], ['oui', done()],
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'fr: another NISS mid-way keeps the application',
    steps: [
      // Marie Dupont is a user of IRIS only: the request goes there (said), and Colindos is in its hospital qualité only.
      ['Colindos pour 85073003328', at('confirmPerson', 'Dr Marie Dupont', 'la seule de vos entités où Dr Marie Dupont est utilisateur')],
      ["non, le NISS c'est 90041212377", at('confirmPerson', 'Jan Peeters')],
      ['oui', at('role')],
      ["collaborateur d'un médecin à partir du 1er mars 2027", at('confirm', 'Colindos', '01/03/2027')],
      ['oui', done()],
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null }],
  },
  {
    name: 'fr: "pas Colindos" from the summary',
    steps: [
      ["donne Colindos et HospiSup à 85073003328, IRIS, qualité hôpital, elle est médecin", at('confirm', 'Colindos et HospiSup')],
      ['pas Colindos', at('confirm', 'Application : HospiSup')],
      ['oui', done()],
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'fr: "modifier la date" from the summary changes only the date',
    steps: [
      ["Colindos pour 90041212377 à IRIS, qualité hôpital, collaborateur d'un médecin à partir du 1er mars 2027", at('confirm', '01/03/2027')],
      ['modifier la date', at('startDate')],
      ['15 mars 2027', at('confirm', 'à partir du 15/03/2027', 'Jan Peeters')],
      ['oui', done()],
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-03-15', endDate: null }],
  },
  {
    name: 'en: change the end date from the summary',
    locale: 'en-GB',
    steps: [
      ['Hospiliss for 90041212377 at IRIS, capacity hospital, assistant to a doctor from 1 March 2027', at('confirm')],
      ['change the end date to 30 June 2027', at('confirm', 'until 30/06/2027')],
      ['yes', done()],
    ],
    grants: [{ niss: JAN, application: 'HOSPILISS' }],
    functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: dayAfter('2027-06-30') }],
  },
  {
    name: 'fr: cancel mid-way leaves nothing',
    steps: [['HospiSup pour 85073003328', at('confirm', 'Hôpitaux IRIS Sud')], ['annuler', at(null, "C'est annulé")]],
    grants: [],
  },
  {
    name: 'nl: "nee" at the summary cancels',
    locale: 'nl-BE',
    steps: [['geef HospiSup aan 82022116865 in Sainte-Anne', at('confirm')], ['nee', at(null)]],
    grants: [],
  },
  {
    name: 'fr → en: language switched by asking, and kept',
    steps: [
      ['bonjour', at('entity', 'Pour quelle entité')],
      ['in English please', at('entity', 'I will continue in English', 'Which entity')],
      ['Sainte-Anne', at('niss', 'national number')],
      [NATHALIE, at('confirmPerson', 'Is this the right person?')],
      ['yes', at('applications')],
      ['hospisup', at('confirm', 'Here is what I am going to do')],
      ['oui', done('Saved for Dr Nathalie Dubois'.replace('Saved for', ''))],
    ],
    grants: [{ niss: NATHALIE, application: 'HOSPISUP' }],
  },
  {
    name: 'de: the activity locale sets the language',
    locale: 'de-DE',
    steps: [['hallo', at('entity', 'Für welche Einrichtung')], ['Sainte-Anne', at('niss')], [ELS, at('confirmPerson')], ['ja', at('applications')], ['eBirth', at('confirm')], ['ja', done()]],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
  },
  {
    name: 'fr: an ambiguous name is asked back with the candidates',
    steps: [
      ['hospi pour 85073003328, IRIS, qualité hôpital', at('confirmPerson', /« hospi » peut désigner Hospiliss ou HospiSup : précisez laquelle.|Je ne trouve pas « hospi ».*HospiSup ou Hospiliss/)],
      ['oui', at('applications')],
      ['hospisup', at('confirm')],
      ['oui', done()],
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'fr: a wrong check digit is named, then three misses offer help',
    steps: [
      ['bonjour', at('entity')], ['2', at('quality')], ['1', at('niss')],
      ['85073003329', at('niss', 'Les deux derniers chiffres (29) sont des chiffres de contrôle')],
      ['je cherche', at('niss')],
      ['un instant', at('niss', 'Je ne comprends toujours pas', '« aide »')],
      [MARIE, at('confirmPerson')], ['oui', at('applications')], ['hospisup', at('confirm')], ['oui', done()],
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'fr: a past start date and an end date before the start are explained',
    steps: [
      ["Colindos pour 85073003328, IRIS, qualité hôpital, collaboratrice d'un médecin à partir du 01-01-2020", at('startDate', 'est déjà passé : une fonction commence au plus tôt')],
      ['01-03-2027', at('endDate')],
      ['01-02-2027', at('endDate', 'La date de fin doit être postérieure à la date de début (01/03/2027)')],
      ['aucune', at('confirm')],
      ['oui', done()],
    ],
    grants: [{ niss: MARIE, application: 'COLINDOS' }],
    functions: [{ niss: MARIE, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null }],
  },
  {
    name: 'fr: a status question while granting is answered, then the question comes back',
    before: [['donne HospiSup à 85073003328, IRIS, qualité hôpital', 'oui']],
    steps: [
      ['bonjour', at('entity')],
      ["est-ce que l'accès de 85073003328 à HospiSup est actif ?", at('entity', /HospiSup : en cours, actif le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)],
      ['annuler', at(null)],
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'en: a status question for an unknown person and for an application not held',
    locale: 'en-GB',
    steps: [
      [`is the access of ${NEW_NISS} to HospiSup active?`, at(null, 'No user of your entities has the NISS')],
      ['is the access of 85073003328 to Colindos active?', at(null, 'Colindos: no access')],
    ],
    grants: [],
  },
  {
    name: "fr: copy a colleague's access and trim it",
    before: [["Colindos et HospiSup pour 90041212377, IRIS, qualité hôpital, collaborateur d'un médecin à partir du 1er mars 2027", 'oui']],
    steps: [
      ['même accès que 90041212377 pour 85073003328, IRIS, qualité hôpital', at('confirmPerson', 'Jan Peeters a HospiSup, Colindos et la fonction collaborateur médecin-spécialiste')],
      ['oui', at('startDate')],
      ['lundi 1er mars 2027', at('endDate')],
      ['aucune', at('confirm', 'Colindos et HospiSup')],
      ['pas HospiSup', at('confirm')],
      ['oui', done()],
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }, { niss: JAN, application: 'HOSPISUP' }, { niss: MARIE, application: 'COLINDOS' }],
    functions: [
      { niss: JAN, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null },
      { niss: MARIE, function: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null },
    ],
  },
  {
    name: 'fr: help, back, recap and start over along the way',
    steps: [
      ['bonjour', at('entity')], ['2', at('quality')], ['1', at('niss')],
      ['aide', at('niss', "J'attends le NISS de la personne", '« retour »')],
      [MARIE, at('confirmPerson')],
      ['retour', at('niss')],
      [MARIE, at('confirmPerson')], ['oui', at('applications')],
      ['où en est-on ?', at('applications', "Voici ce que j'ai jusqu'ici", 'Dr Marie Dupont')],
      ['recommencer', at('entity', 'on recommence')],
      ['Sainte-Anne', at('niss')], [LUCAS, at('confirmPerson')], ['oui', at('applications')], ['ebirth', at('confirm')], ['oui', done()],
    ],
    grants: [{ niss: LUCAS, application: 'EBIRTH' }],
  },
  {
    name: 'fr: an application of another qualité is refused with the reason',
    steps: [
      ['bonjour', at('entity')], ['2', at('quality')], ['2', at('activateQuality')], ['oui', at('niss')], [MARIE, at('confirmPerson')], ['oui', at('applications')],
      ['hospisup', at('applications', 'ne fait pas partie de la qualité « Soins de santé (INAMI) »')],
      ['chapitre 4', at('confirm')],
      ['oui', done()],
    ],
    grants: [{ niss: MARIE, application: 'CHAPTER_IV' }],
  },
  {
    name: 'fr: a new user named in the first message is created step by step',
    steps: [
      [`donne HospiSup à ${NEW_NISS} à Sainte-Anne`, at('username', 'Aucun utilisateur')],
      ['cvandamme', at('usernameConfirm')], ['cvandamme', at('lastName')], ['Van Damme', at('firstName')], ['Claire', at('title')],
      ['aucun', at('language')], ['néerlandais', at('email')], ['claire.vandamme@example.be', at('localEmail')], ['aucune', at('confirm', 'Nouvel utilisateur : Claire Van Damme')],
      ['oui', done()],
    ],
    grants: [{ niss: NEW_NISS, application: 'HOSPISUP' }],
  },
];

describe('conversations that understand people, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const turnsPerGrant: number[] = [];

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it('has at least 20 conversations', () => expect(conversations.length).toBeGreaterThanOrEqual(20));

  it.each(conversations)('$name', async ({ name, locale, before = [], steps, grants, functions = [] }) => {
    for (const [i, texts] of before.entries()) await new ChatClient(() => sesame.url, `before-${i}`).walk(texts);
    const chat = new ChatClient(() => sesame.url, `conv-${name}`, locale ? { locale } : {});
    let last: Reply | undefined;
    for (const [text, expected] of steps) {
      const replies = await chat.send(text);
      last = replies[0]!;
      expect({ text, slot: last.channelData?.sesame?.expecting ?? null }).toEqual({ text, slot: expected.slot });
      for (const s of expected.says ?? []) expect(last.text).toEqual(typeof s === 'string' ? expect.stringContaining(s) : expect.stringMatching(s));
    }
    if (last?.channelData?.sesame?.done) turnsPerGrant.push(steps.length);

    expectStoreHolds(sesame, grants, functions);
  });

  it('remembers the language a manager asked for, in their next conversations', async () => {
    await new ChatClient(() => sesame.url, 'first').walk(['bonjour', 'in het Nederlands graag']);
    const [reply] = await new ChatClient(() => sesame.url, 'second', { locale: 'fr-BE' }).send('bonjour');
    expect(reply!.text).toContain('Voor welke entiteit');
  });

  it('grants in two turns when the first message says it all', () => {
    const oneSentence = conversations.filter((c) => /one sentence/.test(c.name));
    expect(oneSentence.length).toBeGreaterThanOrEqual(4);
    for (const c of oneSentence) expect({ name: c.name, turns: c.steps.length }).toEqual({ name: c.name, turns: 2 });
  });

  // Runs after the conversations above (jest keeps the order of a file's tests).
  it('completes a grant in fewer turns than the portal has screens (median over the conversations above)', () => {
    const sorted = [...turnsPerGrant].sort((a, b) => a - b);
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
    if (process.env.SESAME_REPORT_TURNS) process.stdout.write(`turns per completed grant: ${JSON.stringify(sorted)}; median ${median}\n`);
    expect(sorted.length).toBeGreaterThanOrEqual(15);
    expect(median).toBeLessThan(9);
  });
});
