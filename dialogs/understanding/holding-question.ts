import { hasAny, normalize } from './parse';
import { WORDS } from './vocabulary';

/**
 * A question about what someone holds or may open ("does Jan Peeters have HospiSup?", "hat 85073003328
 * schon Colindos?", "heeft Marie Dupont Hospiliss?", "Marie Dupont a-t-elle eBirth ?", "can X open Y?"):
 * asked in the middle of a grant, it is answered beside the request and never read as a correction of it
 * (a user trial granted the application asked about). Pure.
 */

/** The words a yes-no question opens with, per language (normalized, hyphens and apostrophes as spaces). */
const STARTERS = [
  'est ce que', 'est ce qu', 'peut', 'heeft', 'kan', 'mag', 'hat', 'kann', 'darf', 'besitzt', 'verfugt', 'does', 'doesn t', 'has', 'hasn t', 'can', 'did',
  'is', 'isn t', 'ist',
];
/** "Marie Dupont a-t-elle …", "peut-il ouvrir …": the French inversion. */
const INVERSION = /(?:^| )(?:a t|peut|possede t|dispose t) (?:il|elle)(?: |$)/;
/** Words that may come before the question without changing it: "et", "und", "so". */
const LEAD = new Set(['et', 'en', 'und', 'and', 'so', 'dus', 'also', 'alors', 'ok', 'euh', 'dis', 'zeg', 'sag', 'mal', 'btw', 'tiens', 'au', 'fait', 'trouwens', 'ubrigens',
  // "hold on", "attends", "wacht even", "Moment mal": a pause before the question, not a subject.
  'hold', 'on', 'wait', 'hang', 'sorry', 'quick', 'question', 'oh', 'ah', 'hmm', 'hm', 'um', 'uh', 'actually', 'by', 'the', 'way', 'hey', 'just', 'one', 'thing',
  'attends', 'attendez', 'pardon', 'juste', 'une', 'dites', 'moi', 'hein', 'bon', 'ben', 'mais',
  'wacht', 'even', 'eens', 'eigenlijk', 'nog', 'iets', 'ah', 'oei', 'nou', 'maar',
  'moment', 'kurz', 'eine', 'frage', 'eigentlich', 'noch', 'ach', 'halt', 'stopp', 'sekunde']);
/** "X a déjà Y ?", "X heeft Y?", "X has Y?": a statement turned question by its mark ("à" folds to "a": not alone). */
const HOLDS = /^\S+(?: \S+){0,4} (?:(?:n )?a (?:pas )?deja|a encore|heeft|hat|has|besitzt|possede|dispose|got) /;
/** Which accesses a pronoun holds, in the words of each language. */
const P = '(?:il|elle|hij|zij|ze|er|sie|he|she)';
const WHAT_HELD = new RegExp(`^(?:${P} (?:a|heeft|hat|has) (?:quels|quel|quelles|welke|welche|what|which)|(?:quels|quel|welke|welche|what|which) (?:acces|applications|toegangen|toegang|applicaties|toepassingen|zugange|zugang|zugriffe|anwendungen|access|accesses|apps) (?:a t ${P}|${P} a|heeft ${P}|hat ${P}|does ${P} have|has ${P})|wat heeft ${P}|was hat ${P}|what does ${P} have|qu est ce qu ${P} a` +
  // "elle a quoi comme accès déjà ?", "il a accès à quoi ?", "what's she got already?", "what has he got?"
  `|${P} a (?:quoi|acces a quoi)|what s ${P} got|what has ${P} got|what ${P} s got|what does ${P} hold)(?: |$)`);
/** Giving or adding: a request, even phrased as a question ("can you give …?"). Opening is asked about ("can X open Y?"). */
const GIVING = [...WORDS.requestVerbs, ...WORDS.addVerbs, ...WORDS.revokeVerbs, ...WORDS.removalPhrases].filter((w) => !['open', 'ouvre', 'ouvrir'].includes(w));

/**
 * "Kan Sarah Moens ook TCT krijgen?", "peut-il aussi avoir eBirth ?", "can she get HospiSup too?": asking that someone
 * receive an access is a request (its summary is confirmed), not a question about what they hold (a trial lost the yes).
 */
const RECEIVING = /(?:^| )(?:krijgen|ontvangen|bekommen|erhalten|kriegen|get|receive|recevoir|obtenir)(?: |$)|(?:^| )(?:peut|peuvent|pourrait|pourraient|can|could|may) (?:\S+ ){0,4}(?:avoir|have)(?: |$)/;

/** Whether the message asks that someone receive an access ("can X get Y?"): a request. */
export const asksToReceive = (text: string) => RECEIVING.test(folded(text));

const folded = (text: string) => normalize(text).replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();

/** Who the question is about may be a pronoun; "I", "you", "we" ask about nobody's access. */
const THIRD_PERSON = new Set(['il', 'elle', 'hij', 'zij', 'ze', 'er', 'sie', 'he', 'she', 'they', 'deze', 'diese', 'dieser', 'this', 'that', 'cette', 'ce', 'die', 'mevrouw', 'meneer', 'madame', 'monsieur']);
const NOT_A_SUBJECT = new Set(['i', 'ik', 'ich', 'je', 'j', 'you', 'u', 'jij', 'du', 'tu', 'vous', 'we', 'wij', 'wir', 'nous', 'on', 'men', 'man', 'it', 'het', 'es',
  'wie', 'wer', 'who', 'qui', 'welke', 'welche', 'welcher', 'which', 'wat', 'was', 'what', 'quel', 'quelle', 'quels', 'quelles']);

/** "85073003328", "Jan", "Dr", "elle": the word may name the one asked about. */
const isSubject = (word: string | undefined) =>
  word !== undefined && !NOT_A_SUBJECT.has(folded(word)) && (/^\d/.test(word) || /^\p{Lu}/u.test(word) || THIRD_PERSON.has(folded(word)));

/** Whether the message asks whether someone holds or may open an access (a yes-no question about a third person, no request verb in it). */
export function asksWhatIsHeld(text: string): boolean {
  return subjectOfHeldQuestion(text) !== undefined;
}

/** "il", "sie", "this person": the one the request in progress is about, not someone named. */
const PRONOUN = new Set(['il', 'elle', 'hij', 'zij', 'ze', 'er', 'sie', 'he', 'she', 'they']);
const DEMONSTRATIVE = new Set(['deze', 'diese', 'dieser', 'this', 'that', 'cette', 'ce', 'die']);
/** "cette personne", "diese Person", "deze collega": the nouns a demonstrative points at someone with. */
const PERSON_NOUNS = new Set(['personne', 'persoon', 'person', 'dame', 'monsieur', 'heer', 'mevrouw', 'meneer', 'frau', 'herr', 'man', 'woman', 'lady', 'gentleman',
  'collegue', 'collega', 'kollege', 'kollegin', 'colleague', 'utilisateur', 'utilisatrice', 'gebruiker', 'benutzer', 'benutzerin', 'user', 'medewerker', 'mitarbeiter', 'mitarbeiterin']);

/**
 * Whether a question about what someone holds is about a pronoun ("hat er schon Colindos?", "a-t-il déjà
 * Colindos ?", "does she have …", "deze persoon"): the person of the request in progress, whose status is then
 * answered, rather than someone named by NISS or by name.
 */
export function asksWhatTheOneAtHandHolds(text: string): boolean {
  const subject = subjectOfHeldQuestion(text);
  if (subject === undefined) return false;
  const [first, second] = subject.map(folded);
  if (first === undefined) return false;
  if (PRONOUN.has(first)) return true;
  // "cette personne", "diese Person", "this person": a demonstrative before a noun of a person, not before a name.
  return DEMONSTRATIVE.has(first) && second !== undefined && PERSON_NOUNS.has(second);
}

/**
 * The words the held question is about (from its subject on), or undefined when it is no such question. Tried on the
 * whole message, then on what follows each comma or colon ("Jan Peeters, hat er schon TCT?"), so that words
 * before the question do not hide it; a request verb anywhere still makes it a request.
 */
function subjectOfHeldQuestion(text: string): string[] | undefined {
  if (hasAny(folded(text), GIVING) || asksToReceive(text)) return undefined;
  const whole = subjectOfClause(text);
  if (whole) return whole;
  for (const m of text.matchAll(/[,;:—–]|\s-\s/g)) {
    const found = subjectOfClause(text.slice(m.index + m[0].length));
    if (found) return found;
  }
  return undefined;
}

function subjectOfClause(text: string): string[] | undefined {
  const tokens = text.split(/[\s'’,;:!?«»"()-]+/).filter(Boolean);
  let lead = 0;
  while (lead < 6 && lead < tokens.length - 1 && LEAD.has(folded(tokens[lead]!))) lead++;
  const said = tokens.slice(lead);
  const norm = said.map(folded).join(' ');
  // "elle a quels accès ?", "welke toegangen heeft ze?", "what does she have?": all that the one at hand holds.
  if (WHAT_HELD.test(norm)) {
    const at = said.findIndex((w) => PRONOUN.has(folded(w)));
    return at >= 0 ? said.slice(at) : undefined;
  }
  if (hasAny(norm, GIVING)) return undefined;
  const starter = STARTERS.find((s) => norm.startsWith(`${s} `));
  if (starter) {
    const at = starter.split(' ').length;
    return isSubject(said[at]) ? said.slice(at) : undefined;
  }
  const inversion = INVERSION.exec(norm);
  if (inversion && !/(?:^| )y a t il/.test(norm)) {
    // "a-t-il …" opens the question: its pronoun is the subject; "Marie Dupont a-t-elle …": the words before it are.
    // "n'a-t-elle pas déjà …": the negation opens it all the same.
    const negated = /^(?:n|ne) /.test(norm) && inversion.index === norm.indexOf(' ');
    if (inversion.index === 0 || negated) return said.slice(inversion[0].trim().split(' ').length - (negated ? 0 : 1));
    return said;
  }
  return text.includes('?') && isSubject(said[0]) && HOLDS.test(norm) ? said : undefined;
}

const TITLE = String.raw`(?:Dr|Dokter|Docteur|Doctor|Prof|Mme|Mevr|Mevrouw|Madame|Monsieur|Frau|Herrn?|Mr|Mrs|Ms|M)\.?`;
const NAME_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’-]*`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}])(?:${TITLE}\s+)?(${NAME_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${NAME_WORD})+)`, 'gu');
/** Capitalised words of a question that name nobody: the starter at the head of the sentence, German nouns. */
const NOT_OF_A_NAME = new Set([...STARTERS, 'est', 'et', 'und', 'and', 'zugriff', 'zugang', 'toegang', 'access', 'acces', 'anwendung', 'schon', 'noch', 'already']);

/**
 * The person asked about by name: the first run of capitalised words ("Jan Peeters", "Dr Marie Dupont"), without the
 * question's first word ("Hat", "Heeft"), the nouns after it ("Zugriff") or what names an application or an entity
 * ("Marie Dupont Hospiliss": isOther("Hospiliss")). Two words at least: a first and a last name.
 */
export function holderNamed(text: string, isOther: (words: string) => boolean): string | undefined {
  for (const m of text.matchAll(NAME_RUN)) {
    const ws = m[1]!.split(/\s+/);
    while (ws.length > 0 && NOT_OF_A_NAME.has(folded(ws[0]!))) ws.shift();
    const cut = ws.findIndex((w) => NOT_OF_A_NAME.has(folded(w)));
    if (cut >= 0) ws.length = cut;
    while (ws.length > 0 && isOther(ws[ws.length - 1]!)) ws.pop();
    if (ws.length >= 2 && !isOther(ws.join(' '))) return ws.join(' ');
  }
  return undefined;
}

/** "qui a donné Colindos à …", "wer hat … gegeben", "history": who gave or took an access, not who holds it. */
export function asksWhoGave(norm: string): boolean {
  return hasAny(norm, WORDS.audit.filter((p) => !WORDS.whoHas.includes(p))) || (hasAny(norm, WORDS.whoHas) && hasAny(norm, WORDS.gave));
}
