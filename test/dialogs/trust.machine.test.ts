import { viewOf } from '../../dialogs/grant/grant-access.view';
import type { Summary } from '../../src/i18n/grant.catalog';
import type { GrantRequest } from '../../dialogs/grant/grant-access.types';
import { ANNE, HOSPITAL, INAMI_CARE, IRIS, JAN_NISS, MARIE_NISS, OTHER_NISS, vocabularyOfWorld, walk, type Step, type World } from './support/grant-world';
import { grantMessage } from '../support/say';

/**
 * "Nothing named is dropped or replaced silently", class by class, in the four languages: each
 * conversation says what is asked next, what is said, and what is executed (null: nothing).
 */
interface Case { name: string; world?: World; steps: Step[]; executed: Partial<GrantRequest> | null }

const ONE_ENTITY: World = { entities: [IRIS], qualities: [HOSPITAL, INAMI_CARE] };
const INAMI_ONLY_GA: World = { entities: [IRIS], qualities: [INAMI_CARE] };
const FN_DOCTOR = { code: 'COLLAB_SPECIALIST', startDate: '2027-03-01', endDate: null };

const cases: Case[] = [
  // 1. An entity where the manager holds no role is said, and asked again; theirs is never put in its place.
  ...([
    ['fr', 'donne eBirth à 85073003328 pour le CHU de Liège'],
    ['nl', 'geef eBirth aan 85073003328 in Sart Tilman'],
    ['de', 'gib eBirth an 85073003328 für Einrichtung 710555-20'],
    ['en', 'give eBirth to 85073003328 at entity 710555-20'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: an entity without a role, with one entity of one's own`,
    world: ONE_ENTITY,
    steps: [[text, 'entity', ['entityNoRole']], ['1', 'confirm', ['qualityFromApplications']], ['oui', null, ['grantDone']]],
    executed: { qualityId: 11, applicationCodes: ['EBIRTH'] },
  })),
  {
    name: 'fr: an entity without a role, then "annuler": nothing executed',
    steps: [['HospiSup pour 90041212377 au CHU de Liège', 'entity', ['entityNoRole']], ['annuler', null, ['cancelled']]],
    executed: null,
  },
  // 2. A qualité outside a GA's scope is said, and asked again; never replaced by the one they have.
  ...([
    ['fr', 'donne Chapter IV à 85073003328, qualité hôpital'],
    ['nl', 'geef Chapter IV aan 85073003328, hoedanigheid ziekenhuis'],
    ['de', 'gib Chapter IV an 85073003328, Eigenschaft Krankenhaus'],
    ['en', 'give Chapter IV to 85073003328, capacity hospital'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: a GA of the INAMI qualité asks for the hospital qualité`,
    world: INAMI_ONLY_GA,
    steps: [[text, 'quality', ['qualityOutOfScope']], ['1', 'confirm'], ['yes', null]],
    executed: { qualityId: 12, applicationCodes: ['CHAPTER_IV'] },
  })),
  {
    name: 'fr: the qualité out of scope named in answer to the question is refused the same way',
    world: { entities: [IRIS, ANNE], qualities: [INAMI_CARE] },
    steps: [['bonjour', 'entity'], ['IRIS', 'niss', ['onlyQuality']], ['qualité hôpital', 'quality', ['qualityOutOfScope']], ['1', 'niss']],
    executed: null,
  },
  // 3. An unknown application is named back; one of another qualité is said with where it is.
  ...([
    ['fr', 'donne Xyzzyplan à 85073003328'],
    ['nl', 'geef Zorgportaal aan 85073003328'],
    ['de', 'gib Patientenakte an 85073003328'],
    ['en', 'give Qwertyapp to 85073003328'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: an unknown application name is said back`,
    world: { entities: [IRIS], qualities: [HOSPITAL] },
    steps: [[text, 'confirmPerson', ['applicationsUnknown']]],
    executed: null,
  })),
  {
    name: 'fr: an application of the other qualité is said, with where it is',
    world: ONE_ENTITY,
    steps: [['donne HospiSup à 85073003328, qualité soins de santé', 'confirmPerson', ['applicationNotInQuality']], ['oui', 'applications']],
    executed: null,
  },
  ...([
    ['fr', 'donne eBirth à 90041212377 pour IRIS'],
    ['nl', 'geef eBirth aan 90041212377 voor IRIS'],
    ['de', 'gib eBirth an 90041212377 für IRIS'],
    ['en', 'give eBirth to 90041212377 at IRIS'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: the qualité is inferred from applications found in only one`,
    steps: [[text, 'confirm', ['qualityFromApplications']], ['oui', null]],
    executed: { qualityId: 11, applicationCodes: ['EBIRTH'] },
  })),
  // 4. A refused date is asked again; a date no application uses is said, not shown.
  ...([
    ['fr', "Colindos pour 90041212377 à IRIS, collaborateur d'un médecin, du 1er mars 2027 au 1er février 2027"],
    ['nl', 'Colindos voor 90041212377 in IRIS, medewerker van een arts, van 1 maart 2027 tot 1 februari 2027'],
    ['de', 'Colindos für 90041212377 in IRIS, Mitarbeiter eines Arztes, vom 1. März 2027 bis 1. Februar 2027'],
    ['en', 'Colindos for 90041212377 at IRIS, collaborator of a doctor, from 1 March 2027 until 1 February 2027'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: an end date before the start is refused and asked again`,
    steps: [[text, 'endDate', ['dateInvalid']], ['aucune', 'confirm'], ['oui', null]],
    executed: { applicationCodes: ['COLINDOS'], fn: FN_DOCTOR },
  })),
  ...([
    ['fr', 'donne eBirth à 90041212377 à IRIS à partir du 3 mars 2025'],
    ['nl', 'geef eBirth aan 90041212377 in IRIS vanaf 3 maart 2025'],
    ['de', 'gib eBirth an 90041212377 in IRIS ab dem 3. März 2025'],
    ['en', 'give eBirth to 90041212377 at IRIS from 3 March 2025'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: a past date for an application without a function says no date is used`,
    steps: [[text, 'confirm', ['dateNotUsed']], ['oui', null]],
    executed: { applicationCodes: ['EBIRTH'], fn: null },
  })),
  {
    name: 'fr: a future date for an application without a function is said and set aside',
    steps: [['donne eBirth à 90041212377 à IRIS à partir du 3 mars 2027', 'confirm', ['dateNotUsed']], ['oui', null]],
    executed: { applicationCodes: ['EBIRTH'], fn: null },
  },
  // 5. A second request while one is open is a new request, never a correction of the first.
  ...([
    ['fr', 'donne Colindos à Jan Peeters'],
    ['nl', 'geef Colindos aan Jan Peeters'],
    ['de', 'gib Colindos an Jan Peeters'],
    ['en', 'give Colindos to Jan Peeters'],
  ] as const).map(([lang, text]): Case => ({
    name: `${lang}: a second request by name sets the first aside and asks the NISS`,
    world: ONE_ENTITY,
    steps: [['donne eBirth à 85073003328', 'confirm'], [text, 'niss', ['requestSetAside', 'nissOfNamed']], [JAN_NISS, 'confirmPerson'], ['oui', 'role']],
    executed: null,
  })),
  {
    name: 'fr: a second request by NISS is for that person, with its own applications only',
    world: ONE_ENTITY,
    steps: [['donne eBirth à 85073003328', 'confirm'], ['donne Colindos à 90041212377', 'confirmPerson', ['requestSetAside']], ['oui', 'role'], ['médecin', 'confirm'], ['oui', null]],
    executed: { user: { existingUserId: 8 }, applicationCodes: ['COLINDOS'], fn: null },
  },
  {
    name: 'de: a request for someone with other applications, while the first has no person yet, is another request',
    world: ONE_ENTITY,
    steps: [['gib HospiSup', 'niss'], ['gib eBirth an 90041212377', 'confirm', ['requestSetAside']], ['ja', null]],
    executed: { user: { existingUserId: 8 }, applicationCodes: ['EBIRTH'] },
  },
  {
    name: 'nl: the person of the request under way, given in a grant sentence, completes it',
    world: ONE_ENTITY,
    steps: [['geef eBirth', 'niss'], ['geef eBirth aan 90041212377', 'confirm'], ['ja', null]],
    executed: { user: { existingUserId: 8 }, applicationCodes: ['EBIRTH'] },
  },
  {
    name: 'fr: a correction stays a correction',
    world: ONE_ENTITY,
    steps: [['donne eBirth à 85073003328', 'confirm'], ['non, plutôt HospiSup', 'confirm'], ['oui', null]],
    executed: { user: { existingUserId: 7 }, applicationCodes: ['HOSPISUP'] },
  },
  {
    name: 'en: the NISS of someone else than the person named is said, and the person asked about',
    world: ONE_ENTITY,
    steps: [['give eBirth to Jan Peeters', 'niss', ['nissOfNamed']], [MARIE_NISS, 'confirmPerson', ['personNotNamed']], ['no', 'niss'], [JAN_NISS, 'confirm'], ['yes', null]],
    executed: { user: { existingUserId: 8 }, applicationCodes: ['EBIRTH'] },
  },
  // 6. Collaborators described with everyday verbs get the function their applications need; unclear is asked.
  ...([
    ['fr', 'il assiste le Dr Peeters', 'COLLAB_SPECIALIST'],
    ['fr', 'elle est secrétaire du Dr Martin', 'COLLAB_SPECIALIST'],
    ['fr', "elle travaille pour le pharmacien de l'hôpital", 'COLLAB_PHARMACIST'],
    ['nl', 'hij werkt voor dokter Janssens', 'COLLAB_SPECIALIST'],
    ['nl', 'assistent van dokter Peeters', 'COLLAB_SPECIALIST'],
    ['nl', 'zij helpt de ziekenhuisapotheker', 'COLLAB_PHARMACIST'],
    ['de', 'sie ist Assistentin von Dr. Weber', 'COLLAB_SPECIALIST'],
    ['de', 'er hilft der Ärztin', 'COLLAB_SPECIALIST'],
    ['de', 'sie arbeitet für den Krankenhausapotheker', 'COLLAB_PHARMACIST'],
    ['en', 'he assists Dr Peeters', 'COLLAB_SPECIALIST'],
    ['en', 'she works for a doctor', 'COLLAB_SPECIALIST'],
    ['en', 'helps the hospital pharmacist', 'COLLAB_PHARMACIST'],
  ] as const).map(([lang, wording, code]): Case => ({
    name: `${lang}: "${wording}" is a collaborator (${code})`,
    steps: [[`Colindos pour 90041212377 à IRIS, ${wording}, à partir du 1er mars 2027`, 'confirm'], ['oui', null]],
    executed: { applicationCodes: ['COLINDOS'], fn: { code, startDate: '2027-03-01', endDate: null } },
  })),
  ...([
    ['fr', "c'est le médecin lui-même"],
    ['nl', 'zij is zelf arts'],
    ['de', 'sie ist selbst Ärztin'],
    ['en', 'he is the doctor himself'],
  ] as const).map(([lang, wording]): Case => ({
    name: `${lang}: "${wording}" is the doctor, no function`,
    steps: [[`Colindos pour 90041212377 à IRIS, ${wording}`, 'confirm'], ['oui', null]],
    executed: { applicationCodes: ['COLINDOS'], fn: null },
  })),
  ...([
    ['fr', "c'est pour le Dr Peeters"],
    ['nl', 'het is voor dokter Peeters'],
    ['de', 'es ist für Dr. Weber'],
    ['en', "it's for Dr Peeters"],
  ] as const).map(([lang, wording]): Case => ({
    name: `${lang}: "${wording}" is unclear: the role is asked`,
    steps: [[`Colindos pour 90041212377 à IRIS, ${wording}`, 'confirmPerson'], ['oui', 'role']],
    executed: null,
  })),
  ...(["c'est pour le Dr Peeters", 'voor dokter Peeters', 'für Dr. Weber', 'for Dr Peeters'] as const).map((answer): Case => ({
    name: `"${answer}" in answer to the role question is asked again`,
    steps: [['Colindos pour 90041212377 à IRIS', 'confirmPerson'], ['oui', 'role'], [answer, 'role', ['roleInvalid']], ['3', 'function']],
    executed: null,
  })),
  // 7. A language request opens nothing.
  ...(['in English please', 'en néerlandais svp', 'auf Deutsch bitte', 'in het Frans graag'] as const).map((text): Case => ({
    name: `"${text}" changes the language and opens no request`,
    steps: [[text, null, ['languageChanged']]],
    executed: null,
  })),
  // 8. A user of another entity is added without showing what that entity knows of them.
  {
    name: 'fr: a user of another entity is not shown, and is added',
    world: ONE_ENTITY,
    steps: [[`donne eBirth à ${OTHER_NISS}`, 'confirm', ['personElsewhere']], ['oui', null]],
    executed: { user: { existingUserId: 9 }, applicationCodes: ['EBIRTH'] },
  },
  // 9. Stop said in a sentence stops.
  ...(['non, on arrête tout', 'nee, stop er maar mee', 'ach, lass gut sein', 'no, drop it', 'laisse tomber, merci', 'never mind, thanks'] as const).map((text): Case => ({
    name: `"${text}" at the summary cancels`,
    world: ONE_ENTITY,
    steps: [['donne eBirth à 85073003328', 'confirm'], [text, null, ['cancelled']]],
    executed: null,
  })),
  // 10. Relative dates in a one-sentence request are kept.
  ...([
    ['fr', 'à partir du 3 du mois prochain', '2026-12-03'],
    ['fr', 'dès le début du mois prochain', '2026-12-01'],
    ['nl', 'vanaf over twee weken', '2026-12-07'],
    ['de', 'ab Anfang nächster Woche', '2026-11-30'],
    ['de', 'ab dem 5. nächsten Monats', '2026-12-05'],
    ['en', 'starting on the 3rd of next month', '2026-12-03'],
    ['en', 'from tomorrow', '2026-11-24'],
  ] as const).map(([lang, when, iso]): Case => ({
    name: `${lang}: "${when}" in one sentence`,
    steps: [[`Colindos pour 90041212377 à IRIS, collaborateur d'un médecin, ${when}`, 'confirm'], ['oui', null]],
    executed: { applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: iso, endDate: null } },
  })),
];

describe('grant-access machine: nothing named is dropped or replaced silently', () => {
  test.each(cases)('$name', async ({ world = {}, steps, executed: expected }) => {
    const { executed } = await walk(world, steps);
    if (expected === null) expect(executed).toHaveLength(0);
    else {
      expect(executed).toHaveLength(1);
      expect(executed[0]).toMatchObject(expected);
    }
  });

  it('has variants in the four languages', () => {
    for (const lang of ['fr', 'nl', 'de', 'en']) expect(cases.filter((c) => c.name.startsWith(`${lang}:`)).length).toBeGreaterThanOrEqual(8);
  });

  it('a language request changes only the language', async () => {
    const { last, executed } = await walk({}, [['in English please', null]]);
    expect(last.context.locale).toBe('en');
    expect(last.context.asked).toEqual([]);
    expect(last.matches('idle')).toBe(true);
    expect(executed).toHaveLength(0);
  });

  it('the summary says which applications are already held', async () => {
    const { last } = await walk(ONE_ENTITY, [['donne HospiSup et eBirth à 85073003328', 'confirm']]);
    const summary = viewOf(last, false).prompt!.message as { key: 'askConfirm'; params: Summary };
    expect(summary.params.alreadyHeld.map((n) => n.fr)).toEqual(['HospiSup']);
  });

  it('a user of another entity is shown by NISS only', async () => {
    const { last } = await walk(ONE_ENTITY, [[`donne eBirth à ${OTHER_NISS}`, 'confirm']]);
    const summary = viewOf(last, false).prompt!.message as { key: 'askConfirm'; params: Summary };
    expect(summary.params.person).toMatchObject({ name: 'NISS 78.11.03-246.21', username: '', elsewhere: true, isNew: false });
  });

  it('a refused end date is never shown as an open-ended function', async () => {
    const { last } = await walk({}, [["Colindos pour 90041212377 à IRIS, collaborateur d'un médecin, du 1er mars 2027 au 1er février 2027", 'endDate']]);
    expect(last.context).toMatchObject({ startDate: '2027-03-01', endDate: null, endDateAsked: false });
    expect(last.matches({ asking: 'endDate' })).toBe(true);
    expect(last.can(grantMessage(last.context, '30-06-2027', vocabularyOfWorld({})))).toBe(true);
  });
});
