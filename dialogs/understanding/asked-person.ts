import { normalize } from './parse';
import { COMMON, type Vocabulary } from './understand';
import { noEntityNorApplication, personByName } from './names';
import { NAME_WORD, TITLE, withoutPossessive } from './name-words';
import { WORDS } from './vocabulary';

/**
 * The person a question or a formal request is about, where the grant's readers see none: "warum hat Jan Peeters noch
 * keinen Zugang", "why doesn't Lucas Mertens have access", "Entziehen Sie Nathalie Dubois den Zugang", "entziehen Sie
 * bitte Frau Dubois …" (a surname after a title). Used for the diagnosis and the revocation by name only: whether
 * someone is so named is the lookup's to say. Pure.
 */

const PARTICLE = String.raw`(?:van|de|der|den|von|le|la|du|van der|van den)`;
const CANDIDATE = new RegExp(String.raw`(?<![\p{L}])(?:(${TITLE})\.?\s+)?(${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD})*)(?![\p{L}])`, 'gu');

/** Capitalised words that open a sentence or address the manager: no part of a name ("Entziehen Sie", "Bonjour", "Why"). */
const NOT_NAME = new Set([...COMMON, ...WORDS.revokeVerbs, ...WORDS.requestVerbs, ...WORDS.why, ...WORDS.polite,
  'sie', 'ich', 'wir', 'er', 'es', 'und', 'aber', 'also', 'et', 'mais', 'alors', 'en', 'maar', 'dus', 'and', 'but', 'so', 'then', 'u', 'je', 'ik', 'we', 'nous', 'vous', 'i',
  'est', 'kann', 'kan', 'hat', 'heeft', 'has', 'does', 'doesn', 'can', 'is', 'ist', 'retire', 'retirez', 'enleve', 'trek', 'neem']);

/** A sentence names its person among its first capitalised words: a long message is not searched through. */
const MAX_CANDIDATES = 12;
const notName = (word: string) => NOT_NAME.has(normalize(word).replace(/['’]/g, ' ').trim());
const PARTICLE_WORD = new RegExp(String.raw`^${PARTICLE}$`, 'u');
/** "mevrouw Janssens", "frau Dubois": a title typed in lower case is a title still. */
const LOWER_TITLE = /(?<![\p{L}])(dr|dokter|docteur|doctor|prof|mme|mevr|mevrouw|madame|monsieur|frau|herrn?|mr|mrs|ms)(?=\.?\s)/gu;

export function personAsked(text: string, vocab: Vocabulary, now: number): string | undefined {
  const named = personByName(text, vocab, now);
  if (named) return named;
  const titled = text.replace(LOWER_TITLE, (w) => w[0]!.toUpperCase() + w.slice(1));
  let looked = 0;
  for (const m of titled.matchAll(CANDIDATE)) {
    if (++looked > MAX_CANDIDATES) break;
    const title = m[1];
    if (!title && !/\s/.test(m[2]!)) continue;
    // "Dubois's access": the name without its possessive.
    const ws = withoutPossessive(m[2]!).split(/\s+/);
    while (ws.length > 0 && notName(ws[0]!)) ws.shift();
    const last = () => ws[ws.length - 1]!;
    while (ws.length > 0 && (notName(last()) || PARTICLE_WORD.test(last()) || !noEntityNorApplication(last(), vocab, now))) ws.pop();
    // A surname alone only after a title ("Frau Dubois"): a capitalised word alone may be anything.
    if (ws.length === 0 || (ws.length === 1 && !title)) continue;
    const name = ws.join(' ');
    if (noEntityNorApplication(name, vocab, now)) return name;
  }
  return undefined;
}

const SPOKEN_TO = String.raw`(?:(?:Sie|u|bitte|svp|please|aub)\s+)*`;
const AFTER_GRANT_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${WORDS.requestVerbs.join('|')})\s+${SPOKEN_TO}((?:${TITLE}\.?\s+)?${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD})+)`, 'giu');

/**
 * "Geben Sie Els Janssens bitte Zugang …", "gib Thomas Claes HospiSup …", "geef Els Janssens toegang …": the person
 * right after the grant verb (a dative, no preposition), first and last name.
 */
export function personAfterGrantVerb(text: string, vocab: Vocabulary, now: number): string | undefined {
  for (const [i, m] of [...text.matchAll(AFTER_GRANT_VERB)].entries()) {
    if (i >= 3) break;
    const name = personAsked(m[1]!, vocab, now);
    if (name && name.includes(' ')) return name;
  }
  return undefined;
}
