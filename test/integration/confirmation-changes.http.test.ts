import { dayAfter, todayInBrussels } from '../../src/domain/dates';
import { describeConversations, inLocale, JAN, MARIE, MONTHS, type Conversation, type Lang } from '../support/conversations';

/**
 * Trial 5, item 12, over HTTP: a change the manager makes at a confirmation or at "is this the right person?" is said
 * before the question again ("Entendu : la demande porte maintenant sur eBirth."), and what is recorded is what was
 * said; each date of a range read in a later year is said back, the end as the start ("vanaf 1 oktober tot
 * 1 november": both). Dates are computed on the server's clock, in Brussels.
 */

const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const DOC: Record<Lang, string> = { fr: 'il travaille pour un médecin', nl: 'hij werkt voor een arts', de: 'er arbeitet für einen Arzt', en: 'he works for a doctor' };

const CHANGES: Conversation[] = ([
  // "only eBirth" at the person check: said, then the person asked again; only eBirth is granted.
  ['fr', `donne Colindos et eBirth à ${MARIE} pour IRIS Sud`, 'ah non, seulement eBirth finalement', 'Entendu : la demande porte maintenant sur eBirth.', ['EBIRTH']],
  ['nl', `geef Colindos en eBirth aan ${MARIE} in IRIS Sud`, 'nee, alleen eBirth', 'Begrepen: de aanvraag gaat nu over eBirth.', ['EBIRTH']],
  ['de', `gib Colindos und eBirth an ${MARIE} für IRIS Sud`, 'nein, nur eBirth', 'Verstanden: Der Antrag betrifft jetzt eBirth.', ['EBIRTH']],
  ['en', `give Colindos and eBirth to ${MARIE} at IRIS Sud`, 'no, only eBirth', 'Understood: the request is now for eBirth.', ['EBIRTH']],
] as const).map(([lang, first, change, said, apps]) => inLocale(LOCALE[lang])({
  name: `${lang}: "${change}" at the person check is said, the person asked again, and only that is granted`,
  steps: [
    { text: first, slot: 'confirmPerson' },
    { text: change, slot: 'confirmPerson', says: [said] },
    { text: YES[lang], slot: 'confirm' },
    { text: YES[lang], slot: null },
  ],
  grants: apps.map((application) => ({ niss: MARIE, application })),
}));

const AT_SUMMARY: Conversation[] = ([
  ['de', `gib eBirth an ${JAN} für IRIS Sud`, 'Moment, nicht eBirth, sondern HospiSup', 'HospiSup ersetzt eBirth im Antrag.', 'HOSPISUP'],
  ['fr', `donne eBirth à ${JAN} pour IRIS Sud`, 'attends, pas eBirth mais HospiSup', 'HospiSup remplace eBirth dans la demande.', 'HOSPISUP'],
  ['nl', `geef eBirth aan ${JAN} in IRIS Sud`, 'nee, ook HospiSup', 'Begrepen: de aanvraag gaat nu over eBirth en HospiSup.', 'HOSPISUP'],
  ['en', `give eBirth to ${JAN} at IRIS Sud`, 'actually make it eBirth and HospiSup', 'Understood: the request is now for eBirth and HospiSup.', 'HOSPISUP'],
] as const).map(([lang, first, change, said, added]) => inLocale(LOCALE[lang])({
  name: `${lang}: "${change}" at the summary is said before the summary again`,
  steps: [
    { text: first, slot: 'confirm' },
    { text: change, slot: 'confirm', says: [said] },
    { text: YES[lang], slot: null },
  ],
  grants: [...(lang === 'nl' || lang === 'en' ? [{ niss: JAN, application: 'EBIRTH' }] : []), { niss: JAN, application: added }],
}));

// A range four and three months back in the calendar (more than three months gone by: next year's, from May on).
const [Y, M] = todayInBrussels().split('-').map(Number) as [number, number];
const monthBack = (n: number) => ((M - 1 - n + 12) % 12) + 1;
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const next = (m: number) => (iso(Y, m, 1) >= todayInBrussels() ? iso(Y, m, 1) : iso(Y + 1, m, 1));
const START = next(monthBack(4));
const END = Number(START.slice(5, 7)) === 12 ? iso(Number(START.slice(0, 4)) + 1, 1, 1) : iso(Number(START.slice(0, 4)), Number(START.slice(5, 7)) + 1, 1);
const shown = (date: string, lang: Lang) => date.split('-').reverse().join({ fr: '/', nl: '-', de: '.', en: '/' }[lang]);
const first = (lang: Lang, date: string) => `${lang === 'fr' ? '1er' : lang === 'de' ? '1.' : '1'} ${MONTHS[lang][Number(date.slice(5, 7)) - 1]}`;
/** A date read in a later year than this one is said back with the words said. */
// (German's "1." is escaped for Markdown in the reply: the month and the date read are what is checked.)
const saidBack = (lang: Lang, date: string) => (Number(date.slice(0, 4)) > Y ? [lang === 'de' ? MONTHS.de[Number(date.slice(5, 7)) - 1]! : first(lang, date), shown(date, lang)] : []);

const RANGES: Conversation[] = ([
  ['fr', (s: string, e: string) => `donne Colindos à ${JAN} pour IRIS Sud, ${DOC.fr}, du ${s} au ${e}`],
  ['nl', (s: string, e: string) => `geef Colindos aan ${JAN} in IRIS Sud, ${DOC.nl}, vanaf ${s} tot ${e}`],
  ['de', (s: string, e: string) => `gib Colindos an ${JAN} für IRIS Sud, ${DOC.de}, vom ${s} bis ${e}`],
  ['en', (s: string, e: string) => `give Colindos to ${JAN} at IRIS Sud, ${DOC.en}, from ${s} to ${e}`],
] as const).map(([lang, text]) => inLocale(LOCALE[lang])({
  name: `${lang}: a yearless range read in a later year: each of its dates is said back, and recorded`,
  steps: [
    { text: text(first(lang, START), first(lang, END)), slot: 'confirm', says: [...saidBack(lang, START), ...saidBack(lang, END)] },
    { text: YES[lang], slot: null },
  ],
  grants: [{ niss: JAN, application: 'COLINDOS' }],
  functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: START, endDate: dayAfter(END) }],
}));

describeConversations('changes at a confirmation, and ranges read ahead, said over HTTP', ['fr', 'nl', 'de', 'en'], [...CHANGES, ...AT_SUMMARY, ...RANGES], 3);
