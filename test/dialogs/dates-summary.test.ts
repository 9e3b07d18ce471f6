import { viewOf, type GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import type { Catalog, Notice } from '../../src/i18n/grant.catalog';
import { fr } from '../../src/i18n/grant.fr';
import { nl } from '../../src/i18n/grant.nl';
import { de } from '../../src/i18n/grant.de';
import { en } from '../../src/i18n/grant.en';
import { commandOf } from '../../dialogs/understanding/understand';
import type { Locale } from '../../src/domain/locale';
import { JAN_NISS, MARIE_NISS, NEW_NISS, NOW, PEOPLE, walk, type Step } from './support/grant-world';

/**
 * The function's dates and how the summary and the done message say them, class by class, in the
 * four languages: an end date is read as an end date at any step, "add an end date" asks for it,
 * no end date is said, a held access is described as held, and stop phrases stop (only them).
 * The world's today is Monday 2026-11-23.
 */
const CATALOGS: Record<Locale, Catalog> = { fr, nl, de, en };
const LANGS: Locale[] = ['fr', 'nl', 'de', 'en'];
const render = (l: Locale, n: Notice) => (CATALOGS[l][n.key] as (p?: unknown) => string)('params' in n ? n.params : undefined);
const said = (l: Locale, s: GrantSnapshot) => {
  const v = viewOf(s, false);
  return [...v.notices, ...(v.prompt ? [v.prompt.message] : [])].map((n) => render(l, n)).join('\n');
};

/** A one-sentence request for Jan, collaborator of a doctor, from 15-12-2026, with no end date: it reaches the summary. */
const TO_SUMMARY: Record<Locale, string> = {
  fr: `donne Colindos à ${JAN_NISS} pour IRIS, qualité hôpital, collaboratrice d'un médecin, à partir du 15-12-2026`,
  nl: `geef Colindos aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, vanaf 15-12-2026`,
  de: `gib Colindos an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, ab 15-12-2026`,
  en: `give Colindos to ${JAN_NISS} at IRIS, capacity hospital, works for a doctor, from 15-12-2026`,
};
/** The same without the start date: the person is confirmed first, then the start date asked. */
const NO_DATE: Record<Locale, string> = {
  fr: `donne Colindos à ${JAN_NISS} pour IRIS, qualité hôpital, collaboratrice d'un médecin`,
  nl: `geef Colindos aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts`,
  de: `gib Colindos an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes`,
  en: `give Colindos to ${JAN_NISS} at IRIS, capacity hospital, works for a doctor`,
};
const YES: Record<Locale, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const FN = (endDate: string | null) => ({ fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-12-15', endDate } });

const END_PHRASES: [Locale, string][] = [
  ['fr', 'date de fin le 31-03-2027'], ['fr', "jusqu'au 31-03-2027"], ['fr', 'fin le 31/03/2027'], ['fr', 'elle se termine le 31 mars 2027'],
  ['nl', 'tot 31-03-2027'], ['nl', 'einddatum 31-03-2027'], ['nl', 'tot en met 31 maart 2027'], ['nl', 'het eindigt op 31-03-2027'],
  ['de', 'bis 31.03.2027'], ['de', 'Enddatum 31.03.2027'], ['de', 'bis zum 31. März 2027'], ['de', 'endet am 31.03.2027'],
  ['en', 'until 31/03/2027'], ['en', 'end date 31-03-2027'], ['en', 'ending 31 March 2027'], ['en', 'till 31-03-2027'],
];

describe('an end date is read as the end, at the summary and mid-request', () => {
  test.each(END_PHRASES)('%s: "%s" at the summary sets the end date', async (l, phrase) => {
    const { last, say, executed } = await walk({}, [[TO_SUMMARY[l], 'confirm'], [phrase, 'confirm']]);
    expect(last.context).toMatchObject({ startDate: '2026-12-15', endDate: '2027-03-31' });
    await say(YES[l]);
    expect(executed).toEqual([expect.objectContaining(FN('2027-03-31'))]);
  });

  test.each(END_PHRASES)('%s: "%s" before the start date is known is kept as the end', async (l, phrase) => {
    const { say, executed } = await walk({}, [[NO_DATE[l], 'confirmPerson'], [phrase, 'confirmPerson'], [YES[l], 'startDate'], ['15-12-2026', 'confirm']]);
    await say(YES[l]);
    expect(executed).toEqual([expect.objectContaining(FN('2027-03-31'))]);
  });

  const RANGES: [Locale, string][] = [
    ['fr', `donne Colindos à ${JAN_NISS} pour IRIS, qualité hôpital, collaboratrice d'un médecin, du 15 décembre au 31 mars`],
    ['nl', `geef Colindos aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, van 15 december tot 31 maart`],
    ['de', `gib Colindos an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, vom 15. Dezember bis 31. März`],
    ['en', `give Colindos to ${JAN_NISS} at IRIS, capacity hospital, works for a doctor, from 15 December to 31 March`],
  ];
  test.each(RANGES)('%s: a range in one sentence keeps both dates', async (l, text) => {
    const { say, executed } = await walk({}, [[text, 'confirm']]);
    await say(YES[l]);
    expect(executed).toEqual([expect.objectContaining(FN('2027-03-31'))]);
  });

  const PAST: [Locale, string, string, string][] = [
    // The day refused is named, and called past.
    ['fr', 'date de fin le 20-11-2026', "Le 20/11/2026 est déjà passé : la fonction doit se terminer après aujourd'hui et après son début (15/12/2026).", 'commence au plus tôt'],
    ['nl', 'einddatum 20-11-2026', '20-11-2026 is al voorbij: de functie moet na vandaag eindigen en na haar begin (15-12-2026).', 'ten vroegste'],
    ['de', 'Enddatum 20.11.2026', 'Der 20.11.2026 liegt bereits in der Vergangenheit: Die Funktion muss nach heute enden und nach ihrem Beginn (15.12.2026).', 'frühestens heute'],
    ['en', 'end date 20/11/2026', '20/11/2026 is already past: the function must end after today and after its start (15/12/2026).', 'today at the earliest'],
  ];
  test.each(PAST)('%s: a past end date at the summary is refused as an end date', async (l, phrase, says, never) => {
    // Refused, then asked again: never the summary's "shall I confirm?" in the same reply.
    const { last } = await walk({}, [[TO_SUMMARY[l], 'confirm'], [phrase, 'endDate', ['dateInvalid']]]);
    expect(last.context).toMatchObject({ startDate: '2026-12-15', endDate: null });
    expect(said(l, last)).toContain(says);
    expect(said(l, last)).not.toContain(never);
  });

  const ADD: [Locale, string][] = [
    ['fr', 'ajoute une date de fin'], ['fr', 'mets une date de fin'], ['fr', "rajoutez une date de fin s'il vous plaît"],
    ['nl', 'voeg een einddatum toe'], ['nl', 'zet er een einddatum bij'],
    ['de', 'Enddatum hinzufügen'], ['de', 'bitte ein Enddatum setzen'],
    ['en', 'add an end date'], ['en', 'set an end date please'],
  ];
  test.each(ADD)('%s: "%s" asks for the end date, then takes it', async (l, phrase) => {
    const { say, executed } = await walk({}, [[TO_SUMMARY[l], 'confirm'], [phrase, 'endDate'], ['31-03-2027', 'confirm']]);
    await say(YES[l]);
    expect(executed).toEqual([expect.objectContaining(FN('2027-03-31'))]);
  });

  test.each(LANGS)('%s: asking for an end date on an application with no function says no date is used', async (l) => {
    const add = Object.fromEntries(ADD.map(([k, v]) => [k, v]).reverse()) as Record<Locale, string>;
    const { last } = await walk({}, [[`HospiSup ${JAN_NISS} IRIS hôpital`, 'confirm'], [add[l], 'confirm', ['dateNotUsed']]]);
    expect(last.context.endDate).toBeNull();
  });
});

describe('no end date is said on the summary', () => {
  const NONE: Record<Locale, string> = { fr: 'sans date de fin', nl: 'zonder einddatum', de: 'ohne Enddatum', en: 'no end date' };
  test.each(LANGS)('%s: an empty answer on the end-date card shows "no end date"', async (l) => {
    const steps: Step[] = [[NO_DATE[l], 'confirmPerson'], [YES[l], 'startDate'], ['15-12-2026', 'endDate'], ['', 'confirm']];
    const { last, say, executed } = await walk({}, steps);
    expect(said(l, last)).toContain(NONE[l]);
    await say(YES[l]);
    expect(executed).toEqual([expect.objectContaining(FN(null))]);
  });
  test.each(LANGS)('%s: an end date said is shown, not "no end date"', async (l) => {
    const { last } = await walk({}, [[NO_DATE[l], 'confirmPerson'], [YES[l], 'startDate'], ['15-12-2026', 'endDate'], ['31-03-2027', 'confirm']]);
    expect(said(l, last)).not.toContain(NONE[l]);
    expect(said(l, last)).toMatch(/31[-/.]03[-/.]2027/);
  });
});

describe('a past date for an application with no function is "not used", never "the function can start"', () => {
  const TEXTS: [Locale, string, string][] = [
    ['fr', `donne HospiSup à ${JAN_NISS} pour IRIS, qualité hôpital, à partir du 01-01-2020`, 'peut commencer'],
    ['nl', `geef HospiSup aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, vanaf 01-01-2020`, 'kan ten vroegste'],
    ['de', `gib HospiSup an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, ab 01.01.2020`, 'frühestens'],
    ['en', `give HospiSup to ${JAN_NISS} at IRIS, capacity hospital, from 01/01/2020`, 'can start'],
  ];
  test.each(TEXTS)('%s', async (l, text, never) => {
    const { last } = await walk({}, [[text, 'confirm', ['dateNotUsed']]]);
    expect(said(l, last)).not.toContain(never);
  });
});

describe('a function already held is described as it is: since, or from a date to come', () => {
  const HELD = '85073003328';
  const cases: [Locale, string, string, string][] = [
    ['fr', '2026-12-15', 'à partir du 15/12/2026', 'depuis le'],
    ['fr', '2026-01-05', 'depuis le 05/01/2026', 'à partir du'],
    ['nl', '2026-12-15', 'vanaf 15-12-2026', 'sinds'],
    ['de', '2026-12-15', 'ab dem 15.12.2026', 'seit dem'],
    ['en', '2026-12-15', 'from 15/12/2026', 'since'],
    ['en', '2026-01-05', 'since 05/01/2026', 'from 05'],
  ];
  const saved = PEOPLE[HELD]!;
  afterEach(() => void (PEOPLE[HELD] = saved));
  test.each(cases)('%s: held from %s', async (l, startDate, says, never) => {
    PEOPLE[HELD] = { ...saved, functions: [{ code: 'COLLAB_SPECIALIST', qualityId: 11, startDate }] };
    expect(HELD).toBe(MARIE_NISS);
    const { last } = await walk({}, [[`Colindos ${HELD} IRIS hôpital, collaboratrice`, 'confirm', ['alreadyHasFunction']]]);
    const text = said(l, last).split('\n').find((t) => t.includes('COLLAB') || /fonction|functie|Funktion|function/.test(t))!;
    expect(text).toContain(says.replace(/\//g, l === 'nl' ? '-' : l === 'de' ? '.' : '/'));
    expect(text).not.toContain(never);
  });
});

describe('the done message says what changes and what was already there', () => {
  const PROMISE: Record<Locale, string> = { fr: 'Je vous préviendrai', nl: 'Ik laat het u', de: 'Ich benachrichtige Sie', en: 'I will let you know' };
  const HELD: Record<Locale, string> = { fr: 'Déjà en place', nl: 'Was er al', de: 'Bereits vorhanden', en: 'Already in place' };
  const names = (s: string) => ({ fr: s, nl: s, de: s, en: s });
  const fnNames = names('collaborateur médecin-spécialiste');
  const later = NOW + 1_200_000;
  test.each(LANGS)('%s: part held: the new one is promised, the held one listed apart', (l) => {
    const t = CATALOGS[l].grantDone({ person: 'Jan Peeters', now: NOW, replayed: false, fn: null,
      grants: [{ names: names('Colindos'), activeAt: later, alreadyHeld: false }, { names: names('HospiSup'), activeAt: NOW - 86_400_000, alreadyHeld: true }] });
    expect(t).toContain(PROMISE[l]);
    expect(t).toContain(HELD[l]);
    expect(t.slice(t.indexOf(PROMISE[l]))).toContain('Colindos');
    expect(t.slice(t.indexOf(PROMISE[l]))).not.toContain('HospiSup');
  });
  test.each(LANGS)('%s: everything held (applications and function): nothing promised', (l) => {
    const t = CATALOGS[l].grantDone({ person: 'Jan Peeters', now: NOW, replayed: false,
      grants: [{ names: names('Colindos'), activeAt: NOW - 1000, alreadyHeld: true }],
      fn: { names: fnNames, startDate: '2026-12-15', endDate: null, activeAt: Date.UTC(2026, 11, 14, 23), alreadyHeld: true } });
    expect(t).not.toContain(PROMISE[l]);
  });
  const TIMES: Record<Locale, string> = {
    fr: 'Je vous préviendrai ici quand ce sera actif. Les heures indiquées sont celles de Bruxelles.',
    nl: 'Ik laat het u hier weten zodra het actief is. De vermelde tijden zijn Brusselse tijd.',
    de: 'Ich benachrichtige Sie hier, sobald es aktiv ist. Die angegebenen Uhrzeiten sind Brüsseler Zeit.',
    en: 'I will let you know here when it is active. The times shown are Brussels time.',
  };
  test.each(LANGS)('%s: the promise and the time zone are one line, the promise first, never "(Brussels time)" alone before it', (l) => {
    const t = CATALOGS[l].grantDone({ person: 'X', now: NOW, replayed: false, fn: null, grants: [{ names: names('Colindos'), activeAt: later, alreadyHeld: false }] });
    expect(t.split('\n').pop()).toBe(TIMES[l]);
    expect(t).not.toMatch(/^\((heure de Bruxelles|Brusselse tijd|Brüsseler Zeit|Brussels time)\)/m);
  });
  test.each(LANGS)('%s: a replay promises nothing', (l) => {
    const t = CATALOGS[l].grantDone({ person: 'X', now: NOW, replayed: true, fn: null, grants: [{ names: names('Colindos'), activeAt: later, alreadyHeld: false }] });
    expect(t).not.toContain(PROMISE[l]);
  });
  test.each(LANGS)('%s: a new function without an end says so', (l) => {
    const t = CATALOGS[l].grantDone({ person: 'X', now: NOW, replayed: false, grants: [{ names: names('Colindos'), activeAt: later, alreadyHeld: false }],
      fn: { names: fnNames, startDate: '2026-12-15', endDate: null, activeAt: Date.UTC(2026, 11, 14, 23), alreadyHeld: false } });
    expect(t).toContain({ fr: 'sans date de fin', nl: 'zonder einddatum', de: 'ohne Enddatum', en: 'no end date' }[l]);
  });
  test.each(LANGS)('%s: a summary where everything is already held promises no activation', (l) => {
    const t = CATALOGS[l].askConfirm({ entity: 'IRIS', inami: '710087-50', quality: names('Q'), activateQuality: false,
      person: { name: 'X', username: 'x', isNew: false, email: null, language: null, elsewhere: false },
      applications: [names('HospiSup')], alreadyHeld: [names('HospiSup')], role: null, fn: null, activationDelayMs: 1_200_000 });
    expect(t).not.toMatch(/20 (minutes|minuten|Minuten)/);
  });
});

describe('everyday stop phrases stop, at every step; inside an answer that says something else, they do not', () => {
  const STOPS: [Locale, string][] = [
    ['fr', 'oublie ça'], ['fr', 'tant pis, on arrête'], ['fr', 'bon, oublions ça'], ['fr', 'finalement non, laisse tomber'], ['fr', "non merci, on n'en parle plus"],
    ['nl', 'laat maar zitten'], ['nl', 'nee, laat ook maar'], ['nl', 'vergeet dat maar'], ['nl', 'hoeft niet meer, bedankt'],
    ['de', 'lass es, doch nicht'], ['de', 'ach, vergiss das'], ['de', 'hat sich erledigt, danke'], ['de', 'lass mal'],
    ['en', 'forget it, never mind'], ['en', 'nah, never mind'], ['en', 'oh well, let it go'], ['en', "don't bother, thanks"], ['en', 'nvm'],
  ];
  test.each(STOPS)('%s: "%s" is a cancel', (_l, text) => expect(commandOf(text)).toBe('cancel'));

  const NOT: [Locale, string][] = [
    ['fr', "n'oublie pas Colindos"], ['fr', 'Marie Tant-Pis'], ['fr', 'tant pis pour la date, sans date de fin'],
    ['nl', 'laat maar zien wat je hebt'], ['nl', 'toch niet Colindos, Hospiliss'], ['nl', 'vergeet niet de einddatum'],
    ['de', 'lass es mich wissen'], ['de', 'doch nicht Colindos, Hospiliss'], ['de', 'vergiss nicht das Enddatum'],
    ['en', "don't forget Colindos"], ['en', 'never mind the end date, make it 31-03-2027'], ['en', 'Leave Forgetit'],
  ];
  test.each(NOT)('%s: "%s" is no cancel', (_l, text) => expect(commandOf(text)).toBeUndefined());

  const STEPS: [string, Step[]][] = [
    ['the person', [[NO_DATE.fr, 'confirmPerson']]],
    ['the start date', [[NO_DATE.fr, 'confirmPerson'], ['oui', 'startDate']]],
    ['the end date', [[NO_DATE.fr, 'confirmPerson'], ['oui', 'startDate'], ['15-12-2026', 'endDate']]],
    ['the summary', [[TO_SUMMARY.fr, 'confirm']]],
    ['a new user\'s last name', [[`HospiSup ${NEW_NISS} IRIS hôpital`, 'username'], ['lgerard', 'usernameConfirm'], ['lgerard', 'lastName']]],
  ];
  test.each(STEPS.flatMap(([name, steps]) => STOPS.filter((_s, i) => i % 4 === 0).map(([l, t]) => [name, l, t, steps] as const)))(
    'at %s, %s "%s" stops and executes nothing',
    async (_name, _l, text, steps) => {
      const { say, executed } = await walk({}, steps);
      const after = await say(text);
      expect(after.context.notices.map((n) => n.key)).toContain('cancelled');
      expect(executed).toEqual([]);
    },
  );

  test('at a new user\'s last name, "Tant-Pis Dubois" is a name, not a stop', async () => {
    const { last } = await walk({}, [[`HospiSup ${NEW_NISS} IRIS hôpital`, 'username'], ['lgerard', 'usernameConfirm'], ['lgerard', 'lastName'], ['Tant-Pis Dubois', 'firstName']]);
    expect(last.context.newUser?.lastName).toBe('Tant-Pis Dubois');
  });
});

/** Issue 12 trial, defects 2 and 5: a yearless date is never moved a year, silently, in the four languages (today 2026-11-23). */
describe('a yearless date is never moved a year silently', () => {
  const BASE: Record<Locale, string> = {
    fr: `donne Colindos à ${JAN_NISS} pour IRIS, qualité hôpital, collaboratrice d'un médecin,`,
    nl: `geef Colindos aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts,`,
    de: `gib Colindos an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes,`,
    en: `give Colindos to ${JAN_NISS} at IRIS, capacity hospital, works for a doctor,`,
  };
  const END_BEFORE_START: Record<Locale, string> = {
    fr: 'du 15 janvier au 10 janvier', nl: 'van 15 januari tot 10 januari', de: 'vom 15. Januar bis 10. Januar', en: 'from 15 January to 10 January',
  };
  const REFUSED: Record<Locale, string> = {
    fr: 'La date de fin doit être postérieure à la date de début (15/01/2027)', nl: 'De einddatum moet na de begindatum liggen (15-01-2027)',
    de: 'Das Enddatum muss nach dem Anfangsdatum (15.01.2027) liegen', en: 'The end date must be after the start date (15/01/2027)',
  };
  test.each(LANGS)('%s: an end before the start in one range is refused, the end asked again, never a year later', async (l) => {
    // The refusal comes with the end date's question, never with another one.
    const first = await walk({}, [[`${BASE[l]} ${END_BEFORE_START[l]}`, 'endDate', ['dateInvalid']]]);
    expect(said(l, first.last)).toContain(REFUSED[l]);
    const { say, executed, last } = first;
    expect(last.context).toMatchObject({ startDate: '2027-01-15', endDate: null });
    await say('31-03-2027');
    await say(YES[l]);
    expect(executed).toEqual([expect.objectContaining({ fn: { code: 'COLLAB_SPECIALIST', startDate: '2027-01-15', endDate: '2027-03-31' } })]);
  });

  const PAST_START: Record<Locale, string> = { fr: 'à partir du 3 novembre', nl: 'vanaf 3 november', de: 'ab dem 3. November', en: 'from 3 November' };
  test.each(LANGS)('%s: a yearless start past this year (within three months) is refused as past and asked again', async (l) => {
    const { last } = await walk({}, [[`${BASE[l]} ${PAST_START[l]}`, 'startDate', ['dateInvalid']]]);
    expect(last.context.startDate).toBeNull();
    expect(said(l, last)).not.toMatch(/2027/);
  });

  const AHEAD: Record<Locale, [string, string]> = {
    fr: ['à partir du 3 mars', "J'ai lu « 3 mars » comme le 03/03/2027"], nl: ['vanaf 3 maart', 'Ik las „3 maart” als 03-03-2027'],
    de: ['ab 3. März', 'Ich habe „3. März“ als 03.03.2027 gelesen'], en: ['from 3 March', 'I read "3 March" as 03/03/2027'],
  };
  test.each(LANGS)('%s: a yearless start read in next year is said on the summary', async (l) => {
    const { last } = await walk({}, [[`${BASE[l]} ${AHEAD[l][0]}`, 'confirm', ['dateReadAhead']]]);
    expect(said(l, last)).toContain(AHEAD[l][1]);
    expect(last.context.startDate).toBe('2027-03-03');
  });
});

/** Issue 12 trial, defect 6: another function named for a person who holds one is said (asked, held, what to do), never dropped. */
describe('a collaborator role that conflicts with the function held is said', () => {
  const saved = PEOPLE[MARIE_NISS]!;
  afterEach(() => void (PEOPLE[MARIE_NISS] = saved));
  const ASKED: [Locale, string, string][] = [
    ['fr', 'elle travaille pour un pharmacien', 'Vous demandez la fonction « collaborateur pharmacien hospitalier », mais cette personne a déjà la fonction « collaborateur médecin-spécialiste »'],
    ['nl', 'zij werkt voor een apotheker', 'U vraagt de functie „collaborateur pharmacien hospitalier”, maar deze persoon heeft al de functie „collaborateur médecin-spécialiste”'],
    ['de', 'sie arbeitet für eine Apothekerin', 'Sie fragen die Funktion „collaborateur pharmacien hospitalier“ an, aber diese Person hat bereits die Funktion „collaborateur médecin-spécialiste“'],
    ['en', 'she works for a pharmacist', 'You ask for the function “collaborateur pharmacien hospitalier”, but this person already has the function “collaborateur médecin-spécialiste”'],
  ];
  test.each(ASKED)('%s: "%s" in the request', async (l, role, says) => {
    PEOPLE[MARIE_NISS] = { ...saved, functions: [{ code: 'COLLAB_SPECIALIST', qualityId: 11, startDate: '2026-12-15' }] };
    const { last, say, executed } = await walk({}, [[`Colindos ${MARIE_NISS} IRIS hôpital, ${role}`, 'confirm', ['alreadyHasFunction']]]);
    expect(said(l, last)).toContain(says);
    await say(YES[l]);
    expect(executed).toEqual([expect.not.objectContaining({ fn: expect.anything() })]);
  });
  const AT_SUMMARY: [Locale, string, string][] = [
    ['nl', 'hij werkt voor een dokter', 'Deze persoon heeft al de functie „collaborateur médecin-spécialiste”'],
    ['de', 'sie arbeitet für eine Apothekerin', 'Sie fragen die Funktion „collaborateur pharmacien hospitalier“ an'],
    ['fr', 'elle travaille pour une pharmacienne', 'Vous demandez la fonction « collaborateur pharmacien hospitalier »'],
    ['en', 'she works for a doctor', 'This person already has the function “collaborateur médecin-spécialiste”'],
  ];
  test.each(AT_SUMMARY)('%s: "%s" at the summary is answered', async (l, role, says) => {
    PEOPLE[MARIE_NISS] = { ...saved, functions: [{ code: 'COLLAB_SPECIALIST', qualityId: 11, startDate: '2026-12-15' }] };
    // No role said yet: the held function is not mentioned (nothing was asked of it).
    const { say } = await walk({}, [[`Colindos ${MARIE_NISS} IRIS hôpital`, 'confirm']]);
    const last = await say(role);
    expect(last.context.expecting).toBe('confirm');
    expect(said(l, last)).toContain(says);
  });
  const RANGE_FOR_HELD: [Locale, string, string][] = [
    ['nl', 'vanaf 1 maart tot eind juni', 'Deze persoon heeft al de functie „collaborateur médecin-spécialiste” vanaf 15-12-2026, en een lopende functie wijzig ik niet: de opgegeven data (van 01-03-2027 tot 30-06-2027) neem ik niet op. Voor een andere datum beëindigt u eerst deze functie.'],
    ['fr', 'à partir du 1er mars jusqu\'à fin juin', "Cette personne a déjà la fonction « collaborateur médecin-spécialiste » à partir du 15/12/2026, et je ne change pas une fonction en place : je ne retiens pas les dates données (du 01/03/2027 au 30/06/2027). Pour une autre date, mettez d'abord fin à cette fonction."],
    ['de', 'ab 1. März bis Ende Juni', 'Diese Person hat bereits die Funktion „collaborateur médecin-spécialiste“ ab dem 15.12.2026, und eine bestehende Funktion ändere ich nicht: Die genannten Daten (vom 01.03.2027 bis zum 30.06.2027) übernehme ich nicht. Für ein anderes Datum beenden Sie zuerst diese Funktion.'],
    ['en', 'from 1 March to the end of June', 'This person already has the function “collaborateur médecin-spécialiste” from 15/12/2026, and I do not change a function in place: I am not using the dates given (from 01/03/2027 to 30/06/2027). For another date, end this function first.'],
    // From the held function's own start: the end given is said too, with how to end the function that day.
    ['nl', 'vanaf 15 december tot eind juni', 'het einde op 30-06-2027 neem ik niet op. Om ze die dag te laten eindigen, vraagt u mij het einde van deze functie.'],
    ['fr', 'à partir du 15 décembre jusqu\'à fin juin', 'je ne retiens pas la fin au 30/06/2027. Pour la terminer ce jour-là, demandez-moi la fin de cette fonction.'],
    ['de', 'ab 15. Dezember bis Ende Juni', 'Das Ende am 30.06.2027 übernehme ich nicht. Damit sie an diesem Tag endet, bitten Sie mich, diese Funktion zu beenden.'],
    ['en', 'from 15 December to the end of June', 'I am not using the end on 30/06/2027. To end it that day, ask me to end this function.'],
  ];
  test.each(RANGE_FOR_HELD)('%s: "%s" for a held function says both dates, the end never dropped', async (l, range, says) => {
    PEOPLE[MARIE_NISS] = { ...saved, functions: [{ code: 'COLLAB_SPECIALIST', qualityId: 11, startDate: '2026-12-15' }] };
    const { last } = await walk({}, [[`Colindos ${MARIE_NISS} IRIS hôpital, ${range}`, 'confirm', ['dateOfHeldFunction']]]);
    expect(said(l, last)).toContain(says);
  });
  // A role naming another function, said with dates: the conflict is said for the role too, not only for the dates.
  const ROLE_AND_DATES: [Locale, string, string[]][] = [
    ['fr', 'il travaille pour un pharmacien, à partir du 1er mars', ["Vous demandez la fonction « collaborateur pharmacien hospitalier » à partir du 01/03/2027, mais cette personne a déjà la fonction « collaborateur médecin-spécialiste » à partir du 15/12/2026, et je ne change pas une fonction en place : l'accès utilisera « collaborateur médecin-spécialiste ». Pour « collaborateur pharmacien hospitalier », mettez d'abord fin à « collaborateur médecin-spécialiste », ou dites « annuler »."]],
    ['nl', 'hij werkt voor een apotheker, vanaf 1 maart', ['U vraagt de functie „collaborateur pharmacien hospitalier” vanaf 01-03-2027, maar deze persoon heeft al de functie „collaborateur médecin-spécialiste” vanaf 15-12-2026, en een lopende functie wijzig ik niet: de toegang gebruikt „collaborateur médecin-spécialiste”. Voor „collaborateur pharmacien hospitalier” beëindigt u eerst „collaborateur médecin-spécialiste”, of zeg „annuleren”.']],
    ['de', 'er arbeitet für einen Apotheker, ab 1. März', ['Sie fragen die Funktion „collaborateur pharmacien hospitalier“ ab dem 01.03.2027 an, aber diese Person hat bereits die Funktion „collaborateur médecin-spécialiste“ ab dem 15.12.2026, und eine bestehende Funktion ändere ich nicht: Der Zugang nutzt „collaborateur médecin-spécialiste“. Für „collaborateur pharmacien hospitalier“ beenden Sie zuerst „collaborateur médecin-spécialiste“, oder sagen Sie „abbrechen“.']],
    ['en', 'he works for a pharmacist, from 1 March', ['You ask for the function “collaborateur pharmacien hospitalier” from 01/03/2027, but this person already has the function “collaborateur médecin-spécialiste” from 15/12/2026, and I do not change a function in place: the access will use “collaborateur médecin-spécialiste”. For “collaborateur pharmacien hospitalier”, end “collaborateur médecin-spécialiste” first, or say “cancel”.']],
  ];
  test.each(ROLE_AND_DATES)('%s: "%s" for a held function says the function asked, and the dates', async (l, words, says) => {
    PEOPLE[MARIE_NISS] = { ...saved, functions: [{ code: 'COLLAB_SPECIALIST', qualityId: 11, startDate: '2026-12-15' }] };
    const { last } = await walk({}, [[`Colindos ${MARIE_NISS} IRIS hôpital, ${words}`, 'confirm', ['dateOfHeldFunction']]]);
    for (const s of says) expect(said(l, last)).toContain(s);
    // Each reason once: the function held is named in one paragraph, never a second "end it first".
    expect(said(l, last).split('\n\n').filter((p) => p.includes('collaborateur pharmacien hospitalier'))).toHaveLength(1);
    // The date is said once, with the function asked: no "I read 1 March as 01/03/2027" before a date not used.
    const day = { fr: '01/03/2027', nl: '01-03-2027', de: '01.03.2027', en: '01/03/2027' }[l];
    expect(said(l, last).split(day)).toHaveLength(2);
  });
});

describe('a date given for an application that uses none: the summary says the access starts at confirmation, with no end', () => {
  const TEXTS: [Locale, string, string][] = [
    ['fr', `donne HospiSup à ${JAN_NISS} pour IRIS, qualité hôpital, du 15-12-2026 au 31-03-2027`, 'Dates : ni début ni fin'],
    ['nl', `geef HospiSup aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, vanaf 15-12-2026 tot 31-03-2027`, 'Data: geen begin- of einddatum'],
    ['de', `gib HospiSup an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, ab 15.12.2026 bis 31.03.2027`, 'Daten: weder Anfangs- noch Enddatum'],
    ['en', `give HospiSup to ${JAN_NISS} at IRIS, capacity hospital, from 15/12/2026 until 31/03/2027`, 'Dates: no start or end date'],
  ];
  test.each(TEXTS)('%s', async (l, text, line) => {
    const { last } = await walk({}, [[text, 'confirm', ['dateNotUsed']]]);
    expect(said(l, last)).toContain(line);
  });
  test.each(TEXTS)('%s: with no date given, the summary says nothing of dates', async (l, _text, line) => {
    const { last } = await walk({}, [[`HospiSup ${JAN_NISS} IRIS hôpital`, 'confirm']]);
    expect(said(l, last)).not.toContain(line);
  });
});
