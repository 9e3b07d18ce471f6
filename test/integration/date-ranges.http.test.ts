import { dayAfter, todayInBrussels } from '../../src/domain/dates';
import {
  describeConversations, inLocale, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, LUCAS, MARIE, type Conversation, type Lang,
} from '../support/conversations';

/**
 * Issue 12, trial 3, over HTTP and checked in the store: a reversed range is refused with both dates, with
 * the end date's question and nothing else (never a summary to confirm in the same reply), and nothing is
 * recorded until a valid end is given; a yearless start gone by more than three months ago is next year's,
 * said, and the end compared with it; a range for an application that uses no date is said to be set aside,
 * with the summary's "Dates: none" line; the activation sentence and the end of a function read clearly.
 * The trial's day was Tuesday 1 December 2026; the dates below are computed on the server's clock the same way.
 */

const TODAY = todayInBrussels();
const [Y] = TODAY.split('-').map(Number) as [number];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** A yearless day said as a start (chosen more than three months back, or ahead): this year's if to come, else next year's. */
const ahead = (m: number, d: number) => (iso(Y, m, d) >= TODAY ? iso(Y, m, d) : iso(Y + 1, m, d));
/** The end said with it, in the start's year. */
const sameYear = (start: string, m: number, d: number) => iso(Number(start.slice(0, 4)), m, d);
const shown = (date: string, lang: Lang) => date.split('-').reverse().join({ fr: '/', nl: '-', de: '.', en: '/' }[lang]);

const REFUSED: Record<Lang, (start: string) => string> = {
  fr: (s) => `La date de fin doit être postérieure à la date de début (${shown(s, 'fr')})`,
  nl: (s) => `De einddatum moet na de begindatum liggen (${shown(s, 'nl')})`,
  de: (s) => `Das Enddatum muss nach dem Anfangsdatum (${shown(s, 'de')}) liegen`,
  en: (s) => `The end date must be after the start date (${shown(s, 'en')})`,
};
/** The end date's question, with the start it must follow. */
const ASK_END: Record<Lang, (start: string) => string> = {
  fr: (s) => `Une date de fin (après le ${shown(s, 'fr')})`,
  nl: (s) => `Een einddatum (na ${shown(s, 'nl')})`,
  de: (s) => shown(s, 'de'),
  en: (s) => `An end date (after ${shown(s, 'en')})`,
};
/** The summary's question: never in the reply that refuses a date. */
const CONFIRM: Record<Lang, string[]> = {
  fr: ['Puis-je confirmer', 'confirmer quand même'], nl: ['Zal ik bevestigen', 'Toch bevestigen'],
  de: ['Soll ich bestätigen', 'Trotzdem bestätigen'], en: ['Shall I confirm', 'Confirm anyway'],
};
const NO_END: Record<Lang, string> = { fr: 'sans date de fin', nl: 'zonder einddatum', de: 'ohne Enddatum', en: 'no end date' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const TIMES: Record<Lang, string> = {
  fr: 'Je vous préviendrai ici quand ce sera actif. Les heures indiquées sont celles de Bruxelles.',
  nl: 'Ik laat het u hier weten zodra het actief is. De vermelde tijden zijn Brusselse tijd.',
  de: 'Ich benachrichtige Sie hier, sobald es aktiv ist. Die angegebenen Uhrzeiten sind Brüsseler Zeit.',
  en: 'I will let you know here when it is active. The times shown are Brussels time.',
};

/**
 * A reversed range for a collaborator: refused with the start, the end asked (no summary, no "no end date"),
 * then a valid end given, the summary confirmed; the function is recorded with both dates, never without its end.
 */
function reversed(lang: Lang, wording: string, text: string, o: { start: [number, number]; niss?: string; fn?: 'COLLAB_PHARMACIST' | 'COLLAB_SPECIALIST' }): Conversation {
  const start = ahead(...o.start);
  const end = sameYear(start, 6, 30);
  const niss = o.niss ?? JAN;
  return inLocale(LOCALE[lang])({
    name: `${lang}: ${wording}: the end refused with its start and asked, nothing else; a valid end, then recorded with both dates`,
    steps: [
      { text, slot: 'endDate', says: [REFUSED[lang](start), ASK_END[lang](start)], never: [...CONFIRM[lang], NO_END[lang]] },
      { text: `30-06-${end.slice(0, 4)}`, slot: 'confirm', says: [shown(end, lang)] },
      { text: YES[lang], slot: null, says: [TIMES[lang]], never: ['(heure de Bruxelles) Je', '(Brussels time) I', '(Brusselse tijd) Ik', '(Brüsseler Zeit) Ich'] },
    ],
    grants: [{ niss, application: 'COLINDOS' }],
    functions: [{ niss, function: o.fn ?? 'COLLAB_PHARMACIST', startDate: start, endDate: dayAfter(end) }],
  });
}

const DOC: Record<Lang, string> = { fr: 'il travaille pour un médecin', nl: 'hij werkt voor een arts', de: 'er arbeitet für einen Arzt', en: 'he works for a doctor' };
const colindos = (lang: Lang, dates: string, who = JAN) => ({
  fr: `donne Colindos à ${who} pour IRIS Sud, ${DOC.fr}, ${dates}`,
  nl: `geef Colindos aan ${who} in IRIS Sud, ${DOC.nl}, ${dates}`,
  de: `gib Colindos an ${who} für IRIS Sud, ${DOC.de}, ${dates}`,
  en: `give Colindos to ${who} at IRIS Sud, ${DOC.en}, ${dates}`,
}[lang]);
const doctor = { fn: 'COLLAB_SPECIALIST' as const };

const REVERSED: Conversation[] = [
  // The trial's own sentences.
  reversed('en', 'starting … ending (trial e9, by name)', 'give Colindos to Lucas Mertens at IRIS Sud starting 1 April ending 1 March, he works for a pharmacist', { start: [4, 1], niss: LUCAS }),
  reversed('nl', 'vanaf … tot, a start six months past (trial n2)', `geef Colindos aan ${JAN} in IRIS Sud vanaf 1 juni tot 1 mei, hij werkt voor de apotheker`, { start: [6, 1] }),
  reversed('fr', "à partir du … jusqu'au", `donne Colindos à ${JAN} pour IRIS Sud à partir du 1er avril jusqu'au 15 février, il travaille pour un pharmacien`, { start: [4, 1] }),
  reversed('de', 'vom … bis', `gib Colindos an ${JAN} für IRIS Sud vom 15. Mai bis 1. Mai, er arbeitet für einen Apotheker`, { start: [5, 15] }),
  // Other wordings, ordinal and numeric.
  reversed('en', 'from … until', colindos('en', 'from 1 April until 1 March'), { start: [4, 1], ...doctor }),
  reversed('en', 'as of … through', colindos('en', 'as of 1 June through 1 May'), { start: [6, 1], ...doctor }),
  reversed('en', 'from 1/4 to 1/3', colindos('en', 'from 1/4 to 1/3'), { start: [4, 1], ...doctor }),
  reversed('nl', 'van … tot (trial n10, no function held)', colindos('nl', 'van 10 maart tot 1 maart'), { start: [3, 10], ...doctor }),
  reversed('nl', 'van … tot en met', colindos('nl', 'van 1 april tot en met 1 maart'), { start: [4, 1], ...doctor }),
  reversed('nl', 'vanaf 01-04 tot 01-03', colindos('nl', 'vanaf 01-04 tot 01-03'), { start: [4, 1], ...doctor }),
  reversed('de', 'ab … bis', colindos('de', 'ab 1. April bis 1. März'), { start: [4, 1], ...doctor }),
  reversed('de', 'vom 01.04. bis zum 01.03.', colindos('de', 'vom 01.04. bis zum 01.03.'), { start: [4, 1], ...doctor }),
  reversed('fr', 'du 1er … au 1er', colindos('fr', 'du 1er juin au 1er mai'), { start: [6, 1], ...doctor }),
  reversed('fr', 'du 1/4 au 1/3', colindos('fr', 'du 1/4 au 1/3'), { start: [4, 1], ...doctor }),
];

/** "Dates: none" on the summary, and the date said to be set aside, in each language. */
const SET_ASIDE: Record<Lang, [string, string]> = {
  fr: ['pas de date de début : l\'accès commence à la confirmation', 'Dates : ni début ni fin'],
  nl: ['geen begindatum: de toegang begint bij de bevestiging', 'Data: geen begin- of einddatum'],
  de: ['kein Anfangsdatum: Der Zugang beginnt mit der Bestätigung', 'Daten: weder Anfangs- noch Enddatum'],
  en: ['no start date: access starts on confirmation', 'Dates: no start or end date'],
};

/** A reversed range for an application that uses no date: set aside, said, "Dates: none" on the summary; granted without a date. */
function noDateApplication(lang: Lang, wording: string, text: string, niss: string, application: string): Conversation {
  return inLocale(LOCALE[lang])({
    name: `${lang}: ${wording} for ${application}: the dates are said to be set aside, and the summary says "Dates: none"`,
    steps: [
      { text, slot: 'confirm', says: SET_ASIDE[lang], never: [REFUSED[lang]('').slice(0, 20)] },
      { text: YES[lang], slot: null },
    ],
    grants: [{ niss, application }],
  });
}

const NO_DATE: Conversation[] = [
  noDateApplication('fr', 'du 20 mars au 5 mars', `donne HospiSup à ${MARIE} pour IRIS Sud du 20 mars au 5 mars`, MARIE, 'HOSPISUP'),
  noDateApplication('de', 'ab 1. März bis 1. Februar', `gib HospiSup an ${MARIE} für IRIS Sud ab 1. März bis 1. Februar`, MARIE, 'HOSPISUP'),
  noDateApplication('nl', 'van 20 april tot 2 april', `geef HospiSup aan ${MARIE} in IRIS Sud van 20 april tot 2 april`, MARIE, 'HOSPISUP'),
  noDateApplication('en', 'from 10 May to 3 May (trial e1)', `give HospiSup to ${MARIE} at IRIS Sud from 10 May to 3 May`, MARIE, 'HOSPISUP'),
  noDateApplication('en', 'from 1/4 to 1/3', `give eBirth to ${JAN} at IRIS Sud from 1/4 to 1/3`, JAN, 'EBIRTH'),
  noDateApplication('de', 'vom 01.04. bis zum 01.03.', `gib eBirth an ${JAN} für IRIS Sud vom 01.04. bis zum 01.03.`, JAN, 'EBIRTH'),
  noDateApplication('fr', "à partir du 1er avril jusqu'au 1er mars", `donne eBirth à ${JAN} pour IRIS Sud à partir du 1er avril jusqu'au 1er mars`, JAN, 'EBIRTH'),
  noDateApplication('nl', 'vanaf 01-04 tot 01-03', `geef eBirth aan ${JAN} in IRIS Sud vanaf 01-04 tot 01-03`, JAN, 'EBIRTH'),
];

/**
 * Trial n10: a reversed range for a person who already holds the function the application needs. The dates
 * are not used (the function stays as it is): that is said, never "the end must be after the start"
 * followed by a summary to confirm.
 */
const HELD: Conversation[] = (['fr', 'nl', 'de', 'en'] as const).map((lang) => inLocale(LOCALE[lang])({
  name: `${lang}: a reversed range for a function already held: the dates are not used, never refused next to a summary`,
  before: [JAN_SPECIALIST_COLLABORATOR],
  steps: [
    {
      text: { fr: `donne Hospiliss à ${JAN} pour IRIS Sud, ${DOC.fr}, du 10 mars au 1er mars`, nl: `geef Hospiliss aan ${JAN} in IRIS Sud, ${DOC.nl}, van 10 maart tot 1 maart`,
        de: `gib Hospiliss an ${JAN} für IRIS Sud, ${DOC.de}, vom 10. März bis 1. März`, en: `give Hospiliss to ${JAN} at IRIS Sud, ${DOC.en}, from 10 March to 1 March` }[lang],
      slot: 'confirm', says: [SET_ASIDE[lang][1]], never: [REFUSED[lang]('').slice(0, 20)],
    },
    { text: YES[lang], slot: null },
  ],
  grants: [{ niss: JAN, application: 'COLINDOS' }, { niss: JAN, application: 'HOSPILISS' }],
  functions: [JAN_HOLDS_SPECIALIST],
}));

/**
 * The end of a function: the date said is the last day held; the store's end date is exclusive (from that day on, at
 * midnight in Brussels, the function is no longer held), so it holds the day after.
 */
const END_FUNCTION: Conversation[] = ([
  ['fr', 'mets fin à la fonction de Jan Peeters au 31 mars', 'dernier jour : 31/03/'],
  ['nl', 'beëindig de functie van Jan Peeters op 31 maart', 'laatste dag: 31-03-'],
  ['de', 'beende die Funktion von Jan Peeters zum 31. März', 'letzter Tag: 31.03.'],
  ['en', "end Jan Peeters's function on 31 March", 'last day: 31/03/'],
] as const).map(([lang, text, lastDay]) => inLocale(LOCALE[lang])({
  name: `${lang}: "${text}": the confirmation names 31 March as the last day, the store ends it on 1 April`,
  before: [JAN_SPECIALIST_COLLABORATOR],
  steps: [{ text, slot: 'people.confirm', says: [lastDay] }, { text: YES[lang], slot: null }],
  grants: [{ niss: JAN, application: 'COLINDOS' }],
  functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(ahead(3, 31)) }],
}));

describeConversations('dates over HTTP: reversed ranges, dates set aside, the end of a function', ['fr', 'nl', 'de', 'en'],
  [...REVERSED, ...NO_DATE, ...HELD, ...END_FUNCTION], 5);
