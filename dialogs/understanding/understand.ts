import * as chrono from 'chrono-node';
import { checkNiss, type NissProblem } from '../../src/domain/niss';
import { brusselsWallClockAsLocal, isRealDate, lastDayBefore, parseDate, todayInBrussels } from '../../src/domain/dates';
import { saysInactiveFrom, saysLastDay } from './end-of-function';
import { LOCALES, type Locale, type Names } from '../../src/domain/locale';
import { hasAny, mentionsCollaborator, normalize, parseEmail, parseFunctionKind, parseRole, yesNo, type FunctionKind, type PersonRole, type YesNo } from './parse';
import { findRelativeDates, pastReading, saidAsPast, withAccents } from './relative-dates';
import { calendarWordsInNames } from './names-not-dates';
import { WORDS } from './vocabulary';
import { unknownEntity } from './unknown-entity';
import { asksWhatIsHeld, asksWhatTheOneAtHandHolds, holderNamed } from './holding-question';
import type { Slot } from '../grant/grant-access.types';
import { knownPeopleIn, meantPerson, type KnownPerson, type PersonSpan } from './known-people';
import { asksToReceive, asksWhoGave } from './holding-question';

/**
 * Reads everything a manager's sentence says: "donne HospiSup à 85073003328 à partir de lundi,
 * c'est une collaboratrice du Dr Peeters" gives an application, a NISS, a start date and a role.
 * Pure: the machine decides what to do with it.
 */

export interface VocabularyEntity { id: number; name: string; inami: string }
export interface VocabularyApplication { code: string; names: Names; aliases: string[] }
export interface Vocabulary {
  entities: VocabularyEntity[];
  /** Entities where the manager holds no role: read only to say so, never to act on. */
  otherEntities?: VocabularyEntity[];
  qualityKinds: { code: string; names: Names }[];
  applications: VocabularyApplication[];
  /** The users of the manager's entities, by first and last name: found in a sentence whatever its case. */
  people?: KnownPerson[];
}

export type Command = 'cancel' | 'back' | 'help' | 'startOver' | 'recap';

export interface Ambiguity<Id> { text: string; candidates: Id[] }

export interface Understanding {
  command?: Command;
  /** "in English please": the language to speak from now on. */
  language?: Locale;
  /** "is 85073003328's access to HospiSup active?": a question, not a request. */
  status?: { niss: string; applications: string[] };
  /** "même accès que 90010112395": the colleague whose access is copied. */
  copyFrom?: string;
  niss?: string;
  nissError?: { problem: NissProblem; length: number | null; digits: string | null };
  entity?: number;
  entityAmbiguous?: Ambiguity<number>;
  /** An entity named (by name or INAMI number) that is not one of the manager's. */
  entityWithoutRole?: string;
  /** "à la clinique Trucmuche", "im AZ Groeninge": words that name a hospital that is no entity known here. */
  entityUnknown?: string;
  qualityKind?: string;
  applications?: { add: string[]; remove: string[]; also: boolean };
  applicationsAmbiguous?: Ambiguity<string>;
  /** Words read as an application by a near miss ("colindoss" as Colindos): said back, never taken silently. */
  applicationsGuessed?: { text: string; code: string }[];
  /** "X instead of Y", "remplace Y par X": the applications taken out for the ones added. */
  applicationsReplaced?: { removed: string[]; added: string[] };
  /**
   * "n'a plus besoin de HospiSup", "neem HospiSup af", "braucht HospiSup nicht mehr", "remove her access to HospiSup":
   * an access taken away. The applications named are removed, never added: a revocation is never read as a grant.
   */
  removal?: true;
  /** Words standing where an application is named ("donne Xyzzy à …") that are no application. */
  applicationsUnknown?: string[];
  /** "donne Colindos à Jan Peeters": a person named by name, not by NISS. */
  personName?: string;
  /** "est-ce que Jan Peeters a déjà Hospisup ?": a question about someone named, not a request nor a change of one. */
  statusOfNamed?: { name: string; applications: string[] };
  /** "hat er schon Colindos?": what the person of the request in progress holds (a pronoun, no one named). */
  statusOfCurrent?: { applications: string[] };
  role?: PersonRole;
  functionKind?: FunctionKind;
  startDate?: string;
  endDate?: string;
  /** A date the sentence holds but that cannot be a start or an end: past, not in the calendar. */
  dateError?: { problem: 'invalid' | 'past' | 'notAfterStart'; which: 'startDate' | 'endDate'; date?: string };
  /** A date said without a year and read in next year ("3 mars" said in December): said back on the summary. */
  readAhead?: { said: string; date: string }[];
  email?: string;
  yesNo?: YesNo;
  /** "modifier la date": the slot to ask again, its value unknown yet. */
  change?: Slot;
}

export interface UnderstandOptions {
  /** The slot the last prompt asked for: a bare "2" or "oui" answers it. */
  expecting: Slot | null;
  now: number;
  locale: Locale;
  /** The start date already known, so that an end date can be checked against it. */
  startDate?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Word lists. Normalized: lower case, no accents.

const POLITE = WORDS.polite;
const COMMANDS: Record<Exclude<Command, 'cancel'>, readonly string[]> = { back: WORDS.back, help: WORDS.help, startOver: WORDS.startOver, recap: WORDS.recap };
/** Stop said in passing, inside a short sentence: "non, on arrête tout", "stop er maar mee", "lass gut sein", "drop it". */
const CANCEL_PHRASES = WORDS.cancelPhrases;
const CANCEL = WORDS.cancel;
/**
 * Words that may stand around a stop phrase without making it something else: "bon, tant pis",
 * "oh well, never mind", "nee, laat maar". Any other word ("n'oublie pas Colindos", "laat maar zien",
 * a name) means the sentence says something else, and it does not cancel.
 */
const AROUND_STOP = new Set([...[...CANCEL_PHRASES, ...CANCEL].flatMap((p) => p.split(' ')), ...WORDS.aroundStop]);
const NOT_A_STOP = WORDS.notAStop;

const LANGUAGE_NAMES = WORDS.languageNames;
const SPEAK_VERBS = WORDS.speakVerbs;

const STATUS = WORDS.status;
const QUESTION_START = ['est ce que', 'est ce qu', 'is', 'ist', 'heeft', 'hat', 'has', 'does', 'a t il', 'a t elle', 'l acces', 'waarom', 'pourquoi', 'why', 'warum', 'kan', 'peut'];
const GRANT_VERBS = [...WORDS.requestVerbs, ...WORDS.addVerbs];
const COPY = ['meme acces que', 'memes acces que', 'meme droits que', 'memes droits que', 'les memes que', 'comme', 'copie', 'copier', 'zelfde toegang als', 'dezelfde toegang als', 'zelfde rechten als', 'dezelfde rechten als', 'net als', 'zoals',
  'gleichen zugang wie', 'gleiche zugang wie', 'denselben zugang wie', 'dieselben rechte wie', 'gleichen rechte wie', 'wie', 'same access as', 'same rights as', 'the same as', 'like', 'copy'];
const COPY_MARKERS = ['meme', 'memes', 'zelfde', 'dezelfde', 'gleich', 'gleichen', 'gleiche', 'denselben', 'dieselben', 'same', 'copie', 'copier', 'copy', 'comme', 'zoals', 'net als', 'like', 'wie'];

const NEGATIONS = ['pas', 'sans', 'sauf', 'non', 'enleve', 'enlever', 'retire', 'retirer', 'supprime', 'niet', 'geen', 'zonder', 'behalve', 'verwijder', 'nicht', 'kein', 'keine', 'keinen', 'ohne', 'ausser', 'entferne', 'not', 'no', 'without', 'except', 'remove', 'drop'];
const ALSO = ['aussi', 'egalement', 'en plus', 'ajoute', 'ajouter', 'et aussi', 'ook', 'eveneens', 'voeg', 'toevoegen', 'erbij', 'auch', 'zusatzlich', 'dazu', 'also', 'too', 'as well', 'add', 'plus'];

/**
 * An access taken away or no longer needed, in everyday words. Normalized, apostrophes and hyphens as spaces.
 * Near an application they make the sentence a revocation: its applications are never added.
 */
const REMOVAL_PHRASES = [...WORDS.revokeVerbs, ...WORDS.removalPhrases];
const NEED_WORDS = /besoin|need|nodig|notig|braucht|longer|anymore|any more|meer|mehr|kein|geen|pas|niet|nicht|not/;
const NEED_ABOUT_OTHER = new RegExp(
  String.raw`\b(?:besoin|need|needs|nodig|braucht|brauchen|notig|heeft|hat|has)\s+(?:(?:de|d|du|des|a|an|een|eine|einen|une|un|the|any|geen|keine|keinen|kein|pas|niet|nicht|no)\s+)*` +
    String.raw`(?:fonction|function|functie|funktion|date|datum|einddatum|enddatum|fin|end|einde|ende|role|rol|rolle)\b` +
    String.raw`|\b(?:fonction|function|functie|funktion|einddatum|enddatum|datum|date)\s+(?:\w+\s+){0,2}(?:nodig|notig|needed)\b`,
);
/** "with", "par", "door", "durch": in "remplace eBirth par Chapter IV", what comes after is the new one. */
export const REPLACE_VERB = /\b(?:remplace\w*|substitue\w*|echange\w*|vervang\w*|wissel\w*|ruil\w*|ersetz\w*|tausch\w*|austausch\w*|replace\w*|swap\w*|switch\w*|exchange\w*|substitute\w*)\b/;
const REPLACE_BY = /\b(?:par|pour|contre|door|voor|met|durch|gegen|mit|with|for|by)\b/;
/** "X au lieu de Y", "X statt Y": what comes after the marker is the one taken out. */
export const INSTEAD_OF = /\b(?:au lieu d[eu']?|a la place d[eu']?|plutot qu[e']?|in plaats van|i p v|ipv|in de plaats van|statt|anstatt|anstelle von|anstelle|an stelle von|instead of|rather than|in place of)\b/;

const START_WORDS = ['debut', 'commence', 'commencer', 'a partir', 'des le', 'partir du', 'start', 'starts', 'starting', 'begin', 'from', 'as of', 'vanaf', 'begin', 'begint', 'start', 'startdatum', 'begindatum', 'ab', 'beginn', 'beginnt', 'anfang', 'startdatum', 'von'];
const END_WORDS = ['fin', 'jusqu', 'jusqu au', 'jusque', 'termine', 'se termine', 'finit', 'finira', 'expire', 'einde', 'eind', 'einddatum', 'eindigt', 'eindigend', 'loopt af', 'vervalt',
  'tot', 'tot en met', 'bis', 'ende', 'enddatum', 'endet', 'endend', 'ablauf', 'lauft ab', 'end', 'ends', 'ending', 'end date', 'until', 'till', 'to', 'expires', 'expiring', 'through'];
/**
 * Whether the sentence says its date is an end. "to", "tot", "bis" have other roles: "give TCT to Kevin Maes" names who
 * gets the access, "tot ziens", "bis bald" say goodbye, "jusqu'à nouvel ordre", "until further notice" say there is no end; "to" marks an end only before a date ("to 30 June", "to the end").
 */
const NOT_AN_END = /\b(?:jusqu a nouvel ordre|jusqu a nouvel avis|tot nader (?:order|bericht)|bis auf weiteres|until further notice|till further notice|tot (?:ziens|straks|later|zo|dan|morgen|volgende keer)|bis (?:bald|spater|dann|morgen|gleich|nachher|zum nachsten mal)|to (?!(?:the )?(?:\d|end\b)))/g;
function saysEnd(norm: string): boolean {
  const clean = norm.replace(/['’]/g, ' ').replace(NOT_AN_END, ' ');
  return hasAny(clean, END_WORDS) || saysLastDay(clean);
}
/** "ajoute une date de fin", "voeg een einddatum toe", "Enddatum hinzufügen", "add an end date": the end date is asked for. */
const ADD_END_DATE = /\b(?:ajout\w*|mets|mettez|mettre|rajout\w*|indiqu\w*|prevoi\w*|voeg\w*|zet|toevoegen|geef|hinzu\w*|setz\w*|erganz\w*|eintrag\w*|add|set|put|give)\b.*\b(?:date de fin|une fin|einddatum|einde|enddatum|ende|end date|an end)\b|\b(?:date de fin|einddatum|enddatum|end date)\b.*\b(?:ajout\w*|toevoegen|toe|bij|hinzu\w*|setz\w*|eintrag\w*|erganz\w*|dazu|add|too)\b/;
const CHANGE_WORDS = WORDS.change;
const SLOT_WORDS: [Slot, readonly string[]][] = [
  ['endDate', ['date de fin', 'fin', 'einddatum', 'einde', 'enddatum', 'ende', 'end date', 'end']],
  ['startDate', ['date de debut', 'date', 'debut', 'startdatum', 'begindatum', 'datum', 'start date', 'start', 'beginn', 'anfang']],
  ['niss', ['niss', 'rijksregisternummer', 'insz', 'numero national', 'national number', 'nationale nummer', 'sozialversicherungsnummer']],
  ['applications', ['application', 'applications', 'applicatie', 'applicaties', 'toepassing', 'toepassingen', 'anwendung', 'anwendungen', 'app', 'apps']],
  ['quality', ['qualite', 'hoedanigheid', 'eigenschaft', 'quality', 'capacity']],
  ['entity', ['entite', 'hopital', 'entiteit', 'ziekenhuis', 'einrichtung', 'krankenhaus', 'entity', 'hospital']],
  ['role', ['role', 'rol', 'rolle', 'fonction', 'functie', 'funktion', 'function']],
  ['email', ['email', 'e mail', 'mail', 'adresse']],
];

/** Free-text slots take the message as it is: a name or a username is not a sentence to mine. */
export const VERBATIM: readonly Slot[] = ['username', 'usernameConfirm', 'lastName', 'firstName', 'title', 'localEmail'];

// ---------------------------------------------------------------------------------------------

const words = (norm: string) => norm.split(/[\s.'/-]+/).filter(Boolean);
const stripPolite = (norm: string) => {
  let out = ` ${norm.replace(/[!?.,;:]+/g, ' ')} `;
  for (const p of POLITE) out = out.split(` ${p} `).join(' ');
  return out.replace(/\s+/g, ' ').trim();
};

export function commandOf(text: string): Command | undefined {
  const norm = stripPolite(normalize(text).replace(/['-]/g, ' '));
  if (text.trim() === '?') return 'help';
  if (!norm) return undefined;
  if (CANCEL.includes(norm) || (words(norm).length <= 3 && hasAny(norm, CANCEL) && !hasAny(norm, ['pas', 'niet', 'nicht', 'not', 'don t']) && onlyAroundStop(norm))) return 'cancel';
  if (saysStop(norm)) return 'cancel';
  for (const [command, phrases] of Object.entries(COMMANDS) as [Exclude<Command, 'cancel'>, readonly string[]][]) {
    if (phrases.includes(norm)) return command;
  }
  // Short messages only: "aide-soignante" is a job, "retour à l'hôpital" a sentence.
  if (words(norm).length > 6) return undefined;
  for (const [command, phrases] of Object.entries(COMMANDS) as [Exclude<Command, 'cancel'>, readonly string[]][]) {
    if (phrases.some((p) => p.includes(' ') && ` ${norm} `.includes(` ${p} `))) return command;
  }
  return undefined;
}

/** A short sentence around a stop phrase, with no number or name in it that would make it a request. */
function saysStop(norm: string): boolean {
  // "stop er dan maar mee": a stop word among fillers stops too, though no phrase is said word for word.
  const stopWord = words(norm).some((w) => CANCEL.includes(w));
  return words(norm).length <= 8 && !/\d/.test(norm) && (hasAny(norm, CANCEL_PHRASES) || stopWord) && !hasAny(norm, NOT_A_STOP) && onlyAroundStop(norm);
}

/** Every word of the sentence is a stop phrase's or a filler's: nothing else is said in it. */
const onlyAroundStop = (norm: string) => words(norm).every((w) => AROUND_STOP.has(w));

export function languageRequest(text: string, expecting: Slot | null): Locale | undefined {
  const raw = normalize(text);
  const polite = hasAny(raw, POLITE);
  const ws = words(stripPolite(raw.replace(/[']/g, ' ')).replace(/[,;.!?]/g, ' '));
  const named = LOCALES.filter((l) => LANGUAGE_NAMES[l].some((n) => ws.includes(n)));
  if (named.length !== 1) return undefined;
  const verb = ws.some((w) => SPEAK_VERBS.includes(w));
  // "kunnen we in het duits verder, bitte deutsch": a longer sentence switches when it says to go on in one language only.
  if (ws.length === 0 || ws.length > (verb ? 10 : 6)) return undefined;
  // At the new user's language question, "néerlandais" is the answer, not a request to switch.
  if (expecting === 'language') return verb ? named[0] : undefined;
  const preposition = ws.some((w) => ['en', 'in', 'auf', 'op'].includes(w));
  return verb || preposition || polite || ws.length === 1 ? named[0] : undefined;
}

// A NISS as people write it: 85073003328, 85.07.30-033.28, 85 07 30 033 28.
const NISS_WRITTEN = /(?<!\d)\d{2}[. ]?\d{2}[. ]?\d{2}[-. ]?\d{3}[. ]?\d{2}(?!\d)/g;
// Any other run of 9 to 13 digits is a NISS typed wrong (dates and INAMI numbers have 8).
const DIGIT_RUN = /(?<![\d.-])\d(?:\d|[.-](?=\d)){8,16}(?![\d])/g;
const INAMI = /(?<!\d)(\d{6})-?(\d{2})(?![\d])/;
const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[a-z]{2,}/gi;
/** A day and a month in figures, "01.04." or "01-04", never part of a longer number (a NISS "01.09.15-…", an INAMI number). */
const YEARLESS_NUMERIC = /(?<![\d./-])(\d{1,2})(?:\.(\d{1,2})\.(?![\d.])|-(\d{1,2})(?![\d./-]))/g;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

interface Span { start: number; end: number }
const blank = (text: string, spans: readonly Span[]) => {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
};

export interface NissFound { niss?: string; error?: Understanding['nissError']; start: number; end: number }

export function findNissNumbers(text: string, now: number): NissFound[] {
  const found: NissFound[] = [];
  const written = [...text.matchAll(NISS_WRITTEN)];
  const rest = blank(text, written.map((m) => ({ start: m.index, end: m.index + m[0].length })));
  for (const m of [...written, ...rest.matchAll(DIGIT_RUN)]) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 13) continue;
    if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(raw) || /^\d{4}-\d{2}-\d{2}$/.test(raw)) continue;
    const r = checkNiss(digits, new Date(now));
    const span = { start: m.index, end: m.index + raw.length };
    found.push(
      r.ok
        ? { niss: r.niss, ...span }
        : { error: { problem: r.problem, length: r.length ?? null, digits: r.problem === 'checksum' ? digits.slice(9) : null }, ...span },
    );
  }
  return found.sort((a, b) => a.start - b.start);
}

interface LabelEntry { code: string; label: string; compact: string; distinctive: boolean; weak: boolean }

/**
 * Aliases of the catalog that are words of everyday language ("naissance", "implants", "eerste lijn", "rare disease",
 * "diabète"): in a sentence they are what it is about, not an application's name ("congé de naissance", "service diabète").
 * They name an application only when they are the whole answer; an official name or code is never weak.
 */
export const ORDINARY_ALIASES = new Set([
  'implants', 'implantaten', 'implantate', 'naissance', 'notification de naissance', 'birth notification', 'geboortemelding', 'geburtsmeldung',
  'disponibilite', 'honoraires disponibilite', 'beschikbaarheid', 'diabete', 'diabetes', 'diabete sucre', 'diabetes mellitus',
  'eerste lijn', 'premiere ligne', 'primary care', 'rare disease', 'maladie rare', 'maladie complexe', 'zeldzame ziekte', 'seltene krankheit',
  'tracabilite', 'registre central', 'data reporting', 'mes documents', 'mijn documenten', 'meine dokumente', 'my documents',
  'donnees administratives', 'administratieve gegevens', 'verwaltungsdaten', 'administrative data', 'donnees financieres', 'donnees fiscales',
  'financiele gegevens', 'fiscale gegevens', 'finanzdaten', 'steuerdaten', 'financial data', 'tax data',
  'cellule technique', 'technische cel', 'technische zelle', 'technical cell', 'eshop', 'e shop', 'attestations de soins', 'getuigschriften',
  'pcr', 'corona tracing', 'tumor bank', 'tumour bank', 'tumorbank', 'tumourbank', 'evidence based medicine', 'vaccination covid', 'vaccination corona', 'covid vaccinatie',
]);

function applicationLabels(apps: readonly VocabularyApplication[]): LabelEntry[] {
  const entries: LabelEntry[] = [];
  for (const a of apps) {
    const official = new Set([a.code.toLowerCase().replace(/_/g, ' '), ...Object.values(a.names)].map(normalize));
    const labels = new Set([...official, ...a.aliases.map(normalize)]);
    for (const label of labels) {
      if (label.length < 2) continue;
      const weak = !official.has(label) && ORDINARY_ALIASES.has(label.replace(/-/g, ' '));
      // A one-word name (Hospisup, Colindos) can be typed short or misspelt; "données" cannot stand for one application.
      const distinctive = !weak && !label.includes(' ') && label.length >= 5;
      entries.push({ code: a.code, label, compact: label.replace(/[\s\-.]/g, ''), distinctive, weak });
    }
  }
  return entries.sort((x, y) => y.label.length - x.label.length);
}

/** Edit distance (insertions, deletions, substitutions, swaps of two neighbours), given up past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Words of the sentence, never part of a person's name. */
export const COMMON = new Set([
  ...GRANT_VERBS, ...STATUS, ...NEGATIONS, ...ALSO, ...CHANGE_WORDS,
  // A greeting that opens the sentence ("Guten Morgen, …", "Goede Morgen, …") is no one's name.
  'bonjour', 'bonsoir', 'salut', 'guten', 'morgen', 'tag', 'abend', 'hallo', 'goede', 'goedemorgen', 'goedendag', 'dag', 'hello', 'good', 'morning', 'afternoon', 'evening',
  'acces', 'access', 'toegang', 'zugang', 'application', 'applications', 'applicatie', 'anwendung', 'donnees', 'personne', 'persoon', 'person',
  // "au NISS 930…", "rijksregisternummer 850…", "national number …": the number's name, never the person's (trial 8).
  'niss', 'inss', 'insz', 'nrn', 'rrn', 'rijksregisternummer', 'rijksregister', 'nationalnummer', 'nationalregisternummer', 'sozialversicherungsnummer',
  'identificatienummer', 'numero', 'nummer', 'number', 'national', 'nationaal',
  'collaborateur', 'collaboratrice', 'medecin', 'pharmacien', 'medewerker', 'medewerkster', 'mitarbeiter', 'mitarbeiterin', 'doctor', 'pharmacist',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'prochain', 'volgende', 'nachsten', 'next', 'partir',
  'hopital', 'hopitaux', 'clinique', 'ziekenhuis', 'krankenhaus', 'hospital', 'sainte', 'saint',
  'sante', 'soins', 'verzorging', 'geneeskundige', 'gesundheitspflege', 'pflege', 'health', 'care', 'qualite', 'hoedanigheid',
  'change', 'changer', 'modifier', 'start', 'debut', 'datum', 'date', 'einde', 'ende', 'until',
]);

/** Labels and their fuzzy index, built once per catalog: the catalog changes with a release, not per message. */
const indexes = new Map<string, { entries: LabelEntry[]; distinctive: LabelEntry[]; fuzzy: Map<string, string[]> }>();
const applicationsKey = (apps: readonly VocabularyApplication[]) => apps.map((a) => `${a.code}:${a.names.fr}:${a.aliases.length}`).join('|');

function applicationIndex(apps: readonly VocabularyApplication[]) {
  const key = applicationsKey(apps);
  let index = indexes.get(key);
  if (!index) {
    const entries = applicationLabels(apps);
    const distinctive = entries.filter((e) => e.distinctive);
    index = { entries, distinctive, fuzzy: new Map() };
    if (indexes.size > 16) indexes.clear();
    indexes.set(key, index);
  }
  return index;
}

/** An application found in a sentence; `guessed` holds the word when it was read by a near miss, not by its name. */
interface AppHit { code: string; start: number; end: number; guessed?: string }

function findApplications(norm: string, vocab: Vocabulary): { hits: AppHit[]; ambiguous?: Ambiguity<string> } {
  const { entries, distinctive, fuzzy } = applicationIndex(vocab.applications);
  /**
   * The applications a misspelt word is a near miss of (none, one, or rivals), remembered per word: same first letter,
   * one slip in a name of up to seven letters, two in a longer one. "plaats" is no near miss of "implants".
   */
  const closest = (w: string): string[] => {
    let codes = fuzzy.get(w);
    if (codes === undefined) {
      const close = new Set(
        distinctive.filter((e) => e.compact[0] === w[0] && distance(w, e.compact, e.compact.length >= 8 ? 2 : 1) <= (e.compact.length >= 8 ? 2 : 1)).map((e) => e.code),
      );
      codes = vocab.applications.map((a) => a.code).filter((code) => close.has(code));
      if (fuzzy.size >= 2048) fuzzy.clear();
      fuzzy.set(w, codes);
    }
    return codes;
  };
  const whole = norm.trim();
  const hits: AppHit[] = [];
  let taken = ` ${norm} `;
  const take = (code: string, start: number, length: number) => {
    hits.push({ code, start, end: start + length });
    taken = taken.slice(0, start) + '\u0000'.repeat(length) + taken.slice(start + length);
  };
  // Whole labels first, longest first: "gestion des donnees financieres et fiscales" before "donnees".
  for (const e of entries) {
    if (e.weak && e.label !== whole) continue;
    let from = 0;
    for (;;) {
      const i = taken.indexOf(` ${e.label} `, from);
      if (i < 0) break;
      take(e.code, i + 1, e.label.length);
      from = i + e.label.length;
    }
  }
  const tokens = [...taken.matchAll(/[^\s\u0000]+/g)].map((m) => ({ word: m[0].replace(/^[-.']+|[-.',]+$/g, ''), start: m.index }));
  let ambiguous: Ambiguity<string> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "hospi sup", "colin dos": two words typed for one.
    const pair = next ? `${t.word}${next.word}` : '';
    const pairHit = pair && distinctive.find((e) => e.compact === pair);
    if (pairHit && next) {
      hits.push({ code: pairHit.code, start: t.start, end: next.start + next.word.length });
      i++;
      continue;
    }
    const w = t.word;
    if (w.length < 4 || COMMON.has(w) || /\d/.test(w)) continue;
    const exact = distinctive.find((e) => e.compact === w);
    if (exact) {
      hits.push({ code: exact.code, start: t.start, end: t.start + w.length });
      continue;
    }
    // A name typed short ("colin", "hospi") is most of the name: "beschikbaarheid" is a word, not "beschikbaarheidshonoraria" cut.
    const prefixed = vocab.applications.map((a) => a.code).filter((code) => distinctive.some((e) => e.code === code && e.compact.startsWith(w) && w.length >= e.compact.length - 4));
    if (prefixed.length === 1 && w.length >= 5) {
      hits.push({ code: prefixed[0]!, start: t.start, end: t.start + w.length, guessed: w });
      continue;
    }
    if (prefixed.length > 1) {
      ambiguous ??= { text: w, candidates: prefixed };
      continue;
    }
    // Misspellings only for words long enough to carry a name, against names of about their length.
    if (w.length < 6) continue;
    const rivals = closest(w);
    if (rivals.length === 1) hits.push({ code: rivals[0]!, start: t.start, end: t.start + w.length, guessed: w });
    else if (rivals.length > 1) ambiguous ??= { text: w, candidates: rivals };
  }
  return { hits: hits.sort((a, b) => a.start - b.start), ...(ambiguous ? { ambiguous } : {}) };
}

/**
 * "il faudrait la cellule technique pour 90041212377", "Mes documents voor …": an ordinary name, weak alone, stands where an
 * application is named (right before "pour / voor / für / to / for"): read as that application and said back, never dropped.
 */
function withOrdinaryNamesInPlace(norm: string, vocab: Vocabulary, found: ReturnType<typeof findApplications>): ReturnType<typeof findApplications> {
  const padded = ` ${norm} `;
  const extra: AppHit[] = [];
  // "n'a plus besoin de la cellule technique, tu peux lui enlever": in a sentence that takes away, the ordinary name is
  // what is taken, wherever it stands; dropped, the sentence would name no application and read as the person's removal.
  const takesAway = isRemoval(norm) || hasAny(norm.replace(/'/g, ' '), WORDS.revokeVerbs);
  for (const e of applicationIndex(vocab.applications).entries) {
    if (!e.weak) continue;
    const label = e.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Or right after the words that say an application's name: "die Anwendung heisst Tumorbank".
    const m = new RegExp(takesAway ? String.raw` ${label}(?=[\s,.;:!?])` : String.raw` ${label} (?=${RECIPIENT} )`).exec(padded) ?? new RegExp(String.raw`(?<= ${CALLED}) ${label} `).exec(padded);
    if (!m) continue;
    const start = m.index + 1;
    const end = start + e.label.length;
    if ([...found.hits, ...extra].some((h) => h.start < end && start < h.end)) continue;
    extra.push({ code: e.code, start, end, guessed: e.label });
  }
  return extra.length === 0 ? found : { ...found, hits: [...found.hits, ...extra].sort((x, y) => x.start - y.start) };
}

/**
 * "n'a plus besoin de", "coupe l'accès", "neem … af", "braucht … nicht mehr", "remove her access to": an access taken away.
 * A sentence that also asks to give ("donne eBirth et retire HospiSup") is read application by application instead.
 */
export function isRemoval(norm: string): boolean {
  const flat = normalize(norm).replace(/['-]/g, ' ');
  // "she does not need a function", "pas besoin de date de fin": a need about the function or a date, not about the access.
  const phrases = NEED_ABOUT_OTHER.test(flat) ? REMOVAL_PHRASES.filter((p) => !NEED_WORDS.test(p)) : REMOVAL_PHRASES;
  if (!hasAny(flat, phrases)) return false;
  // "geen … meer nodig", "kein … mehr", "braucht … nicht mehr": the need said with words around the application.
  return !hasAny(flat, REQUEST_VERBS) && !hasAny(flat, WORDS.addVerbs);
}

/**
 * "Chapter IV au lieu d'eBirth", "statt eBirth", "remplace eBirth par Chapter IV", "swap eBirth for Chapter IV": the hits
 * that are taken out; undefined when the sentence replaces nothing.
 */
function replacement(norm: string, hits: readonly AppHit[]): Set<AppHit> | undefined {
  const padded = ` ${normalize(norm).replace(/'/g, ' ')} `;
  // Positions are those of the padded text the hits were found in: apostrophes replaced one for one keep them.
  const instead = INSTEAD_OF.exec(padded);
  if (instead) {
    const after = instead.index + instead[0].length;
    const out = hits.filter((h) => h.start >= after);
    return out.length > 0 && out.length < hits.length ? new Set(out) : undefined;
  }
  const verb = REPLACE_VERB.exec(padded);
  if (!verb) return undefined;
  const from = verb.index + verb[0].length;
  const firstOld = hits.find((h) => h.start >= from);
  if (!firstOld) return undefined;
  const by = new RegExp(REPLACE_BY.source, 'g');
  by.lastIndex = firstOld.end;
  const m = by.exec(padded);
  if (!m) return undefined;
  const out = hits.filter((h) => h.start >= from && h.start < m.index);
  return out.length > 0 && hits.some((h) => h.start > m.index) ? new Set(out) : undefined;
}

/** Whether the sentence asks for a grant ("donne … à …", "give … to …") rather than correcting one ("non, plutôt…", "change…"). */
export function asksForGrant(text: string): boolean {
  const norm = normalize(text);
  return hasAny(norm, REQUEST_VERBS) && !hasAny(norm, CHANGE_WORDS) && answerOf(norm) !== 'no' && !hasAny(norm, ALSO);
}

/** The verbs of a new request; "ajoute" is left out: "ajoute aussi eBirth" adds to the request under way. */
const REQUEST_VERBS = WORDS.requestVerbs;
const RECIPIENT = String.raw`(?:a|au|aan|an|to|for|pour|voor|fur)`;
/** "l'application s'appelle", "de toepassing heet", "die Anwendung heisst", "the application is called": an application's name follows. */
const CALLED = String.raw`(?:l ?'?application|application|de toepassing|toepassing|de applicatie|applicatie|die anwendung|anwendung|the app|app)(?: s ?'?appelle| se nomme| est| c ?'?est| heet| is| heisst| heißt| lautet| is called| is named| called| named|:)+`;
const ARTICLE = String.raw`(?:(?:l|la|le|les|de|het|die|der|das|den|the|acces a|access to|toegang tot|zugang zu)\s+)?`;
const NOT_AN_APPLICATION = new Set([...COMMON, 'lui', 'elle', 'hem', 'haar', 'ihm', 'ihr', 'him', 'her', 'them', 'eux', 'hen', 'ihnen', 'tout', 'alles', 'everything', 'rien',
  'niets', 'nichts', 'nothing', 'mijn', 'mein', 'meine', 'mon', 'ma', 'mes', 'my',
  // "the app is called …", "die Anwendung heisst …": the words that name it are none.
  'called', 'named', 'heisst', 'heet', 'appelle', 'lautet', 'genaamd', 'nomme', 'collegue', 'collega', 'kollege', 'kollegin', 'colleague', 'quelqu', 'iemand', 'jemand', 'someone',
  // "nein, für Nathalie Dubois": a yes, a no, a politeness or an interjection is never an application named.
  ...[...WORDS.yes, ...WORDS.no, ...WORDS.noAnswers, ...WORDS.polite, ...WORDS.interjections].filter((w) => !w.includes(' '))]);

/**
 * A word where a request names its application ("donne Xyzzy à …", "Xyzzy pour …") that is no
 * application: said back, never dropped. Known applications are already taken out of `norm`.
 */
function unknownApplications(norm: string, hits: { start: number; end: number }[]): string[] {
  let masked = ` ${norm} `;
  for (const h of hits) masked = masked.slice(0, h.start) + ' '.repeat(h.end - h.start) + masked.slice(h.end);
  const word = String.raw`([a-z][a-z0-9]{3,})`;
  const patterns = [
    new RegExp(String.raw` (?:${REQUEST_VERBS.join('|')}) ${ARTICLE}${word} ${RECIPIENT} `, 'g'),
    // "ajoute Zorglub", "add Zorglub too", "voeg Zorglub toe", "füge Zorglub hinzu": one word added, the message's last.
    new RegExp(String.raw` (?:ajoute|ajoutez|rajoute|rajoutez|add|voeg|fuge|fugen sie)(?: aussi| also| ook| auch| noch| encore)?(?: l ?'?application| de toepassing| die anwendung)? ${ARTICLE}${word}(?: (?:toe|hinzu|erbij|too|aussi|auch|ook|as well))? $`, 'g'),
    new RegExp(String.raw`^ ${word} ${RECIPIENT} `, 'g'),
    // "die Anwendung heisst Tumorbank", "l'application s'appelle Medimed", "de toepassing heet X", "the application is called X": named as one.
    new RegExp(String.raw` ${CALLED} ${word} `, 'g'),
    // "Zugang zu Medimail", "toegang tot Medimail", "l'accès à Medimail", "access to Medimail": the access named is an application.
    new RegExp(String.raw`[ '](?:acces a|acces au|access to|toegang tot|zugang zu|zugriff auf) ${word} `, 'g'),
  ];
  const found: string[] = [];
  // "Colindos et Zorglub pour …", "eBirth, Zorglub to …": a word listed beside a known application is named as one.
  // One space before the word: a known application blanked out in between is no gap to jump.
  const listed = new RegExp(String.raw`^\s*(?:, ?|(?:et|en|und|and|ou|of|oder|or) )${word}(?=\s*(?:,|$|\s(?:${RECIPIENT}|et|en|und|and)\s))`);
  const recipient = new RegExp(String.raw`^${RECIPIENT}$`);
  for (const h of hits) {
    const w = listed.exec(masked.slice(h.end))?.[1];
    if (w && !recipient.test(w) && !NOT_AN_APPLICATION.has(w) && !MAY_HOLD_A_DATE.test(w) && !found.includes(w)) found.push(w);
  }
  for (const pattern of patterns) {
    for (const m of masked.matchAll(pattern)) {
      const w = m[1]!;
      // "donne accès au 850… pour TCT": the NISS taken out leaves "pour", a recipient's word, where an application stands.
      if (!NOT_AN_APPLICATION.has(w) && !recipient.test(w) && !found.includes(w)) found.push(w);
    }
  }
  // "Colindos et Xyzzy à …", "Xyzzy und Colindos": a word listed beside a known application, where the list ends.
  let marked = ` ${norm} `;
  for (const h of hits) marked = marked.slice(0, h.start) + '\u0001'.repeat(h.end - h.start) + marked.slice(h.end);
  const listEnd = String.raw`(?=\s*(?:$|[,+&]|(?:et|en|und|and|a|aan|an|to|for|pour|voor|fur|pour)\s))`;
  const beside = [
    new RegExp(String.raw`\u0001\s*(?:,|\+|&|et|en|und|and)\s+([a-z][a-z0-9]{3,})${listEnd}`, 'g'),
    new RegExp(String.raw`(?:^\s*|\s(?:${REQUEST_VERBS.join('|')})\s+)([a-z][a-z0-9]{3,})\s*(?:,|\+|&|\set|\sen|\sund|\sand)\s+\u0001`, 'g'),
  ];
  for (const pattern of beside) {
    for (const m of marked.matchAll(pattern)) {
      const w = m[1]!;
      if (!NOT_AN_APPLICATION.has(w) && !found.includes(w)) found.push(w);
    }
  }
  return found;
}

const TITLE = String.raw`(?:Dr|Dokter|Docteur|Doctor|Prof|Mme|Mevr|Mevrouw|Madame|Monsieur|Frau|Herrn?|Mr|Mrs|Ms|M)`;
const TITLES = String.raw`(?:${TITLE}\.?\s+)?`;
// A title is no part of the name: "Dr Peeters" is one name word, not a first and a last name.
const NAME_WORD = String.raw`(?!${TITLE}(?![\p{L}]))\p{Lu}\p{Ll}[\p{Ll}'’-]*`;
const FULL_NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${NAME_WORD})+`;
/** "Els Janssens, pharmacienne à …", "Marie Dupont (IRIS) needs …", "Els Janssens is apotheker …": the sentence opens on whom it is about. */
export const OPENING_NAME = String.raw`^\s*${TITLES}(${FULL_NAME})(?=\s*[,(]|\s+(?:is|ist|est|heeft|hat|has|needs|braucht|a besoin|werkt|arbeitet|works|travaille|moet|muss|doit|stops|stopt|stoppt|hört|hort|arrête|arrete|quits|leaves|verlaat|verlässt|quitte)(?![\p{L}]))`;
const PERSON = new RegExp(String.raw`(?<!\p{L})(?:à|a|aan|an|to|for|pour|voor|für)\s+${TITLES}(${FULL_NAME})|${OPENING_NAME}`, 'gu');

/** "à Jan Peeters", "aan Dr. Els Janssens": a first and last name after "to"; an entity's or application's name is none. */
function personNamed(text: string, vocab: Vocabulary): string | undefined {
  for (const m of text.matchAll(PERSON)) {
    const name = (m[1] ?? m[2])!;
    const norm = normalize(name);
    if (findEntity(name, norm, [...vocab.entities, ...(vocab.otherEntities ?? [])]).id !== undefined) continue;
    if (findApplications(norm, vocab).hits.length > 0 || words(norm).some((w) => COMMON.has(w))) continue;
    return name;
  }
  return undefined;
}

const BARE_NAME = new RegExp(String.raw`^\s*${TITLES}(${NAME_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${NAME_WORD}){1,3})\s*[.!]?\s*$`, 'u');

/** Asked for a NISS, "Jan Peeters" alone is the person's name (no "à" needed), never an invalid number. */
function bareName(text: string, vocab: Vocabulary): string | undefined {
  const name = BARE_NAME.exec(text)?.[1];
  if (!name) return undefined;
  const norm = normalize(name);
  if (findEntity(name, norm, [...vocab.entities, ...(vocab.otherEntities ?? [])]).id !== undefined) return undefined;
  if (findApplications(norm, vocab).hits.length > 0 || words(norm).some((w) => COMMON.has(w))) return undefined;
  return name;
}

const NAME_IN_SENTENCE = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${NAME_WORD})+)`, 'gu');
const NAME_PARTICLES = ['van', 'de', 'der', 'den', 'von', 'le', 'la', 'du'];
/** Capitalised words of a question that name nobody: German nouns, question words at the start of a sentence. */
const NOT_A_NAME = new Set(['welche', 'welcher', 'welches', 'wer', 'was', 'wie', 'benutzer', 'benutzerin', 'nutzer', 'leute', 'personen', 'einrichtung', 'anwendung',
  'anwendungen', 'zugriff', 'which', 'who', 'what', 'users', 'quels', 'quelles', 'qui', 'welke', 'gebruikers', 'alle', 'all', 'tous', 'toutes']);
const HOLDING = ['deja', 'encore', 'toujours', 'al', 'nog', 'schon', 'noch', 'already', 'still', 'yet', 'acces', 'access', 'accesses', 'toegang', 'toegangen', 'zugang', 'zugange', 'zugriff', 'zugriffe', ...STATUS];

/** "est-ce que Jan Peeters a déjà Hospisup ?", "heeft Els Janssens al toegang?": a question about a person named, not a request. */
function questionAboutNamed(text: string, rest: string, vocab: Vocabulary): string | undefined {
  const norm = normalize(text);
  // "what does Nathalie Dubos have?", "qu'est-ce qu'a Jan Peters ?": having asked about, as holding is.
  // "… heeft colindos niet meer nodig, mag je het bij haar weghalen?": taking away, asked politely, is no question of holding.
  if (!text.includes('?') || hasAny(norm, REQUEST_VERBS) || takesAway(norm) || asksWhoGave(norm.replace(/['-]/g, ' ')) || !(hasAny(norm.replace(/['-]/g, ' '), HOLDING) || hasAny(norm.replace(/['-]/g, ' '), HAVING))) return undefined;
  for (const m of rest.matchAll(NAME_IN_SENTENCE)) {
    // "Hat Marie Dupont …", "Zugang von Marie Dupont": a capitalised question word or noun before the name is no part of it.
    const said = m[1]!.split(/\s+/);
    const notOfTheName = (w: string) => QUESTION_START.includes(w) || COMMON.has(w) || NOT_A_NAME.has(w) || NAME_PARTICLES.includes(w);
    while (said.length > 2 && notOfTheName(normalize(said[0]!))) said.shift();
    // "Jan Peeters's access": the possessive is no part of the name.
    const name = said.join(' ').replace(/['’]s$/u, '');
    const n = normalize(name);
    if (words(n).some((w) => NOT_A_NAME.has(w))) continue;
    if (findEntity(name, n, [...vocab.entities, ...(vocab.otherEntities ?? [])]).id !== undefined) continue;
    if (findApplications(n, vocab).hits.length > 0 || words(n).some((w) => COMMON.has(w))) continue;
    return name;
  }
  return undefined;
}

/** Words standing for an application that is none, read with the known names in place ("Els Janssens, pharmacienne à …"), never one of theirs. */
function unknownAmongNames(named: string, known: readonly PersonSpan[], vocab: Vocabulary): string[] {
  const norm = normalize(named);
  const apps = withOrdinaryNamesInPlace(norm.replace(/'/g, ' '), vocab, findApplications(norm.replace(/'/g, ' '), vocab));
  const theirs = new Set(known.flatMap((k) => words(normalize(k.name))));
  return unknownApplications(norm, apps.hits).filter((w) => !theirs.has(w));
}

const takesAway = (norm: string) => hasAny(norm, WORDS.revokeVerbs) || hasAny(norm, WORDS.removalPhrases) || hasAny(norm, WORDS.leaves) || /\bweg(?:halen|doen|nemen)?\b/.test(norm);

/** The verbs of having, beside HOLDING's words: "has an peeters got ebirth?", "what does julie lefebvre have …?". */
const HAVING = ['has', 'have', 'got', 'heeft', 'hebben', 'hat', 'haben', 'besitzt', 'possede', 'dispose', 'a t il', 'a t elle', 'qu est ce qu a', 'qu est ce que a'];

/**
 * A question about what a known person holds: a question (its mark or its opening word) with words of holding or having,
 * and no word that gives, takes, asks why or who gave ("kan an peeters colindos krijgen?" is a request).
 */
function asksAboutHolding(text: string): boolean {
  const norm = normalize(text).replace(/['-]/g, ' ');
  if (!text.includes('?') && !QUESTION_START.some((q) => norm.startsWith(`${q} `))) return false;
  if (hasAny(norm, REQUEST_VERBS) || hasAny(norm, GRANT_VERBS) || hasAny(norm, REMOVAL_PHRASES) || asksToReceive(text)) return false;
  // "qui a donné Colindos à an peeters ?", "wer hat an peeters Colindos gegeben?": who gave it, an audit question.
  if (hasAny(norm, WORDS.why) || asksWhoGave(norm)) return false;
  return hasAny(norm, HOLDING) || hasAny(norm, HAVING);
}

/** "Hospiliss", "IRIS Sud": words that name an application or an entity, never a person. */
function namesNoPerson(text: string, vocab: Vocabulary): boolean {
  const n = normalize(text);
  return findApplications(n, vocab).hits.length > 0 || findEntity(text, n, [...vocab.entities, ...(vocab.otherEntities ?? [])]).id !== undefined;
}

function precededBy(norm: string, index: number, list: readonly string[], span = 3): boolean {
  const before = words(norm.slice(0, index)).slice(-span);
  return before.some((w) => list.includes(w));
}

export const GENERIC_NAME_WORDS = new Set(['hopital', 'hopitaux', 'clinique', 'cliniques', 'centre', 'hospitalier', 'universitaire', 'chu', 'chr', 'az', 'ziekenhuis',
  'kliniek', 'algemeen', 'krankenhaus', 'klinik', 'hospital', 'de', 'du', 'des', 'la', 'le', 'sainte', 'saint', 'sint', 'st', 'ste', 'sud', 'nord']);

/** Whether `word` is in `text` as a word of its own ("IRIS", not "IRISES"). */
function standsAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + word.length] ?? ' ')) return true;
  }
  return false;
}

/**
 * The entity of the manager's a sentence names, read alone: where `understand` answers a question about someone named
 * ("kann Nathalie Dubois … für Sainte-Anne werden?") and reads no entity, a people request still has its entity (trial 8).
 */
export const entityNamedIn = (text: string, vocab: Vocabulary): number | undefined => findEntity(text, normalize(text), vocab.entities).id;

/** By INAMI number, full name, two words of its name ("sainte anne", "iris sud"), or a distinctive word in capitals ("IRIS"). */
function findEntity(text: string, norm: string, entities: readonly VocabularyEntity[]): { id?: number; ambiguous?: Ambiguity<number> } {
  const inami = INAMI.exec(text);
  if (inami) {
    const e = entities.find((x) => x.inami === `${inami[1]}-${inami[2]}`);
    if (e) return { id: e.id };
  }
  // "… in Sainte-Anne.": the full stop that ends the sentence is no part of the entity's name; "d'IRIS Sud" names IRIS Sud.
  const padded = ` ${norm.replace(/[-'’]/g, ' ').replace(/[.!?;:,](?=\s|$)/g, ' ')} `;
  // How strongly each entity is named: its whole name (3), two words of it (2), a word of it in capitals (1).
  // The strongest wins: "IRIS Sud" is Hôpitaux IRIS Sud even beside Hôpitaux IRIS Nord; "IRIS" alone names both.
  const strength = (e: VocabularyEntity): number => {
    const ws = words(normalize(e.name));
    if (padded.includes(` ${ws.join(' ')} `)) return 3;
    for (let i = 0; i + 1 < ws.length; i++) {
      const pair = [ws[i]!, ws[i + 1]!];
      if (pair.every((w) => GENERIC_NAME_WORDS.has(w))) continue;
      if (padded.includes(` ${pair.join(' ')} `)) return 2;
    }
    return e.name.split(/[\s-]+/).some((w) => w.length >= 3 && w === w.toUpperCase() && /\p{L}/u.test(w) && standsAlone(text, w)) ? 1 : 0;
  };
  const scored = entities.map((e) => ({ e, score: strength(e) }));
  const best = Math.max(0, ...scored.map((x) => x.score));
  const hits = best === 0 ? [] : scored.filter((x) => x.score === best).map((x) => x.e);
  if (hits.length === 1) return { id: hits[0]!.id };
  if (hits.length > 1) return { ambiguous: { text: hits.map((h) => h.name).join(' / '), candidates: hits.map((h) => h.id) } };
  return {};
}

/** An entity of the hospital network where the manager has no role, or an INAMI number of none of theirs: named back, never replaced. */
function entityWithoutRole(text: string, norm: string, vocab: Vocabulary): string | undefined {
  const other = findEntity(text, norm, vocab.otherEntities ?? []);
  const named = vocab.otherEntities?.find((e) => e.id === other.id);
  if (named) return `${named.name} (${named.inami})`;
  const inami = /(?:inami|riziv|likiv|nihdi|entit\p{L}*|einrichtung|n°)\s*:?\s*(\d{6})-?(\d{2})(?!\d)/iu.exec(text) ?? /(?<![\d.])(\d{6})-(\d{2})(?![\d.-])/.exec(text);
  if (!inami) return undefined;
  const number = `${inami[1]}-${inami[2]}`;
  // "710999-12", the number of no entity known: unknown (said so below), not an entity where the manager has no role.
  return vocab.otherEntities?.length && !vocab.otherEntities.some((e) => e.inami === number) && !vocab.entities.some((e) => e.inami === number) ? undefined : number;
}

/** An INAMI number that is no entity known: the unknown entity named. */
function unknownInami(text: string, vocab: Vocabulary): string | undefined {
  if (!vocab.otherEntities?.length) return undefined;
  const inami = /(?<![\d.])(\d{6})-?(\d{2})(?![\d.-])/.exec(text);
  const number = inami ? `${inami[1]}-${inami[2]}` : undefined;
  return number && ![...vocab.entities, ...vocab.otherEntities].some((e) => e.inami === number) && /-/.test(inami![0]) ? number : undefined;
}

function findQualityKind(norm: string, vocab: Vocabulary): string | undefined {
  const extra: Record<string, readonly string[]> = {
    INAMI_CARE: ['soins de sante', 'qualite inami', 'geneeskundige verzorging', 'hoedanigheid riziv', 'gesundheitspflege', 'eigenschaft likiv', 'health care', 'capacity nihdi', 'nihdi capacity'],
    HOSPITAL: ['prestataire de soins', 'qualite hopital', 'zorgverlener', 'hoedanigheid ziekenhuis', 'pflegeerbringer', 'eigenschaft krankenhaus', 'healthcare provider', 'capacity hospital', 'hospital capacity'],
  };
  const kinds = vocab.qualityKinds.filter((k) =>
    [...Object.values(k.names), ...(extra[k.code] ?? [])].some((n) => ` ${norm} `.includes(` ${normalize(n).replace(/[()]/g, '').trim()} `)),
  );
  return kinds.length === 1 ? kinds[0]!.code : undefined;
}

const CHRONO: Record<Locale, chrono.Chrono> = { fr: chrono.fr.casual, nl: chrono.nl.casual, de: chrono.de.casual, en: chrono.en.GB };

/** yearless: a day and month said alone, read again as an end against its start (assignDates). */
interface FoundDate { iso: string; index: number; role?: 'start' | 'end'; readAhead?: string; yearless?: { month: number; day: number; words: string } }

const isoOf = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Numbers written as dates, or a word of the calendar in one of the four languages (normalized: no accents, lower case). */
const MAY_HOLD_A_DATE = new RegExp(
  '\\d{1,2}\\s*[./-]\\s*\\d{1,2}|\\d{4}-\\d{2}|\\b(?:' +
    [
      'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'janv', 'fev', 'avr', 'mai', 'juin', 'juil', 'aou', 'sept', 'oct', 'nov', 'dec',
      'demain', 'aujourd', 'apres', 'prochain', 'semaine', 'mois', 'jour',
      'maan', 'dins', 'woens', 'donder', 'vrij', 'zater', 'zon', 'jan', 'feb', 'maart', 'apr', 'mei', 'jun', 'jul', 'aug', 'okt', 'morgen', 'vandaag', 'overmorgen', 'volgend', 'week', 'weken', 'dag', 'maand',
      'mon', 'die', 'mitt', 'don', 'frei', 'sams', 'sonn', 'marz', 'dez', 'heute', 'ubermorgen', 'nachst', 'woche', 'monat', 'tage',
      'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'febr', 'march', 'april', 'may', 'june', 'july', 'today', 'tomorrow', 'next', 'month',
    ].join('|') +
    ')',
);

// "Guten Morgen" is a greeting, "tot morgen" a goodbye: neither is tomorrow.
const GREETINGS = /\b(?:guten|goede|goeie|goeden)\s+morgen\b|\bgoeiemorgen\b|\b(?:tot|bis)\s+morgen\b/giu;

// chrono's English reads "from 1 June" as one o'clock in June (no day): the word is hidden from it, its place kept.
const FROM_BEFORE_DAY = /\bfrom\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+\p{L})/giu;

function findDates(text: string, locale: Locale, now: number, names: readonly Span[] = []): { dates: FoundDate[]; invalid: boolean } {
  const dates: FoundDate[] = [];
  let invalid = false;
  // "Jan Peeters", "Mai Nguyen": a first name is never a month; "fevrier", "marz", "naechste Woche" are read as written with accents.
  const unaccented = blank(text, names).replace(GREETINGS, (m) => ' '.repeat(m.length));
  const accented = withAccents(unaccented);
  let rest = accented;
  // The words said back are the manager's own ("fevrier" as typed), not the accented ones read.
  const typed = (index: number, length: number) => {
    let [from, to] = [index, index + length];
    while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from -= 1;
    while (to < text.length && /\p{L}/u.test(text[to]!)) to += 1;
    return text.slice(from, to).trim();
  };
  for (const r of findRelativeDates(rest, now)) {
    dates.push({ iso: r.iso, index: r.index, ...(r.saysBack ? { readAhead: typed(r.index, r.length) } : {}) });
    rest = blank(rest, [{ start: r.index, end: r.index + r.length }]);
  }
  // Belgian numeric dates are day first, whatever chrono's English thinks.
  for (const m of rest.matchAll(NUMERIC_DATE)) {
    const r = parseDate(m[0].replace(/\s/g, ''));
    if (r.ok) dates.push({ iso: r.date, index: m.index });
    else invalid = true;
    rest = blank(rest, [{ start: m.index, end: m.index + m[0].length }]);
  }
  // "01.04." (German) and "01-04" (Dutch), a day and month without a year: chrono reads neither (or an hour), but
  // reads "01/04" in every language; rewritten in place, same length, so that the words' places are kept.
  rest = rest.replace(YEARLESS_NUMERIC, (m, day: string, dotted: string | undefined, dashed: string | undefined) => {
    const month = dotted ?? dashed!;
    return Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12 ? `${day}/${month}`.padEnd(m.length) : m;
  });
  // "31 März", "15 Februar": chrono's German reads a day before a German month only with its dot ("31. März").
  rest = rest.replace(/(?<![\p{L}\d.])(\d{1,2}) (?=(?:januar|februar|märz|dezember)(?![\p{L}]))/giu, '$1.');
  // chrono tries hundreds of patterns per language: only text that may hold a date is given to it.
  if (!MAY_HOLD_A_DATE.test(normalize(rest))) return { dates: dates.sort((a, b) => a.index - b.index), invalid };
  // Brussels's wall clock as the local one (chrono's casual readers ignore a time zone): days count from Brussels's today.
  const ref = { instant: brusselsWallClockAsLocal(now) };
  const order = [locale, ...LOCALES.filter((x) => x !== locale)];
  const parsed = (l: Locale) =>
    // "fr", "di", "mo" are languages and words before they are weekdays.
    CHRONO[l].parse(rest.replace(FROM_BEFORE_DAY, (m) => ' '.repeat(m.length)), ref, { forwardDate: true }).filter(
      (r) => (r.start.isCertain('day') || r.start.isCertain('weekday')) && r.text.replace(/[^\p{L}\p{N}]/gu, '').length >= 4,
    );
  for (const [i, l] of order.entries()) {
    let results = parsed(l);
    let used = l;
    if (results.length === 0) continue;
    // A range said in another language than the client's ("from 15 December to 31 March" from a French client) is read
    // whole in the language that sees both ends, never cut to its first date ("starting 1 April ending 1 March": Dutch
    // reads "1 April" alone, English both).
    if (results.length === 1 && !results[0]!.end && (RANGE_TO.test(` ${rest} `) || saysEnd(normalize(rest)))) {
      const other = order.slice(i + 1).map((o) => [parsed(o), o] as const).find(([rs]) => rs.length > 1 || rs.some((r) => r.end));
      if (other) [results, used] = other;
    }
    for (const r of results) {
      // "depuis le 5 janvier", "since Monday": a past date, never moved a year or a week ahead.
      const past = !r.end && saidAsPast(rest, r.index, r.text.length)
        ? pastReading(
          { month: r.start.get('month')!, day: r.start.get('day')!, ...(r.start.get('weekday') != null ? { weekday: r.start.get('weekday')! } : {}) },
          { year: r.start.isCertain('year'), day: r.start.isCertain('day'), weekday: r.start.isCertain('weekday') }, now)
        : undefined;
      if (past !== undefined) {
        dates.push({ iso: past, index: r.index, role: 'start' });
        continue;
      }
      const ahead = yearlessAhead(r.start, now);
      const start = ahead.iso;
      const endAhead = r.end ? yearlessEnd(r.end, start, now) : undefined;
      const end = endAhead?.iso;
      // chrono puts a range "from 1 March to 1 February" in order: the dates are kept as said, so the end is refused, not swapped.
      const [first, second] = end !== undefined && saidInReverse(r.text, start, used, ref) ? [end, start] : [start, end];
      const said = (which: typeof ahead | undefined, words: string) => (which?.ahead ? { readAhead: words } : {});
      // The words as typed ("01-04", "31 marz"), not as rewritten for chrono ("01/04", "31.märz"): the rewrites keep the places.
      const words = typed(r.index, r.text.length);
      const [startWords, endWords] = r.end ? splitRange(words) : [words, ''];
      const saidStart = first === start ? r.start : r.end!;
      const yearless = !saidStart.isCertain('year') && saidStart.isCertain('day') ? { yearless: { month: saidStart.get('month')!, day: saidStart.get('day')!, words: startWords } } : {};
      dates.push({ iso: first, index: r.index, ...(second !== undefined ? { role: 'start' as const } : {}), ...(first === start ? said(ahead, startWords) : {}), ...yearless });
      const saidEnd = first === start ? r.end : r.start;
      const endYearless = saidEnd && !saidEnd.isCertain('year') && saidEnd.isCertain('day') ? { yearless: { month: saidEnd.get('month')!, day: saidEnd.get('day')!, words: endWords } } : {};
      if (second !== undefined) dates.push({ iso: second, index: r.index + r.text.length, role: 'end', ...(second === end ? said(endAhead, endWords) : {}), ...endYearless });
    }
    break;
  }
  return { dates: dates.sort((a, b) => a.index - b.index), invalid };
}

type ChronoDate = chrono.ParsedResult['start'];
// A day gone by within three months is a start put back (refused as past); further back, next year's is meant
// ("vanaf 1 juni" said on 1 December is next June, its end then compared with it).
const RECENT_PAST_DAYS = 92;

/**
 * A start said without a year that chrono, reading forward, put in next year. Within the last three months
 * ("à partir du 3 novembre" on 1 December) the manager means this year: the date is kept in this year, and refused
 * as past. Further back ("3 mars" in December), next year is meant: kept, and said back (ahead).
 */
function yearlessAhead(d: ChronoDate, now: number): { iso: string; ahead: boolean } {
  const read = isoOf(d.get('year')!, d.get('month')!, d.get('day')!);
  const today = todayInBrussels(new Date(now));
  const thisYear = Number(today.slice(0, 4));
  if (d.isCertain('year') || !d.isCertain('day') || read <= today) return { iso: read, ahead: false };
  // The last such day up to today: this year's, or last year's ("21 décembre" said on 10 January).
  const inThisYear = isoOf(thisYear, d.get('month')!, d.get('day')!);
  const lastOne = inThisYear <= today ? inThisYear : isoOf(thisYear - 1, d.get('month')!, d.get('day')!);
  const daysAgo = (Date.parse(today) - Date.parse(lastOne)) / 86_400_000;
  return daysAgo <= RECENT_PAST_DAYS ? { iso: lastOne, ahead: false } : { iso: read, ahead: d.get('year')! > thisYear };
}

/**
 * A range's end said without a year. chrono puts a range in order, moving an end before its start a year ahead
 * ("vanaf 1 maart tot 1 februari" read up to 1 February of the year after): a reversed range would then be taken as a
 * year-long one. The end is read on its own instead: in the start's year when that is after the start ("from 1 March
 * until 1 June"), else as the next such day from today when that is after the start ("du 15 décembre au 10 janvier"
 * crosses the new year: said back, ahead). An end put in a later year than this one is said back, as its start is.
 * Neither after the start: that reading is kept, and refused (notAfterStart).
 */
function yearlessEnd(d: ChronoDate, start: string, now: number): { iso: string; ahead: boolean } {
  const read = isoOf(d.get('year')!, d.get('month')!, d.get('day')!);
  if (d.isCertain('year') || !d.isCertain('day')) return { iso: read, ahead: false };
  return endAfter(d.get('month')!, d.get('day')!, start, now, read);
}

/** A day and month said as an end, read against its start (see yearlessEnd). */
function endAfter(month: number, day: number, start: string, now: number, read: string): { iso: string; ahead: boolean } {
  // A 29 February is read only in a year that has one.
  const inYear = (year: number) => (isRealDate(year, month, day) ? isoOf(year, month, day) : undefined);
  const inStartYear = inYear(Number(start.slice(0, 4)));
  const today = todayInBrussels(new Date(now));
  // Put in the start's year, a later year than this one ("vanaf 1 oktober tot 1 november" in December): said back too.
  if (inStartYear !== undefined && inStartYear > start) return { iso: inStartYear, ahead: inStartYear.slice(0, 4) > today.slice(0, 4) };
  const thisYear = Number(today.slice(0, 4));
  const thisOne = inYear(thisYear);
  const ownReading = thisOne !== undefined && thisOne >= today ? thisOne : inYear(thisYear + 1) ?? read;
  return { iso: ownReading, ahead: ownReading > start && ownReading.slice(0, 4) > today.slice(0, 4) };
}

/** A range's words, its start's and its end's: "15 décembre", "10 janvier". */
function splitRange(text: string): [string, string] {
  const m = RANGE_TO.exec(` ${text} `);
  if (!m) return [text, text];
  return [text.slice(0, Math.max(0, m.index - 1)).replace(/^(?:du|de|van|vanaf|vom|von|ab|from)\s+/iu, '').trim(), text.slice(m.index - 1 + m[0].length).trim()];
}

const RANGE_TO = /\s(?:au|à|a|jusqu'au|jusqu’au|jusqu'à|jusqu’à|tot en met|t\/m|tot|bis|zum|to|until|till|through|thru|-|–)\s(?!.*\s(?:au|à|a|tot|bis|to|until|till|through|thru|-|–)\s)/iu;

/** Whether the range's second half, read alone, is the date chrono put first: the manager said the later date first. */
function saidInReverse(text: string, start: string, locale: Locale, ref: { instant: Date }): boolean {
  const m = RANGE_TO.exec(text);
  if (!m) return false;
  const said = CHRONO[locale].parse(text.slice(m.index + m[0].length), ref, { forwardDate: true })[0]?.start;
  return said !== undefined && said.isCertain('day') && isoOf(said.get('year')!, said.get('month')!, said.get('day')!) === start;
}

/** Which slot "modifier la date", "change the NISS" name; undefined when none. */
function namedSlot(norm: string): Slot | undefined {
  for (const [slot, list] of SLOT_WORDS) if (hasAny(norm, list)) return slot;
  return undefined;
}

// A message is read by the intent reader and by the dialog, sometimes twice: each reading is kept
// for the next reader (same text, same question, same day, same vocabulary). Results are not mutated.
const readings = new Map<string, Understanding>();
/** The people's part of a reading's key: one number per list (a list of thousands of names is no key to hash at every reading). */
const peopleKeys = new WeakMap<readonly KnownPerson[], number>();
let peopleLists = 0;
function peopleKey(people: readonly KnownPerson[] | undefined): number {
  if (!people?.length) return 0;
  let key = peopleKeys.get(people);
  if (key === undefined) {
    key = ++peopleLists;
    peopleKeys.set(people, key);
  }
  return key;
}

export function understand(text: string, vocab: Vocabulary, options: UnderstandOptions): Understanding {
  const key = JSON.stringify([
    text, options.expecting, options.locale, options.startDate ?? null, todayInBrussels(new Date(options.now)),
    vocab.entities.map((e) => `${e.id}:${e.inami}:${e.name}`).join(','), vocab.qualityKinds.map((k) => k.code).join(','),
    applicationsKey(vocab.applications), peopleKey(vocab.people),
  ]);
  let u = readings.get(key);
  if (!u) {
    u = read(text, vocab, options);
    if (readings.size >= 256) readings.clear();
    readings.set(key, u);
  }
  return u;
}

function read(text: string, vocab: Vocabulary, options: UnderstandOptions): Understanding {
  const u: Understanding = {};
  const command = commandOf(text);
  if (command) return { command };
  const language = languageRequest(text, options.expecting);
  if (language) return { language };
  if (options.expecting && VERBATIM.includes(options.expecting)) return {};

  const norm = normalize(text);
  const answer = answerOf(norm);
  if (answer) u.yesNo = answer;

  // Numbers first, so that chrono and the application finder never read a NISS as a date.
  const emails = [...text.matchAll(EMAIL)];
  const email = emails.map((m) => parseEmail(m[0])).find(Boolean);
  if (email) u.email = email;
  let rest = blank(text, emails.map((m) => ({ start: m.index, end: m.index + m[0].length })));
  // The users of the manager's entities named, in any case ("an peeters", "KEVIN MAES"): found before anything else, and
  // their words never read as an application, an entity, a date or an unknown word.
  const known = knownPeopleIn(rest, vocab.people);
  const meant = meantPerson(rest, known);
  // The readers of a sentence's shape (who is asked about, what the person is, which word stands for an application)
  // read it with the names in place.
  const named = rest;
  rest = blank(rest, known);

  const nissFound = findNissNumbers(rest, options.now);
  rest = blank(rest, nissFound);
  const inami = INAMI.exec(rest);
  if (inami) rest = blank(rest, [{ start: inami.index, end: inami.index + inami[0].length }]);

  const valid = nissFound.filter((f) => f.niss);
  // "I'd like to grant …" wishes, it copies nobody.
  const copyNorm = norm.replace(/\b(?:i d|i would|we d|we would|would|should|d) like\b/g, ' ');
  const isCopy = valid.length > 0 && hasAny(copyNorm, COPY_MARKERS) && hasAny(copyNorm, COPY);
  // "hat 85073003328 Zugriff auf Colindos?": asking what someone holds is a status question too.
  const heldAsked = asksWhatIsHeld(text);
  const isStatus = valid.length > 0 && ((hasAny(norm, STATUS) && !hasAny(norm, GRANT_VERBS) &&
    (text.includes('?') || QUESTION_START.some((q) => norm.startsWith(`${q} `)))) || heldAsked);

  // "d'eBirth", "l'accès": an apostrophe ends a word (one character for one, so positions hold).
  const appsNorm = normalize(rest).replace(/'/g, ' ');
  const apps = withOrdinaryNamesInPlace(appsNorm, vocab, findApplications(appsNorm, vocab));
  const restNorm = normalize(rest);

  if (isStatus) {
    u.status = { niss: valid[0]!.niss!, applications: [...new Set(apps.hits.map((h) => h.code))] };
    return u;
  }
  const askedAbout = nissFound.length === 0 ? (meant && asksAboutHolding(text) ? meant.name : undefined) ?? questionAboutNamed(text, named, vocab) ?? (heldAsked ? holderNamed(named, (w) => namesNoPerson(w, vocab)) : undefined) : undefined;
  if (askedAbout) return { statusOfNamed: { name: askedAbout, applications: [...new Set(apps.hits.map((h) => h.code))] } };
  if (heldAsked && nissFound.length === 0 && asksWhatTheOneAtHandHolds(text)) return { statusOfCurrent: { applications: [...new Set(apps.hits.map((h) => h.code))] } };
  // Safety: a question about what someone holds never sets or corrects the request's person or applications, nor confirms it.
  if (heldAsked) return {};

  if (isCopy) {
    // The colleague is the number after "que / als / wie / as"; the other one, if any, is the person.
    const marker = Math.max(...[...text.matchAll(/\b(?:que|qu'|als|wie|as|comme|zoals|like)\b/gi)].map((m) => m.index));
    const colleague = valid.find((f) => f.start > marker) ?? valid[valid.length - 1]!;
    u.copyFrom = colleague.niss!;
    const other = valid.find((f) => f !== colleague);
    if (other) u.niss = other.niss!;
  } else if (valid.length > 0) {
    u.niss = valid[valid.length - 1]!.niss!;
  } else {
    const error = nissFound.find((f) => f.error)?.error;
    if (error) u.nissError = error;
  }

  const entity = findEntity(text, normalize(rest), vocab.entities);
  if (entity.id !== undefined) u.entity = entity.id;
  else if (entity.ambiguous) u.entityAmbiguous = entity.ambiguous;
  else {
    const elsewhere = entityWithoutRole(text, normalize(rest), vocab);
    if (elsewhere) u.entityWithoutRole = elsewhere;
    else {
      const unknown = unknownEntity(rest) ?? unknownInami(text, vocab);
      if (unknown) u.entityUnknown = unknown;
    }
  }

  const qualityKind = findQualityKind(restNorm, vocab);
  if (qualityKind) u.qualityKind = qualityKind;

  if (apps.hits.length > 0) {
    const add: string[] = [];
    const remove: string[] = [];
    // "n'oublie pas eBirth", "vergeet eBirth niet", "don't forget eBirth": one more, not one less.
    const dontForget = hasAny(restNorm.replace(/'/g, ' '), NOT_A_STOP.filter((p) => /oubli|forget|vergeet|vergiss|vergessen|vergeten/.test(p))) ||
      /\b(?:vergeet|vergiss|vergessen sie)\b.*\b(?:niet|nicht)\b/.test(restNorm);
    const removal = !dontForget && isRemoval(restNorm);
    const replaced = removal ? undefined : replacement(restNorm, apps.hits);
    for (const h of apps.hits) {
      const out = removal || (replaced ? replaced.has(h) : !dontForget && precededBy(restNorm, h.start, NEGATIONS, 2));
      const list = out ? remove : add;
      if (!list.includes(h.code)) list.push(h.code);
    }
    const added = add.filter((c) => !remove.includes(c));
    u.applications = { add: added, remove, also: dontForget || hasAny(restNorm, ALSO) };
    if (removal) u.removal = true;
    if (replaced && remove.length > 0 && added.length > 0) u.applicationsReplaced = { removed: remove, added };
    const guessed = apps.hits.filter((h) => h.guessed).map((h) => ({ text: h.guessed!, code: h.code }));
    if (guessed.length > 0) u.applicationsGuessed = guessed;
  }
  if (apps.ambiguous) u.applicationsAmbiguous = apps.ambiguous;
  const unknown = known.length === 0 ? unknownApplications(restNorm, apps.hits) : unknownAmongNames(named, known, vocab);
  if (unknown.length > 0) u.applicationsUnknown = unknown;

  const person = meant?.name ?? personNamed(rest, vocab) ?? (options.expecting === 'niss' && nissFound.length === 0 ? bareName(rest, vocab) : undefined);
  if (person) u.personName = person;

  // A bare number answers a numbered list: the slot asked reads it, not the sentence reader.
  const bare = /^[\s\d,.;]*$/.test(rest);
  // Asked whose collaborator, "médecin" names the function, not what the person is.
  const kind = options.expecting === 'function' && !bare ? parseFunctionKind(named) : undefined;
  const role = kind ? { role: 'collaborator' as const, functionKind: kind } : bare ? undefined : readRole(named, options.expecting);
  if (role) {
    u.role = role.role;
    if (role.functionKind) u.functionKind = role.functionKind;
  }

  const { dates, invalid } = findDates(rest, options.locale, options.now, calendarWordsInNames(rest, (w) => namesNoPerson(w, vocab)));
  assignDates(u, dates, restNorm, options);
  // "jusqu'au 31-02-2027": a date not in the calendar said as an end is refused as the end, and the end asked again.
  const saidAsEnd = saysEnd(restNorm) && !hasAny(restNorm, START_WORDS);
  if (invalid && !u.startDate && !u.endDate) u.dateError ??= { problem: 'invalid', which: options.expecting === 'endDate' || saidAsEnd ? 'endDate' : 'startDate' };

  if (hasAny(norm, CHANGE_WORDS) || (u.yesNo === 'no' && words(norm).length <= 4)) {
    const slot = namedSlot(norm);
    // "no end", asked for the end date, answers it: a slot is not changed while it is being asked.
    if (slot && !filled(u, slot) && slot !== options.expecting) u.change = slot;
  }
  // "ajoute une date de fin" with no date in it: the end date is asked, not a yes or no.
  if (!u.change && u.endDate === undefined && !u.dateError && ADD_END_DATE.test(norm.replace(/['-]/g, ' '))) {
    u.change = 'endDate';
    delete u.yesNo;
  }
  return u;
}

const LEADING_NO = WORDS.no;

/** "doe maar", "vas-y", "mach das", "go ahead": a yes in other words. */
const GO_AHEAD = ['doe maar', 'doe het maar', 'ga je gang', 'ga uw gang', 'vas y', 'allez y', 'fais le', 'faites le', 'mach das', 'mach es', 'machen sie das', 'machen sie es', 'nur zu',
  'go ahead', 'do it', 'go for it'];
/** The words around it when the manager changes their mind: "of ja toch wel, doe maar", "finalement si, vas-y", "doch, mach das", "actually yes, go ahead". */
const CHANGE_OF_MIND = ['of', 'ja', 'toch', 'wel', 'nou', 'dan', 'maar', 'finalement', 'si', 'bon', 'alors', 'oui', 'ok', 'doch', 'also', 'na', 'gut', 'bitte', 'actually', 'yes', 'well',
  'then', 'oh', 'ah', 'please', 'svp', 'stp', 'aub'];
/** The whole message is a go-ahead, with only change-of-mind words around it ("doe maar eBirth" is none). */
export function goesAhead(norm: string): boolean {
  let rest = ` ${normalize(norm).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const found = GO_AHEAD.filter((p) => rest.includes(` ${p} `));
  if (found.length === 0) return false;
  for (const p of found) rest = rest.split(` ${p} `).join(' ');
  return rest.trim().split(/\s+/).filter(Boolean).every((w) => CHANGE_OF_MIND.includes(w));
}

/** Yes or no: a short answer, or a sentence that starts with one ("non, le NISS c'est…"); "pas Colindos" is neither. */
function answerOf(norm: string): YesNo {
  if (goesAhead(norm)) return 'yes';
  const ws = words(norm);
  const lead = yesNo(ws[0] ?? '');
  if (lead === 'no' && !LEADING_NO.includes(ws[0]!)) return undefined;
  return ws.length <= 3 ? yesNo(norm) : lead;
}

const FOR_A_DOCTOR = /\b(?:pour|voor|fur|for)\s+(?:(?:le|la|l|un|une|de|het|een|den|der|die|dem|einen|eine|einem|the|a|mon|ma|notre|onze|unseren|our)\s+)?(?:dr|docteur|dokter|doctor|medecin|arts|arzt|arztin|physician|pharmacien|apotheker|pharmacist)\b/g;

/** In a free sentence, "Dr Peeters" names whose collaborator someone is, or who gets the access, not what the person is. */
function sentenceForRole(text: string, expecting: Slot | null): string {
  const norm = normalize(text);
  if (expecting === 'function' || mentionsCollaborator(norm)) return norm;
  // "c'est pour le Dr Peeters", "het is voor de dokter": the access is for a doctor or for someone working for one; the role is asked.
  if (expecting === 'role') return norm.replace(FOR_A_DOCTOR, ' ');
  return normalize(text.replace(/\b(?:[Dd]r|[Dd]octeur|[Dd]okter|[Dd]octor|[Pp]rof)\.?\s+(?=\p{Lu})/gu, ' ')).replace(FOR_A_DOCTOR, ' ');
}

/** What the person is, read the way a sentence is read: the answer to the role question goes through the same doubts. */
function readRole(text: string, expecting: Slot | null): ReturnType<typeof parseRole> {
  const role = parseRole(sentenceForRole(text, expecting));
  // "he's going to shadow a specialist", "il va rejoindre le pharmacien": a doctor named after an action to come is someone the
  // person will work beside, not what the person is. Unsure, the role is asked, never taken as the doctor's own.
  if (role && role.role !== 'collaborator' && expecting !== 'role' && ACTION_TO_COME.test(` ${normalize(text).replace(/['-]/g, ' ')} `)) return undefined;
  return role;
}

/** A verb to come ("is going to", "va", "gaat", "wird", "will") other than being one ("will be", "va être", "gaat … zijn"). */
const ACTION_TO_COME = / (?:going to|gonna|will|va|vont|gaat|gaan|zal|zullen|wird|werden) (?!(?:be|etre|devenir|become|zijn|worden|sein)\b)(?![^,.;]* (?:zijn|worden|sein|werden)\b)/;

function filled(u: Understanding, slot: Slot): boolean {
  switch (slot) {
    case 'startDate': return u.startDate !== undefined;
    case 'endDate': return u.endDate !== undefined;
    case 'niss': return u.niss !== undefined;
    case 'applications': return u.applications !== undefined;
    case 'entity': return u.entity !== undefined;
    case 'quality': return u.qualityKind !== undefined;
    case 'role': return u.role !== undefined;
    case 'email': return u.email !== undefined;
    default: return false;
  }
}

/** The next day, from today, of a day and month said alone: said back when it falls in a later year. */
function nextSuchDay(d: FoundDate, said: { month: number; day: number; words: string }, today: string): FoundDate {
  const year = Number(today.slice(0, 4));
  const inYear = (y: number) => (isRealDate(y, said.month, said.day) ? isoOf(y, said.month, said.day) : undefined);
  const thisOne = inYear(year);
  const iso = thisOne !== undefined && thisOne >= today ? thisOne : inYear(year + 1) ?? inYear(year + 4) ?? d.iso;
  return { ...d, iso, ...(iso.slice(0, 4) > today.slice(0, 4) ? { readAhead: said.words } : { readAhead: undefined }) };
}

function assignDates(u: Understanding, dates: FoundDate[], norm: string, options: UnderstandOptions): void {
  if (dates.length === 0) return;
  const today = todayInBrussels(new Date(options.now));
  // "n'est plus collaborateur à partir du 1er mars": the day said is the first without; the last day is the one before.
  if (dates.length === 1 && saysInactiveFrom(norm)) {
    const lastDay = lastDayBefore(dates[0]!.iso);
    const from = options.startDate ?? today;
    if (lastDay < from) u.dateError = { problem: lastDay < today ? 'past' : 'notAfterStart', which: 'endDate' };
    else u.endDate = lastDay;
    return;
  }
  let start: FoundDate | undefined;
  let end: FoundDate | undefined;
  for (const d of dates) {
    const role =
      d.role ??
      (dates.length === 1
        ? saysEnd(norm) && !hasAny(norm, START_WORDS)
          ? 'end'
          : hasAny(norm, START_WORDS) || options.expecting !== 'endDate'
            ? 'start'
            : 'end'
        : start === undefined ? 'start' : 'end');
    if (role === 'start') start ??= d;
    else end ??= d;
  }
  const readAhead = (d: FoundDate) => {
    if (d.readAhead) (u.readAhead ??= []).push({ said: d.readAhead, date: d.iso });
  };
  // "vanaf 1 juni tot 1 mei" on 1 December: a yearless start gone by this year, with an end in the same message, is meant
  // ahead (the next such day, said back), never refused as past; the end is then read against it.
  if (start !== undefined && end !== undefined && start.yearless && start.iso < today) start = nextSuchDay(start, start.yearless, today);
  if (start !== undefined) {
    if (start.iso < today) u.dateError = { problem: 'past', which: 'startDate', date: start.iso };
    else {
      u.startDate = start.iso;
      readAhead(start);
    }
  }
  if (end !== undefined) {
    const from = u.startDate ?? options.startDate ?? today;
    // "à partir du 1er mars jusqu'au 1er juin" read as two dates: the end is read against the start, not alone.
    if (end.yearless) {
      const { month, day, words } = end.yearless;
      const read = endAfter(month, day, from, options.now, end.iso);
      end = { ...end, iso: read.iso, ...(read.ahead ? { readAhead: words } : { readAhead: undefined }) };
    }
    if (end.iso <= from) u.dateError = end.iso < today ? { problem: 'past', which: 'endDate', date: end.iso } : { problem: 'notAfterStart', which: 'endDate' };
    else {
      u.endDate = end.iso;
      readAhead(end);
    }
  }
}
