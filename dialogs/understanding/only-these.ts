import { WORDS } from './vocabulary';
import { normalize } from './parse';
import { understand, type Vocabulary } from './understand';

/** "seulement", "only", "alleen", "nur": the action applies to what follows, nothing else. */
const ONLY = ['seulement', 'uniquement', 'juste', 'only', 'just', 'alleen', 'enkel', 'slechts', 'nur', 'lediglich', 'bloss'];

/**
 * "only X, Y stays" / "seulement X, Y reste" / "alleen X, Y blijft" / "nur X, Y bleibt", said at a
 * confirmation: X is what the action applies to, Y is left as it is. Read clause by clause: the
 * applications of a clause with a "stays" word stay, the others are the only ones acted on.
 * Undefined when the message says neither "only" nor "stays", or names no application.
 */
export function onlyThese(text: string, vocab: Vocabulary, now: number): { only: string[]; stay: string[] } | undefined {
  const norm = ` ${normalize(text)} `;
  const saysOnly = ONLY.some((w) => norm.includes(` ${w} `));
  const saysStays = WORDS.stays.some((w) => norm.includes(` ${w} `));
  if (!saysOnly && !saysStays) return undefined;
  const only = new Set<string>();
  const stay = new Set<string>();
  for (const clause of text.split(/[,;.]|\s(?:mais|but|maar|aber)\s/i)) {
    const c = ` ${normalize(clause)} `;
    const u = understand(clause, vocab, { expecting: 'applications', now, locale: 'fr' });
    const named = [...(u.applications?.add ?? []), ...(u.applications?.remove ?? [])];
    for (const a of named) (WORDS.stays.some((w) => c.includes(` ${w} `)) ? stay : only).add(a);
  }
  for (const a of stay) only.delete(a);
  if (only.size === 0 && stay.size === 0) return undefined;
  return { only: [...only], stay: [...stay] };
}

/** What a confirmation of `asked` applies to after "only X, Y stays": `kept` (at least one), `left` as it is; undefined if it changes nothing. */
export function narrowedBy(asked: readonly string[], said: string, vocab: Vocabulary, now: number): { kept: string[]; left: string[] } | undefined {
  const r = onlyThese(said, vocab, now);
  return r ? narrowed(asked, r) : undefined;
}

/** What a confirmation of `asked` applies to, once "only X, Y stays" is read: `kept` (at least one), `left` as it is; undefined if it changes nothing. */
export function narrowed(asked: readonly string[], r: { only: string[]; stay: string[] }): { kept: string[]; left: string[] } | undefined {
  const kept = asked.filter((code) => (r.only.length === 0 || r.only.includes(code)) && !r.stay.includes(code));
  if (kept.length === 0 || kept.length === asked.length) return undefined;
  return { kept, left: asked.filter((code) => !kept.includes(code)) };
}
