import Fuse from 'fuse.js';
import { normalize } from './parse';

interface Named { code: string; names: Record<string, string>; aliases: string[] }

/**
 * The applications a word that is none of them is nearest to (up to three, best first), to offer
 * when a name is not recognised: looser than the reader's own matching, which must never guess.
 */
export function nearestApplications(text: string, apps: readonly Named[]): string[] {
  const typed = squash(text);
  const labels = apps.flatMap((a) => [a.code, ...Object.values(a.names), ...a.aliases].map((label) => ({ code: a.code, label: squash(label), words: normalize(label).split(/[\s\-._]+/) })));
  const fuse = new Fuse(labels, { keys: ['label'], includeScore: true, threshold: 0.55, ignoreLocation: true });
  const codes: string[] = [];
  for (const r of fuse.search(typed)) {
    // "Telepathix" is found inside long names it looks nothing like: offered only when it reads like the name or one of its words.
    if (!looksLike(typed, r.item)) continue;
    if (!codes.includes(r.item.code)) codes.push(r.item.code);
    if (codes.length === 3) break;
  }
  return codes;
}

const squash = (s: string) => normalize(s).replace(/[\s\-._]/g, '');

/** Shared letter pairs (Dice): "colindoz" and "colindos" share most; "telepathix" and "initiativequalite…" few. */
function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const pairs = (s: string) => Array.from({ length: s.length - 1 }, (_, i) => s.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  for (const p of left) {
    const i = right.indexOf(p);
    if (i >= 0) {
      shared++;
      right.splice(i, 1);
    }
  }
  return (2 * shared) / (left.length + pairs(b).length);
}

const looksLike = (typed: string, item: { label: string; words: string[] }) =>
  dice(typed, item.label) >= 0.5 || item.words.some((w) => w.length >= 4 && dice(typed, w) >= 0.6) || (typed.length >= 4 && item.label.startsWith(typed));
