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

const TITLE = String.raw`(?:Dr|Dokter|Docteur|Doctor|Prof|Mme|Mevr|Mevrouw|Madame|Monsieur|Frau|Herrn?|Mr|Mrs|Ms|M)`;
const NAME_WORD = String.raw`(?!${TITLE}(?![\p{L}]))\p{Lu}\p{Ll}[\p{Ll}'’-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:van|de|der|den|von|le|la|du|van der|van den)\s+)?${NAME_WORD})+`;
const BEFORE_NAME = String.raw`retire|retirez|enl[eè]ve|supprime|r[ée]voque|verwijder|schrap|entferne|entziehe|l[oö]sche|remove|revoke|delete|` +
  String.raw`de|d['’]|van|von|of|voor|f[üu]r|pour|for|à|a|aan|an|to|about|sur|over|[üu]ber|hat|heeft|has|from|uit|aus|bij|bei|chez`;
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

