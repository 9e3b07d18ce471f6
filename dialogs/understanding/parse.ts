import Fuse from 'fuse.js';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../src/domain/locale';
import { WORDS } from './vocabulary';

// A message is normalized by each reader that looks at it: remember the last ones.
const normalized = new Map<string, string>();

/** Lower case, no accents, single spaces, punctuation kept only where names need it. */
export function normalize(text: string): string {
  let out = normalized.get(text);
  if (out === undefined) {
    out = normalizeOnce(text);
    if (normalized.size >= 512) normalized.clear();
    normalized.set(text, out);
  }
  return out;
}

function normalizeOnce(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}@.'\-/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case, no accents, no spaces, dots, hyphens, underscores or apostrophes: "Sarah Moens" and "sarah.moens" alike. */
export const squashed = (text: string) => normalize(text).replace(/[\s'’.\-_]+/g, '');

const words = (text: string) => new Set(normalize(text).split(/[\s.'/-]+/).filter(Boolean));
/** Whether the text holds one of the words, or one of the phrases as whole words. */
export const hasAny = (text: string, list: readonly string[]) => {
  const norm = normalize(text);
  const ws = words(text);
  return list.some((w) => (w.includes(' ') ? ` ${norm} `.includes(` ${w} `) : ws.has(w)));
};

const YES = WORDS.yes;
const NO = [...WORDS.no, ...WORDS.noAnswers];
const SKIP = WORDS.skip;

export type YesNo = 'yes' | 'no' | undefined;

/** 'yes', 'no', or undefined when the answer is neither (or both). */
export function yesNo(text: string): YesNo {
  const yes = hasAny(text, YES);
  const no = hasAny(text, NO);
  if (yes === no) return undefined;
  return yes ? 'yes' : 'no';
}

/** For optional fields: "aucun", "geen", "none", "-"... */
export function isSkip(text: string): boolean {
  const norm = normalize(text);
  return norm === '' || SKIP.includes(norm) || (norm.split(' ').length <= 2 && hasAny(norm, SKIP)) || yesNo(text) === 'no';
}

export interface Option<Id> {
  id: Id;
  /** Every way of naming it: names in four languages, code, aliases. */
  labels: readonly string[];
}

export type Pick<Id> =
  | { ok: true; id: Id }
  | { ok: false; reason: 'none' }
  | { ok: false; reason: 'ambiguous'; candidates: Id[] };

/** Position words, first to fifth, in the four languages (normalized). */
const ORDINALS: readonly (readonly string[])[] = [
  ['premier', 'premiere', '1er', '1re', '1e', 'eerste', 'erste', 'ersten', 'erster', 'erstes', 'first', '1st'],
  ['deuxieme', 'second', 'seconde', '2e', '2eme', 'tweede', 'zweite', 'zweiten', 'zweiter', 'zweites', '2nd'],
  ['troisieme', '3e', '3eme', 'derde', 'dritte', 'dritten', 'dritter', 'drittes', 'third', '3rd'],
  ['quatrieme', '4e', '4eme', 'vierde', 'vierte', 'vierten', 'vierter', 'viertes', 'fourth', '4th'],
  ['cinquieme', '5e', '5eme', 'vijfde', 'funfte', 'funften', 'funfter', 'funftes', 'fifth', '5th'],
];
const LAST = ['dernier', 'derniere', 'laatste', 'letzte', 'letzten', 'letzter', 'letztes', 'last'];
/** Words around a position or a name that do not change it: "le", "die", "the … one", "nummer", "svp". */
const AROUND_A_CHOICE = new Set(['le', 'la', 'l', 'celui', 'celle', 'ci', 'la', 'de', 'du', 'het', 'de', 'die', 'der', 'das', 'den', 'the', 'one', 'nummer', 'numero', 'number',
  'nr', 'no', 'n', 'choix', 'option', 'optie', 'keuze', 'wahl', 'stuk', 'alors', 'dan', 'dann', 'then', 'euh', 'hmm', 'ok']);
const POLITE = new Set(WORDS.polite.flatMap((p) => p.split(' ')));

/** The answer without politeness and filler around it ("Colindos svp", "the first one"): what names the choice. */
function choiceWords(norm: string): string {
  const ws = norm.replace(/['’]/g, ' ').split(' ').filter((w) => w && !POLITE.has(w));
  const kept = ws.filter((w) => !AROUND_A_CHOICE.has(w));
  return (kept.length > 0 ? kept : ws).join(' ');
}

/** The position an answer picks, 1-based ("2", "la deuxième", "die zweite", "the first one", "nummer 3", "the last one"). */
export function choiceNumber(text: string, count = Infinity): number | undefined {
  const rest = choiceWords(normalize(text));
  if (/^\d{1,2}$/.test(rest)) return Number(rest);
  const at = ORDINALS.findIndex((words) => words.includes(rest));
  if (at >= 0) return at + 1;
  return LAST.includes(rest) && Number.isFinite(count) ? count : undefined;
}

/** By number in the list shown (or its position in words), by a full name, or by a part of a name that fits one option only. */
export function pickOne<Id>(text: string, options: readonly Option<Id>[]): Pick<Id> {
  const full = normalize(text);
  if (!full) return { ok: false, reason: 'none' };
  const position = choiceNumber(full, options.length);
  if (position !== undefined) {
    const o = options[position - 1];
    return o ? { ok: true, id: o.id } : { ok: false, reason: 'none' };
  }
  const named = byName(full, options);
  // "Colindos svp", "IRIS Sud bitte": the politeness is no part of the name.
  const bare = choiceWords(full);
  return !named.ok && named.reason === 'none' && bare !== full ? byName(bare, options) : named;
}

function byName<Id>(norm: string, options: readonly Option<Id>[]): Pick<Id> {
  const exact = options.filter((o) => o.labels.some((l) => normalize(l) === norm));
  if (exact.length === 1) return { ok: true, id: exact[0]!.id };
  const partial = exact.length > 1 ? exact : options.filter((o) => o.labels.some((l) => containsWords(normalize(l), norm)));
  if (partial.length === 1) return { ok: true, id: partial[0]!.id };
  if (partial.length > 1) return { ok: false, reason: 'ambiguous', candidates: partial.map((o) => o.id) };
  return { ok: false, reason: 'none' };
}

/** "iris" is in "hopitaux iris sud", "ris" is not: match whole words or a prefix of a word. */
function containsWords(label: string, query: string): boolean {
  if (query.length < 3) return false;
  return ` ${label} `.includes(` ${query}`) || label.replace(/[\s\-.]/g, '').includes(query.replace(/[\s\-.]/g, ''));
}

export type PickMany<Id> = {
  ids: Id[]; unknown: string[]; ambiguous: { text: string; candidates: Id[] }[];
  /** Parts taken by a near miss ("colindoss" for Colindos): to be said, never taken silently. */
  guessed: { text: string; id: Id }[];
};

const LIST_SEPARATORS = /[,;\n+&]+/;
const WORD_SEPARATORS = / (?:et|and|en|und|ainsi que|as well as|sowie|alsook) /;

/**
 * Several options in one answer: "Colindos, Hospiliss", "1 et 3", "hospisup and ebirth".
 * A name containing "et" (Gestion des données financières et fiscales) is tried whole first.
 */
export function pickMany<Id>(text: string, options: readonly Option<Id>[]): PickMany<Id> {
  const result: PickMany<Id> = { ids: [], unknown: [], ambiguous: [], guessed: [] };
  const add = (id: Id) => {
    if (!result.ids.includes(id)) result.ids.push(id);
  };
  const fuse = new Fuse(
    options.flatMap((o) => o.labels.map((label) => ({ id: o.id, label: normalize(label) }))),
    { keys: ['label'], includeScore: true, threshold: 0.3, ignoreLocation: true },
  );
  const resolve = (part: string): boolean => {
    const picked = pickOne(part, options);
    if (picked.ok) {
      add(picked.id);
      return true;
    }
    if (picked.reason === 'ambiguous') {
      result.ambiguous.push({ text: part.trim(), candidates: picked.candidates });
      return true;
    }
    // A near miss ("colindo", "hospi sup") is taken only when one option is clearly closest.
    const hits = fuse.search(normalize(part));
    const best = hits[0];
    if (best && (best.score ?? 1) <= 0.25 && hits.every((h) => h.item.id === best.item.id || (h.score ?? 1) > (best.score ?? 0) + 0.1)) {
      add(best.item.id);
      if (best.score !== 0) result.guessed.push({ text: part.trim(), id: best.item.id });
      return true;
    }
    return false;
  };
  for (const chunk of text.split(LIST_SEPARATORS).map((c) => c.trim()).filter(Boolean)) {
    if (/^\d{1,2}(\s+\d{1,2})+$/.test(chunk)) {
      for (const n of chunk.split(/\s+/)) if (!resolve(n)) result.unknown.push(n);
      continue;
    }
    if (resolve(chunk)) continue;
    const parts = normalize(chunk).split(WORD_SEPARATORS).filter(Boolean);
    if (parts.length === 1) {
      result.unknown.push(chunk);
      continue;
    }
    for (const part of parts) if (!resolve(part)) result.unknown.push(part);
  }
  return result;
}

// A language by its code ("nl") or its name in any of the four.
const LANGUAGES = Object.fromEntries(LOCALES.map((l) => [l, [l, ...WORDS.languageNames[l]]])) as unknown as Record<Locale, readonly string[]>;

export function parseLanguage(text: string): Locale | undefined {
  const found = (Object.keys(LANGUAGES) as Locale[]).filter((l) => hasAny(text, LANGUAGES[l]));
  if (found.length === 1) return found[0];
  const n = normalize(text);
  const byNumber = /^[1-4]$/.test(n) ? (['fr', 'nl', 'de', 'en'] as const)[Number(n) - 1] : undefined;
  return byNumber;
}

export type PersonRole = 'doctor' | 'pharmacist' | 'collaborator';
export type FunctionKind = 'doctor' | 'pharmacist';

const COLLABORATOR = ['collaborateur', 'collaboratrice', 'collab', 'assistant', 'assistante', 'secretaire', 'infirmier', 'infirmiere',
  'medewerker', 'medewerkster', 'assistent', 'assistente', 'secretaresse', 'secretaris', 'verpleegkundige',
  'mitarbeiter', 'mitarbeiterin', 'sekretarin', 'sekretar', 'assistentin', 'arzthelfer', 'arzthelferin', 'pfleger', 'pflegerin',
  'collaborator', 'secretary', 'nurse', 'staff'];
/**
 * Everyday ways of saying someone works for a doctor or a pharmacist: "elle assiste le Dr Peeters",
 * "works for a doctor", "helpt de apotheker", "hilft der Ärztin". The doctor named is whose
 * collaborator they are, not what they are.
 */
const WORKS_FOR = ['assiste', 'assistent', 'aide le', 'aide la', 'aide l', 'aide un', 'aide une', 'aide les', 'aide notre', 'aide son', 'aide sa', 'aide au',
  'travaille pour', 'travaille avec', 'travaille chez', 'travaille aupres', 'bosse pour', 'au service du', 'au service de', 'seconde le', 'seconde la', 'secretaire', 'secretariat',
  'assisteert', 'helpt', 'werkt voor', 'werkt bij', 'werkt samen met', 'ondersteunt', 'secretariaat', 'assistente', 'assistentin', 'assistenten',
  'assistiert', 'hilft', 'arbeitet fur', 'arbeitet bei', 'arbeitet mit', 'unterstutzt', 'sekretar', 'sekretariat',
  'assists', 'assisting', 'helps', 'helping', 'works for', 'works with', 'working for', 'supports', 'pa to', 'personal assistant',
  // The same said in the future or with a modal ("he's going to assist a specialist", "elle va seconder le pharmacien",
  // "hij gaat de specialist bijstaan", "er wird den Facharzt unterstützen"): the verb's plain form.
  'assister', 'assistera', 'aider le', 'aider la', 'aider l', 'aider un', 'aider une', 'aider les', 'aidera', 'seconder', 'secondera', 'seconde un', 'seconde une',
  'travailler pour', 'travaillera pour', 'travailler avec', 'travaillera avec', 'epauler', 'epaulera', 'epaule le', 'epaule la',
  'assisteren', 'bijstaan', 'bijstaat', 'staat bij', 'ondersteunen', 'werken voor', 'werken bij', 'gaat werken voor', 'zal werken voor',
  'specialist helpen', 'arts helpen', 'dokter helpen', 'apotheker helpen', 'ziekenhuisapotheker helpen',
  'assistieren', 'unterstutzen', 'arbeiten fur', 'arbeiten bei', 'arbeiten mit', 'mitarbeiten', 'arzt helfen', 'arztin helfen', 'facharzt helfen', 'facharztin helfen', 'apotheker helfen', 'apothekerin helfen',
  'assist', 'help a', 'help the', 'help dr', 'help our', 'support a', 'support the', 'support dr', 'support our', 'work for', 'work with', 'be working for', 'assistant to'];

/** Whether the text says the person works for someone ("collaboratrice", "assists", "werkt voor"). */
export function mentionsCollaborator(text: string): boolean {
  return hasAny(text, COLLABORATOR) || hasAny(text, WORKS_FOR);
}

const DOCTOR = ['medecin', 'specialiste', 'medecin-specialiste', 'docteur', 'dr', 'arts', 'arts-specialist', 'specialist',
  'geneesheer', 'dokter', 'arzt', 'arztin', 'arztes', 'facharzt', 'facharztin', 'facharztes', 'artsen', 'doctor', 'doctors', 'physician', 'specialists',
  'medecins', 'specialistes', 'docteurs', 'arzte', 'facharzte', 'physicians'];
const PHARMACIST = ['pharmacien', 'pharmacienne', 'apotheker', 'apothekeres', 'ziekenhuisapotheker', 'ziekenhuisapothekeres', 'krankenhausapotheker', 'krankenhausapothekerin', 'krankenhausapothekers',
  'apothekerin', 'apothekers', 'pharmaciens', 'pharmaciennes', 'pharmacist', 'pharmacists', 'pharmacie', 'apotheek', 'apotheke', 'pharmacy'];

/** What the person is; a collaborator's answer may already say whose ("collaboratrice d'un médecin"). */
export function parseRole(text: string): { role: PersonRole; functionKind?: FunctionKind } | undefined {
  const n = normalize(text);
  if (/^[1-3]$/.test(n)) return { role: (['doctor', 'pharmacist', 'collaborator'] as const)[Number(n) - 1]! };
  const doctor = hasAny(text, DOCTOR);
  const pharmacist = hasAny(text, PHARMACIST);
  if (mentionsCollaborator(text)) {
    const functionKind = doctor === pharmacist ? undefined : doctor ? 'doctor' : 'pharmacist';
    return functionKind ? { role: 'collaborator', functionKind } : { role: 'collaborator' };
  }
  if (doctor !== pharmacist) return { role: doctor ? 'doctor' : 'pharmacist' };
  return undefined;
}

/** Whose collaborator: the specialist doctor's or the hospital pharmacist's. */
export function parseFunctionKind(text: string): FunctionKind | undefined {
  const n = normalize(text);
  if (/^[12]$/.test(n)) return n === '1' ? 'doctor' : 'pharmacist';
  const doctor = hasAny(text, DOCTOR);
  const pharmacist = hasAny(text, PHARMACIST);
  if (doctor === pharmacist) return undefined;
  return doctor ? 'doctor' : 'pharmacist';
}

const emailSchema = z.email();
export function parseEmail(text: string): string | undefined {
  const candidate = text.trim().replace(/^mailto:/i, '');
  return emailSchema.safeParse(candidate).success ? candidate.toLowerCase() : undefined;
}
