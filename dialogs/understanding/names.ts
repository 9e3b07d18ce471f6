import Fuse from 'fuse.js';
import { choiceNumber, hasAny, normalize } from './parse';
import { WORDS } from './vocabulary';
import { endsFunction } from './end-of-function';
import { HOSPITAL_WORD, UNKNOWN_ENTITY, unknownEntity } from './unknown-entity';
import { COMMON, OPENING_NAME, understand, type Vocabulary } from './understand';
import { NAME_WORD, TITLE, withoutPossessive } from './name-words';
import { knownPeopleIn, meantPerson } from './known-people';
import { isMonthName } from './names-not-dates';

export { unknownEntity };

/**
 * Names said where the readers of understand.ts see none: a person named after a verb or a
 * possessive ("retire Jan Peeters de …", "l'accès de Jan Peeters", "Jan Peeters's access"), and an
 * entity named that is not in the vocabulary ("im AZ Groeninge", "à l'hôpital Delta"), so that the
 * name is said back, never dropped. Pure.
 */

const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${NAME_WORD})+`;
const BEFORE_NAME = String.raw`retire|retirez|enl[eè]ve|supprime|r[ée]voque|verwijder|schrap|entferne|entziehe|l[oö]sche|remove|revoke|delete|` +
  String.raw`mais|maar|sondern|but|plut[ôo]t|eher|liever|rather|bedoel(?:de)?|meant|mean|(?:ich\s+)?meinte|ich\s+meine|voulais\s+dire|veux\s+dire|de|d['’]|van|von|of|voor|f[üu]r|pour|for|à|a|aan|an|to|about|sur|over|[üu]ber|hat|heeft|has|from|uit|aus|bij|bei|chez`;
const PERSON = new RegExp(String.raw`(?<![\p{L}])(?:${BEFORE_NAME})\s+(?:${TITLE}\.?\s+)?(${NAME})|(${NAME})['’]s?\s|${OPENING_NAME}`, 'gu');

/** A person named by first and last name; an entity's or an application's name is none. */
export function personByName(text: string, vocab: Vocabulary, now: number): string | undefined {
  // A user of the manager's entities, named in any case, is whom the sentence names first.
  const known = meantPerson(text, knownPeopleIn(text, vocab.people));
  if (known) return known.name;
  for (const m of text.matchAll(PERSON)) {
    const name = withoutTail(beforeEntity((m[1] ?? m[2] ?? m[3])!, vocab, now));
    const u = understand(name, vocab, { expecting: null, now, locale: 'fr' });
    if (u.entity !== undefined || u.entityAmbiguous || u.entityWithoutRole || u.applications || u.applicationsAmbiguous) continue;
    if (UNKNOWN_ENTITY.test(` ${name} `)) continue;
    if (m[3] !== undefined && normalize(name).split(/\s+/).some((w) => COMMON.has(w))) continue;
    return name.trim();
  }
  return undefined;
}

/** "Nathalie Dubois den Zugang": a particle or a German noun that ends the run of capitals is no part of the name. */
function withoutTail(name: string): string {
  // "Peter Vandamme's access": the name without its possessive.
  const ws = withoutPossessive(name).split(/\s+/);
  while (ws.length > 2 && (/^(?:van|de|der|den|von|le|la|du)$/.test(ws.at(-1)!) || NOT_IN_A_NAME.has(normalize(ws.at(-1)!)))) ws.pop();
  return ws.join(' ');
}

/** "Jan Peeters de Hôpitaux IRIS Sud", "Jan Peeters Colindos": the name ends where an entity's or an application's begins. */
function beforeEntity(name: string, vocab: Vocabulary, now: number): string {
  const ws = name.split(/\s+/);
  for (let k = ws.length; k >= 2; k--) {
    const u = understand(ws.slice(k - 1).join(' '), vocab, { expecting: null, now, locale: 'fr' });
    if (!u.applications && !u.applicationsAmbiguous) break;
    ws.length = k - 1;
  }
  // "Peter Vandamme Ende Februar": German nouns have capitals too; the name ends where a date begins.
  for (let i = 2; i < ws.length; i++) {
    const u = understand(ws.slice(i).join(' '), vocab, { expecting: null, now, locale: 'fr' });
    if (u.startDate || u.endDate) { ws.length = i; break; }
  }
  for (let i = 1; i < ws.length - 1; i++) {
    if (!/^(?:de|du|van|von|der|den)$/.test(ws[i]!)) continue;
    const rest = ws.slice(i + 1).join(' ');
    const u = understand(rest, vocab, { expecting: null, now, locale: 'fr' });
    if (u.entity !== undefined || u.entityAmbiguous || u.entityWithoutRole || new RegExp(`^(?:${HOSPITAL_WORD})\\b`, 'u').test(rest)) return ws.slice(0, i).join(' ');
  }
  return ws.join(' ');
}


// The second word is looked ahead, not taken: "à HospiSup à Mme Dupont" leaves the second "à" to start the next match.
const LOOSE = new RegExp(String.raw`(?<![\p{L}])(à|a|au|aan|an|to|for|pour|pr|voor|für|fur|fuer|bij|bei|chez|from|van|von|of)\s+(?:(${TITLE})\.?\s+)?([\p{L}][\p{L}'’-]*)(?=(?:\s+([\p{L}][\p{L}'’-]*))?)`, 'giu');
/** "she works for Dr Peeters", "collaboratrice du Dr Dupont": a doctor named after these words is whose collaborator, not whom the access is for. */
const WORKS_FOR = /(?:travaill\w*|bosse|aide|assist\w*|secr[ée]tai\w*|secretar\w*|sekret\w*|collaborat\w*|mitarbeiter\w*|medewerk\w*|works?|working|helps?|werkt|helpt|arbeitet|hilft)\s+(?:\S+\s+){0,2}$/iu;
/** Words after "à", "to", "aan" that start no one's name: articles, pronouns, places, "everyone". */
const NOT_A_NAME = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'a', 'au', 'aux', 'the', 'an', 'het', 'een', 'der', 'die', 'das', 'den', 'dem',
  'lui', 'elle', 'eux', 'elles', 'him', 'her', 'them', 'me', 'us', 'hem', 'haar', 'hen', 'ihm', 'ihr', 'ihnen', 'tous', 'tout', 'toute', 'toutes', 'all', 'everyone',
  'everybody', 'alle', 'iedereen', 'jeder', 'jedem', 'in', 'at', 'op', 'im', 'am', 'en', 'et', 'and', 'und', 'of', 'van', 'von', 'voor', 'pour', 'for', 'to', 'aan', 'an',
  'from', 'uit', 'aus', 'bij', 'bei', 'chez', 'partir', 'compter', 'dater', 'vanaf', 'ab', 'mon', 'ma', 'mes', 'my', 'mijn', 'mein', 'meine', 'son', 'sa', 'ses', 'zijn', 'sein', 'seine', 'his',
  'quelqu', 'quelqu un', 'someone', 'iemand', 'jemand', 'personne', 'nobody', 'niemand', 'who', 'qui', 'wie', 'wer',
  'quel', 'quelle', 'quels', 'quelles', 'quoi', 'combien', 'which', 'what', 'how', 'welke', 'welk', 'wat', 'hoe', 'welche', 'welcher', 'welches', 'welchen', 'was',
  'autre', 'other', 'ander', 'andere', 'anderen', 'nouveau', 'nouvelle', 'new', 'nieuwe', 'neue', 'neuen', 'neuer', 'ce', 'cette', 'this', 'that', 'deze', 'dit', 'diese', 'dieser', 'diesen',
  // Who someone is, not what they are called: "à la secrétaire", "to my colleague", "aan de verpleegkundige".
  'collegue', 'collegues', 'collega', 'collegas', 'kollege', 'kollegin', 'kollegen', 'colleague', 'colleagues', 'infirmier', 'infirmiere', 'verpleegkundige', 'verpleger',
  'nurse', 'pfleger', 'pflegerin', 'krankenschwester', 'secretaire', 'secretaresse', 'secretaris', 'sekretarin', 'sekretar', 'secretary', 'stagiaire', 'stagiair', 'intern',
  'praktikant', 'praktikantin', 'assistant', 'assistante', 'assistent', 'assistente', 'assistentin', 'docteur', 'dokter', 'arzt', 'arztin', 'chef', 'boss', 'baas',
  'equipe', 'team', 'service', 'dienst', 'afdeling', 'abteilung', 'department', 'staff', 'personnel', 'personeel', 'personal', 'utilisateur', 'utilisatrice', 'gebruiker',
  'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'benutzer', 'benutzerin', 'user', 'users', 'gens', 'mensen', 'leute', 'people', 'chacun', 'each', 'ieder', 'elk', 'lequel', 'laquelle', 'wem', 'whom',
  // Words that may stand right after a verb: "retire seulement Colindos", "entferne auch HospiSup", "geef nu eBirth".
  'seulement', 'uniquement', 'juste', 'alleen', 'enkel', 'nur', 'only', 'just', 'aussi', 'ook', 'auch', 'also', 'encore', 'nog', 'noch', 'still', 'again',
  'alles', 'rien', 'niets', 'nichts', 'nothing', 'everything', 'sofort', 'direct', 'meteen', 'immediately', 'maintenant', 'nu', 'jetzt', 'now', 'vite', 'snel',
  'schnell', 'quickly', 'bitte', 'please', 'svp', 'aub', 'dan', 'dann', 'then', 'alors', 'donc', 'acces', 'toegang', 'zugang', 'access', 'ses', 'hun', 'ihre', 'their',
  'info', 'infos', 'information', 'informatie', 'moi', 'mij', 'mich', 'mir',
  // The request's own words: "add an end date" ("an" read as German "an"), "voor de start", "à la fin du mois".
  'end', 'ending', 'start', 'starting', 'begin', 'beginning', 'date', 'dates', 'datum', 'einde', 'eind', 'einddatum', 'startdatum', 'begindatum', 'ende', 'enddatum',
  'beginn', 'anfang', 'fin', 'debut', 'function', 'fonction', 'functie', 'funktion', 'role', 'rol', 'rolle', 'application', 'applications', 'toepassing', 'anwendung',
  // Pronouns: "remove it from IRIS Sud", "geef ze eBirth", "gib es ihr".
  'it', 'es', 'ca', 'cela', 'ceci', 'dat', 'dies', 'ze', 'zij', 'hij', 'sie', 'er', 'il', 'ils', 'she', 'he', 'they', 'we', 'wij', 'wir', 'nous', 'vous', 'you', 'jij', 'je', 'du', 'u']);

/**
 * A name the readers above pass over, after "à", "aan", "to": in lower case ("à nathalie dubois") or a surname alone
 * ("à Peeters"; in lower case, "to peeters", only in a request that gives or takes an access), when it is no entity's,
 * application's, date's or ordinary word (NOT_A_NAME). Whether someone is so named is the lookup's to say (and "no
 * user of your entities is called …" is said when no one is).
 */
export function looseName(text: string, vocab: Vocabulary, now: number): string | undefined {
  for (const m of text.matchAll(LOOSE)) {
    // "à Peeters demain", "für Dupont sperren": a second word in lower case after a capitalised one is no part of the name.
    const [, preposition, title, first, second] = m;
    // "end of June", "lijst van gebruikers": "of", "van", "von" name whose access only in a request that gives or takes one.
    if (/^(?:van|von|of)$/iu.test(preposition!) && !namesWhomFor(text)) continue;
    // "she works for Dr Peeters", "für Dr. Weber": whose collaborator, not whom the access is for.
    if (title && /^(?:Dr|Dokter|Docteur|Doctor|Prof)$/i.test(title) && WORKS_FOR.test(text.slice(0, m.index))) continue;
    const capital = /^\p{Lu}/u.test(first!);
    const ws = [first!, ...(second !== undefined && capital === /^\p{Lu}/u.test(second) ? [second] : [])].filter((w, i) => i === 0 || usable(w, vocab, now));
    if (!usable(ws[0]!, vocab, now)) continue;
    // A surname alone in lower case ("to peeters") only where a request names whom it is for: "pour info" names nobody.
    if (ws.length === 1 && !/^\p{Lu}/u.test(ws[0]!) && !namesWhomFor(text)) continue;
    const name = ws.join(' ');
    if (ws.length === 1 && isMonthName(name)) continue;
    if (!noEntityNorApplication(name, vocab, now) || (ws.length === 1 && isEntityWord(name, vocab))) continue;
    return name;
  }
  return undefined;
}

/** A request that names whom it is for or from whom it takes: a grant's, an addition's or a revocation's verb. */
const namesWhomFor = (text: string) =>
  hasAny(text, [...WORDS.requestVerbs, ...WORDS.addVerbs, ...WORDS.revokeVerbs, ...WORDS.deleteVerbs, ...WORDS.removalPhrases, ...ACCESS_WORDS]) || endsFunction(normalize(text));
/** "accès HospiSup pour dupont": a request without a verb. */
const ACCESS_WORDS = ['acces', 'toegang', 'zugang', 'access'];

/** "gib peeters eBirth", "give Peeters HospiSup", "entziehe peeters HospiSup": the person right after the verb, before what is given or taken. */
const VERB_FIRST = new RegExp(String.raw`^\s*(?:bitte\s+|please\s+|svp\s+|aub\s+)?(?:gib|geben\s+sie|erteile|entziehe|entzieh|entziehen\s+sie|entferne|l[öo]sche|give|grant|remove|revoke|delete|geef|ontneem|verwijder|schrap|retire|retirez|supprime|supprimez|enl[èe]ve|enlevez|r[ée]voque)\s+([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?\s+(\S.*)$`, 'iu');

/** The person a verb-first request names before its applications (German, English, Dutch double object), if any. */
export function nameAfterVerb(text: string, vocab: Vocabulary, now: number): string | undefined {
  const m = VERB_FIRST.exec(text);
  if (!m) return undefined;
  const [, first, second, rest] = m;
  const isApplication = (w: string) => {
    const u = understand(w, vocab, { expecting: null, now, locale: 'fr' });
    return u.applications !== undefined || u.applicationsAmbiguous !== undefined;
  };
  // "gib ihr eBirth", "give him HospiSup": a pronoun or an application right after the verb names no one.
  if (!usable(first!, vocab, now)) return undefined;
  const two = second !== undefined && usable(second, vocab, now) && /^\p{Lu}/u.test(first!) === /^\p{Lu}/u.test(second) && isApplication(rest!.split(/\s+/)[0]!);
  if (!two && isEntityWord(first!, vocab)) return undefined;
  // "revoke James' eBirth": the name without its possessive.
  const name = withoutPossessive(two ? `${first} ${second}` : first!);
  const after = two ? rest! : `${second ?? ''} ${rest}`.trim();
  // What follows the name is what is given or taken ("eBirth"), or where from ("de Sainte-Anne", "uit IRIS Sud").
  const next = after.split(/[\s,]+/)[0]!;
  if (isApplication(next)) return name;
  const u = understand(after, vocab, { expecting: null, now, locale: 'fr' });
  const from = /^(?:de|du|d['’]|uit|van|bij|aus|von|bei|from|at|in|à|a)$/iu.test(next) || /^d['’]/u.test(next);
  return from && (u.entity !== undefined || u.entityWithoutRole !== undefined || u.entityAmbiguous !== undefined) ? name : undefined;
}

/** "à iris", "bij sainte-anne": a word of an entity's name alone, in any case, names that entity rather than a person. */
const isEntityWord = (word: string, vocab: Vocabulary) =>
  [...vocab.entities, ...(vocab.otherEntities ?? [])].some((e) => normalize(e.name).split(/[\s-]+/).includes(normalize(word)));

export function usable(word: string, vocab: Vocabulary, now: number): boolean {
  const w = normalize(word).replace(/['’]/g, ' ').trim();
  if (w.length < 2 || NOT_A_NAME.has(w) || COMMON.has(w) || /\d/.test(w)) return false;
  return noEntityNorApplication(word, vocab, now);
}

/** A capitalised word inside a sentence: a name unless it is a sentence word, an entity's or an application's. */
function usableInside(word: string, vocab: Vocabulary, now: number): boolean {
  const w = normalize(word);
  if (w.length < 2 || COMMON.has(w)) return false;
  if ([...vocab.entities, ...(vocab.otherEntities ?? [])].some((e) => normalize(e.name).split(/[\s-]+/).includes(w))) return false;
  return noEntityNorApplication(word, vocab, now);
}

export function noEntityNorApplication(name: string, vocab: Vocabulary, now: number): boolean {
  const u = understand(name, vocab, { expecting: null, now, locale: 'fr' });
  if (u.entity !== undefined || u.entityAmbiguous || u.entityWithoutRole || u.applications || u.applicationsAmbiguous || u.applicationsGuessed?.length) return false;
  if (u.startDate || u.endDate || u.dateError || u.qualityKind || u.role || u.yesNo || u.email) return false;
  return !UNKNOWN_ENTITY.test(` ${name} `);
}

/**
 * Which of the people listed as so named an answer picks: by its number or place ("2", "la deuxième", "the second
 * one"), by its NISS, or by words of one name only ("An", "An Peeters", "Dr Dupont"); undefined when it picks none or
 * several ("Peeters" of two Peeters). Pure.
 */
export function pickNamed<T extends { niss: string; label: string }>(text: string, listed: readonly T[]): T | undefined {
  const typed = text.replace(/[\s./-]/g, '');
  const byNiss = listed.filter((p) => /\d{11}/.test(typed) && typed.includes(p.niss));
  if (byNiss.length === 1) return byNiss[0];
  if (/\d{6,}/.test(typed)) return undefined;
  const position = choiceNumber(text, listed.length);
  if (position !== undefined) return listed[position - 1];
  const said = normalize(text).replace(/['’-]/g, ' ').split(/\s+/).filter((w) => w && !WORDS.polite.includes(w) && !AROUND_A_PICK.has(w));
  if (said.length === 0) return undefined;
  const fits = listed.filter((p) => {
    const ws = normalize(p.label).replace(/['’-]/g, ' ').split(/\s+/);
    return said.every((w) => ws.includes(w));
  });
  return fits.length === 1 ? fits[0] : undefined;
}
/** Words around a name picked that are no part of it: "c'est An", "die von An", "I mean An Peeters". */
const AROUND_A_PICK = new Set(['c', 'est', 'ce', 'celle', 'celui', 'de', 'het', 'is', 'it', 's', 'die', 'der', 'the', 'one', 'ik', 'bedoel', 'i', 'mean', 'ich', 'meine', 'je', 'veux', 'dire',
  'madame', 'monsieur', 'mevrouw', 'meneer', 'frau', 'herr', 'mrs', 'mr', 'ms', 'dr', 'dokter', 'docteur', 'doctor', 'nee', 'non', 'no', 'nein', 'oui', 'ja', 'yes', 'ok']);

const CAPITAL_WORD = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}*)*`;
/** "Mme Dupont", "au Dr Dupont", "Frau Dr. Dubois", "Dhr. Peeters", "Mrs Marie Dupont": a title, then a surname (or a first name and a surname). */
const TITLED = new RegExp(String.raw`(?<![\p{L}])(?:Mme|Mlle|Madame|Mademoiselle|M\.|Monsieur|Dr\.?|Docteur|Dokter|Doctor|Prof\.?|Mevrouw|Mevr\.?|Dhr\.?|Meneer|Frau|Herrn?|Mrs\.?|Ms\.?|Mr\.?)` +
  String.raw`(?:\s+(?:Dr|Prof)\.?)?\s+(${CAPITAL_WORD})(?=(?:\s+(${CAPITAL_WORD}))?)`, 'gu');

/** The person a title names: by surname ("Dupont", looked up as such), or by first and last name when both follow the title. */
export function titledName(text: string, vocab: Vocabulary, now: number): string | undefined {
  for (const m of text.matchAll(TITLED)) {
    if (/^(?:Dr|Docteur|Dokter|Doctor|Prof)/.test(m[0]) && WORKS_FOR.test(text.slice(0, m.index))) continue;
    // "Dr Dubois's access": the name without its possessive.
    const [first, second] = [m[1], m[2]].map((w) => (w === undefined ? w : withoutPossessive(w)));
    if (!usable(first!, vocab, now)) continue;
    return second !== undefined && usable(second, vocab, now) && noEntityNorApplication(`${first} ${second}`, vocab, now) ? `${first} ${second}` : first;
  }
  return undefined;
}

/**
 * Capitalised words that are none of the sentence's other words: "zou u Els Janssens toegang …", "Bitte geben Sie Nathalie
 * Dubois in …". German capitalises its nouns and "Sie": those, the greetings and the modal verbs that open a polite request
 * are no one's name.
 */
const NOT_IN_A_NAME = new Set(['sie', 'bitte', 'geben', 'gib', 'zugang', 'zugriff', 'ende', 'anfang', 'einrichtung', 'funktion', 'facharzt', 'facharztes', 'apotheker',
  'krankenhausapotheker', 'arzt', 'danke', 'vielen', 'dank', 'hallo', 'könnten', 'konnten', 'können', 'konnen', 'würden', 'wurden', 'zou', 'kunt', 'kan', 'wil', 'wilt',
  'could', 'would', 'can', 'will', 'please', 'pourriez', 'pouvez', 'voulez', 'pourrais', 'merci', 'bedankt', 'thanks', 'thank', 'goeiemorgen', 'goeiedag', 'goedemiddag',
  'hi', 'hey', 'dear', 'beste', 'liebe', 'lieber', 'cher', 'chère', 'chere', 'ok', 'oké', 'oke', 'alors', 'dann', 'then', 'en', 'und', 'and', 'et', 'ich', 'wir', 'je', 'nous', 'ik', 'we',
  'mme', 'mlle', 'madame', 'monsieur', 'dr', 'docteur', 'dokter', 'doctor', 'prof', 'mevrouw', 'mevr', 'dhr', 'meneer', 'frau', 'herr', 'herrn', 'mrs', 'ms', 'mr']);
const CAPITALISED_RUN = new RegExp(String.raw`(?<![\p{L}'’-])${CAPITAL_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${CAPITAL_WORD})+`, 'gu');

/** Every first-and-last name written with capitals in the sentence, in order (two or three words each). */
export function capitalisedNames(text: string, vocab: Vocabulary, now: number): string[] {
  // The users of the manager's entities, in any case ("kevin maes et bram claessens"), then the capitalised names around them.
  const known = knownPeopleIn(text, vocab.people);
  const found: { name: string; at: number }[] = known.map((k) => ({ name: k.name, at: k.start }));
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    if (known.some((k) => k.start < m.index + m[0].length && m.index < k.end)) continue;
    for (const name of capitalisedIn(m, text, vocab, now)) found.push({ name, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** The first-and-last names of one run of capitalised words. */
function capitalisedIn(m: RegExpExecArray, text: string, vocab: Vocabulary, now: number): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    // "Nathalie Dubois den Zugang": a particle the name does not go on after is no part of it.
    while (run.length > 0 && /^(?:van|de|der|den|von|le|la|du)$/.test(run.at(-1)!)) run.pop();
    if (run.length >= 2 && run.length <= 4 && noEntityNorApplication(run.join(' '), vocab, now)) names.push(run.join(' '));
    run = [];
  };
  // Inside a sentence, a capitalised "An" or "Bram" is a name, even where the same word in lower case is an article.
  const atStart = /(?:^|[.!?:]\s*)$/u.test(text.slice(0, m.index));
  m[0].split(/\s+/).forEach((w, i) => {
    const particle = /^(?:van|de|der|den|von|le|la|du)$/.test(w);
    if (particle ? run.length > 0 : !NOT_IN_A_NAME.has(normalize(w)) && (usable(w, vocab, now) || (!(atStart && i === 0) && usableInside(w, vocab, now)))) run.push(w);
    else flush();
  });
  flush();
  return names;
}

/** The person a request names where no preposition says so ("zou u Els Janssens toegang kunnen geven"): only in a request that gives or takes. */
export function freeName(text: string, vocab: Vocabulary, now: number): string | undefined {
  return namesWhomFor(text) || /\b(?:nodig|braucht|brauchen|needs?|besoin)\b/iu.test(text) ? capitalisedNames(text, vocab, now)[0] : undefined;
}

/**
 * The people a grant names besides `first` ("geef eBirth aan Jan Peeters en aan Marie Dupont", "Jan Peeters en Marie Dupont
 * hebben allebei eBirth nodig"): one request is for one person, so these are said, never dropped.
 */
const JOINED = /^\s*,?\s*(?:(?:&|\+|plus|et|en|und|and|ainsi que|sowie|as well as|alsook|evenals)\s+)?(?:(?:aussi|egalement|également|ook|auch|noch|also)\s+)?(?:(?:à|a|aan|an|to|voor|pour|für|fur|for)\s+)?$/iu;

export function otherPeopleNamed(text: string, first: string, vocab: Vocabulary, now: number): string[] {
  const same = (a: string, b: string) => {
    const wa = normalize(a).split(/\s+/);
    const wb = normalize(b).split(/\s+/);
    return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
  };
  const others: string[] = [];
  const names = capitalisedNames(text, vocab, now);
  names.forEach((name, i) => {
    if (same(name, first) || others.some((o) => same(o, name))) return;
    // Joined to a name before it ("Jan Peeters en aan Marie Dupont", "Jan Peeters und Marie Dupont", "… en ook voor An Peeters",
    // "… plus Julie Lefebvre"), not named as whose collaborator.
    const before = i > 0 ? text.slice(text.indexOf(names[i - 1]!) + names[i - 1]!.length, text.indexOf(name)) : '';
    if (before.trim() !== '' && JOINED.test(before)) others.push(name);
  });
  return others;
}

/**
 * The people whose name is near the one typed ("jan peters" → Jan Peeters), when nobody is so named: offered as
 * "did you mean …?", never taken as found. The closest first, those about as close as it, three at most. Pure.
 */
export function nearestPeople<T extends { firstName: string; lastName: string }>(typed: string, people: readonly T[]): T[] {
  const wanted = normalize(typed).replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();
  if (wanted.length < 3) return [];
  const keyed = people.map((p) => ({ p, full: normalize(`${p.firstName} ${p.lastName}`).replace(/['’-]/g, ' '), last: normalize(p.lastName).replace(/['’-]/g, ' '), first: normalize(p.firstName).replace(/['’-]/g, ' ') }));
  // "aan jan", "for julie": a first name alone is the people of that first name ("Jan Peeters?"), never a surname
  // that begins like it (Janssens).
  const byFirstName = wanted.includes(' ') ? [] : keyed.filter((k) => k.first === wanted);
  if (byFirstName.length > 0) return byFirstName.slice(0, 3).map((k) => k.p);
  // A surname alone is matched against surnames, a first and last name against whole names.
  const keys = wanted.includes(' ') ? ['full'] : ['last'];
  const found = new Fuse(keyed, { keys, includeScore: true, threshold: 0.3, ignoreLocation: true }).search(wanted);
  const best = found[0]?.score;
  if (best === undefined) return [];
  return found.filter((f) => (f.score ?? 1) <= best + 0.05).slice(0, 3).map((f) => f.item.p);
}
