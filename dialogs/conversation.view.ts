import type { Locale } from '../src/domain/locale';
import type { GrantSnapshot } from './grant/grant-access.view';
import { slotOf, viewOf as grantViewOf } from './grant/grant-access.view';
import type { Command, RequestKind } from './understanding/commands';
import type { Intent } from './understanding/intent';
import type { AnyPrompt, AnyView, Said } from './view';

/** The other requests (people management, helpdesk) run beside the grant dialog, one at a time. */
export type SideKind = 'people' | 'helpdesk';

/** What the conversation says this turn, with the marker its card is made for (see markerOf). */
export interface Reply {
  view: AnyView;
  locale: Locale;
  marker: string;
}

/** What the conversation keeps of its grant dialog (updated at every snapshot): its question and card marker. */
export interface GrantState {
  slot: string | null;
  prompt: AnyPrompt | null;
  marker: string;
  locale: Locale | null;
  /** The entity of the request in progress, if it has one (absent in older snapshots). */
  entityId?: number | null;
}

/**
 * Identifies the request a card was made for: a card of an older request is refused. A request is
 * told apart by whose it is (two people may share a conversation id: a card of one is never current
 * for the other), its number and when it began (numbers restart with a new machine).
 */
export function markerOf(context: { managerId: number; requestSeq: number; requestStartedAt: number }): string {
  return `${context.managerId}.${context.requestSeq}.${context.requestStartedAt}`;
}

/** As markerOf for the grant: the manager's own side request, its number ("side" once it is over). */
export const sideMarker = (kind: SideKind | null, managerId: number, seq: number) => `${kind ?? 'side'}.${managerId}.${seq}`;

/** A card's slot for a side request. */
export const isSideSlot = (slot: string) => /^(people|helpdesk)\./.test(slot);

export function grantStateOf(snapshot: GrantSnapshot): GrantState {
  const slot = slotOf(snapshot);
  return {
    slot, prompt: grantViewOf(snapshot, false).prompt, marker: markerOf(snapshot.context), locale: snapshot.context.locale,
    entityId: slot !== null ? (snapshot.context.entity?.id ?? null) : null,
  };
}

/** What the grant dialog says after its turn; "Sésame has been updated" first when the saved conversation could not be resumed. */
export function grantReply(snapshot: GrantSnapshot, turnLocale: Locale, restarted: boolean, before: Said[] = []): Reply {
  const view = grantViewOf(snapshot, snapshot.context.notices.some((n) => n.key === 'grantDone'));
  const notices: Said[] = [...(restarted ? [{ key: 'conversationRestarted' } as const] : []), ...before, ...view.notices];
  // A language asked for in the conversation wins over the client's until asked otherwise.
  return { view: { ...view, notices }, locale: view.locale ?? turnLocale, marker: markerOf(snapshot.context) };
}

/**
 * A side request's reply. Whatever was asked in the middle of a grant (a list, an export, a
 * diagnosis), a reply that asks nothing of its own ends with the grant's question: the manager is
 * never left without one. A list stays open beside it ("next 10", "export" still page on), but the
 * question waiting is the grant's.
 */
export function sideReply(
  view: AnyView,
  at: { kind: SideKind; ended: boolean; grant: GrantState; managerId: number; seq: number; locale: Locale; extra: Said[] },
): Reply {
  const out: AnyView = { ...view, notices: [...at.extra, ...view.notices] };
  const backToGrant = at.grant.slot !== null && (at.ended || out.prompt === null);
  if (backToGrant) {
    out.notices.push({ chat: { key: 'backToRequest' } });
    if (out.prompt === null) out.prompt = at.grant.prompt;
  }
  const marker = backToGrant ? at.grant.marker : sideMarker(at.ended ? null : at.kind, at.managerId, at.seq);
  return { view: out, locale: at.locale, marker };
}

/**
 * A message that could not be read: what was wrong, then the question waiting (the side request's,
 * else the grant's), as it was. The portal guide's step is not repeated as a sentence: the request
 * kept stands as its question.
 */
export function unreadReply(
  unread: Said[],
  at: { side: { kind: SideKind; prompt: AnyPrompt | null } | null; grant: GrantState; managerId: number; seq: number; locale: Locale; restarted: boolean },
): Reply {
  const sidePrompt = at.side?.prompt ?? null;
  let prompt = sidePrompt ?? at.grant.prompt;
  const kept: Said = prompt ? { input: { key: 'requestKept' } } : { input: { key: 'whatToWrite' } };
  const wordless = prompt !== null && prompt.slot === 'helpdesk.guide';
  if (prompt && wordless) prompt = { slot: prompt.slot, message: kept, choices: [], multiple: false };
  const notices: Said[] = [...(at.restarted ? [{ key: 'conversationRestarted' } as const] : []), ...unread, ...(wordless ? [] : [kept])];
  const marker = sidePrompt ? sideMarker(at.side!.kind, at.managerId, at.seq) : at.grant.marker;
  return { view: { notices, prompt, done: null, locale: null }, locale: at.locale, marker };
}

/** A card clicked after its question was answered: said, and the question waiting asked again. */
export function outdatedView(prompt: AnyPrompt | null): AnyView {
  return { notices: [{ key: 'cardOutdated' }], prompt, done: null, locale: null };
}

/** The request a message starts, if any, with what the side dialogs start from. */
export function requestOf(commands: Command[]): { kind: RequestKind; intent?: Intent } | undefined {
  const start = commands.find((c): c is Extract<Command, { type: 'startRequest' }> => c.type === 'startRequest');
  return start && { kind: start.kind, ...(start.intent ? { intent: start.intent } : {}) };
}

/** A request for the helpdesk dialog (a diagnosis, the portal guide). */
export const isHelpdeskRequest = (kind: RequestKind | undefined) => kind === 'diagnose' || kind === 'guide';

/** Slots where a single word is a name ("Deutsch" is a surname too), not a request to switch. */
const NAME_SLOTS = ['people.name', 'people.identifier'];

/** "in English please" in a side request; at a name's question, only in more than one word. */
export function sideLanguage(commands: Command[], text: string, slot: string | undefined): Locale | undefined {
  if (slot && NAME_SLOTS.includes(slot) && text.trim().split(/\s+/).length < 2) return undefined;
  return commands.find((c): c is Extract<Command, { type: 'switchLanguage' }> => c.type === 'switchLanguage')?.locale;
}

export const has = (commands: Command[], type: Command['type']) => commands.some((c) => c.type === type);
