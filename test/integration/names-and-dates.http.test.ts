import { dayAfter, todayInBrussels } from '../../src/domain/dates';
import { ddmmyyyy, describeConversations, inDays, inLocale, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, type Conversation, type Lang } from '../support/conversations';

/**
 * Dates beside words that look like them, over HTTP and checked in the store: a first name that is a month ("end Jan
 * Peeters's function on …" once ended it on 31 January), a recipient's "to", "à" that is no end ("give … to Jan Peeters
 * in two weeks" once set an end date), a month said alone ("in January", "im Januar": its 1st, said back). The date the
 * reader takes is the one the reply shows and the one the store holds.
 */
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const shown = (iso: string, lang: Lang) => iso.split('-').reverse().join({ fr: '/', nl: '-', de: '.', en: '/' }[lang]);
const NO_END: Record<Lang, string> = { fr: 'sans date de fin', nl: 'zonder einddatum', de: 'ohne Enddatum', en: 'no end date' };
const TODAY = todayInBrussels();
const [Y] = TODAY.split('-').map(Number) as [number];

// 1. A first name that is a month: the date said is the last day, never the end of that month.
const LAST_DAY = inDays(40);
const END_OF_JANUARY = `${LAST_DAY.slice(0, 4)}-01-31`;
const FIRST_NAME: Conversation[] = ([
  ['en', `end Jan Peeters's function on ${ddmmyyyy(LAST_DAY)}`, 'last day: '],
  ['de', `Ende der Funktion von Jan Peeters am ${ddmmyyyy(LAST_DAY)}`, 'letzter Tag: '],
] as const).map(([lang, text, lastDay]) => inLocale(LOCALE[lang])({
  name: `${lang}: "${text}": "Jan" is the first name, the last day is the date said, and the store ends the function the day after`,
  before: [JAN_SPECIALIST_COLLABORATOR],
  steps: [
    { text, slot: 'people.confirm', says: [`${lastDay}${shown(LAST_DAY, lang)}`], never: LAST_DAY === END_OF_JANUARY ? [] : [`${lastDay}${shown(END_OF_JANUARY, lang)}`] },
    { text: YES[lang], slot: null },
  ],
  grants: [{ niss: JAN, application: 'COLINDOS' }],
  functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(LAST_DAY) }],
}));

// 2. "to Jan Peeters", "à Jan Peeters" name who gets the access: "in two weeks" is the start, and no end is set.
const IN_TWO_WEEKS = inDays(14);
const TO_WHOM: Conversation[] = ([
  ['en', 'give Colindos to Jan Peeters at IRIS Sud, he works for a doctor, in two weeks'],
  ['fr', 'donne Colindos à Jan Peeters pour IRIS Sud, il travaille pour un médecin, dans deux semaines'],
  ['nl', 'geef Colindos aan Jan Peeters in IRIS Sud, hij werkt voor een arts, over twee weken'],
] as const).map(([lang, text]) => inLocale(LOCALE[lang])({
  name: `${lang}: "${text}": a start in two weeks, no end date, on the summary and in the store`,
  steps: [
    { text, slot: 'confirm', says: [shown(IN_TWO_WEEKS, lang), NO_END[lang]] },
    { text: YES[lang], slot: null },
  ],
  grants: [{ niss: JAN, application: 'COLINDOS' }],
  functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: IN_TWO_WEEKS, endDate: null }],
}));

// 3. A month alone is its 1st (the next one), said back as read.
const JANUARY_1 = TODAY.endsWith('-01-01') ? TODAY : `${Y + 1}-01-01`;
const READ_AS: Record<Lang, (said: string) => string> = {
  fr: (s) => `J'ai lu « ${s} » comme le ${shown(JANUARY_1, 'fr')}`,
  nl: (s) => `Ik las „${s}” als ${shown(JANUARY_1, 'nl')}`,
  de: (s) => `Ich habe „${s}“ als ${shown(JANUARY_1, 'de')} gelesen`,
  en: (s) => `I read "${s}" as ${shown(JANUARY_1, 'en')}`,
};
const MONTH_ALONE: Conversation[] = ([
  ['en', 'give Colindos to Jan Peeters at IRIS Sud, he works for a doctor, in January', 'in January'],
  ['de', 'gib Colindos an Jan Peeters für IRIS Sud, er arbeitet für einen Arzt, im Januar', 'im Januar'],
  ['fr', 'donne Colindos à Jan Peeters pour IRIS Sud, il travaille pour un médecin, en janvier', 'en janvier'],
] as const).map(([lang, text, said]) => inLocale(LOCALE[lang])({
  name: `${lang}: "${text}": the 1st of January, said back, on the summary and in the store`,
  steps: [
    { text, slot: 'confirm', says: [READ_AS[lang](said), NO_END[lang]] },
    { text: YES[lang], slot: null },
  ],
  grants: [{ niss: JAN, application: 'COLINDOS' }],
  functions: [{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: JANUARY_1, endDate: null }],
}));

describeConversations('names and dates over HTTP: the date read is the date shown and stored', ['fr', 'nl', 'de', 'en'], [...FIRST_NAME, ...TO_WHOM, ...MONTH_ALONE], 1);
