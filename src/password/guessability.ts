import { ZxcvbnFactory, type MatchExtended } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import * as nlBe from '@zxcvbn-ts/language-nl-be';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import { BELGIAN_PLACES } from './belgian-places';

/**
 * How guessable a password is, by zxcvbn-ts with the dictionaries of the portal's four languages
 * (common passwords, words, first and last names, Wikipedia) and the keyboards in use in Belgium
 * (AZERTY, QWERTZ, QWERTY, keypads). Its score goes from 0 (too guessable) to 4 (very unguessable).
 */

/**
 * What makes a password guessable, read from the patterns zxcvbn matched (its feedback is English
 * and often empty, as for "Qwertz2026!"): each is said to the user in their language.
 */
export type GuessablePart = 'keyboardSequence' | 'sequence' | 'repeated' | 'year' | 'date' | 'common' | 'personal' | 'organisation' | 'place';

export interface Guessability {
  score: 0 | 1 | 2 | 3 | 4;
  /** The guessable parts found, each once, in the order they appear in the password. */
  parts: GuessablePart[];
  /** Dictionary words found (of any language: words, names, Wikipedia titles). */
  words: number;
  /** Characters that are neither a guessable part nor a word. */
  rest: number;
  /** Of them, the letters: digits and symbols added to a word are what cracking tools try first. */
  restLetters: number;
}

const foldWord = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Each place as written, without accents, and without its spaces and hyphens ("saintgilles"). */
export function placeWords(): string[] {
  const words = new Set<string>();
  for (const place of BELGIAN_PLACES) {
    for (const w of [place.toLowerCase(), foldWord(place)]) {
      words.add(w);
      words.add(w.replace(/[\s'’-]+/g, ''));
    }
  }
  return [...words].filter((w) => w.length >= 3);
}

// The nl-be and de packs name their lists alike ("commonWords", "lastnames"): the language keeps them apart.
const tagged = (dictionary: Record<string, string[]>, language: string) =>
  Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [name.endsWith(`-${language}`) ? name : `${name}-${language}`, words]));

let estimator: ZxcvbnFactory | undefined;

/** Built once, on first use: ranking the dictionaries takes about half a second. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...tagged(fr.dictionary, 'fr'),
      ...tagged(nlBe.dictionary, 'nl'),
      ...tagged(de.dictionary, 'de'),
      ...tagged(en.dictionary, 'en'),
      belgianPlaces: placeWords(),
    },
    graphs: common.adjacencyGraphs,
    // The default (100) costs up to 1.4 s a check with these dictionaries; 10 still reads "P@ssw0rd" and "M0tDeP@sse".
    l33tMaxSubstitutions: 10,
  });
  return estimator;
}

function partOf(match: MatchExtended): GuessablePart | 'word' | null {
  switch (match.pattern) {
    case 'spatial':
      return 'keyboardSequence';
    case 'sequence':
      return 'sequence';
    case 'repeat':
      return 'repeated';
    case 'date':
      return 'date';
    case 'regex':
      return match.regexName === 'recentYear' ? 'year' : null;
    case 'dictionary': {
      const name = String(match.dictionaryName);
      if (name === 'passwords-common') return 'common';
      if (name === 'userInputs') return 'personal';
      if (name === 'belgianPlaces') return 'place';
      // The Wikipedia lists hold "!!" and "1!": symbols are no word.
      return /\p{L}/u.test(match.token) ? 'word' : null;
    }
    default:
      return null;
  }
}

/**
 * `personal`: the user's names and username; `organisation`: the names of their hospital, its
 * entities, the applications, Sésame. Both are zxcvbn's user inputs, matched inside the password,
 * reversed or in l33t too, and told apart by the word matched. A place or an organisation's name
 * counts as a word.
 */
export function guessability(password: string, personal: string[], organisation: string[] = []): Guessability {
  const own = new Set(organisation.map(foldWord));
  const result = zxcvbn().check(password, [...personal, ...organisation]);
  const parts: GuessablePart[] = [];
  let rest = 0;
  let restLetters = 0;
  let words = 0;
  for (const match of result.sequence) {
    let part = partOf(match);
    if (part === 'personal' && own.has(foldWord(String(match.matchedWord ?? '')))) part = 'organisation';
    if (part === 'place' || part === 'organisation') words += 1;
    if (part === 'word') words += 1;
    else if (part === null) {
      rest += Array.from(match.token).length;
      restLetters += Array.from(match.token.replace(/[^\p{L}]/gu, '')).length;
    } else if (!parts.includes(part)) parts.push(part);
  }
  return { score: result.score, parts, words, rest, restLetters };
}
