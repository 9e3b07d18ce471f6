import type { Names } from '../../src/domain/locale';
import type { Areas } from '../../src/i18n/say';
import type { Summary } from '../../src/i18n/grant.catalog';
import type { ListFilters } from '../../src/i18n/manage.catalog';

/**
 * Sample parameters for every key of every area: a list per key, so each variant of an enum
 * (a problem, a reason, a status) and both counts (one, several) are rendered. Typed on the
 * catalogs, so a new key without samples fails tsc here too.
 */
export type Samples = { [A in keyof Areas]: { [K in keyof Areas[A]]-?: Areas[A][K] extends void ? [] : Areas[A][K][] } };

const SIDE_QUESTIONS = ['entity', 'quality', 'person', 'niss', 'revokeWhich', 'endDate', 'identifier', 'bulkApplications', 'confirm', 'page'] as const;
const n = (fr: string, nl = fr, de = fr, en = fr): Names => ({ fr, nl, de, en });
const COLINDOS = n('Colindos');
const HOSPISUP = n('HospiSup');
const HOSPITAL = n('Prestataire de soins : hôpital', 'Zorgverlener: ziekenhuis', 'Pflegeerbringer: Krankenhaus', 'Healthcare provider: hospital');
const FN = n('collaborateur médecin-spécialiste', 'medewerker arts-specialist', 'Mitarbeiter Facharzt', 'specialist doctor collaborator');
const AT = Date.UTC(2026, 10, 23, 9, 20);
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const ENTITIES = ['Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi', 'CHU de Liège Sart Tilman', 'Hôpital de Jolimont', 'Centre hospitalier de Mouscron'];
const person = { name: 'Dr Marie Dupont', username: 'mdupont', isNew: false, email: null, language: null, elsewhere: false };
const summary = (over: Partial<Summary>): Summary => ({
  entity: 'Hôpitaux IRIS Sud', inami: '710087-50', quality: HOSPITAL, activateQuality: false, person, applications: [COLINDOS],
  alreadyHeld: [], role: 'collaborator', fn: { names: FN, startDate: '2026-12-01', endDate: null }, activationDelayMs: 1_200_000, ...over,
});
const NO_FILTER: ListFilters = { application: null, status: null, lastName: null, firstName: null, username: null, collaborators: false };
const FILTERS: ListFilters = { application: COLINDOS, status: 'active', lastName: 'Dupont', firstName: 'Marie', username: 'mdupont', collaborators: true };
const counts = [0, 1, 2];

export const SAMPLES: Samples = {
  grant: {
    welcome: [{ name: 'Marie' }], starterGrant: [], starterUsers: [], starterWhy: [], noEntity: [], whatNext: [], askEntity: [],
    onlyEntity: [{ entity: 'Hôpitaux IRIS Sud', inami: '710087-50' }],
    entityOfPerson: [{ entity: 'Clinique Sainte-Anne Saint-Remi', inami: '710338-90', person: 'Kevin Maes' }],
    askQuality: ENTITIES.map((entity) => ({ entity })),
    onlyQuality: [{ quality: HOSPITAL }], askActivateQuality: [{ quality: HOSPITAL }], qualityInactiveNoRight: [{ quality: HOSPITAL }], qualityNotActivated: [{ quality: HOSPITAL }],
    askNiss: [],
    nissInvalid: (['empty', 'characters', 'length', 'birthDate', 'checksum'] as const).flatMap((problem) => [{ problem, length: 10, digits: '28' }, { problem, length: null, digits: null }]),
    askConfirmPerson: [{ name: 'Marie Dupont', username: 'mdupont' }], personUnknown: [{ niss: '85.07.30-033.28' }], askUsername: [],
    usernameInvalid: [{ problems: ['tooShort', 'tooLong', 'mustStartWithLetter', 'forbiddenCharacters', 'onlyDigits', 'repeatedSeparators'], forbidden: ['é', '@'] }],
    usernameTaken: [{ username: 'mdupont' }], askUsernameConfirm: [], usernameMismatch: [], askLastName: [], askFirstName: [],
    nameInvalid: [{ problems: ['empty', 'tooLong', 'mustStartWithLetter', 'forbiddenCharacters'], forbidden: ['<'], max: 50 }],
    askTitle: [], titleInvalid: [{ problems: ['forbiddenCharacters'], forbidden: ['#'], max: 20 }],
    askLanguage: [], languageInvalid: [], askEmail: [], emailInvalid: [], askLocalEmail: [],
    askApplications: [{ quality: HOSPITAL }],
    applicationsUnknown: [{ texts: ['colindoz'], candidates: [COLINDOS] }, { texts: ['xyz', 'abc'], candidates: [] }],
    applicationsAmbiguous: [{ text: 'hosp', candidates: [HOSPISUP, n('Hospiliss')] }],
    askRole: [], roleInvalid: [],
    alreadyHasFunction: [{ fn: FN, startDate: '2026-12-01', started: true }, { fn: FN, startDate: '2026-12-01', started: false }, { fn: FN, startDate: '2026-12-01', started: true, asked: n('collaborateur pharmacien hospitalier', 'medewerker ziekenhuisapotheker', 'Mitarbeiter Krankenhausapotheker', "hospital pharmacist's collaborator") }],
    askFunction: [], functionInvalid: [], askStartDate: [], askEndDate: [{ startDate: '2026-12-01' }],
    dateInvalid: (['format', 'invalid', 'past', 'notAfterStart'] as const).flatMap((problem) =>
      (['startDate', 'endDate'] as const).flatMap((which) => [{ problem, startDate: '2026-12-01', which }, { problem, startDate: null, which }]),
    ).concat((['startDate', 'endDate'] as const).map((which) => ({ problem: 'past' as const, startDate: null, which, date: '2026-11-03' }))),
    askConfirm: [
      summary({}),
      summary({ applications: [COLINDOS, HOSPISUP], alreadyHeld: [HOSPISUP], fn: null, activateQuality: true }),
      summary({ alreadyHeld: [COLINDOS], fn: null, person: { ...person, status: 'disabled' } }),
      summary({ person: { ...person, isNew: true, email: 'marie.dupont@hopital.be', status: 'invited' }, fn: { names: FN, startDate: '2026-12-01', endDate: '2027-12-31' } }),
      summary({ person: { ...person, elsewhere: true } }),
      summary({ person: { ...person, joins: true } }),
      summary({ person: { ...person, leaving: true } }),
      summary({ fn: null, dateSetAside: true }),
    ],
    entityUnknown: [{ entity: 'AZ Nergens', entities: ['Hôpitaux IRIS Sud', 'Clinique Sainte-Anne'] }],
    statusNameUnknown: [{ name: 'Jan Peeters' }],
    statusNameNear: [
      { name: 'jan peters', candidates: ['Jan Peeters (90.04.12-123.77)'], nisses: ['90041212377'], waiting: false },
      { name: 'peters', candidates: ['An Peeters (65.03.12-123.30)', 'Jan Peeters (90.04.12-123.77)'], nisses: ['65031212330', '90041212377'], waiting: true },
    ], statusNameSeveral: [{ name: 'Jan Peeters' }], statusWhom: [],
    summaryDecided: [summary({}), summary({ person: { ...person, elsewhere: true } })],
    yesNoExpected: [], notUnderstoodAtConfirmation: [{ text: 'oei nee, voor Sarah Moens' }], invalidChoice: [], ambiguousChoice: [{ candidates: ['A', 'B'] }], cancelled: [],
    nothingToStop: [{ granted: null }, { granted: [COLINDOS, HOSPISUP] }],
    grantDone: [
      { person: 'Marie Dupont', now: NOW, replayed: false, grants: [{ names: COLINDOS, activeAt: AT, alreadyHeld: false }], fn: { names: FN, startDate: '2026-12-01', endDate: null, activeAt: AT, alreadyHeld: false } },
      { person: 'Marie Dupont', now: NOW, replayed: false, grants: [{ names: COLINDOS, activeAt: AT, alreadyHeld: false }, { names: HOSPISUP, activeAt: NOW - 1000, alreadyHeld: true }], fn: null },
      { person: 'Marie Dupont', replayed: true, grants: [{ names: COLINDOS, activeAt: AT, alreadyHeld: false }], fn: null },
      { person: 'Marie Dupont', now: NOW, replayed: false, grants: [{ names: COLINDOS, activeAt: NOW - 1000, alreadyHeld: true }], fn: null },
      { person: 'Marie Dupont', now: NOW, replayed: false, grants: [{ names: COLINDOS, activeAt: AT, alreadyHeld: false }], fn: null, removalCancelled: { entity: 'Hôpitaux IRIS Sud' } },
    ],
    alreadyDone: [],
    executionFailed: (['forbidden', 'nissExists', 'usernameTaken', 'qualityInactive', 'invalid', 'unavailable'] as const).map((reason) => ({ reason })),
    conversationRestarted: [],
    activated: [
      { person: 'Marie Dupont', applications: [COLINDOS], fn: { names: FN, startDate: '2026-12-01' } },
      { person: 'Marie Dupont', applications: [COLINDOS], fn: null, account: 'disabled' },
      { person: 'Marie Dupont', applications: [], fn: { names: FN, startDate: '2026-12-01' }, account: 'invited' },
    ],
    technicalError: [],
    datesDropped: [],
    cancelledTakenUp: [{ person: 'Dr Marie Dupont', entity: 'Hôpitaux IRIS Sud' }, { person: 'Jan Peeters', entity: null }],
    aside: [{ topic: 'activationDelay' }, { topic: 'whoManages' }, { topic: 'correctionUnplaced' }, { topic: 'removeOrRevoke', name: 'Peter Vandamme', applications: [n('Cellule Technique via le web', 'Technische Cel via het web', 'Technische Zelle über das Web', 'Technical Cell via the web')] }, { topic: 'application', code: 'TCT_WEB', names: n('Cellule Technique via le web', 'Technische Cel via het web', 'Technische Zelle über das Web', 'Technical Cell via the web') },
      { topic: 'application', code: 'Colindos', names: COLINDOS }, { topic: 'myEntities', entities: ['Hôpitaux IRIS Sud (710087-50)', 'Clinique Sainte-Anne Saint-Remi (710338-90)'] }, { topic: 'myEntities', entities: [] },
      { topic: 'applications', names: [COLINDOS, HOSPISUP] }, { topic: 'portal', about: 'quality' }, { topic: 'portal', about: 'newUser' }, { topic: 'portal', about: 'designate' }, { topic: 'portal', about: 'grant' },
      { topic: 'portal', about: 'grant', application: n('eBirth', 'eBirth', 'eBirth', 'eBirth') }, { topic: 'portal', about: 'function' }, { topic: 'portal', about: 'endFunction' },
      { topic: 'portal', about: 'remove' }, { topic: 'portal', about: 'revoke' }, { topic: 'portal', about: 'revoke', application: COLINDOS }],
    help: [{ slot: null }, ...(['entity', 'quality', 'activateQuality', 'niss', 'confirmPerson', 'username', 'usernameConfirm', 'lastName', 'firstName', 'title', 'language', 'email', 'localEmail', 'applications', 'role', 'function', 'startDate', 'endDate', 'confirm'] as const).map((slot) => ({ slot }))],
    recap: [
      { entity: null, quality: null, niss: null, person: null, applications: [], fn: null, startDate: null, endDate: null },
      { entity: 'Hôpitaux IRIS Sud', quality: HOSPITAL, niss: '85.07.30-033.28', person: 'Marie Dupont', applications: [COLINDOS], fn: FN, startDate: '2026-12-01', endDate: null, endDateAsked: true },
    ],
    recapIsSummary: [],
    onlyThese: [{ kept: [HOSPISUP], left: [COLINDOS], revoke: false }, { kept: [HOSPISUP, COLINDOS], left: [], revoke: true }, { kept: [COLINDOS], left: [HOSPISUP, COLINDOS], revoke: true }],
    stuck: [{ slot: 'niss' }, { slot: 'title' }], startedOver: [], nothingBefore: [], languageChanged: [], nothingInProgress: [], whatYouCanDo: [], howCanIHelp: [], youreWelcome: [], dateWithoutRequest: [{ date: '2027-06-30' }, { date: null }], expired: [],
    statusAnswer: [
      { niss: '85.07.30-033.28', person: null, items: [] },
      { niss: '85.07.30-033.28', person: 'Marie Dupont', items: [] },
      { niss: '85.07.30-033.28', person: 'Marie Dupont', items: [{ names: COLINDOS, state: 'active', at: AT }, { names: HOSPISUP, state: 'pending', at: AT }, { names: n('eBirth'), state: 'none', at: null }] },
    ],
    copiedAccess: [{ colleague: 'Jan Peeters', applications: [COLINDOS], fn: FN }],
    colleagueUnknown: [{ niss: '85.07.30-033.28' }],
    applicationNotInQuality: [{ applications: [COLINDOS], quality: HOSPITAL, elsewhere: [n('Soins de santé (INAMI)')] }, { applications: [COLINDOS, HOSPISUP], quality: HOSPITAL, elsewhere: [] }],
    entityNoRole: [{ entity: 'CHU de Liège Sart Tilman', entities: ['Hôpitaux IRIS Sud'] }],
    qualityOutOfScope: [{ quality: HOSPITAL, entity: 'Hôpitaux IRIS Sud', qualities: [n('Soins de santé (INAMI)')] }, { quality: HOSPITAL, entity: 'Hôpitaux IRIS Sud', qualities: [] }],
    qualityFromApplications: [{ quality: HOSPITAL }, { quality: HOSPITAL, notActive: [n('Soins de santé (INAMI)', 'Geneeskundige verzorging (RIZIV)', 'Gesundheitspflege (LIKIV)', 'Health care (NIHDI)')] }],
    dateNotUsed: [{ applications: [HOSPISUP] }, { applications: [HOSPISUP, COLINDOS] }, { applications: [HOSPISUP], past: '2026-11-03' }],
    dateOfHeldFunction: [{ fn: FN, startDate: '2026-12-01', started: true, said: '2026-12-01' }, { fn: FN, startDate: '2026-12-01', started: false, said: null }, { fn: FN, startDate: '2026-12-01', started: true, said: '2027-01-01' },
      { fn: FN, startDate: '2026-12-01', started: true, said: '2026-12-01', saidEnd: '2027-06-30' },
      { fn: FN, startDate: '2026-12-01', started: false, said: '2027-03-01', saidEnd: '2027-06-30', asked: n('collaborateur pharmacien hospitalier', 'medewerker ziekenhuisapotheker', 'Mitarbeiter Krankenhausapotheker', "hospital pharmacist's collaborator") }],
    nissOfNamed: [{ name: 'Jan Peeters' }], nobodyNamed: [{ name: 'Jan Peeters' }], onePersonPerRequest: [{ person: 'Jan Peeters', others: ['Marie Dupont'] }, { person: 'Jan Peeters', others: ['Marie Dupont', 'Els Janssens'] }], offerNextPerson: [{ person: 'Marie Dupont' }], nextPersonDeclined: [{ person: 'Marie Dupont' }], nissNotGiven: [{ name: 'Jan Peeters' }, { name: null }], nissDeclined: [{ name: 'Jan Peeters' }, { name: null }], nissTaken: [{ niss: '90.04.12-123.77' }, { niss: '65.03.12-123.30', person: 'An Peeters' }], nissNotForRefusedEntity: [{ niss: '75.12.05-123.28', entity: 'CHU Saint-Pierre (710126-11)' }], personFoundByName: [{ person: 'Dr Marie Dupont', niss: '85.07.30-033.28' }],
    personsNamed: [{ named: 'Marie Dupont', candidates: ['Dr Marie Dupont (85.07.30-033.28)', 'Marie Dupont (90.04.12-123.77)'] }], personsNear: [{ named: 'jan peters', candidates: ['Jan Peeters (90.04.12-123.77)'] }, { named: 'Peters', candidates: ['Jan Peeters (90.04.12-123.77)', 'An Peeters (65.03.12-123.30)'] }], personNotNamed: [{ named: 'Jan Peeters' }], personReplacedByName: [{ named: 'Jan Peeters' }], noneOfThem: [{ name: 'Peeters' }], choiceDeclined: [], changeTaken: [{ changes: [{ what: 'applications', applications: [HOSPISUP] }] }, { changes: [{ what: 'revoked', applications: [HOSPISUP, COLINDOS] }] }, { changes: [{ what: 'startDate', date: '2026-12-03' }, { what: 'endDate', date: '2027-03-31' }] }, { changes: [{ what: 'endDate', date: null }, { what: 'lastDay', date: '2027-01-31' }] }, { changes: [{ what: 'entity', entity: 'Hôpitaux IRIS Sud' }, { what: 'quality', quality: HOSPITAL }] }, { changes: [{ what: 'function', fn: FN }, { what: 'function', fn: null }] }, { changes: [{ what: 'role', role: 'doctor' }] }, { changes: [{ what: 'role', role: 'pharmacist' }] }], personElsewhere: [{ niss: '85.07.30-033.28', entity: 'Hôpitaux IRIS Sud' }],
    requestSetAside: [{ applications: [COLINDOS], person: 'Jan Peeters' }, { applications: [], person: null }],
    applicationReadAs: [{ items: [{ text: 'colindoss', names: COLINDOS }] }],
    dateReadAhead: [{ items: [{ said: '3 mars', date: '2027-03-03' }] }],
    applicationsReplaced: [{ removed: [HOSPISUP], added: [COLINDOS] }],
    cancelledEarlier: [{ person: 'Julie Lefebvre', applications: [COLINDOS] }, { person: 'NISS 85.07.30-033.28', applications: [] }],
    takenAside: [
      { startDate: '2026-12-01', endDate: null, applications: [], fn: null, person: null },
      { startDate: '2026-12-01', endDate: '2027-06-30', applications: [HOSPISUP], fn: FN, person: 'Marie Dupont' },
      { startDate: null, endDate: null, applications: [], fn: null, person: null, role: 'doctor' },
      { startDate: null, endDate: null, applications: [], fn: null, person: null, role: 'pharmacist' },
    ],
    applicationsTaken: [{ applications: [COLINDOS] }, { applications: [COLINDOS, HOSPISUP] }],
    revokeHowTo: [{ applications: [HOSPISUP] }],
    storeUnavailable: (['busy', 'full', 'readonly', 'other'] as const).map((problem) => ({ problem })),
    notUnderstood: [], yes: [], no: [], roleDoctor: [], rolePharmacist: [], roleCollaborator: [], skip: [], skipTitle: [],
    languageName: (['fr', 'nl', 'de', 'en'] as const).map((language) => ({ language })),
    entityLabel: [{ entity: 'Hôpitaux IRIS Sud', inami: '710087-50' }],
    cardSubmit: [], cardConfirm: [], cardChange: [], cardCancel: [], cardRequired: [], cardOutdated: [],
    cardDecided: (['confirmed', 'cancelled', 'replaced'] as const).map((outcome) => ({ outcome, by: 'Sophie Lambert', when: NOW })),
    cardChoiceLabel: [], cardStartDateLabel: [], cardEndDateLabel: [],
  },
  people: {
    peoplePage: [{ from: 1, to: 10, total: 25 }, { from: 1, to: 1, total: 1 }], peopleNone: [], peopleNiss: [{ masked: true }, { masked: false }],
    revocationScheduled: [{ person: 'Marie Dupont', effectiveAt: AT, applications: [COLINDOS], cancelled: [HOSPISUP], notHeld: [n('eBirth')] }],
    functionEndScheduled: [{ person: 'Marie Dupont', fn: FN, lastDay: '2026-12-31', effectiveAt: AT }],
    functionCancelled: [{ person: 'Marie Dupont', fn: FN }],
    removalScheduled: ENTITIES.map((entity) => ({ person: 'Marie Dupont', entity, effectiveAt: AT })),
    deactivated: (['revokeApplications', 'endFunction', 'removeUser'] as const).map((kind) => ({ person: 'Marie Dupont', entity: 'Hôpitaux IRIS Sud', kind, applications: [COLINDOS], functions: [{ names: FN, endDate: '2026-12-31' }] })),
    bulkLine: (['invalidNiss', 'unknownUser', 'duplicate', 'alreadyHolds', 'ok'] as const).flatMap((outcome) =>
      [undefined, 'invited', 'disabled'].map((account) => ({ line: 3, input: '85.07.30-033.28', person: 'Marie Dupont', outcome, applications: [COLINDOS], ...(account ? { account: account as 'invited' | 'disabled' } : {}) })),
    ),
    bulkEveryone: [{ entity: 'Hôpitaux IRIS Sud', count: 0 }, { entity: 'Hôpitaux IRIS Sud', count: 1 }, { entity: 'Clinique Sainte-Anne Saint-Remi', count: 12 }],
    bulkSummary: counts.map((k) => ({ ok: k, alreadyHolds: k, invalid: k, unknown: 0, duplicate: 0, applications: [COLINDOS] })),
    bulkProgress: [{ done: 1, total: 2 }, { done: 25, total: 100 }],
    bulkResult: [{ person: 'Marie Dupont', input: '85.07.30-033.28', ok: true, activeAt: AT, applications: [COLINDOS] }, { person: 'Marie Dupont', input: '85.07.30-033.28', ok: false, activeAt: null, applications: [] }],
    diagInvalidNiss: [], diagNobodyNamed: [{ name: 'Lucas Mertens' }], diagSeveralNamed: [{ name: 'Peeters', candidates: ['Jan Peeters (NISS 90.04.12-123.77)', 'An Peeters (NISS 65.03.12-123.30)'] }],
    diagAccountOk: [{ person: 'Jan Peeters', username: 'jpeeters' }], diagUnknownApplication: [{ text: 'xyz' }], diagUnknownNiss: [{ niss: '85.07.30-033.28' }], diagNotYours: [{ niss: '85.07.30-033.28' }],
    diagNotInEntity: ENTITIES.map((entity) => ({ person: 'Marie Dupont', entity })),
    diagNoGrant: [{ person: 'Marie Dupont', application: COLINDOS, revokedAt: null }, { person: 'Marie Dupont', application: COLINDOS, revokedAt: AT }],
    diagGrantPending: [{ person: 'Marie Dupont', application: COLINDOS, activeAt: AT }],
    diagFunctionNotStarted: [{ person: 'Marie Dupont', application: COLINDOS, fn: FN, startDate: '2026-12-01', activeAt: AT }],
    diagFunctionEnded: [{ person: 'Marie Dupont', application: COLINDOS, fn: FN, endDate: '2026-10-01' }],
    diagQualityInactive: [{ person: 'Marie Dupont', quality: HOSPITAL }],
    diagPasswordNotSet: [...(['open', 'expired', 'notSent'] as const).map((invitation) => ({ person: 'Marie Dupont', invitation })), { person: 'Marie Dupont', invitation: 'open' as const, access: { application: COLINDOS, activeAt: AT } }],
    diagUserDisabled: [{ person: 'Marie Dupont' }], diagFunctionMaybeMissing: [{ person: 'Marie Dupont', application: COLINDOS }],
    diagOk: [{ person: 'Marie Dupont', application: COLINDOS, activeSince: AT, endsAt: AT }, { person: 'Marie Dupont', application: COLINDOS, activeSince: null, endsAt: null }],
    guideStepOf: [{ n: 1, total: 8, text: 'Ouvrez le portail.' }], guideNext: [], guideBack: [], guideStop: [], guideDone: [], guideStopped: [], guideWhichApplication: [], helpdeskHelp: [],
    languageOf: (['fr', 'nl', 'de', 'en'] as const).map((language) => ({ language })),
  },
  manage: {
    listHeader: [{ entity: 'Hôpitaux IRIS Sud', quality: HOSPITAL, filters: FILTERS, from: 1, to: 10, total: 25 }, { entity: 'Clinique Sainte-Anne Saint-Remi', quality: null, filters: NO_FILTER, from: 1, to: 1, total: 1 }],
    listLines: [{ people: [{ name: 'Marie Dupont', username: 'mdupont', niss: '85.07.30-033.28', status: 'active', applications: ['Colindos'] }, { name: 'Jan Peeters', username: 'jpeeters', niss: null, status: 'invited', applications: [] }] }],
    listNone: ENTITIES.map((entity) => ({ entity, filters: FILTERS })),
    listMore: [], listEnd: [], listNissHidden: [],
    askEntityFor: (['list', 'export', 'revoke', 'designate', 'bulk', 'audit'] as const).map((what) => ({ what })),
    askQualityFor: ENTITIES.map((entity) => ({ entity })),
    exportReady: counts.flatMap((count) => [{ fileName: 'utilisateurs.xlsx', count, nissHidden: true }, { fileName: 'u.csv', count, nissHidden: false }]),
    exportTeams: [], unknownPerson: [{ niss: '85.07.30-033.28' }], notYourUser: [{ niss: '85.07.30-033.28' }], noUserNamed: [{ name: 'Jan Peeters' }],
    noRoleThere: [{ entity: 'AZ Elders', yours: ['Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi'] }],
    unknownEntityThere: [{ entity: 'marienhospital', yours: ['Hôpitaux IRIS Sud', 'Clinique Sainte-Anne Saint-Remi'] }],
    notMember: ENTITIES.map((entity) => ({ person: 'Marie Dupont', entity })),
    nothingToRevoke: ENTITIES.map((entity) => ({ person: 'Marie Dupont', entity })),
    notHeldNamed: [
      { person: 'Marie Dupont', entity: 'Hôpitaux IRIS Sud', applications: [COLINDOS], held: [HOSPISUP], others: false },
      { person: 'Marie Dupont', entity: 'Hôpitaux IRIS Sud', applications: [COLINDOS, HOSPISUP], held: [], others: false },
      { person: 'Marie Dupont', entity: 'Hôpitaux IRIS Sud', applications: [COLINDOS], held: [HOSPISUP], others: true },
    ],
    setAside: (['revoke', 'endFunction', 'removeUser', 'designate', 'bulk'] as const).flatMap((what) => [{ what, person: 'Marie Dupont' }, { what, person: '' }, { what, person: 'Marie Dupont', answer: true }]),
    askRevokeWhich: [{ person: 'Marie Dupont' }],
    confirmRevoke: [{ person: 'Marie Dupont', entity: 'Hôpitaux IRIS Sud', applications: [COLINDOS, HOSPISUP], delayMs: 1_200_000 }],
    noFunction: ENTITIES.map((entity) => ({ person: 'Marie Dupont', entity })),
    askEndDate: [{ person: 'Marie Dupont', fn: FN }], badEndDate: [{}, { past: '2026-11-03' }], confirmEndFunction: [{ person: 'Marie Dupont', fn: FN, entity: 'Hôpitaux IRIS Sud', lastDay: '2026-12-31' }, { person: 'Marie Dupont', fn: FN, entity: 'Hôpitaux IRIS Sud', lastDay: '2027-06-30', currentLastDay: '2027-03-31' }, { person: 'Marie Dupont', fn: FN, entity: 'Hôpitaux IRIS Sud', lastDay: '2027-01-31', currentLastDay: '2027-02-28', sooner: true }],
    functionAlreadyEnds: [{ person: 'Marie Dupont', fn: FN, entity: 'Hôpitaux IRIS Sud', lastDay: '2027-02-28' }],
    confirmCancelFunction: [{ person: 'Marie Dupont', fn: FN, entity: 'Hôpitaux IRIS Sud', startDate: '2027-01-01', lastDay: '2026-12-15' }],
    confirmRemoveUser: ENTITIES.flatMap((entity) => [{ person: 'Marie Dupont', entity, quality: HOSPITAL, delayMs: 1_200_000 }, { person: 'Marie Dupont', entity, quality: null, delayMs: 3_600_000 }, { person: 'Marie Dupont', entity, quality: null, delayMs: 3_600_000, keepsRoles: ['GA' as const] }]),
    askIdentifier: ENTITIES.flatMap((entity) => (['GA', 'CO_RAE'] as const).flatMap((role) => [true, false].map((remove) => ({ role, entity, remove })))),
    designeeUnknown: ENTITIES.map((entity) => ({ said: 'smoens', entity })),
    designeeCandidates: ENTITIES.flatMap((entity) => [
      { said: 'smoens', candidates: ['Sarah Moens (sarahmoens)'], near: true, entity },
      { said: 'janssens', candidates: ['Els Janssens (ejanssens)', 'Karel Janssens (kjanssens)'], near: true, entity },
      { said: 'Peeters', candidates: ['An Peeters (apeeters)', 'Jan Peeters (jpeeters)'], near: false, entity },
    ]),
    designeeDeclined: [],
    confirmDesignate: [...ENTITIES.flatMap((entity) => (['GA', 'CO_RAE'] as const).flatMap((role) => [true, false].map((remove) => ({ name: 'Jan Peeters', username: 'jpeeters', role, entity, remove })))),
      { name: 'Jan Peeters', username: 'jpeeters', role: 'CO_RAE', entity: 'Hôpitaux IRIS Sud', remove: false, said: 'co-beheerder' }],
    designated: [...ENTITIES.flatMap((entity) => (['GA', 'CO_RAE'] as const).flatMap((role) => [true, false].flatMap((remove) => [true, false].map((changed) => ({ name: 'Jan Peeters', role, entity, remove, changed }))))),
      { name: 'Jan Peeters', role: 'CO_RAE', entity: 'Hôpitaux IRIS Sud', remove: false, changed: true, said: 'Co-Verwalterin' }],
    askBulkApplications: [], bulkNothingToDo: [],
    bulkDone: counts.flatMap((ok) => counts.map((failed) => ({ ok, failed }))),
    auditHeader: [{ niss: '85.07.30-033.28', person: 'Marie Dupont', application: COLINDOS }, { niss: '85.07.30-033.28', person: null, application: null }],
    auditLines: [{ lines: [{ at: AT, action: 'grantAccess', by: 'Jan Peeters', onBehalfOf: 'Anne Martin', refused: false }, { at: AT, action: 'revokeAccess', by: null, onBehalfOf: null, refused: true }, { at: AT, action: 'someNewAction', by: 'Jan Peeters', onBehalfOf: null, refused: false }] }],
    auditNone: [{ niss: '85.07.30-033.28', application: COLINDOS }, { niss: '85.07.30-033.28', application: null }],
    refused: [
      ...(['viewUsers', 'viewNiss', 'revokeAccess', 'designateManager', 'grantAccess', 'viewAudit', 'diagnose', 'other'] as const).map((action) => ({ action })),
      ...(['GA', 'CO_RAE'] as const).flatMap((role) => [true, false].map((remove) => ({ action: 'designateManager' as const, designation: { role, remove, said: role === 'GA' ? 'GA' : 'co-manager' } }))),
    ],
    impossible: (['unknownApplication', 'applicationNotInQuality', 'applicationNotInEntity', 'unknownQuality', 'unknownUser', 'invalidRole', 'other'] as const).map((reason) => ({ reason })),
    notCancelled: [], sideCancelled: [], backToRequest: [], sideHelp: [{ requestWaiting: true }, { requestWaiting: false }, ...SIDE_QUESTIONS.map((asking) => ({ requestWaiting: true, asking }))],
    sideStuck: SIDE_QUESTIONS.flatMap((asking) => [{ requestWaiting: true, asking }, { requestWaiting: false, asking }]),
    notUnderstoodYesOrNo: [{ text: 'hmm, voyons' }], identifierIsAnswer: [{ said: 'yes' }, { said: 'nee' }],
    fileConsentDescription: counts.map((count) => ({ count })),
    exportTooLarge: [], fileUploaded: [{ fileName: 'u.xlsx' }], fileDeclined: [{ fileName: 'u.xlsx' }], fileExpired: [], fileNotYours: [], fileUploadFailed: [],
    bulkProgress: [{ done: 1, total: 2 }],
  },
  channel: {
    unknownPerson: [
      { contacts: [{ name: 'Anne Martin', role: 'RAE', entity: 'Hôpitaux IRIS Sud' }], more: 0, helpdesk: 'helpdesk@hopital.be', identifier: 'ab12' },
      { contacts: [{ name: 'Anne Martin', role: 'CO_RAE', entity: 'Hôpitaux IRIS Sud' }], more: 1, helpdesk: null, identifier: null },
      { contacts: [], more: 3, helpdesk: 'helpdesk@hopital.be', identifier: null },
      { contacts: [], more: 0, helpdesk: null, identifier: 'ab12' },
    ],
    groupWelcome: [], movedToPersonal: [{ name: 'Anne' }], personalChatNeeded: [{ name: 'Anne' }], continuedFromGroup: [],
  },
  input: {
    textTooLong: [{ length: 5210, max: 4000 }], tooManyAttachments: [{ count: 12, max: 10 }], attachmentsNotAccepted: counts.map((count) => ({ count })),
    attachmentNotRead: [{ names: ['photo.png'], more: 0 }, { names: ['a.pdf'], more: 1 }, { names: ['a.pdf', 'b.docx'], more: 2 }],
    tooManyEntities: [{ count: 60, max: 50 }], unreadableValue: [], empty: [], requestKept: [], whatToWrite: [],
  },
  export: {
    column: (['lastName', 'firstName', 'title', 'username', 'type', 'niss', 'status', 'email', 'language', 'quality', 'application', 'accessStatus', 'requestedAt', 'activeSince', 'pendingUntil', 'function', 'functionStart', 'functionEnd'] as const).map((column) => ({ column })),
    personType: (['USER', 'COLLABORATOR'] as const).map((type) => ({ type })),
    userStatus: (['invited', 'active', 'disabled'] as const).map((status) => ({ status })),
    accessStatus: (['pending', 'active'] as const).map((status) => ({ status })),
    exportSheet: [], exportFileBase: [],
  },
  password: {
    passwordTitle: [], passwordIntro: [{ firstName: 'Marie', username: 'mdupont' }], passwordRules: [], passwordLabel: [], passwordConfirmLabel: [], passwordSubmit: [],
    passwordProblem: (['empty', 'tooShort', 'tooLong', 'needsLetter', 'needsDigitOrSymbol', 'containsUsername', 'containsName', 'containsHospital', 'containsApplication', 'placeName', 'repeated', 'common', 'commonWord', 'keyboardSequence', 'sequence', 'year', 'date', 'guessable', 'mismatch'] as const).map((problem) => ({ problem })),
    passwordSet: [{ username: 'mdupont' }],
    tokenProblem: (['unknown', 'expired', 'used', 'replaced'] as const).map((problem) => ({ problem })),
  },
  mail: { inviteSubject: [], inviteBody: [{ firstName: 'Marie', username: 'mdupont', link: 'https://sesame.example.be/password/abc', expiresAt: AT }] },
  web: { tagline: [], intro: [], language: [], newConversation: [], noToken: [], connecting: [], dateFormat: [] },
  guide: {
    open: [], accessButton: [], login: [], organisation: [], quality: [], user: [], application: [{ app: 'Colindos' }], confirm: [],
    functionWho: [], functionPerson: [], functionChoose: [], functionCheck: [],
  },
  teams: {
    nameFull: [{ name: 'Sésame' }, { name: 'Sésame IRIS Sud' }], descriptionShort: [], descriptionFull: [{ name: 'Sésame' }],
    startTitle: [], startDescription: [], helpTitle: [], helpDescription: [], cancelTitle: [], cancelDescription: [],
  },
};
