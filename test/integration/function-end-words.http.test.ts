import { dayAfter } from '../../src/domain/dates';
import { ddmmyyyy, describeConversations, inDays, inLocale, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, type Conversation, type Lang } from '../support/conversations';

/**
 * Trial 8, defect C: a function's end said in other words ("wordt geen medewerker meer", "beendet seine Tätigkeit als",
 * "n'exerce plus comme", "quits as") is an end of function over HTTP, never a grant: no entity, qualité or application
 * is asked, and the store ends the function the day after the last day said.
 */
const LANGS: Lang[] = ['fr', 'nl', 'de', 'en'];
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const shown = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split('-');
  return lang === 'nl' ? `${d}-${m}-${y}` : lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};
const GRANT_QUESTIONS = ['Pour quelle entité', 'Voor welke entiteit', 'Für welche Einrichtung', 'Which entity', 'Quelle qualité', 'Welke hoedanigheid', 'Welche Eigenschaft',
  'Which capacity', 'Quelles applications', 'Welke toepassingen', 'Welche Anwendungen', 'Which applications', 'RIZIV', 'LIKIV'];
const LAST_DAY = inDays(40);
const LAST: Record<Lang, string> = { fr: 'dernier jour', nl: 'laatste dag', de: 'letzter Tag', en: 'last day' };

const WORDINGS: Record<Lang, string[]> = {
  fr: [`Jan Peeters n'exerce plus comme collaborateur du médecin spécialiste, son dernier jour est le ${ddmmyyyy(LAST_DAY)}`, `Jan Peeters arrête d'être l'assistant du spécialiste le ${ddmmyyyy(LAST_DAY)}`],
  nl: [`Jan Peeters wordt op ${ddmmyyyy(LAST_DAY)} geen medewerker meer van de specialist`, `Jan Peeters houdt op als assistent van de arts op ${ddmmyyyy(LAST_DAY)}`],
  de: [`Jan Peeters beendet seine Tätigkeit als Mitarbeiter des Facharztes am ${ddmmyyyy(LAST_DAY)}`, `Jan Peeters hört am ${ddmmyyyy(LAST_DAY)} als Assistent des Facharztes auf`],
  en: [`Jan Peeters quits as the specialist's assistant on ${ddmmyyyy(LAST_DAY)}`, `Jan Peeters's job as the doctor's assistant ends on ${ddmmyyyy(LAST_DAY)}`],
};

const conversations: Conversation[] = LANGS.flatMap((lang) => WORDINGS[lang].map((text) => inLocale(LOCALE[lang])({
  name: `${lang}: "${text}" ends the function, never a grant`,
  before: [JAN_SPECIALIST_COLLABORATOR],
  steps: [
    { text, slot: 'people.confirm', says: [`${LAST[lang]}: ${shown(LAST_DAY, lang)}`.replace(/^dernier jour: /, 'dernier jour : ')], never: GRANT_QUESTIONS },
    { text: YES[lang], slot: null, says: [shown(LAST_DAY, lang)] },
  ],
  grants: [{ niss: JAN, application: 'COLINDOS' }],
  functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(LAST_DAY), status: 'pending' }],
  audit: [{ action: 'endFunction', outcome: 'ok', niss: JAN, details: { endDate: dayAfter(LAST_DAY) } }],
})));

describeConversations('a function ended in other words over HTTP: never a grant, the store ends it', LANGS, conversations, 2);
