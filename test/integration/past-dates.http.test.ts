import type { Sesame } from '../../src/app';
import { todayInBrussels } from '../../src/domain/dates';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * A start date said in the past tense or with since/depuis/sinds/seit is refused as past over HTTP,
 * asked again, and nothing is recorded with a date a year or a week ahead: function_assignments
 * holds only the date given after. In the four languages, on the server's clock in Brussels.
 */
const JAN = '90041212377';
const [Y, M, D] = todayInBrussels().split('-').map(Number) as [number, number, number];
const day = (n: number) => new Date(Date.UTC(Y, M - 1, D + n));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const typed = (s: string) => s.split('-').reverse().join('-');
const START = iso(day(14));
const YESTERDAY = day(-1);
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;
const month = (l: keyof typeof MONTHS) => MONTHS[l][YESTERDAY.getUTCMonth()]!;
const d = YESTERDAY.getUTCDate();

const CASES = [
  {
    locale: 'fr-BE',
    request: `donne Colindos à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin depuis le ${d} ${month('fr')}`,
    refused: 'est déjà passé : une fonction commence au plus tôt aujourd\'hui.',
    yes: 'oui', active: 'a maintenant accès',
  },
  {
    locale: 'nl-BE',
    request: `geef Colindos aan ${JAN} in IRIS, hoedanigheid ziekenhuis, ze is medewerker van een arts sinds ${d} ${month('nl')}`,
    refused: 'is al voorbij: een functie begint ten vroegste vandaag.',
    yes: 'ja', active: 'heeft nu toegang',
  },
  {
    locale: 'de-BE',
    request: `gib Colindos an ${JAN} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes seit dem ${d}. ${month('de')}`,
    refused: 'liegt bereits in der Vergangenheit: Eine Funktion beginnt frühestens heute.',
    yes: 'ja', active: 'hat jetzt Zugang',
  },
  {
    locale: 'en-GB',
    request: `give Colindos to ${JAN} at IRIS, capacity hospital, works for a doctor, she started on ${d} ${month('en')}`,
    refused: 'is already past: a function starts today at the earliest.',
    yes: 'yes', active: 'now has access',
  },
];

describe('a start date said as past, over HTTP', () => {
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

  it.each(CASES)('$locale: refused as past and asked again; only the next date is stored', async ({ locale, request, refused, yes, active }) => {
    const chat = new ChatClient(() => sesame.url, `past-${locale}`, { locale });
    const said: string[] = [];
    let replies = await chat.send(request);
    said.push(...replies.map((r) => r.text ?? ''));
    // The person is confirmed first when the request names someone known.
    if (replies[replies.length - 1]!.channelData?.sesame?.expecting === 'confirmPerson') {
      replies = await chat.send(yes);
      said.push(...replies.map((r) => r.text ?? ''));
    }
    expect(said.join('\n')).toContain(refused);
    expect(replies[replies.length - 1]!.channelData?.sesame?.expecting).toBe('startDate');
    expect(sesame.store.access.listFunctions()).toEqual([]);

    replies = await chat.send(typed(START));
    let expecting = replies[replies.length - 1]!.channelData?.sesame?.expecting;
    if (expecting === 'endDate') replies = await chat.send({ 'fr-BE': 'aucune', 'nl-BE': 'geen', 'de-BE': 'kein', 'en-GB': 'none' }[locale]!);
    expecting = replies[replies.length - 1]!.channelData?.sesame?.expecting;
    expect(expecting).toBe('confirm');
    const done = (await chat.send(yes)).map((r) => r.text ?? '').join('\n');
    expect(done).not.toContain(active);
    const fns = sesame.store.access.listFunctions().map((f) => ({ niss: f.niss, startDate: f.startDate, endDate: f.endDate }));
    expect(fns).toEqual([{ niss: JAN, startDate: START, endDate: null }]);
    expect(sesame.store.db.prepare(`SELECT start_date FROM function_assignments`).all()).toEqual([{ start_date: START }]);
  });
});

/**
 * A date said for a function the collaborator already holds: said with the held function's date,
 * and whether the one given changes it (it does not); never "no date is needed", never changed.
 */
const HELD = [
  {
    locale: 'fr-BE', yes: 'oui',
    first: `donne Colindos à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin, à partir du ${typed(START)}`,
    other: `donne Hospiliss à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin, à partir de lundi prochain`,
    same: `donne Hospiliss à ${JAN} pour IRIS, qualité hôpital, collaboratrice d'un médecin, à partir du ${typed(START)}`,
    held: `Cette personne a déjà la fonction « collaborateur médecin-spécialiste » à partir du ${START.split('-').reverse().join('/')}`,
    unchanged: 'je ne retiens pas la date du', sameSaid: "c'est la date donnée, rien ne change", wrong: "pas de date de début",
  },
  {
    locale: 'nl-BE', yes: 'ja',
    first: `geef Colindos aan ${JAN} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, vanaf ${typed(START)}`,
    other: `geef Hospiliss aan ${JAN} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, vanaf volgende maandag`,
    same: `geef Hospiliss aan ${JAN} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, vanaf ${typed(START)}`,
    held: `Deze persoon heeft al de functie „medewerker arts-specialist” vanaf ${typed(START)}`,
    unchanged: 'neem ik niet op', sameSaid: 'dat is de opgegeven datum, er verandert niets', wrong: 'geen begindatum',
  },
  {
    locale: 'de-BE', yes: 'ja',
    first: `gib Colindos an ${JAN} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, ab ${typed(START)}`,
    other: `gib Hospiliss an ${JAN} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, ab nächstem Montag`,
    same: `gib Hospiliss an ${JAN} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, ab ${typed(START)}`,
    held: `Diese Person hat bereits die Funktion „Mitarbeiter Facharzt“ ab dem ${START.split('-').reverse().join('.')}`,
    unchanged: 'übernehme ich nicht', sameSaid: 'Das ist das genannte Datum, es ändert sich nichts', wrong: 'kein Anfangsdatum',
  },
  {
    locale: 'en-GB', yes: 'yes',
    first: `give Colindos to ${JAN} at IRIS, capacity hospital, works for a doctor, from ${typed(START)}`,
    other: `give Hospiliss to ${JAN} at IRIS, capacity hospital, works for a doctor, from next Monday`,
    same: `give Hospiliss to ${JAN} at IRIS, capacity hospital, works for a doctor, from ${typed(START)}`,
    held: `This person already has the function “specialist doctor's collaborator” from ${START.split('-').reverse().join('/')}`,
    unchanged: 'I am not using the date', sameSaid: 'that is the date given, nothing changes', wrong: 'no start date',
  },
];

describe('a date for a function already held, over HTTP', () => {
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
  const text = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

  it.each(HELD)('$locale: said held from its date, the function unchanged', async ({ locale, yes, first, other, same, held, unchanged, sameSaid, wrong }) => {
    await new ChatClient(() => sesame.url, `held-before-${locale}`, { locale }).walk([first, yes]);
    const fns = () => sesame.store.db.prepare(`SELECT function_code, start_date, end_date FROM function_assignments`).all();
    const before = fns();
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ start_date: START });

    for (const [sentence, says] of [[other, unchanged], [same, sameSaid]] as const) {
      const chat = new ChatClient(() => sesame.url, `held-${locale}-${sentence.length}`, { locale });
      let replies = await chat.send(sentence);
      let said = text(replies);
      if (replies[replies.length - 1]!.channelData?.sesame?.expecting === 'confirmPerson') {
        replies = await chat.send(yes);
        said += `\n${text(replies)}`;
      }
      expect(said).toContain(held);
      expect(said).toContain(says);
      expect(said.toLowerCase()).not.toContain(wrong.toLowerCase());
      expect(replies[replies.length - 1]!.channelData?.sesame?.expecting).toBe('confirm');
      await chat.send(yes);
    }
    expect(fns()).toEqual(before);
    const apps = sesame.store.access.listGrants().map((g) => g.application).sort();
    expect(apps).toEqual(['COLINDOS', 'HOSPILISS']);
  });
});
