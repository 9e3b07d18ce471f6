import { viewOf } from '../../dialogs/grant/grant-access.view';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import type { MessageKey, Summary } from '../../src/i18n/grant.catalog';
import type { Locale } from '../../src/domain/locale';
import { JAN_NISS, MARIE_NISS, walk } from './support/grant-world';

/**
 * Issue 12, trial 3, defect 2: a refusal and a summary to confirm never come in the same reply. A value
 * refused at the summary (a date, a NISS, an application, an entity) is answered with why, then asked
 * again; the summary comes back only once a valid value is given. The world's today is Monday 2026-11-23.
 */
const TO_SUMMARY: Record<Locale, string> = {
  fr: `donne Colindos à ${JAN_NISS} pour IRIS, qualité hôpital, collaboratrice d'un médecin, à partir du 15-12-2026`,
  nl: `geef Colindos aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, vanaf 15-12-2026`,
  de: `gib Colindos an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, ab 15-12-2026`,
  en: `give Colindos to ${JAN_NISS} at IRIS, capacity hospital, works for a doctor, from 15-12-2026`,
};

/** Said at the summary: the notice of its refusal, the question asked next, and an answer that brings the summary back. */
type Row = [Locale, string, MessageKey, Slot, string];
const ROWS: Row[] = [
  ['fr', 'date de fin le 20-11-2026', 'dateInvalid', 'endDate', '31-03-2027'],
  ['fr', 'à partir du 01-01-2020', 'dateInvalid', 'startDate', '15-12-2026'],
  ['fr', 'du 15 janvier au 10 janvier', 'dateInvalid', 'endDate', '31-03-2027'],
  ['fr', "jusqu'au 31-02-2027", 'dateInvalid', 'endDate', 'aucune'],
  ['fr', 'non, pour 90041212378', 'nissInvalid', 'niss', JAN_NISS],
  ['fr', 'ajoute Zorglub', 'applicationsUnknown', 'applications', 'Colindos'],
  ['fr', 'non, plutôt pour CHU de Liège', 'entityNoRole', 'entity', 'IRIS'],
  ['nl', 'einddatum 20-11-2026', 'dateInvalid', 'endDate', '31-03-2027'],
  ['nl', 'vanaf 01-01-2020', 'dateInvalid', 'startDate', '15-12-2026'],
  ['nl', 'van 15 januari tot 10 januari', 'dateInvalid', 'endDate', '31-03-2027'],
  ['nl', 'tot 31-02-2027', 'dateInvalid', 'endDate', 'geen'],
  ['nl', 'nee, voor 90041212378', 'nissInvalid', 'niss', JAN_NISS],
  ['nl', 'voeg Zorglub toe', 'applicationsUnknown', 'applications', 'Colindos'],
  ['nl', 'nee, liever voor CHU de Liège', 'entityNoRole', 'entity', 'IRIS'],
  ['de', 'Enddatum 20.11.2026', 'dateInvalid', 'endDate', '31.03.2027'],
  ['de', 'ab 01.01.2020', 'dateInvalid', 'startDate', '15.12.2026'],
  ['de', 'vom 15. Januar bis 10. Januar', 'dateInvalid', 'endDate', '31.03.2027'],
  ['de', 'bis 31.02.2027', 'dateInvalid', 'endDate', 'kein'],
  ['de', 'nein, für 90041212378', 'nissInvalid', 'niss', JAN_NISS],
  ['de', 'füge Zorglub hinzu', 'applicationsUnknown', 'applications', 'Colindos'],
  ['de', 'nein, lieber für CHU de Liège', 'entityNoRole', 'entity', 'IRIS'],
  ['en', 'end date 20/11/2026', 'dateInvalid', 'endDate', '31/03/2027'],
  ['en', 'from 01/01/2020', 'dateInvalid', 'startDate', '15/12/2026'],
  ['en', 'from 15 January to 10 January', 'dateInvalid', 'endDate', '31/03/2027'],
  ['en', 'until 31/02/2027', 'dateInvalid', 'endDate', 'none'],
  ['en', 'no, for 90041212378', 'nissInvalid', 'niss', JAN_NISS],
  ['en', 'add Zorglub too', 'applicationsUnknown', 'applications', 'Colindos'],
  ['en', 'no, rather for CHU de Liège', 'entityNoRole', 'entity', 'IRIS'],
];

describe('a value refused at the summary is asked again, never shown with the summary to confirm', () => {
  it('holds every kind of refusal in each language', () => {
    for (const l of ['fr', 'nl', 'de', 'en'] as const) expect(new Set(ROWS.filter((r) => r[0] === l).map((r) => r[2])).size).toBe(4);
  });

  test.each(ROWS)('%s: "%s": %s, then %s asked; a valid answer brings the summary back', async (l, refused, key, asked, valid) => {
    const run = await walk({}, [[TO_SUMMARY[l], 'confirm'], [refused, asked, [key]]]);
    expect(viewOf(run.last, false).prompt?.message.key).not.toBe('askConfirm');
    expect(run.executed).toEqual([]);
    // The valid value taken, the request goes on (the summary, or what it still lacks), and is executed only when confirmed.
    const next = await run.say(valid);
    expect(next.context.notices.map((n) => n.key)).not.toContain(key);
    expect(run.executed).toEqual([]);
  });
});

describe('a reversed range for an application that uses no date: set aside, and "Dates: none" on the summary', () => {
  const TEXTS: [Locale, string][] = [
    ['fr', `donne HospiSup à ${JAN_NISS} pour IRIS, qualité hôpital, du 20 mars au 5 mars`],
    ['fr', `donne eBirth à ${JAN_NISS} pour IRIS, qualité hôpital, du 1/4 au 1/3`],
    ['nl', `geef HospiSup aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, van 20 april tot 2 april`],
    ['nl', `geef eBirth aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, vanaf 01-04 tot 01-03`],
    ['de', `gib HospiSup an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, ab 1. März bis 1. Februar`],
    ['de', `gib eBirth an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, vom 01.04. bis zum 01.03.`],
    ['en', `give HospiSup to ${JAN_NISS} at IRIS, capacity hospital, from 10 May to 3 May`],
    ['en', `give eBirth to ${JAN_NISS} at IRIS, capacity hospital, starting 1 April ending 1 March`],
    // Given at the summary, the same.
    ['fr', `donne HospiSup à ${MARIE_NISS} pour IRIS, qualité hôpital`],
  ];
  test.each(TEXTS)('%s: %s', async (_l, text) => {
    const steps: [string, Slot, MessageKey[]][] = text.includes(MARIE_NISS)
      ? [[text, 'confirm', []], ['du 20 mars au 5 mars', 'confirm', ['dateNotUsed']]]
      : [[text, 'confirm', ['dateNotUsed']]];
    const { last } = await walk({}, steps);
    const summary = viewOf(last, false).prompt!.message as { key: 'askConfirm'; params: Summary };
    expect(summary.params.dateSetAside).toBe(true);
    expect(last.context.notices.filter((n) => n.key === 'dateInvalid' || n.key === 'dateNotUsed').map((n) => n.key)).toEqual(['dateNotUsed']);
    expect(last.context).toMatchObject({ startDate: null, endDate: null });
  });
});
