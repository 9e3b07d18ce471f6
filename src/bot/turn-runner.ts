import { createActor, waitFor } from 'xstate';
import { GRANT_MACHINE_VERSION } from '../../dialogs/grant-access.machine';
import { isSettled, slotOf, viewOf, type GrantSnapshot, type View } from '../../dialogs/grant-access.view';
import type { GrantEvent, GrantInput } from '../../dialogs/grant-access.types';
import type { Locale } from '../domain/locale';
import type { Store } from '../store/store';
import { StaleConversationError } from '../store/conversations.repo';
import type { grantMachineFor } from './grant-actors';
import { markerOf } from './cards';

export interface Turn {
  conversationId: string;
  /** Absent for clients that send no id: such a turn cannot be recognised if redelivered. */
  activityId: string | undefined;
  managerId: number;
  event: Extract<GrantEvent, { type: 'TEXT' } | { type: 'CANCEL' }>;
  locale: Locale;
  reference: unknown;
  at: number;
  /** A card click: the slot and request the card was made for. Anything else is a stale card and runs nothing. */
  expect?: { slot: string; marker: string } | undefined;
}

export type Render = (view: View, locale: Locale, card: { marker: string }) => unknown;

const STALE_RETRIES = 3;
/** Teams re-sends an activity whose turn took over 15 s; a settled turn is far quicker. */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Runs one turn of a conversation: load its snapshot, send the event, wait until the machine
 * waits for the user again, save the snapshot with the replies, and return the replies.
 * Turns of one conversation run one at a time, in arrival order.
 */
export class TurnRunner {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly machine: ReturnType<typeof grantMachineFor>,
    private readonly options: { activationDelayMs: number; idleTimeoutMs?: number },
  ) {}

  run(turn: Turn, render: Render): Promise<unknown[]> {
    const previous = this.queues.get(turn.conversationId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.runWithRetry(turn, render));
    this.queues.set(turn.conversationId, next);
    const cleanup = () => {
      if (this.queues.get(turn.conversationId) === next) this.queues.delete(turn.conversationId);
    };
    next.then(cleanup, cleanup);
    return next;
  }

  private async runWithRetry(turn: Turn, render: Render): Promise<unknown[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runOnce(turn, render);
      } catch (err) {
        // Another process wrote this conversation since we read it: read again and redo the turn.
        // The grant itself is idempotent, so redoing is safe.
        if (!(err instanceof StaleConversationError) || attempt >= STALE_RETRIES) throw err;
      }
    }
  }

  /** Starts an actor, from a snapshot if given; undefined when that snapshot cannot be resumed. */
  private startActor(input: GrantInput, snapshot?: GrantSnapshot) {
    const actor = createActor(this.machine, snapshot ? { snapshot, input } : { input });
    // Observing errors keeps xstate from rethrowing them asynchronously (an uncaught exception).
    actor.subscribe({ error: () => undefined });
    actor.start();
    if (actor.getSnapshot().status !== 'error') return actor;
    actor.stop();
    return undefined;
  }

  private async runOnce(turn: Turn, render: Render): Promise<unknown[]> {
    const { conversations } = this.store;
    if (turn.activityId) {
      const replayed = conversations.processedReplies(turn.conversationId, turn.activityId);
      if (replayed) return replayed;
    }
    const row = conversations.get(turn.conversationId);
    const input: GrantInput = {
      conversationId: turn.conversationId,
      managerId: turn.managerId,
      activationDelayMs: this.options.activationDelayMs,
      ...(this.options.idleTimeoutMs ? { idleTimeoutMs: this.options.idleTimeoutMs } : {}),
    };

    const saved = row?.snapshot as GrantSnapshot | null | undefined;
    // A snapshot from another machine version, or another manager's (a shared chat), is not resumed.
    const resumable =
      saved && row?.machineVersion === GRANT_MACHINE_VERSION && (saved.context as { managerId?: number } | undefined)?.managerId === turn.managerId;
    let actor = resumable ? this.startActor(input, saved) : undefined;
    const restarted = Boolean(saved) && (row?.machineVersion !== GRANT_MACHINE_VERSION || (Boolean(resumable) && !actor));
    actor ??= this.startActor(input)!;

    if (turn.expect) {
      const current = actor.getSnapshot();
      if (slotOf(current) !== turn.expect.slot || markerOf(current.context) !== turn.expect.marker) {
        // Checked in the conversation's queue: a double click finds the first one's result here.
        const view: View = { notices: [{ key: 'cardOutdated' }], prompt: viewOf(current, false).prompt, done: null, locale: current.context.locale };
        const persisted = actor.getPersistedSnapshot();
        actor.stop();
        const locale = view.locale ?? turn.locale;
        const replies = [render(view, locale, { marker: markerOf(current.context) })];
        this.commit(turn, row, persisted, replies, locale);
        return replies;
      }
    }

    actor.send({ type: 'TURN', at: turn.at, locale: turn.locale });
    actor.send(turn.event);
    const settled = await waitFor(actor, (snap) => snap.status === 'error' || isSettled(snap), { timeout: SETTLE_TIMEOUT_MS });
    if (settled.status === 'error') throw settled.error;
    const persisted = actor.getPersistedSnapshot();
    actor.stop();

    const view = viewOf(settled, settled.context.notices.some((n) => n.key === 'grantDone'));
    if (restarted) view.notices.unshift({ key: 'conversationRestarted' });
    // A language asked for in the conversation wins over the client's until asked otherwise.
    const locale = view.locale ?? turn.locale;
    if (view.locale && view.locale !== turn.locale) this.store.preferences.setLocale(turn.managerId, view.locale);
    const replies = [render(view, locale, { marker: markerOf(settled.context) })];
    this.commit(turn, row, persisted, replies, locale);
    return replies;
  }

  private commit(turn: Turn, row: { version: number } | undefined, persisted: unknown, replies: unknown[], locale: Locale): void {
    this.store.conversations.commitTurn({
      conversationId: turn.conversationId,
      expectedVersion: row?.version ?? 0,
      snapshot: persisted,
      machineVersion: GRANT_MACHINE_VERSION,
      locale,
      reference: turn.reference,
      activityId: turn.activityId,
      replies,
    });
  }
}
