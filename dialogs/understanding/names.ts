import { normalize } from './parse';
import { HOSPITAL_WORD, UNKNOWN_ENTITY, unknownEntity } from './unknown-entity';
import { COMMON, OPENING_NAME, understand, type Vocabulary } from './understand';

export { unknownEntity };

/**
 * Names said where the readers of understand.ts see none: a person named after a verb or a
 * possessive ("retire Jan Peeters de …", "l'accès de Jan Peeters", "Jan Peeters's access"), and an
 * entity named that is not in the vocabulary ("im AZ Groeninge", "à l'hôpital Delta"), so that the
 * name is said back, never dropped. Pure.
 */

export const TITLE = String.raw`(?:Dr|Dokter|Docteur|Doctor|Prof|Mme|Mevr|Mevrouw|Madame|Monsieur|Frau|Herrn?|Mr|Mrs|Ms|M)`;
// "Sainte-Anne", "O'Neil": a capital may follow a hyphen or an apostrophe inside one word.
export const NAME_WORD = String.raw`(?!${TITLE}(?![\p{L}]))\p{Lu}\p{Ll}\p{Ll}*(?:[-'’]\p{L}\p{Ll}*)*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${NAME_WORD})+`;
const BEFORE_NAME = String.raw`retire|retirez|enl[eè]ve|supprime|r[ée]voque|verwijder|schrap|entferne|entziehe|l[oö]sche|remove|revoke|delete|` +
  String.raw`mais|maar|sondern|but|plut[ôo]t|eher|liever|rather|bedoel(?:de)?|meant|mean|(?:ich\s+)?meinte|ich\s+meine|voulais\s+dire|veux\s+dire|de|d['’]|van|von|of|voor|f[üu]r|pour|for|à|a|aan|an|to|about|sur|over|[üu]ber|hat|heeft|has|from|uit|aus|bij|bei|chez`;
const PERSON = new RegExp(String.raw`(?<![\p{L}])(?:${BEFORE_NAME})\s+(?:${TITLE}\.?\s+)?(${NAME})|(${NAME})['’]s?\s|${OPENING_NAME}`, 'gu');

/** A person named by first and last name; an entity's or an application's name is none. */
export function personByName(text: string, vocab: Vocabulary, now: number): string | undefined {
  for (const m of text.matchAll(PERSON)) {
    const name = beforeEntity((m[1] ?? m[2] ?? m[3])!, vocab, now);
    const u = understand(name, vocab, { expecting: null, now, locale: 'fr' });
    if (u.entity !== undefined || u.entityAmbiguous || u.entityWithoutRole || u.applications || u.applicationsAmbiguous) continue;
    if (UNKNOWN_ENTITY.test(` ${name} `)) continue;
    if (m[3] !== undefined && normalize(name).split(/\s+/).some((w) => COMMON.has(w))) continue;
    return name.trim();
  }
  return undefined;
}

/** "Jan Peeters de Hôpitaux IRIS Sud", "Jan Peeters Colindos": the name ends where an entity's or an application's begins. */
function beforeEntity(name: string, vocab: Vocabulary, now: number): string {
  const ws = name.split(/\s+/);
  for (let k = ws.length; k >= 2; k--) {
    const u = understand(ws.slice(k - 1).join(' '), vocab, { expecting: null, now, locale: 'fr' });
    if (!u.applications && !u.applicationsAmbiguous) break;
    ws.length = k - 1;
  }
  for (let i = 1; i < ws.length - 1; i++) {
    if (!/^(?:de|du|van|von|der|den)$/.test(ws[i]!)) continue;
    const rest = ws.slice(i + 1).join(' ');
    const u = understand(rest, vocab, { expecting: null, now, locale: 'fr' });
    if (u.entity !== undefined || u.entityAmbiguous || u.entityWithoutRole || new RegExp(`^(?:${HOSPITAL_WORD})\\b`, 'u').test(rest)) return ws.slice(0, i).join(' ');
  }
  return ws.join(' ');
}


const LOOSE = new RegExp(String.raw`(?<![\p{L}])(?:à|a|aan|an|to|for|pour|voor|für|fur|bij|bei|chez|from)\s+(?:(${TITLE})\.?\s+)?([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?`, 'gu');
/** Words after "à", "to", "aan" that start no one's name: articles, pronouns, places, "everyone". */
const NOT_A_NAME = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'a', 'au', 'aux', 'the', 'an', 'het', 'een', 'der', 'die', 'das', 'den', 'dem',
  'lui', 'elle', 'eux', 'elles', 'him', 'her', 'them', 'me', 'us', 'hem', 'haar', 'hen', 'ihm', 'ihr', 'ihnen', 'tous', 'tout', 'toute', 'toutes', 'all', 'everyone',
  'everybody', 'alle', 'iedereen', 'jeder', 'jedem', 'in', 'at', 'op', 'im', 'am', 'en', 'et', 'and', 'und', 'of', 'van', 'von', 'voor', 'pour', 'for', 'to', 'aan', 'an',
  'from', 'uit', 'aus', 'bij', 'bei', 'chez', 'partir', 'compter', 'dater', 'vanaf', 'ab', 'mon', 'ma', 'mes', 'my', 'mijn', 'mein', 'meine', 'son', 'sa', 'ses', 'zijn', 'sein', 'seine', 'his',
  'quelqu', 'quelqu un', 'someone', 'iemand', 'jemand', 'personne', 'nobody', 'niemand', 'who', 'qui', 'wie', 'wer',
  'quel', 'quelle', 'quels', 'quelles', 'quoi', 'combien', 'which', 'what', 'how', 'welke', 'welk', 'wat', 'hoe', 'welche', 'welcher', 'welches', 'welchen', 'was',
  'autre', 'other', 'ander', 'andere', 'anderen', 'nouveau', 'nouvelle', 'new', 'nieuwe', 'neue', 'neuen', 'neuer', 'ce', 'cette', 'this', 'that', 'deze', 'dit', 'diese', 'dieser', 'diesen']);

/**
 * A name the readers above pass over, after "à", "aan", "to": in lower case ("à nathalie dubois", two words at least) or a
 * surname alone ("à Peeters", capitalised), when it is no entity's, application's or date's word. Whether someone is so
 * named is the lookup's to say (and "no user of your entities is called …" is said when no one is).
 */
export function looseName(text: string, vocab: Vocabulary, now: number): string | undefined {
  for (const m of text.matchAll(LOOSE)) {
    // "à Peeters demain", "für Dupont sperren": a second word in lower case after a capitalised one is no part of the name.
    const [, title, first, second] = m;
    // "she works for Dr Peeters", "für Dr. Weber": whose collaborator, not whom the access is for.
    if (title && /^(?:Dr|Dokter|Docteur|Doctor|Prof)$/.test(title)) continue;
    const capital = /^\p{Lu}/u.test(first!);
    const ws = [first!, ...(second !== undefined && capital === /^\p{Lu}/u.test(second) ? [second] : [])].filter((w, i) => i === 0 || usable(w, vocab, now));
    if (!usable(ws[0]!, vocab, now)) continue;
    if (ws.length === 1 && !/^\p{Lu}/u.test(ws[0]!)) continue;
    const name = ws.join(' ');
    if (!noEntityNorApplication(name, vocab, now)) continue;
    return name;
  }
  return undefined;
}

function usable(word: string, vocab: Vocabulary, now: number): boolean {
  const w = normalize(word).replace(/['’]/g, ' ').trim();
  if (w.length < 2 || NOT_A_NAME.has(w) || COMMON.has(w) || /\d/.test(w)) return false;
  return noEntityNorApplication(word, vocab, now);
}

export function noEntityNorApplication(name: string, vocab: Vocabulary, now: number): boolean {
  const u = understand(name, vocab, { expecting: null, now, locale: 'fr' });
  if (u.entity !== undefined || u.entityAmbiguous || u.entityWithoutRole || u.applications || u.applicationsAmbiguous || u.applicationsGuessed?.length) return false;
  if (u.startDate || u.endDate || u.dateError || u.qualityKind || u.role || u.yesNo || u.email) return false;
  return !UNKNOWN_ENTITY.test(` ${name} `);
}
