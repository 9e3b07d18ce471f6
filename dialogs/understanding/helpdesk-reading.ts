import { WORDS } from './vocabulary';

/**
 * What a helpdesk agent's message asks, without any lookup: a diagnosis (a NISS and the rest of the
 * sentence), the portal guide for an application ("guide Colindos"), or, inside the guide, the next
 * step, the one before, or the end. The words are the vocabulary's (vocabulary.<lang>.ts).
 */
const NISS_IN_TEXT = /\b\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}\b/;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Whether the whole message is one of the words (a final full stop or mark aside). */
export const word = (text: string, words: readonly string[]) => words.includes(fold(text).replace(/[.!?]+$/, '').replace(/['-]/g, ' '));

// The arrows of a keyboard, and "ok" to go on, beside the words.
export const NEXT: readonly string[] = [...WORDS.next, 'ok', '>'];
export const BACK: readonly string[] = [...WORDS.back, '<'];
export const STOP: readonly string[] = [...WORDS.cancel, ...WORDS.finish];
const GUIDE = /^(guide|gids|anleitung|procedure|procedure portail)\b\s*(.*)$/;

/** What a message asks, without any lookup: a diagnosis (NISS + the rest), a guide, or neither. */
export function parseHelpdesk(text: string): { kind: 'diagnose'; niss: string; rest: string } | { kind: 'guide'; application: string } | { kind: 'other' } {
  const niss = NISS_IN_TEXT.exec(text);
  if (niss) return { kind: 'diagnose', niss: niss[0], rest: text.replace(niss[0], ' ') };
  const g = GUIDE.exec(fold(text));
  if (g) return { kind: 'guide', application: (g[2] ?? '').replace(/[?!.]+$/, '').trim() };
  return { kind: 'other' };
}
