import { dayAfter } from '../../src/domain/dates';
import { ddmmyyyy, describeConversations, HELD_FROM, inDays, inLocale, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, type Conversation, type Lang } from '../support/conversations';

/**
 * Ending a function over HTTP, the store checked after each (TRIAL4 defects 2, 3, 10, 11): Jan's specialist's
 * collaborator function starts in 14 days (HELD_FROM). Worded in everyday ways, it is an end of function, never a grant;
 * Jan is a user of one of the demo manager's entities with a function: neither entity nor qualité is asked. The date
 * said is the last day held: the store's end date is the day after. An end before the start is asked as a cancellation,
 * and the store cancels it (ended at once, its dates left), with that end date in the audit row.
 */
const LANGS: Lang[] = ['fr', 'nl', 'de', 'en'];
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const shown = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-');
  return lang === 'nl' ? `${d}-${m}-${y}` : lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};
const ASKED = ['Pour quelle entité', 'Voor welke entiteit', 'Für welche Einrichtung', 'Which entity', 'Quelle qualité', 'Welke hoedanigheid', 'Welche Eigenschaft', 'Which capacity',
  'Quelles applications', 'Welke toepassingen', 'Welche Anwendungen', 'Which applications'];

const BEFORE_START = inDays(7);
const NOT_STARTED: Record<Lang, [text: string, says: string[], done: string]> = {
  fr: [`la fonction de Jan Peeters doit s'arrêter le ${ddmmyyyy(BEFORE_START)}`,
    [`n'a pas encore commencé (à partir du ${shown(HELD_FROM, 'fr')}) : la terminer le ${shown(BEFORE_START, 'fr')} veut dire qu'elle ne commence jamais. Dois-je l'annuler ?`], 'est annulée : elle ne commencera pas.'],
  nl: [`de functie van Jan Peeters moet op ${ddmmyyyy(BEFORE_START)} stoppen`,
    [`is nog niet begonnen (vanaf ${shown(HELD_FROM, 'nl')}): ze beëindigen op ${shown(BEFORE_START, 'nl')} betekent dat ze nooit begint. Zal ik ze annuleren?`], 'is geannuleerd: ze begint niet.'],
  de: [`die Funktion von Jan Peeters endet am ${ddmmyyyy(BEFORE_START)}`,
    [`hat noch nicht begonnen (ab ${shown(HELD_FROM, 'de')}): Ein Ende am ${shown(BEFORE_START, 'de')} heißt, dass sie nie beginnt. Soll ich sie stornieren?`], 'ist storniert; sie beginnt nicht.'],
  en: [`Jan Peeters stops working for the specialist on ${ddmmyyyy(BEFORE_START)}, please end his function`,
    [`has not started yet (from ${shown(HELD_FROM, 'en')}): ending it on ${shown(BEFORE_START, 'en')} means it never starts. Shall I cancel it?`], 'is cancelled: it will not start.'],
};

const LAST_DAY = inDays(40);
const WITHIN: Record<Lang, [text: string, says: string[], done: string]> = {
  fr: [`mets fin à la fonction de Jan Peeters le ${ddmmyyyy(LAST_DAY)}`, [`dernier jour : ${shown(LAST_DAY, 'fr')} (inactive à partir du ${shown(dayAfter(LAST_DAY), 'fr')} 00:00)`],
    `dernier jour : ${shown(LAST_DAY, 'fr')} (inactive à partir du ${shown(dayAfter(LAST_DAY), 'fr')} 00:00).`],
  nl: [`de functie van Jan Peeters loopt af op ${ddmmyyyy(LAST_DAY)}`, [`laatste dag: ${shown(LAST_DAY, 'nl')} (inactief vanaf ${shown(dayAfter(LAST_DAY), 'nl')} 00:00)`],
    `laatste dag: ${shown(LAST_DAY, 'nl')} (inactief vanaf ${shown(dayAfter(LAST_DAY), 'nl')} 00:00).`],
  de: [`beende die Funktion von Jan Peeters am ${ddmmyyyy(LAST_DAY)}`, [`letzter Tag: ${shown(LAST_DAY, 'de')} (inaktiv ab ${shown(dayAfter(LAST_DAY), 'de')} 00:00)`],
    `letzter Tag: ${shown(LAST_DAY, 'de')} (inaktiv ab ${shown(dayAfter(LAST_DAY), 'de')} 00:00).`],
  en: [`Jan Peeters's function should stop on ${ddmmyyyy(LAST_DAY)}`, [`last day: ${shown(LAST_DAY, 'en')} (inactive from ${shown(dayAfter(LAST_DAY), 'en')} 00:00)`],
    `last day: ${shown(LAST_DAY, 'en')} (inactive from ${shown(dayAfter(LAST_DAY), 'en')} 00:00).`],
};

const endAudit = (details: Record<string, unknown>) => ({ action: 'endFunction', outcome: 'ok' as const, niss: JAN, details });

const conversations: Conversation[] = LANGS.flatMap((lang) => [
  inLocale(LOCALE[lang])({
    name: `${lang}: "${NOT_STARTED[lang][0]}": not started yet, asked as a cancellation, and cancelled in the store`,
    before: [JAN_SPECIALIST_COLLABORATOR],
    steps: [
      { text: NOT_STARTED[lang][0], slot: 'people.confirm', says: NOT_STARTED[lang][1], never: ASKED },
      { text: YES[lang], slot: null, says: [NOT_STARTED[lang][2]] },
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ ...JAN_HOLDS_SPECIALIST, status: 'ended' }],
    audit: [endAudit({ endDate: dayAfter(BEFORE_START), neverStarts: true })],
  }),
  inLocale(LOCALE[lang])({
    name: `${lang}: "${WITHIN[lang][0]}": the date said is the last day; the store ends it the day after`,
    before: [JAN_SPECIALIST_COLLABORATOR],
    steps: [
      { text: WITHIN[lang][0], slot: 'people.confirm', says: WITHIN[lang][1], never: ASKED },
      { text: YES[lang], slot: null, says: [WITHIN[lang][2]] },
    ],
    grants: [{ niss: JAN, application: 'COLINDOS' }],
    functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(LAST_DAY), status: 'pending' }],
    audit: [endAudit({ endDate: dayAfter(LAST_DAY) })],
  }),
]);

describeConversations('ending a function over HTTP: the chat and the store agree', LANGS, conversations, 2);
