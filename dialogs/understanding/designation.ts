import { hasAny, normalize } from './parse';
import { WORDS } from './vocabulary';

/**
 * Whether a message asks to make someone a manager (or no longer one), and which role: "maak Sarah Moens co-beheerder
 * van Sainte-Anne", "Sarah Moens doit devenir gestionnaire d'accès", "Sarah Moens soll Zugangsverwalterin werden",
 * "I want Sarah Moens to be co-manager". A role word with a designating verb or a "becomes"; never a question about who
 * is one ("who is manager of Sainte-Anne?"), nor a request that names applications ("give X HospiSup, she's a manager").
 * The words are vocabulary.<lang>.ts's; `norm` is the message normalized with apostrophes and hyphens as spaces.
 */
export interface DesignationAsked {
  role: 'GA' | 'CO_RAE';
  remove: boolean;
  /** The role's words as the manager typed them ("co-beheerder", "Co-Verwalterin"): said back beside the portal's name. */
  said?: string;
}

/** "retire X des gestionnaires", "entferne X als Zugangsverwalter": taken off the managers. */
const REVOKE_WORDS = [...WORDS.revokeVerbs, ...WORDS.deleteVerbs];

export function designationAsked(text: string, norm: string, namesApplications: () => boolean): DesignationAsked | undefined {
  const co = hasAny(norm, WORDS.coManager);
  // "GA" in capitals is the role; "ga" in lower case is Dutch for "go".
  const ga = hasAny(norm, WORDS.accessManager) || /(?<![\p{L}])GA(?![\p{L}])/u.test(text);
  if (!co && !ga) return undefined;
  // "give Sarah Moens HospiSup, she's a manager at Sainte-Anne", "retire HospiSup à Els, elle est gestionnaire": an access.
  if (namesApplications()) return undefined;
  const remove = hasAny(norm, REVOKE_WORDS) || hasAny(norm, WORDS.noLonger);
  const asks = remove || hasAny(norm, WORDS.designateVerbs) || hasAny(norm, WORDS.becomes);
  if (!asks) return undefined;
  // "who is manager of Sainte-Anne?", "wie wordt toegangsbeheerder?": a question about who, not a designation.
  if (!remove && asksWho(norm) && !hasAny(norm, WORDS.designateVerbs)) return undefined;
  const said = roleWordsTyped(text, co ? WORDS.coManager : [...WORDS.accessManager, 'ga']);
  return { role: co ? 'CO_RAE' : 'GA', remove, ...(said ? { said } : {}) };
}

/**
 * The longest of the role's phrases the text holds, as typed: "co-beheerder" for 'co beheerder', "gestionnaire d'accès"
 * for 'gestionnaire d acces'. Words are compared normalized (case, accents), the text between them kept as typed.
 */
function roleWordsTyped(text: string, phrases: readonly string[]): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: normalize(m[0]), from: m.index, to: m.index + m[0].length }));
  let best: { from: number; to: number; length: number } | undefined;
  for (const phrase of phrases) {
    const ws = phrase.split(' ');
    for (let i = 0; i + ws.length <= tokens.length; i++) {
      if (!ws.every((w, j) => tokens[i + j]!.word === w)) continue;
      const length = phrase.length;
      if (!best || length > best.length) best = { from: tokens[i]!.from, to: tokens[i + ws.length - 1]!.to, length };
    }
  }
  return best ? text.slice(best.from, best.to) : undefined;
}

/** A question whose first words ask who or which. */
function asksWho(norm: string): boolean {
  const head = norm.split(' ').slice(0, 2).join(' ');
  return hasAny(head, WORDS.whoAsks);
}

/** "who is manager of Sainte-Anne?", "wer ist Zugangsverwalter?": a question about the managers, which asks for no request. */
export function asksWhoManages(text: string, norm: string): boolean {
  return asksWho(norm) && designationAsked(text, norm, () => false) === undefined && (hasAny(norm, WORDS.coManager) || hasAny(norm, WORDS.accessManager));
}
