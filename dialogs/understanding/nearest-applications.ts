import Fuse from 'fuse.js';
import { normalize } from './parse';

interface Named { code: string; names: Record<string, string>; aliases: string[] }

/**
 * The applications a word that is none of them is nearest to (up to three, best first), to offer
 * when a name is not recognised: looser than the reader's own matching, which must never guess.
 */
export function nearestApplications(text: string, apps: readonly Named[]): string[] {
  const labels = apps.flatMap((a) => [a.code, ...Object.values(a.names), ...a.aliases].map((label) => ({ code: a.code, label: normalize(label).replace(/[\s\-.]/g, '') })));
  const fuse = new Fuse(labels, { keys: ['label'], includeScore: true, threshold: 0.55, ignoreLocation: true });
  const codes: string[] = [];
  for (const r of fuse.search(normalize(text).replace(/[\s\-.]/g, ''))) {
    if (!codes.includes(r.item.code)) codes.push(r.item.code);
    if (codes.length === 3) break;
  }
  return codes;
}
