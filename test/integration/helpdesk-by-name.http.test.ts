import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { expectSteps } from '../support/chat-steps';
import { ELS, JAN, MARIE, NATHALIE, describeConversations, granted, inLocale, step, type Conversation } from '../support/conversations';

/**
 * Trial 4, items 6 and 7, over HTTP against the store and the audit log: "why has X no access", "X cannot log in" asked
 * by name in every language is a diagnosis of one of the manager's users (never a grant started, a request in progress
 * untouched); a revocation by name in formal words or with a title ("Entziehen Sie …", "Frau Dubois") finds the person;
 * "retire-lui eBirth" is about the person of the last status answer; an example NISS shown is nobody's.
 */
const fr = inLocale('fr-BE');
const nl = inLocale('nl-BE');
const de = inLocale('de-BE');
const en = inLocale('en-GB');

/** The fictitious NISS the examples show (valid check digits, nobody's in the demo store); never a real user's. */
const EXAMPLE = '80.05.15-123.75';
const NEVER_A_GRANT = ['Pour quelle entité', 'Voor welke entiteit', 'Für welche Einrichtung', 'Which entity'];
const stepNever = (text: string, slot: string | null, says: (string | RegExp)[], never: string[]) => ({ text, slot, says, never });

const ELS_EBIRTH = ['donne eBirth à 78110324621 à Sainte-Anne', 'oui'];
const NATHALIE_EBIRTH = ['donne eBirth à 82022116865 à Sainte-Anne', 'oui'];
const JAN_HOSPISUP = ['donne HospiSup à 90041212377 à IRIS', 'oui'];
const MARIE_EBIRTH = ['donne eBirth à 85073003328 à IRIS', 'oui'];

const conversations: Conversation[] = [
  // 1. The diagnosis by name, in every language; never a grant, never the hint alone.
  fr({
    name: "fr: « pourquoi Lucas Mertens n'a toujours pas accès à Colindos ? » est un diagnostic de Lucas Mertens, pas un conseil de donner un NISS",
    steps: [
      stepNever("pourquoi Lucas Mertens n'a toujours pas accès à Colindos ?", null, ["Lucas Mertens n'a pas reçu l'accès à Colindos"], ['Demandez-moi', '85.07.30-033.28', ...NEVER_A_GRANT]),
      step('oui', null, 'Que puis-je faire pour vous ?'),
    ],
    grants: [],
    audit: [],
  }),
  fr({
    name: "fr: « Jan Peeters me dit qu'il n'arrive pas à ouvrir HospiSup, vous savez pourquoi ? » : l'accès enregistré est dit, aucune demande ouverte",
    before: [JAN_HOSPISUP],
    steps: [
      stepNever("bonjour, Jan Peeters me dit qu'il n'arrive pas à ouvrir HospiSup, vous savez pourquoi ?", null, ["L'accès de Jan Peeters à HospiSup est enregistré et sera actif"], NEVER_A_GRANT),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [],
  }),
  fr({
    name: "fr: « Paul Inconnu n'arrive pas à se connecter » : personne de ce nom parmi vos utilisateurs, son NISS est demandé, rien n'est ouvert",
    steps: [stepNever("Paul Inconnu n'arrive pas à se connecter, pourquoi ?", null, ["Aucun utilisateur de vos entités ne s'appelle Paul Inconnu", 'NISS'], NEVER_A_GRANT)],
    grants: [],
    audit: [],
  }),
  fr({
    name: 'fr: au milieu d’une demande, « pourquoi Jan Peeters ne peut pas se connecter ? » est diagnostiqué, la demande reste et se confirme telle quelle',
    steps: [
      step(`donne eBirth à ${MARIE} à IRIS`, 'confirm', 'Dr Marie Dupont'),
      stepNever('au fait, pourquoi Jan Peeters ne peut pas se connecter ?', 'confirm', ["Le compte de Jan Peeters est actif (nom d'utilisateur jpeeters)", 'eBirth'], ['remplace']),
      step('oui', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [granted(MARIE, 'EBIRTH')],
  }),
  fr({
    name: "fr: « retire-lui eBirth » juste après « quels accès a Els Janssens ? » retire l'eBirth d'Els Janssens, sans demander son NISS",
    before: [ELS_EBIRTH],
    steps: [
      step('quels accès a Els Janssens ?', null, 'Apr. Els Janssens', 'eBirth'),
      stepNever('retire-lui eBirth', 'people.confirm', ['Els Janssens', 'eBirth'], ['il me faut le NISS', '85073003328']),
      step('oui', null),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: ELS, application: 'EBIRTH' }],
  }),
  fr({
    name: "fr: « retire-lui eBirth » sans personne dont on vient de parler : le NISS est demandé, avec un exemple qui n'est celui de personne, rien n'est retiré",
    before: [ELS_EBIRTH],
    // Asked whose NISS, the question kept open (the NISS typed next continues the revocation, never opens a grant).
    steps: [stepNever('retire-lui eBirth', 'people.niss', ['il me faut le NISS de la personne', '80051512375'], ['85073003328', 'Els Janssens']), step('annuler', null)],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [],
  }),
  de({
    name: 'de: mitten in einem Antrag ist „entziehen Sie ihr eBirth“ kein Entzug für die zuletzt genannte Person; der Antrag bleibt',
    before: [ELS_EBIRTH],
    steps: [
      step('welche Zugänge hat Els Janssens?', null, 'Apr. Els Janssens'),
      step(`gib HospiSup an ${MARIE} in IRIS`, 'confirm', 'Dr Marie Dupont'),
      stepNever('entziehen Sie ihr eBirth', 'confirm', ['ENSS'], ['Els Janssens']),
      step('abbrechen', null),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [],
  }),
  fr({
    name: "fr: « retire-lui eBirth » après une autre demande que la question d'accès ne vise plus la personne de cette réponse : le NISS est demandé",
    before: [ELS_EBIRTH],
    steps: [
      step('quels accès a Els Janssens ?', null, 'Apr. Els Janssens', 'eBirth'),
      step('liste les utilisateurs de Sainte-Anne', null, 'Utilisateurs'),
      stepNever('retire-lui eBirth', 'people.niss', ['il me faut le NISS de la personne'], ['Els Janssens']),
      step('annuler', null),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [],
  }),
  fr({
    name: "fr: l'aide du diagnostic montre un NISS d'exemple qui n'est celui de personne",
    steps: [stepNever("pourquoi quelqu'un n'a pas accès ?", null, [EXAMPLE], ['85.07.30-033.28'])],
    grants: [],
    audit: [],
  }),

  nl({
    name: 'nl: „waarom heeft Jan Peeters nog altijd geen HospiSup?” is een diagnose: de toegang is ingeschreven en wanneer hij actief wordt',
    before: [JAN_HOSPISUP],
    steps: [stepNever('waarom heeft Jan Peeters nog altijd geen HospiSup?', null, ['Jan Peeters', 'HospiSup'], NEVER_A_GRANT)],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [],
  }),
  nl({
    name: 'nl: „Lucas Mertens kan niet inloggen, weet u waarom?”: hij heeft nog geen wachtwoord gekozen',
    steps: [stepNever('Lucas Mertens kan niet inloggen, weet u waarom?', null, ['Lucas Mertens', 'wachtwoord'], NEVER_A_GRANT)],
    grants: [],
    audit: [],
  }),
  nl({
    name: 'nl: „trek de toegang van mevrouw Janssens tot eBirth in”: de titel in kleine letters, de persoon gevonden',
    before: [ELS_EBIRTH],
    steps: [
      stepNever('trek de toegang van mevrouw Janssens tot eBirth in', 'people.confirm', ['Els Janssens', 'eBirth'], ['INSZ van de persoon nodig']),
      step('ja', null),
    ],
    grants: [{ niss: ELS, application: 'EBIRTH' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: ELS, application: 'EBIRTH' }],
  }),
  nl({
    name: 'nl: „trek eBirth bij haar in” na „welke toegangen heeft Marie Dupont?” gaat over Marie Dupont',
    before: [MARIE_EBIRTH],
    steps: [
      step('welke toegangen heeft Marie Dupont?', null, 'Dr Marie Dupont', 'eBirth'),
      stepNever('trek eBirth bij haar in', 'people.confirm', ['Marie Dupont', 'eBirth'], ['INSZ van de persoon nodig']),
      step('ja', null),
    ],
    grants: [{ niss: MARIE, application: 'EBIRTH' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: MARIE, application: 'EBIRTH' }],
  }),

  de({
    name: 'de: „warum hat Jan Peeters noch keinen Zugang zu TCT?“ ist eine Diagnose von Jan Peeters, kein Hinweis auf die ENSS',
    steps: [
      stepNever('warum hat Jan Peeters noch keinen Zugang zu TCT?', null, ['Jan Peeters'], ['Fragen Sie mich', '85.07.30-033.28', ...NEVER_A_GRANT]),
      step('ja', null, 'Was kann ich für Sie tun?'),
    ],
    grants: [],
    audit: [],
  }),
  de({
    name: 'de: „und warum kann Pieter De Smet sich nicht anmelden?“: sein Konto ist deaktiviert; kein Antrag beginnt',
    steps: [stepNever('und warum kann Pieter De Smet sich nicht anmelden?', null, ['Das Konto von Dr Pieter De Smet ist deaktiviert'], NEVER_A_GRANT)],
    grants: [],
    audit: [],
  }),
  de({
    name: 'de: „entziehen Sie bitte Frau Dubois den Zugang zu eBirth“: Frau Dubois ist Nathalie Dubois, ihr eBirth wird entzogen',
    before: [NATHALIE_EBIRTH],
    steps: [
      stepNever('entziehen Sie bitte Frau Dubois den Zugang zu eBirth', 'people.confirm', ['Nathalie Dubois', 'eBirth'], ['brauche ich die ENSS']),
      step('ja', null),
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: NATHALIE, application: 'EBIRTH' }],
  }),
  de({
    name: 'de: „Entziehen Sie Nathalie Dubois den Zugang zu Chapter IV“: sie hat ihn nicht, das wird sofort gesagt, nichts entzogen',
    steps: [stepNever('Entziehen Sie Nathalie Dubois den Zugang zu Chapter IV', null, ['Nathalie Dubois', 'Chapter IV'], ['brauche ich die ENSS'])],
    grants: [],
    audit: [],
  }),

  en({
    name: "en: “why doesn't Lucas Mertens have access to Colindos yet?” is a diagnosis of Lucas Mertens",
    steps: [stepNever("why doesn't Lucas Mertens have access to Colindos yet?", null, ['Lucas Mertens', 'Colindos'], ['Ask me', '85.07.30-033.28', ...NEVER_A_GRANT])],
    grants: [],
    audit: [],
  }),
  en({
    name: "en: “Els Janssens can't log in, any idea why?”: her account is active, nothing stops her from this side",
    steps: [stepNever("Els Janssens can't log in, any idea why?", null, ["Apr. Els Janssens's account is active (username ejanssens)"], NEVER_A_GRANT)],
    grants: [],
    audit: [],
  }),
  en({
    name: "en: “please revoke Dr Dubois's access to eBirth”: the title and the possessive, Nathalie Dubois found",
    before: [NATHALIE_EBIRTH],
    steps: [
      stepNever("please revoke Dr Dubois's access to eBirth", 'people.confirm', ['Nathalie Dubois', 'eBirth'], ["I need the person's NISS"]),
      step('yes', null),
    ],
    grants: [{ niss: NATHALIE, application: 'EBIRTH' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: NATHALIE, application: 'EBIRTH' }],
  }),
  en({
    name: 'en: “revoke his HospiSup” right after “what access does Jan Peeters have?” is about Jan Peeters',
    before: [JAN_HOSPISUP],
    steps: [
      step('what access does Jan Peeters have?', null, 'Jan Peeters', 'HospiSup'),
      stepNever('revoke his HospiSup', 'people.confirm', ['Jan Peeters', 'HospiSup'], ["I need the person's NISS"]),
      step('yes', null),
    ],
    grants: [{ niss: JAN, application: 'HOSPISUP' }],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: JAN, application: 'HOSPISUP' }],
  }),
];

describeConversations('helpdesk and revocations by name (trial 4, items 6 and 7)', ['fr', 'nl', 'de', 'en'], conversations, 3);

/**
 * Trial 4, item 7: a German grant sentence names the person after its verb and an access that does not exist, as the other
 * languages do; after an entity refused for want of a role there, a NISS given is said to be for the manager's own entities
 * only, and nothing another entity holds of that person (name, username, e-mail) is shown.
 */
describe('what a grant sentence names is said, and a NISS after a refusal (trial 4, item 7)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const chat = (locale: string) => new ChatClient(() => sesame.url, `refused-${++n}`, { from: 'demo-manager', locale });
  const audit = () => sesame.store.audit.list({ limit: 100 }).filter((a) => a.action !== 'issueInvitation').map((a) => ({ action: a.action, outcome: a.outcome }));
  /** Thomas Claes, a user of CHU Saint-Pierre only, where the demo manager has no role. */
  const THOMAS = '75120512328';

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    const { catalog, people } = sesame.store;
    const chu = catalog.addEntity('710126-11', 'CHU Saint-Pierre', [{ kind: 'HOSPITAL', active: true }]);
    const hospital = catalog.qualitiesOfEntity(chu.id).find((q) => q.kind === 'HOSPITAL')!;
    people.insertUser({ niss: THOMAS, username: 'tclaes', lastName: 'Claes', firstName: 'Thomas', title: null, language: 'fr', email: 'thomas.claes@chu.example.be', localEmail: null }, hospital.id, 'active');
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  const HIDDEN = ['tclaes', 'thomas.claes@'];
  it.each<[string, string, string[], string, string[], string]>([
    ['fr-BE', 'donne HospiSup à Thomas Claes au CHU Saint-Pierre', ["pas de rôle dans l'entité CHU Saint-Pierre", 'Pour quelle entité travaillez-vous ?'],
      'et avec son NISS 75120512328 ?', ["NISS 75.12.05-123.28 : noté pour une demande dans l'une de vos entités, pas au CHU Saint-Pierre", 'que si vous le demandez'], 'annuler'],
    ['nl-BE', 'geef TCT aan Thomas Claes in CHU Saint-Pierre', ['geen rol in de entiteit CHU Saint-Pierre', 'Voor welke entiteit werkt u?'],
      'zijn INSZ is 75120512328', ['INSZ 75.12.05-123.28: genoteerd voor een aanvraag in een van uw entiteiten, niet in CHU Saint-Pierre', 'als u dat vraagt'], 'annuleren'],
    ['de-BE', 'gib Thomas Claes HospiSup im CHU Saint-Pierre', ['keine Rolle', 'Für welche Einrichtung arbeiten Sie?'],
      'und mit seiner ENSS 75120512328?', ['ENSS 75.12.05-123.28: notiert für einen Antrag in einer Ihrer Einrichtungen, nicht in CHU Saint-Pierre', 'wenn Sie es verlangen'], 'abbrechen'],
    ['en-GB', 'give Thomas Claes eBirth at CHU Saint-Pierre', ['no role at CHU Saint-Pierre', 'Which entity are you working for?'],
      'his NISS is 75120512328', ['NISS 75.12.05-123.28: noted for a request in one of your entities, not at CHU Saint-Pierre', 'only if you ask me to'], 'cancel'],
  ])('%s: %s, then the NISS: said to be for the manager’s own entity only, nothing of the person shown', async (locale, first, refused, niss, noted, stop) => {
    const c = chat(locale);
    await expectSteps(c, [
      // One question after the refusal: the person is looked for once one of the manager's entities is chosen.
      { text: first, slot: 'entity', says: refused, never: HIDDEN },
      { text: niss, slot: 'entity', says: noted, never: HIDDEN },
      { text: 'IRIS Sud', slot: 'confirm', never: HIDDEN },
      { text: stop, slot: null },
    ]);
    expect(sesame.store.access.listGrants()).toEqual([]);
    // The refusal at CHU Saint-Pierre, audited once; nothing else written.
    expect(audit()).toEqual([{ action: 'grantAccess', outcome: 'refused' }]);
  });

  it.each<[string, string, (string | RegExp)[]]>([
    ['de-BE', 'Geben Sie Els Janssens bitte Zugang zu Medimail', [/„medimail“|„medimail”|« medimail »|“medimail”/, 'Apr. Els Janssens']],
    ['de-BE', 'Geben Sie Els Janssens in Sainte-Anne bitte Zugang zu Medimail', [/„medimail“|„medimail”|« medimail »|“medimail”/, 'Apr. Els Janssens']],
    ['nl-BE', 'geef Els Janssens toegang tot Medimail', [/„medimail“|„medimail”|« medimail »|“medimail”/, 'Apr. Els Janssens']],
    ['en-GB', 'give Els Janssens access to Medimail', [/„medimail“|„medimail”|« medimail »|“medimail”/, 'Apr. Els Janssens']],
    ['fr-BE', "donne à Els Janssens l'accès à Medimail", [/„medimail“|„medimail”|« medimail »|“medimail”/, 'Apr. Els Janssens']],
  ])('%s: “%s” names the unknown application and the person', async (locale, text, says) => {
    const c = chat(locale);
    await expectSteps(c, [{ text, slot: expect.anything() as unknown as string, says, never: ['called Medimail', 'heißt Medimail', 'heet Medimail'] }]);
    expect(sesame.store.access.listGrants()).toEqual([]);
  });
});
