import { normalize } from './parse';
import { WORDS } from './vocabulary';

/**
 * A change of mind typed where a NISS or a name is asked ("actually no, keep her", "no, hold on", "hmm nee, ik zie
 * ervan af", "machen Sie das doch lieber nicht"): a stop, never a NISS typed wrong ("A national number contains only
 * digits") nor a name. Said with a phrase of giving up, and nothing else that could be a name. Pure.
 */

/** Giving up, in so many words, without a no. */
const GIVING_UP = ['ik zie ervan af', 'ik zie er van af', 'zie ervan af', 'laat maar', 'laat maar zitten', 'laat maar zo', 'doe maar niet', 'toch maar niet', 'liever niet',
  'lieber nicht', 'doch nicht', 'doch lieber nicht', 'lassen wir das', 'lass das', 'lass es', 'vergessen sie das', 'lieber doch nicht',
  'laisse tomber', 'laissez tomber', 'on laisse', 'finalement non', 'plutot pas', 'pas la peine', 'je renonce', 'on renonce',
  'hold on', 'keep her', 'keep him', 'keep them', 'let her stay', 'let him stay', 'leave it', 'leave her', 'leave him', 'forget it', 'never mind', 'not now', 'better not'];

/** Words that may stand around a no or a giving up in such an answer, and name nobody. */
const AROUND = new Set([
  'hmm', 'hm', 'euh', 'eh', 'oh', 'ah', 'ach', 'oei', 'oops', 'oups', 'no', 'non', 'nee', 'neen', 'nein', 'nope', 'nah', 'sorry', 'pardon', 'desole', 'entschuldigung', 'moment',
  'finalement', 'en', 'fait', 'attends', 'attendez', 'laisse', 'laissez', 'tomber', 'on', 'plutot', 'pas', 'la', 'peine', 'je', 'renonce', 'garde', 'gardez', 'le', 'alors', 'bon',
  'merci', 'svp',
  'eigenlijk', 'wacht', 'ik', 'zie', 'ervan', 'er', 'van', 'af', 'laat', 'maar', 'zitten', 'zo', 'doe', 'toch', 'niet', 'liever', 'even', 'dan', 'dat', 'het', 'houd', 'hou',
  'haar', 'hem', 'blijven', 'bedankt', 'aub',
  'eigentlich', 'warte', 'machen', 'sie', 'das', 'doch', 'lieber', 'nicht', 'lassen', 'wir', 'lass', 'es', 'vergessen', 'dann', 'also', 'behalten', 'bleiben', 'ihn', 'danke', 'bitte',
  'well', 'actually', 'wait', 'keep', 'her', 'him', 'them', 'hold', 'leave', 'it', 'stay', 'let', 'forget', 'never', 'mind', 'not', 'now', 'better', 'please', 'thanks', 'pls',
  'i', 'we', 'll', 'will', 'stop']);

export function refusesAtIdentity(text: string): boolean {
  if (/\d/.test(text)) return false;
  const norm = normalize(text).replace(/['’-]/g, ' ').replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  const ws = norm.split(' ').filter(Boolean);
  if (ws.length === 0 || ws.length > 10 || !ws.every((w) => AROUND.has(w))) return false;
  const padded = ` ${norm} `;
  // A bare "no" stays an answer: to "did you mean Jan Peeters?", asked where the NISS is.
  return GIVING_UP.some((p) => padded.includes(` ${p} `)) || WORDS.cancelPhrases.some((p) => padded.includes(` ${p} `));
}
