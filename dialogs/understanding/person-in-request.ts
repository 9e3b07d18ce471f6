import { normalize } from './parse';
import { noEntityNorApplication, usable } from './names';
import type { Vocabulary } from './understand';
import { WORDS } from './vocabulary';

/**
 * The person a people request names by where the name stands, not by its capitals (managers type "la fonction de
 * julie lefebvre", "remove sarah moens from sainte-anne", "why can't nathalie dubois use ebirth?"): the words right
 * after "la fonction de", "functie van", "Funktion von", "function of", a removal's verb or a "why", or right before
 * "'s function", "quitte", "stops working", "is vertrokken". Two or three words that are no ordinary word, entity,
 * application or date. Whether someone is so named is the lookup's to say (and it says so when no one is). Pure.
 */

/** Verbs, auxiliaries and politeness between the request's word and the name: "warum hat …", "why can't …", "entfernen Sie …". */
const BETWEEN = new Set([
  'est', 'ce', 'que', 'qu', 'vous', 'svp', 'juste',
  'heeft', 'kan', 'kon', 'heb', 'hebben', 'u', 'aub', 'dan', 'maar', 'even',
  'hat', 'kann', 'konnte', 'haben', 'ist', 'sie', 'bitte', 'dann', 'mal', 'kommt', 'komt', 'krijgt', 'geraakt', 'raakt',
  'has', 'hasn', 'have', 'can', 'cannot', 'could', 'couldn', 'do', 'does', 'doesn', 'did', 'didn', 'is', 'isn', 'won', 't', 'please', 'pls', 'then', 'just']);
/** Words a name never runs into: "… doit s'arrêter", "… mag stoppen", "… keinen Zugang", "… function", "… aus", "… on 15 march". */
const ENDS_A_NAME = new Set([
  'doit', 'devrait', 'peut', 'va', 'n', 'ne', 'a', 'na', 'se', 's', 'quitte', 'part', 'termine', 'arrete', 'finit', 'cesse', 'prend', 'travaille', 'pas', 'plus',
  'fonction', 'au', 'fin', 'le', 'la', 'les', 'chez', 'jusqu', 'il', 'elle', 'est', 'et', 'de', 'du',
  'mag', 'moet', 'kan', 'zal', 'gaat', 'niet', 'nog', 'stopt', 'stoppen', 'eindigt', 'loopt', 'werkt', 'vertrokken', 'vertrekt', 'functie', 'uit', 'weg', 'op', 'eind', 'bij',
  'tot', 'hij', 'zij', 'ze', 'en', 'van',
  'soll', 'sollte', 'muss', 'kann', 'wird', 'hat', 'keinen', 'kein', 'keine', 'nicht', 'noch', 'endet', 'enden', 'hort', 'lauft', 'arbeitet', 'verlasst', 'verlaesst', 'funktion',
  'aus', 'zum', 'zu', 'zur', 'am', 'im', 'bei', 'bis', 'ende', 'er', 'sie', 'und', 'von',
  'lukt', 'met', 'mit', 'with', 'rein', 'still', 'toujours', 'immer', 'nog', 'beschwert', 'klagt', 'klaagt', 'krijgt', 'komt', 'kommt', 'geraakt', 'raakt', 'complains', 'cant', 'arrive', 'parvient', 'plaint', 'peut',
  'should', 'must', 'can', 'will', 'may', 'cannot', 'use', 'open', 'get', 'has', 'have', 'is', 'stop', 'stops', 'ends', 'end', 'leaves', 'left', 'works', 'working', 'function',
  'from', 'of', 'on', 'at', 'in', 'to', 'until', 'per', 'not', 'no', 'he', 'she', 'and',
  // "… is leaving us, take him off", "… gaat bij ons weg, schrijf hem uit": the verb and the pronoun after who leaves.
  'take', 'off', 'him', 'her', 'them', 'us', 'hem', 'haar', 'ons', 'ihn', 'ihm', 'ihr', 'uns', 'lui', 'nous', 'remove', 'schrijf', 'trage']);
/** First names that are also ordinary words elsewhere ("an" in German and English): a name only in a name's place. */
const NAMES_THAT_ARE_WORDS = new Set(['an']);
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'von', 'le', 'la', 'du']);

/** "désinscrire sarah moens", "schrijf sarah moens uit", "peter vandamme hat gekündigt": leaving the entity, the longest said first. */
const LEAVES = [...WORDS.leaves].sort((a, b) => b.length - a.length).join('|');
/** Where a name follows (normalized words, apostrophes and hyphens as spaces). */
const AFTER = [
  /\b(?:fonction|functie|funktion|function)\s+(?:de|d|du|van|von|of)\s+(.+)$/,
  /\b(?:supprime|supprimez|supprimer|retire|retirez|enleve|enlevez|remove|delete|entferne|entfernen|losche|loschen|verwijder|verwijderen|haal(?:\s+(?:weg|af))?|schrap|end|beeindig|beende|beenden|arrete|arretez|stop|stopt|termine|terminez)\s+(.+)$/,
  /\b(?:pourquoi|waarom|hoezo|warum|wieso|weshalb|weswegen|why|how come)\s+(.+)$/,
  // "retire tous les accès de julie lefebvre", "all access of sarah moens": whose access.
  /\b(?:acces|access|toegang|toegangen|zugang|zugange|zugriff)\s+(?:de|d|du|van|von|of|for|from)\s+(.+)$/,
  new RegExp(`\\b(?:${LEAVES})\\s+(.+)$`),
  // "bij sarah moens lukt het niet", "was ist los mit tct bei jan peeters": with whom it goes wrong.
  /\b(?:bij|bei|chez|with)\s+(.+)$/,
];
/** Where a name comes before. */
const BEFORE = [
  /^(.+?)\s+s\s+(?:function|access)\b/,
  // "markus schmitz beschwert sich, er kommt nicht …", "an peeters cant open …", "kevin maes krijgt ebirth niet open": who cannot get in.
  /^(.+?)\s+(?:beschwert sich|klagt|kommt nicht|kann|still|complains|cant|can t|cannot|can not|is unable|n arrive|ne peut|ne parvient|se plaint|kan niet|lukt|klaagt|krijgt|komt niet|geraakt niet|raakt niet)\b/,
  /^(.+?)\s+(?:quitte|part|leaves|left|has left|is leaving|stops working|stopped working|no longer works|vertrekt|is vertrokken|gaat weg|verlasst|verlaesst|hort auf|geht)\b/,
  new RegExp(`^(.+?)\\s+(?:${LEAVES})\\b`),
];

const words = (text: string) => normalize(text).replace(/['’-]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** The name at this place: up to three words, each a name's, the first skipped over the verbs between. */
function runAt(ws: string[], typed: string[], vocab: Vocabulary, now: number, fromEnd: boolean): string | undefined {
  const order = fromEnd ? [...ws.keys()].reverse() : [...ws.keys()];
  const picked: number[] = [];
  for (const i of order) {
    const w = ws[i]!;
    if (picked.length === 0 && !fromEnd && BETWEEN.has(w)) continue;
    const nameWord = !ENDS_A_NAME.has(w) && (usable(typed[i] ?? w, vocab, now) || (NAMES_THAT_ARE_WORDS.has(w) && (fromEnd ? i === 0 || picked.length > 0 : picked.length === 0)));
    // "jan van dijk", not "kevin maes de iris sud": a particle inside a name, not before an entity.
    const particle = picked.length > 0 && PARTICLES.has(w) && !fromEnd && noEntityNorApplication(ws.slice(i + 1, i + 4).join(' '), vocab, now);
    if (!nameWord && !particle) break;
    picked.push(i);
    if (picked.length >= 4) break;
  }
  while (picked.length > 0 && PARTICLES.has(ws[picked.at(-1)!]!)) picked.pop();
  const kept = picked.sort((a, b) => a - b).map((i) => typed[i] ?? ws[i]!);
  // "haal iris sud weg": words that each may be a name's, and together name an entity.
  return kept.length >= 2 && kept.length <= 3 && noEntityNorApplication(kept.join(' '), vocab, now) ? kept.join(' ') : undefined;
}

/** The person such a request names, as typed (lower case kept), if any. */
export function personInRequest(text: string, vocab: Vocabulary, now: number): string | undefined {
  // The words as typed, one for one with their normalized forms, so that the name is said back as written.
  const typed = text.replace(/['’-]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const norm = words(text);
  if (typed.length !== norm.length) return undefined;
  const line = norm.join(' ');
  for (const pattern of AFTER) {
    const m = pattern.exec(line);
    if (!m) continue;
    const from = line.slice(0, m.index + m[0].length - m[1]!.length).split(' ').filter(Boolean).length;
    const name = runAt(norm.slice(from), typed.slice(from), vocab, now, false);
    if (name) return name;
  }
  for (const pattern of BEFORE) {
    const m = pattern.exec(line);
    if (!m) continue;
    const count = m[1]!.split(' ').length;
    const name = runAt(norm.slice(0, count), typed.slice(0, count), vocab, now, true);
    if (name) return name;
  }
  return undefined;
}
