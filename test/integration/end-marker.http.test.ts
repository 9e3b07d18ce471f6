import { dayAfter, lastDayBefore } from '../../src/domain/dates';
import { ddmmyyyy, describeConversations, inDays, inLocale, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, step, type AuditRow, type Conversation, type Lang } from '../support/conversations';

/**
 * Trial 7: "n'est plus collaborateur à partir du 1er mars" was stored with the 1st of March as last day. Over HTTP
 * against the store, in four languages: "from … no longer" is the first day without (the store's end is that day, the
 * last day the one before); "jusqu'au / t/m / bis einschließlich / through" is the last day (the store's end the day
 * after). The summary says both the last day and the day it is inactive from.
 */
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const shown = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-');
  return lang === 'nl' ? `${d}-${m}-${y}` : lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};
const DAY = inDays(40);

const INACTIVE_FROM: Record<Lang, string> = {
  fr: `Jan Peeters n'est plus collaborateur à partir du ${ddmmyyyy(DAY)}`,
  nl: `Jan Peeters is vanaf ${ddmmyyyy(DAY)} geen medewerker meer`,
  de: `Jan Peeters ist ab ${ddmmyyyy(DAY)} nicht mehr Mitarbeiter`,
  en: `Jan Peeters is no longer a collaborator as of ${ddmmyyyy(DAY)}`,
};
const UNTIL: Record<Lang, string> = {
  fr: `la fonction de Jan Peeters court jusqu'au ${ddmmyyyy(DAY)}`,
  nl: `de functie van Jan Peeters loopt t/m ${ddmmyyyy(DAY)}`,
  de: `die Funktion von Jan Peeters läuft bis einschließlich ${ddmmyyyy(DAY)}`,
  en: `end Jan Peeters's function through ${ddmmyyyy(DAY)}`,
};
/** What the summary says: the last day, and the first day without. */
const SAYS: Record<Lang, (lastDay: string) => string[]> = {
  fr: (d) => [`dernier jour : ${shown(d, 'fr')}`, `inactive à partir du ${shown(dayAfter(d), 'fr')}`],
  nl: (d) => [`laatste dag: ${shown(d, 'nl')}`, `inactief vanaf ${shown(dayAfter(d), 'nl')}`],
  de: (d) => [`letzter Tag: ${shown(d, 'de')}`, `inaktiv ab ${shown(dayAfter(d), 'de')}`],
  en: (d) => [`last day: ${shown(d, 'en')}`, `inactive from ${shown(dayAfter(d), 'en')}`],
};
const endAudit = (endDate: string): AuditRow => ({ action: 'endFunction', outcome: 'ok', niss: JAN, details: { endDate } });

const conversations: Conversation[] = (['fr', 'nl', 'de', 'en'] as const).flatMap((lang): Conversation[] => {
  const c = inLocale(LOCALE[lang]);
  const lastDayFrom = lastDayBefore(DAY);
  return [
    c({
      name: `${lang}: "${INACTIVE_FROM[lang]}": inactive from that day, its last day the day before`,
      before: [JAN_SPECIALIST_COLLABORATOR],
      steps: [
        { ...step(INACTIVE_FROM[lang], 'people.confirm', ...SAYS[lang](lastDayFrom)), never: [`: ${shown(DAY, lang)} (`] },
        step(YES[lang], null),
      ],
      grants: [{ niss: JAN, application: 'COLINDOS' }],
      functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: DAY, status: 'pending' }],
      audit: [endAudit(DAY)],
    }),
    c({
      name: `${lang}: "${UNTIL[lang]}": that day is the last`,
      before: [JAN_SPECIALIST_COLLABORATOR],
      steps: [
        step(UNTIL[lang], 'people.confirm', ...SAYS[lang](DAY)),
        step(YES[lang], null),
      ],
      grants: [{ niss: JAN, application: 'COLINDOS' }],
      functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(DAY), status: 'pending' }],
      audit: [endAudit(dayAfter(DAY))],
    }),
  ];
});

describeConversations('an end of function read with its marker, in the store (trial 7)', ['fr', 'nl', 'de', 'en'], conversations, 2);
