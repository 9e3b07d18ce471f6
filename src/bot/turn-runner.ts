import { createActor, waitFor } from 'xstate';
import { CONVERSATION_MACHINE_VERSION, type ConversationEvent, type ConversationInput, type ConversationSnapshot } from '../../dialogs/conversation.machine';
import type { AnyView, Said } from '../../dialogs/view';
import type { Locale } from '../domain/locale';
import type { Store } from '../store/store';
import { StaleConversationError, type ConversationRow } from '../store/conversations.repo';
import type { conversationMachineFor } from './conversation-actors';
import { forResuming, forSaving } from './conversation-snapshot';
import { catalogOptionOf } from './grant-actors';

export interface Turn {
  conversationId: string;
  /** Absent for clients that send no id: such a turn cannot be recognised if redelivered. */
  activityId: string | undefined;
  managerId: number;
  event: { type: 'TEXT'; text: string } | { type: 'CANCEL' };
  /** The language for this turn before the conversation's own is read (see chooseLocale). */
  locale: Locale;
  /** The language the user picked in the page, when the page says so. */
  picked?: Locale | undefined;
  reference: unknown;
  at: number;
  /** A card click: the slot and request the card was made for. Anything else is a stale card and runs nothing. */
  expect?: { slot: string; marker: string } | undefined;
  /** NISS lines read from files attached to the message (a CSV for a bulk grant). */
  files?: { line: number; input: string }[] | undefined;
  /** The channel ('msteams' gets files as consent cards). */
  channelId?: string | undefined;
  /** Sends a reply at once, before the turn ends (progress of a long run); absent, there is none. */
  progress?: ((reply: unknown) => Promise<void>) | undefined;
  /**
   * Why the message could not be read as sent (too long, a file not read…): said, the message
   * itself not read, nothing changed, the question waiting asked again.
   */
  unread?: Said[] | undefined;
}

export type Render = (view: AnyView, locale: Locale, card: { marker: string }) => unknown;

type Machine = ReturnType<typeof conversationMachineFor>;

const STALE_RETRIES = 3;
/** Teams re-sends an activity whose turn took over 15 s; a settled turn is far quicker. */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Runs one turn of a conversation: load its snapshot, send the turn to the conversation machine
 * (dialogs/conversation.machine.ts), wait until it waits for the user again, save the snapshot
 * with the replies, and return the replies. Turns of one conversation run one at a time, in
 * arrival order; a turn already answered (a redelivery) gets the same replies again.
 */
export class TurnRunner {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly machine: Machine,
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

  /** Starts the conversation, from its saved snapshot if it can be resumed; undefined when it cannot. */
  private start(input: ConversationInput, saved?: unknown) {
    const actor = createActor(this.machine, saved ? { snapshot: forResuming(saved, catalogOptionOf(this.store)) as ConversationSnapshot, input } : { input });
    // Observing errors keeps xstate from rethrowing them asynchronously (an uncaught exception).
    actor.subscribe({ error: () => undefined });
    actor.start();
    // A child (the grant dialog, a side request) that could not be read fails on its own: the conversation is not resumed either.
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'active' && Object.values(snapshot.children).every((c) => c?.getSnapshot().status === 'active')) return actor;
    actor.stop();
    return undefined;
  }

  private async runOnce(turn: Turn, render: Render): Promise<unknown[]> {
    const { conversations } = this.store;
    // Everything read here is this manager's own: another person in the same conversation id
    // has a state, replies and reference of their own (a Teams group chat, a client reusing ids).
    if (turn.activityId) {
      const replayed = conversations.processedReplies(turn.conversationId, turn.managerId, turn.activityId);
      if (replayed) return replayed;
    }
    const row = conversations.get(turn.conversationId, turn.managerId);
    const input: ConversationInput = {
      conversationId: turn.conversationId,
      managerId: turn.managerId,
      activationDelayMs: this.options.activationDelayMs,
      ...(this.options.idleTimeoutMs ? { idleTimeoutMs: this.options.idleTimeoutMs } : {}),
      channelId: turn.channelId,
    };
    // A snapshot of another version (or of the flows saved before there was one machine) is not resumed: the conversation restarts politely.
    const resumed = row?.snapshot && row.machineVersion === CONVERSATION_MACHINE_VERSION ? this.start(input, row.snapshot) : undefined;
    const restarted = Boolean(row?.snapshot) && !resumed;
    const actor = resumed ?? this.start(input)!;

    actor.send({ type: 'TURN', at: turn.at, locale: turn.locale, picked: turn.picked, restarted, channelId: turn.channelId });
    const asked = actor.getSnapshot().context.locale;
    actor.send(this.messageOf(turn, render, actor));
    const settled = await waitFor(actor, (s) => s.status === 'error' || !s.hasTag('busy'), { timeout: SETTLE_TIMEOUT_MS });
    if (settled.status === 'error') throw settled.error;
    const { reply, locale, untouched } = settled.context;
    const persisted = actor.getPersistedSnapshot();
    actor.stop();
    if (!reply) throw new Error('the conversation settled without a reply');

    // A language asked for in the conversation is kept for the next ones.
    if (locale && locale !== asked) this.store.preferences.setLocale(turn.managerId, locale);
    const replies = [render(reply.view, reply.locale, { marker: reply.marker })];
    // A message not read changes nothing: the conversation is saved again as it was read, byte for byte.
    const snapshot = untouched && !restarted && row ? row.snapshot : forSaving(persisted);
    this.commit(turn, row, snapshot, replies, reply.locale);
    return replies;
  }

  private messageOf(turn: Turn, render: Render, actor: { getSnapshot(): ConversationSnapshot }): ConversationEvent {
    if (turn.unread?.length) return { type: 'UNREAD', notices: turn.unread };
    if (turn.event.type === 'CANCEL') return { type: 'CANCEL', expect: turn.expect };
    const progress = turn.progress;
    return {
      type: 'TEXT',
      text: turn.event.text,
      expect: turn.expect,
      files: turn.files,
      // A progress line is rendered as any reply, for the side request under way.
      ...(progress
        ? {
            progress: (notice: Said) => {
              const c = actor.getSnapshot().context;
              return progress(render({ notices: [notice], prompt: null, done: null, locale: null }, c.turnLocale, { marker: `people.${c.managerId}.${c.seq}` }));
            },
          }
        : {}),
    };
  }

  private commit(turn: Turn, row: ConversationRow | undefined, snapshot: unknown, replies: unknown[], locale: Locale): void {
    this.store.conversations.commitTurn({
      conversationId: turn.conversationId,
      managerId: turn.managerId,
      expectedVersion: row?.version ?? 0,
      snapshot,
      machineVersion: CONVERSATION_MACHINE_VERSION,
      locale,
      reference: turn.reference,
      activityId: turn.activityId,
      replies,
    });
  }
}
