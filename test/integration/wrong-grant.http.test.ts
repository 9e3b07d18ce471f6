import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { expectSteps, type Step } from '../support/chat-steps';

/**
 * The grants a user trial found nobody had asked for, over HTTP against the store, class by class in
 * several languages: another person said with "also", a revocation in everyday words, ordinary words
 * read as applications, "instead of" that added. Checked in the replies, the grants table and the audit.
 */

const MARIE = '85073003328';
const JAN = '90041212377';

interface Conversation {
  name: string;
  locale?: string;
  before?: string[][];
  steps: Step[];
  /** Every row of the grants table at the end (revoked ones included). */
  grants: { niss: string; application: string }[];
  /** Grants taken away in the conversation: their status is no longer pending or active. */
  revoked?: { niss: string; application: string }[];
}
const step = (text: string, slot: string | null, ...says: (string | RegExp)[]): Step => ({ text, slot, says });

const conversations: Conversation[] = [
  // 1. "also … to <another person>" is another request: Dr Dupont never gets Jan Peeters' access.
  {
    name: 'en: "also give Colindos to Jan Peeters, he assists a doctor" is Jan\'s request, not an addition to Dr Dupont\'s',
    locale: 'en-GB',
    steps: [
      step('give eBirth to 85073003328 at IRIS Sud', 'confirm', 'Dr Marie Dupont'),
      // Jan Peeters is a user of IRIS Sud only: his request goes there, said, and who he is is asked.
      step('also give Colindos to Jan Peeters, he assists a doctor', 'confirmPerson', 'I am setting aside the request under way (eBirth for Dr Marie Dupont)', 'I found Jan Peeters (NISS 90.04.12-123.77) among the users of your entities.',
        'the only one of your entities where Jan Peeters is a user'),
      { text: 'yes', slot: 'startDate', never: ['Dr Marie Dupont'] },
      step('from 1 March 2027', 'endDate'),
      step('none', 'confirm', 'Jan Peeters'),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
  },
  {
    name: 'fr: "donne aussi Colindos à Jan Peeters" sets Dr Dupont\'s request aside',
    steps: [
      step('donne eBirth à 85073003328 pour IRIS Sud', 'confirm', 'Dr Marie Dupont'),
      // Jan Peeters is a user of IRIS Sud only: his request goes there, said; a yes confirms who he is, nothing is recorded.
      step('donne aussi Colindos à Jan Peeters', 'confirmPerson', 'Je laisse de côté la demande en cours (eBirth pour Dr Marie Dupont)', "J'ai trouvé Jan Peeters (NISS 90.04.12-123.77) parmi les utilisateurs de vos entités.",
        'la seule de vos entités où Jan Peeters est utilisateur'),
      { text: 'oui', slot: 'role', never: ["C'est enregistré"] },
      step('annuler', null),
    ],
    grants: [],
  },
  {
    name: 'nl: "geef ook HospiSup aan <another NISS>" is that person\'s request, with HospiSup only',
    locale: 'nl-BE',
    steps: [
      step('geef eBirth aan 85073003328 in IRIS', 'confirm', 'Dr Marie Dupont'),
      step(`geef ook HospiSup aan ${JAN} in IRIS`, 'confirm', 'Ik laat de lopende aanvraag', 'Jan Peeters'),
      { text: 'ja', slot: null, never: ['Dr Marie Dupont'] },
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
  },
  // 2. A revocation in everyday words starts the revocation, never a grant.
  {
    name: 'de: "Frau Dupont (85073003328) braucht HospiSup nicht mehr" revokes, it grants nothing',
    locale: 'de-BE',
    before: [['donne HospiSup à 85073003328 pour IRIS', 'oui']],
    steps: [step('Frau Dupont (85073003328) braucht HospiSup nicht mehr', 'people.confirm', 'HospiSup'), step('ja', null)],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    revoked: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'nl: "neem HospiSup af van 85073003328" revokes',
    locale: 'nl-BE',
    before: [['donne HospiSup à 85073003328 pour IRIS', 'oui']],
    steps: [step('neem HospiSup af van 85073003328', 'people.confirm', 'HospiSup'), step('ja', null)],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    revoked: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'en: "85073003328 doesn\'t need HospiSup anymore" revokes',
    locale: 'en-GB',
    before: [['donne HospiSup à 85073003328 pour IRIS', 'oui']],
    steps: [step("85073003328 doesn't need HospiSup anymore", 'people.confirm', 'HospiSup'), step('yes', null)],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    revoked: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'fr: "elle n\'a plus besoin de HospiSup" without a NISS asks it, keeps the question open, and the NISS continues the revocation',
    before: [['donne HospiSup à 85073003328 pour IRIS', 'oui']],
    steps: [
      { text: "elle n'a plus besoin de HospiSup", slot: 'people.niss', says: ['il me faut le NISS de la personne', 'retire HospiSup à 80051512375'], never: ['Pour quelle entité', 'à 85073003328'] },
      // A stray "oui" or a number is no NISS: said, the question kept; never a grant.
      { text: 'oui', slot: 'people.niss', says: ["Ce n'est pas un NISS"], never: ['Pour quelle entité'] },
      { text: '2', slot: 'people.niss', says: ["Ce n'est pas un NISS"], never: ['Pour quelle entité'] },
      step('85073003328', 'people.confirm', 'HospiSup'),
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
    revoked: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'en: "remove her access to HospiSup" at the summary adds nothing',
    locale: 'en-GB',
    steps: [
      step('give eBirth to 85073003328 at IRIS', 'confirm'),
      step('remove her access to HospiSup', 'confirm', "I need the person's NISS"),
      step('yes', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
  },
  // 3. Ordinary words are no application; a near miss is said.
  {
    name: 'fr: "service diabète", "congé de naissance", "disponibilités" add nothing',
    steps: [
      { text: 'donne HospiSup à 85073003328 pour IRIS, elle est du service diabète et revient de congé de naissance, selon ses disponibilités', slot: 'confirm', never: ['eBirth', 'Diabète', 'disponibilité'] },
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'nl: "in plaats van" and "eerste lijn" add nothing',
    locale: 'nl-BE',
    steps: [
      { text: 'geef HospiSup aan 85073003328 in IRIS in plaats van haar collega, zij werkt in de eerste lijn', slot: 'confirm', never: ['Traceerbaarheid', 'Primary Care', 'Centraal'] },
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'en: "rare disease" adds nothing; "colindoss" is said as read',
    locale: 'en-GB',
    steps: [
      { text: 'give colindoss to 90041212377 at IRIS, he is a doctor working on rare disease', slot: 'confirm', says: ['I read "colindoss" as Colindos'], never: ['Corona'] },
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
  },
  // 4. "instead of" replaces, and says so.
  {
    name: 'de: "HospiSup statt eBirth" replaces eBirth',
    locale: 'de-BE',
    steps: [step('gib eBirth an 85073003328 für IRIS', 'confirm'), step('HospiSup statt eBirth', 'confirm', 'HospiSup ersetzt eBirth im Antrag'), step('ja', null)],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'fr: "remplace eBirth par HospiSup" replaces eBirth',
    steps: [step('donne eBirth à 85073003328 pour IRIS', 'confirm'), step('remplace eBirth par HospiSup', 'confirm', 'HospiSup remplace eBirth dans la demande'), step('oui', null)],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'nl: "HospiSup in plaats van eBirth" replaces eBirth',
    locale: 'nl-BE',
    steps: [step('geef eBirth aan 85073003328 in IRIS', 'confirm'), step('HospiSup in plaats van eBirth', 'confirm', 'HospiSup vervangt eBirth'), step('ja', null)],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
  {
    name: 'en: "swap eBirth for HospiSup" replaces eBirth',
    locale: 'en-GB',
    steps: [step('give eBirth to 85073003328 at IRIS', 'confirm'), step('swap eBirth for HospiSup', 'confirm', 'HospiSup replaces eBirth in the request'), step('yes', null)],
    grants: [{ niss: MARIE, application: 'HOSPISUP' }],
  },
];

describe('no grant nobody asked for, over HTTP', () => {
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

  it.each(conversations)('$name', async ({ name, locale, before = [], steps, grants, revoked = [] }) => {
    for (const [i, texts] of before.entries()) await new ChatClient(() => sesame.url, `before-${i}`).walk(texts);
    const chat = new ChatClient(() => sesame.url, `wrong-grant-${name}`, { from: 'demo-manager', ...(locale ? { locale } : {}) });
    await expectSteps(chat, steps);
    const held = sesame.store.access.listGrants().map((g) => ({ niss: g.niss, application: g.application }));
    expect(held).toEqual(expect.arrayContaining(grants));
    expect(held).toHaveLength(grants.length);
    expect(sesame.store.access.listFunctions().filter((f) => f.niss === MARIE)).toHaveLength(0);
    const gone = sesame.store.access.listGrants().filter((g) => g.status !== 'pending' && g.status !== 'active').map((g) => ({ niss: g.niss, application: g.application }));
    expect(gone).toEqual(revoked);
  });
});
