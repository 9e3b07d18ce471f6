import { LOCALES, type Locale } from '../../src/domain/locale';
import { fr } from './vocabulary.fr';
import { nl } from './vocabulary.nl';
import { de } from './vocabulary.de';
import { en } from './vocabulary.en';

/**
 * The words every reader of dialogs/understanding/ looks for, one family per meaning, written once
 * per language in vocabulary.<lang>.ts (a family missing in one language fails tsc) and merged here.
 * Normalized as the readers compare them: lower case, no accents, apostrophes and hyphens as spaces.
 * A word may stand in several languages ("stop", "ok"); the merged list holds it once.
 */
export interface Words {
  /** Politeness and filler, never a meaning: "svp", "bitte", "please". */
  polite: readonly string[];
  /**
   * Interjections and fillers that may open a message ("oei", "oops", "ach", "oups", "sorry"): never a meaning, taken
   * off the head of a message before it is read, so that "oei nee, voor Sarah Moens" is read as "nee, voor Sarah Moens".
   */
  interjections: readonly string[];
  /**
   * A correction said inside one message ("… for Kevin Maes, wait no, for Bram Claessens"): what follows replaces the
   * value of its kind said before. Each may open with an interjection of the list above ("euh non", "äh nein").
   */
  selfCorrections: readonly string[];
  /** A yes by itself. */
  yes: readonly string[];
  /** A no by itself, also at the head of a sentence ("non, le NISS c'est …"). */
  no: readonly string[];
  /** Other words that answer no when they are the whole answer ("pas", "faux"). */
  noAnswers: readonly string[];
  /** An optional field left empty: "aucun", "geen", "none", "-". */
  skip: readonly string[];
  /** Stop, as a word or a short phrase said alone. */
  cancel: readonly string[];
  /** Stop said in passing, inside a short sentence: "non, on arrête tout", "stop er maar mee". */
  cancelPhrases: readonly string[];
  /** Words that may stand around a stop phrase without making it something else ("bon", "dan", "also", "well"). */
  aroundStop: readonly string[];
  /** A negated stop ("n'oublie pas", "don't stop"): not a stop. */
  notAStop: readonly string[];
  /**
   * A refusal in everyday words, at a confirmation or a choice ("ne faites pas ça", "doe maar niet", "machen Sie das lieber
   * nicht", "don't", "scratch that"): a no to what was asked, besides the stop phrases (cancelPhrases), which refuse too.
   */
  refusals: readonly string[];
  /** Words that may stand around a refusal and name nobody, nothing ("attendez", "wacht", "warte", "wait", "keep", "her"). */
  aroundRefusal: readonly string[];
  /** Refusal words that say go on ("n'attendez pas", "wacht niet", "warten Sie nicht", "don't wait"): never a refusal. */
  notARefusal: readonly string[];
  back: readonly string[];
  help: readonly string[];
  startOver: readonly string[];
  recap: readonly string[];
  /** The next page of a list, the next step of the portal guide. */
  next: readonly string[];
  /** The portal guide's walk ended by the agent ("fin", "fertig", "done"), beside a stop. */
  finish: readonly string[];
  /** How this language names each of the four. */
  languageNames: Readonly<Record<Locale, readonly string[]>>;
  /** "parle", "spreek", "sprich", "speak": with a language's name, a switch. */
  speakVerbs: readonly string[];
  /** The verbs of a new grant request: "donne", "geef", "gib", "give". */
  requestVerbs: readonly string[];
  /** Adding to a request: "ajoute", "voeg toe", "hinzufügen", "add". */
  addVerbs: readonly string[];
  /** Taking an access or a person away: "retire", "verwijder", "entferne", "remove". */
  revokeVerbs: readonly string[];
  /** An access no longer needed, in everyday words, besides the revoke verbs: "n'a plus besoin", "braucht nicht mehr". */
  removalPhrases: readonly string[];
  /**
   * A person leaving the entity, or taken off it, in everyday words ("ne travaille plus chez nous", "gaat bij ons weg",
   * "hat gekündigt", "austragen", "is leaving us"): a removal from the entity, never a grant.
   */
  leaves: readonly string[];
  /** Deleting (a person from an entity, rather than an access). */
  deleteVerbs: readonly string[];
  /** "only X, Y stays": the words saying an application stays. */
  stays: readonly string[];
  /** "pourquoi", "waarom", "warum", "why". */
  why: readonly string[];
  /** Someone cannot get in, said of them: "n'arrive pas", "kan nog niet", "kann sich nicht", "can't". */
  cannot: readonly string[];
  /** Logging in: "se connecter", "inloggen", "anmelden", "log in". */
  logIn: readonly string[];
  /** Opening an application: "ouvrir", "openen", "öffnen", "open". */
  open: readonly string[];
  /** A slot said to change: "modifier", "wijzig", "ändern", "change", "plutôt", "rather". */
  change: readonly string[];
  /** A status asked: "actif", "actief", "aktiv", "active", "en attente", "pending". */
  status: readonly string[];
  /** "qui a", "wie heeft", "wer hat", "who has": who holds an access. */
  whoHas: readonly string[];
  /** Who gave, who revoked, the history: an audit question. */
  audit: readonly string[];
  /** "donné", "gegeven", "gegeben", "granted": with "who", the question is who gave. */
  gave: readonly string[];
  /** The Gestionnaire d'accès a RAE designates: "gestionnaire d'accès", "toegangsbeheerder", "Zugangsverwalter", "access manager". */
  accessManager: readonly string[];
  /** The Co-RAE a RAE designates: "co-gestionnaire", "co-beheerder", "Co-Verwalter", "Stellvertreter", "co-manager". */
  coManager: readonly string[];
  /** Making someone a manager: "désigne", "fais de", "duid aan", "zet", "ernenne", "make", "appoint". */
  designateVerbs: readonly string[];
  /** Someone said to become one: "devient", "doit devenir", "wordt", "soll … werden", "becomes", "to be", "als", "as". */
  becomes: readonly string[];
  /** No longer one: "n'est plus", "niet meer", "nicht mehr", "no longer". */
  noLonger: readonly string[];
  /** The words of a question about who: "qui", "wie", "wer", "who" (at the head of the question). */
  whoAsks: readonly string[];
}

const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

function merge(all: readonly Words[]): Words {
  const merged = {} as Record<keyof Words, unknown>;
  for (const key of Object.keys(all[0]!) as (keyof Words)[]) {
    merged[key] =
      key === 'languageNames'
        ? Object.fromEntries(LOCALES.map((l) => [l, union(all.map((w) => w.languageNames[l]))]))
        : union(all.map((w) => w[key] as readonly string[]));
  }
  return merged as unknown as Words;
}

/** Every language's words together: a manager may write in any of the four, whatever the chat's language. */
export const WORDS: Words = merge([fr, nl, de, en]);
