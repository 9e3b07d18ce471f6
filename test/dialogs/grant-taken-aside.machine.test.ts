import { HOSPITAL, INAMI_CARE, JAN_NISS, walk, type Step } from './support/grant-world';

/** At a confirmation ("Est-ce la bonne personne ?") a change is said by changeTaken; at the other questions by takenAside. */
const saysChange = (question: string, part: Record<string, unknown>, change: Record<string, unknown>) =>
  question === 'confirmPerson'
    ? { key: 'changeTaken', params: { changes: expect.arrayContaining([expect.objectContaining(change)]) } }
    : { key: 'takenAside', params: expect.objectContaining(part) };

/**
 * Trial 5, item 10: a value typed at a question that is not its answer (a date, an application, a function, a person)
 * is used and said ("Noté : …"), at every question but the summary, which shows it again.
 */
describe('grant machine: what a message gives besides the question asked is said', () => {
  const TODAY = '2026-11-23';
  const questions: [string, Step[]][] = [
    ['entity', [["donne Colindos à 90041212377, collaborateur d'un médecin spécialiste", 'entity']]],
    ['niss', [["donne Colindos à IRIS, qualité hôpital, collaborateur d'un médecin spécialiste", 'niss']]],
    ['confirmPerson', [['donne Colindos à IRIS, qualité hôpital', 'niss'], [JAN_NISS, 'confirmPerson']]],
    ['role', [['donne Colindos à 90041212377 à IRIS, qualité hôpital', 'confirmPerson'], ['oui', 'role']]],
    ['function', [['donne Colindos à 90041212377 à IRIS, qualité hôpital, il est collaborateur', 'confirmPerson'], ['oui', 'function']]],
  ];
  it.each(questions.flatMap(([q, steps]) => [
    [q, steps, "bon, à partir d'aujourd'hui alors"], [q, steps, 'wacht, vanaf vandaag dan'], [q, steps, 'ab heute dann'], [q, steps, 'from today then'],
  ] as const))('at the %s question, "%s" sets the start and says it', async (question, steps, text) => {
    const run = await walk({}, [...steps]);
    const s = await run.say(text);
    expect(s.context.startDate).toBe(TODAY);
    expect(s.context.notices).toContainEqual(saysChange(question, { startDate: TODAY }, { what: 'startDate', date: TODAY }));
    expect(s.context.expecting).toBe(question);
  });

  it.each([
    ['ajoute aussi eBirth', { what: 'applications' }],
    ['il travaille pour un pharmacien', { what: 'function', fn: expect.objectContaining({ fr: 'collaborateur pharmacien hospitalier' }) }],
    ["jusqu'au 30-06-2027", { what: 'endDate', date: '2027-06-30' }],
  ])('at "Est-ce la bonne personne ?", "%s" is said too', async (text, change) => {
    const run = await walk({}, [['donne Colindos à IRIS, qualité hôpital', 'niss'], [JAN_NISS, 'confirmPerson']]);
    const s = await run.say(text);
    expect(s.context.notices).toContainEqual(saysChange('confirmPerson', {}, change));
  });

  it('at the summary nothing more is said: the summary shows it', async () => {
    const run = await walk({}, [['donne HospiSup à 90041212377 à IRIS, qualité hôpital', 'confirm']]);
    const s = await run.say('ajoute aussi eBirth');
    expect(s.context.notices.map((n) => n.key)).not.toContain('takenAside');
    expect(s.context.chosen).toEqual(['HOSPISUP', 'EBIRTH']);
  });

  it('f5: a past start refused, then "à partir d\'aujourd\'hui" at the entity question: the new start replaces it, said, never refused after', async () => {
    const run = await walk({}, [
      ["donne Colindos à 90041212377, il est collaborateur d'un médecin spécialiste, depuis le 1er septembre", 'entity'],
      ["bon, à partir d'aujourd'hui alors", 'entity', ['takenAside']],
      ['IRIS', 'confirm'],
    ]);
    expect(run.last.context.notices.map((n) => n.key)).not.toContain('dateInvalid');
    expect(run.last.context.startDate).toBe(TODAY);
  });
});

/** Trial 5, item 10 (e1): a qualité the manager cannot use there is not offered; Chapter IV goes to the active one, said. */
describe('grant machine: qualités that cannot be used are not offered', () => {
  const INACTIVE = { ...INAMI_CARE, active: false };
  it('Chapter IV at IRIS (hospital active, INAMI not activated): the hospital qualité, said with the other', async () => {
    const run = await walk({ qualities: [HOSPITAL, INACTIVE] }, [['give Chapter IV to 90041212377 at IRIS', 'confirm', ['qualityFromApplications']]]);
    expect(run.last.context.quality?.id).toBe(HOSPITAL.id);
    expect(run.last.context.notices).toContainEqual({ key: 'qualityFromApplications', params: { quality: HOSPITAL.names, notActive: [INACTIVE.names] } });
  });

  it('a qualité not activated that the manager may not activate is not offered: the other one is taken, said', async () => {
    const run = await walk({ qualities: [HOSPITAL, { ...INACTIVE, mayActivate: false }] }, [['bonjour', 'entity'], ['IRIS', 'niss', ['onlyQuality']]]);
    expect(run.last.context.quality?.id).toBe(HOSPITAL.id);
  });

  it('the only qualité, not activated and no right to activate it: why is said', async () => {
    const run = await walk({ qualities: [{ ...INACTIVE, mayActivate: false }] }, [['give Chapter IV to 90041212377 at IRIS', null, ['qualityInactiveNoRight']]]);
    expect(run.executed).toHaveLength(0);
  });

  it('a qualité the manager may activate is still offered when no application decides', async () => {
    const run = await walk({ qualities: [HOSPITAL, INACTIVE] }, [['bonjour', 'entity'], ['IRIS', 'quality']]);
    expect(run.last.context.qualities).toHaveLength(2);
  });
});

/** Trial 8, defect K: a role typed at "Est-ce la bonne personne ?" is kept and said ("Entendu : médecin (spécialiste)"), in every language. */
describe('grant machine: a role said at the person check is heard and said', () => {
  it.each([
    ['bon ok il est medecin', 'doctor'],
    ['elle est pharmacienne hospitalière', 'pharmacist'],
    ['ze is ziekenhuisapotheker', 'pharmacist'],
    ['hij is arts', 'doctor'],
    ['die frau ist ärztin', 'doctor'],
    ['er ist krankenhausapotheker', 'pharmacist'],
    ['she is a doctor', 'doctor'],
    ["he's a hospital pharmacist", 'pharmacist'],
  ] as const)('"%s": the role is %s, said, and the person asked again', async (text, role) => {
    const run = await walk({}, [['donne Colindos à IRIS, qualité hôpital', 'niss'], [JAN_NISS, 'confirmPerson']]);
    const s = await run.say(text);
    expect(s.context.role).toBe(role);
    expect(s.context.notices).toContainEqual({ key: 'changeTaken', params: { changes: [{ what: 'role', role }] } });
    expect(s.context.expecting).toBe('confirmPerson');
  });
});
