import { createActor, waitFor } from 'xstate';
import { GRANT_MACHINE_VERSION } from '../../dialogs/grant/grant-access.machine';
import { isSettled, slotOf, viewOf, type GrantSnapshot, type View } from '../../dialogs/grant/grant-access.view';
import type { GrantEvent, GrantInput } from '../../dialogs/grant/grant-access.types';
import type { Locale } from '../domain/locale';
import type { Store } from '../store/store';
import { StaleConversationError } from '../store/conversations.repo';
import { withCatalog, withoutCatalog } from './grant-snapshot';
import { catalogOptionOf } from './grant-actors';
import type { grantMachineFor } from './grant-actors';
import { markerOf } from './cards';
import type { AnyView, Said } from '../../dialogs/view';
import { readCommands } from '../../dialogs/understanding/commands';
import type { DialogEvent } from '../../dialogs/dialog';
import { commandOf, languageRequest } from '../../dialogs/understanding/understand';
import { PEOPLE_MACHINE_VERSION, isSettled as isPeopleSettled, viewOf as peopleViewOf, type PeopleSnapshot } from '../../dialogs/people/people.view';
import type { PeopleInput, PeopleIntent } from '../../dialogs/people/people.types';
import { peopleMachineFor, peopleVocabulary } from './people-actors';
import { HELPDESK_FLOW_VERSION, HelpdeskFlow, type FlowStep, type HelpdeskSnapshot } from './helpdesk-flow';

export interface Turn {
  conversationId: string;
  /** Absent for clients that send no id: such a turn cannot be recognised if redelivered. */
  activityId: string | undefined;
  managerId: number;
  event: Extract<GrantEvent, { type: 'TEXT' } | { type: 'CANCEL' }>;
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

/** A flow running beside the grant dialog, with the version of its saved state. */
type Side =
  | { flow: 'people'; version: number; state: PeopleSnapshot }
  | { flow: 'helpdesk'; version: number; state: HelpdeskSnapshot };

/**
 * What a conversation saves: the grant dialog's snapshot (kept while another flow runs, so a
 * request in progress is taken up again) and the other flow's state. A plain grant snapshot,
 * as saved before there were other flows, still resumes.
 */
interface Flows {
  sesameFlows: 1;
  grant: GrantSnapshot | null;
  side: Side | null;
  seq: number;
  /** The language the page said was picked, last time it said so: a change is a new choice. */
  picked?: Locale;
}

function unwrap(saved: unknown): Flows {
  const s = saved as Partial<Flows> | null | undefined;
  if (s && s.sesameFlows === 1) return { sesameFlows: 1, grant: s.grant ?? null, side: s.side ?? null, seq: s.seq ?? 0, ...(s.picked ? { picked: s.picked } : {}) };
  return { sesameFlows: 1, grant: (saved as GrantSnapshot | null | undefined) ?? null, side: null, seq: 0 };
}

/** As markerOf for the grant: the manager's own flow, its number. */
const sideMarker = (flows: Flows, managerId: number) => `${flows.side?.flow ?? 'side'}.${managerId}.${flows.seq}`;

/** A turn as the people dialog runs it: `send` says a notice at once (bulk progress). */
type PeopleTurn = Turn & { send?: (notice: Said) => Promise<void> };

export type Render = (view: AnyView, locale: Locale, card: { marker: string }) => unknown;

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
  private readonly people: ReturnType<typeof peopleMachineFor>;
  private readonly helpdesk: HelpdeskFlow;

  constructor(
    private readonly store: Store,
    private readonly machine: ReturnType<typeof grantMachineFor>,
    private readonly options: { activationDelayMs: number; idleTimeoutMs?: number },
  ) {
    this.people = peopleMachineFor(store, { activationDelayMs: options.activationDelayMs });
    this.helpdesk = new HelpdeskFlow(store);
  }

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

  private async runOnce(given: Turn, render: Render): Promise<unknown[]> {
    let turn = given;
    const { conversations } = this.store;
    // Everything read here is this manager's own: another person in the same conversation id
    // has a state, replies and reference of their own (a Teams group chat, a client reusing ids).
    if (turn.activityId) {
      const replayed = conversations.processedReplies(turn.conversationId, turn.managerId, turn.activityId);
      if (replayed) return replayed;
    }
    const row = conversations.get(turn.conversationId, turn.managerId);
    const input: GrantInput = {
      conversationId: turn.conversationId,
      managerId: turn.managerId,
      activationDelayMs: this.options.activationDelayMs,
      ...(this.options.idleTimeoutMs ? { idleTimeoutMs: this.options.idleTimeoutMs } : {}),
    };

    const flows = unwrap(row?.snapshot);
    if (flows.grant?.context) flows.grant = withCatalog(flows.grant, catalogOptionOf(this.store));
    const saved = flows.grant;
    // An older version's side flow is not resumed.
    if (flows.side && !this.sideResumable(flows.side)) flows.side = null;
    // A snapshot from another machine version is not resumed.
    const resumable = saved && row?.machineVersion === GRANT_MACHINE_VERSION;
    let actor = resumable ? this.startActor(input, saved) : undefined;
    const restarted = Boolean(saved) && (row?.machineVersion !== GRANT_MACHINE_VERSION || (Boolean(resumable) && !actor));
    actor ??= this.startActor(input)!;

    // A language picked in the page since this conversation last heard of it is newer than one asked in the chat.
    const pickedAnew = Boolean(turn.picked && turn.picked !== flows.picked);
    if (pickedAnew) actor.send({ type: 'LANGUAGE', locale: null });
    if (turn.picked) flows.picked = turn.picked;
    // The language asked for in this conversation, else the one chosen for the activity.
    const asked = actor.getSnapshot().context.locale;
    turn = { ...turn, locale: asked ?? turn.locale };

    // Saved back as read unless something had to change anyway (a restart, a language picked in the page).
    if (turn.unread?.length) return this.answerUnread(turn, turn.unread, flows, actor, render, row, restarted, restarted || pickedAnew ? undefined : row?.snapshot);

    const side = await this.runSide(turn, flows, actor, render, row);
    if (side) return side;

    if (turn.expect) {
      const current = actor.getSnapshot();
      if (slotOf(current) !== turn.expect.slot || markerOf(current.context) !== turn.expect.marker) {
        // Checked in the conversation's queue: a double click finds the first one's result here.
        const view: View = { notices: [{ key: 'cardOutdated' }], prompt: viewOf(current, false).prompt, done: null, locale: current.context.locale };
        const persisted = actor.getPersistedSnapshot();
        actor.stop();
        const locale = view.locale ?? turn.locale;
        const replies = [render(view, locale, { marker: markerOf(current.context) })];
        this.commit(turn, row, { ...flows, grant: persisted as GrantSnapshot, side: null }, replies, locale);
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
    // A language asked for in the conversation wins over the client's until asked otherwise, and is kept for the next ones.
    const locale = view.locale ?? turn.locale;
    if (view.locale && view.locale !== asked) this.store.preferences.setLocale(turn.managerId, view.locale);
    const replies = [render(view, locale, { marker: markerOf(settled.context) })];
    this.commit(turn, row, { ...flows, grant: persisted as GrantSnapshot, side: null }, replies, locale);
    return replies;
  }

  /**
   * A message that could not be read: what was wrong, then the question waiting (the other flow's,
   * else the grant's), as it was. No event reaches a machine, so the request is as before.
   */
  private answerUnread(
    turn: Turn,
    unread: Said[],
    flows: Flows,
    actor: ReturnType<TurnRunner['startActor']> & object,
    render: Render,
    row: { version: number } | undefined,
    restarted: boolean,
    /** The snapshot as saved, to keep as it is; undefined: save the machine's (none before, a restart, a new language). */
    saved: unknown,
  ): unknown[] {
    const grant = actor.getSnapshot();
    // A side flow asking nothing (a list left open beside a grant) leaves the grant's question the one waiting.
    const sidePrompt = flows.side ? this.sidePrompt(flows.side) : null;
    let prompt = sidePrompt ?? viewOf(grant, false).prompt;
    const locale = grant.context.locale ?? turn.locale;
    const kept: Said = prompt ? { input: { key: 'requestKept' } } : { input: { key: 'whatToWrite' } };
    // The portal guide's step is not kept as a sentence: its buttons stay, with the request kept as their question.
    const wordless = prompt !== null && 'literal' in prompt.message && prompt.message.literal === '';
    if (prompt && wordless) prompt = { ...prompt, message: kept };
    const notices: Said[] = [...(restarted ? [{ key: 'conversationRestarted' } as const] : []), ...unread, ...(wordless ? [] : [kept])];
    const marker = sidePrompt ? sideMarker(flows, turn.managerId) : markerOf(grant.context);
    const replies = [render({ notices, prompt, done: null, locale: null }, locale, { marker })];
    const persisted = actor.getPersistedSnapshot() as GrantSnapshot;
    actor.stop();
    // Saved again as it was read, byte for byte: the turn is kept (a redelivery gets this answer), the request untouched.
    this.commit(turn, row, saved !== undefined ? unwrap(saved) : { ...flows, grant: persisted }, replies, locale);
    return replies;
  }

  private sideResumable(side: Side): boolean {
    return side.version === (side.flow === 'people' ? PEOPLE_MACHINE_VERSION : HELPDESK_FLOW_VERSION);
  }

  private helpdeskOnly(managerId: number): boolean {
    const roles = this.store.people.rolesOf(managerId);
    return roles.length > 0 && roles.every((r) => r.role === 'HELPDESK');
  }

  /**
   * The other flows: the one in progress answers first; else a request recognised in the message
   * starts one (the grant request in progress, if any, waits and is taken up again when it ends);
   * the helpdesk's own default is its flow. Undefined: the grant dialog takes the turn.
   */
  private async runSide(
    turn: Turn,
    flows: Flows,
    actor: ReturnType<TurnRunner['startActor']> & object,
    render: Render,
    row: { version: number } | undefined,
  ): Promise<unknown[] | undefined> {
    const grantSnapshot = actor.getSnapshot();
    const grantWaiting = slotOf(grantSnapshot) !== null;
    const finish = (step: FlowStep<unknown>, extra: Said[] = [], locale: Locale = turn.locale): unknown[] => {
      const next: Flows = { ...flows, side: step.state === null ? null : ({ ...flows.side!, state: step.state } as Side) };
      const view: AnyView = { ...step.view, notices: [...extra, ...step.view.notices] };
      // Whatever was asked in the middle of a grant (a list, an export, a diagnosis), a reply that asks nothing
      // of its own ends with the grant's question: the manager is never left without one. A list stays open
      // beside it ("next 10", "export" still page on), but the question waiting is the grant's.
      const backToGrant = grantWaiting && (step.state === null || view.prompt === null);
      if (backToGrant) {
        const grantView = viewOf(grantSnapshot, false);
        view.notices.push({ chat: { key: 'backToRequest' } });
        if (view.prompt === null) view.prompt = grantView.prompt;
      }
      const marker = backToGrant ? markerOf(grantSnapshot.context) : sideMarker(next, turn.managerId);
      const replies = [render(view, locale, { marker })];
      const persisted = actor.getPersistedSnapshot() as GrantSnapshot;
      actor.stop();
      this.commit(turn, row, { ...next, grant: persisted }, replies, locale);
      return replies;
    };

    // A side flow that asks nothing (a list left open) does not hold the turn: the grant's question was the one shown.
    if (flows.side && grantWaiting && !this.sidePrompt(flows.side) && (turn.event.type === 'CANCEL' || (turn.expect && !/^(people|helpdesk)\./.test(turn.expect.slot)))) {
      flows.side = null;
      return undefined;
    }
    if (turn.expect) {
      const expected = flows.side ? this.sidePrompt(flows.side)?.slot : undefined;
      if (!flows.side && !/^(people|helpdesk)\./.test(turn.expect.slot)) return undefined;
      if (!flows.side || expected !== turn.expect.slot || sideMarker(flows, turn.managerId) !== turn.expect.marker) {
        const prompt = flows.side ? this.sidePrompt(flows.side) : viewOf(grantSnapshot, false).prompt;
        return finish({ state: flows.side?.state ?? null, view: { notices: [{ key: 'cardOutdated' }], prompt, done: null, locale: null }, consumed: true });
      }
    }

    const progress = turn.progress;
    const peopleTurn: PeopleTurn = {
      ...turn,
      ...(progress ? { send: (n: Said) => progress(render({ notices: [n], prompt: null, done: null, locale: null }, turn.locale, { marker: sideMarker(flows, turn.managerId) })) } : {}),
    };
    if (turn.event.type === 'CANCEL') {
      if (!flows.side) return undefined;
      if (flows.side.flow === 'people') return finish(await this.runPeople(flows.side.state, null, peopleTurn, turn.event, flows.seq));
      return finish({ state: null, view: this.helpdesk.stopped(), consumed: true });
    }

    const text = turn.event.text;
    const commands = readCommands(text, {
      vocabulary: peopleVocabulary(this.store), now: turn.at, expecting: flows.side ? this.sidePrompt(flows.side)?.slot ?? null : null,
      ...(turn.files?.length ? { files: turn.files } : {}),
    });
    const intent = commands.flatMap((c) => (c.type === 'startRequest' && c.intent ? [c.intent] : []))[0];
    const textEvent = { type: 'TEXT' as const, text, commands, ...(turn.files?.length ? { files: turn.files } : {}) };
    const helpdeskTurn = (t: string) => ({ managerId: turn.managerId, text: t, locale: turn.locale });

    if (flows.side) {
      const current = flows.side;
      // "auf Deutsch bitte" changes the language and nothing else: the question waiting is asked again in it.
      const language = sideLanguageRequest(text, this.sidePrompt(current)?.slot);
      if (language) {
        actor.send({ type: 'LANGUAGE', locale: language });
        this.store.preferences.setLocale(turn.managerId, language);
        const state = current.flow === 'helpdesk' ? this.helpdesk.relocalized(current.state, language) : current.state;
        const prompt = current.flow === 'helpdesk' ? this.helpdesk.promptOf(state as HelpdeskSnapshot, language) : this.sidePrompt(current);
        return finish({ state, view: { notices: [{ key: 'languageChanged' }], prompt, done: null, locale: null }, consumed: true }, [], language);
      }
      // "aide", "où en est-on ?": what is awaited, and the question again.
      const command = commandOf(text);
      if (command === 'help' || command === 'recap') {
        const prompt = current.flow === 'helpdesk' ? this.helpdesk.promptOf(current.state, turn.locale) : this.sidePrompt(current);
        if (prompt) return finish({ state: current.state, view: { notices: [{ chat: { key: 'sideHelp', params: { requestWaiting: grantWaiting } } }], prompt, done: null, locale: null }, consumed: true });
      }
      let step: FlowStep<unknown>;
      if (current.flow === 'people') step = await this.runPeople(current.state, null, peopleTurn, textEvent, flows.seq);
      else if (intent && intent.kind !== 'diagnose' && intent.kind !== 'guide') step = { state: null, view: { notices: [], prompt: null, done: null, locale: null }, consumed: false };
      else step = await this.helpdesk.step(current.state, helpdeskTurn(intent?.kind === 'guide' ? intent.text : text));
      if (step.consumed) return finish(step);
      flows.side = null;
    }
    // A language switch or "où en est-on ?" with nothing under way is the grant dialog's to answer: it opens nothing.
    const aside = languageRequest(text, null) !== undefined || commandOf(text) === 'recap';
    if (intent?.kind === 'diagnose' || intent?.kind === 'guide' || (!intent && !aside && !grantWaiting && this.helpdeskOnly(turn.managerId))) {
      flows.seq += 1;
      flows.side = { flow: 'helpdesk', version: HELPDESK_FLOW_VERSION, state: null as unknown as HelpdeskSnapshot };
      // The helpdesk's own default: it cannot grant (said as the grant dialog says it), here is what it can do.
      const extra: Said[] = intent ? [] : [{ key: 'noEntity' }];
      return finish(await this.helpdesk.step(null, helpdeskTurn(intent?.kind === 'guide' ? intent.text : text)), extra);
    }
    if (intent) {
      flows.seq += 1;
      flows.side = { flow: 'people', version: PEOPLE_MACHINE_VERSION, state: null as unknown as PeopleSnapshot };
      return finish(await this.runPeople(null, intent, peopleTurn, textEvent, flows.seq));
    }
    return undefined;
  }

  /**
   * One turn of the people dialog: started from its saved snapshot (or from the request read in
   * the message), TURN then the message, until it waits again; its view and its snapshot to save
   * (none once it is over). A message that is another request leaves it unread (consumed: false).
   */
  private async runPeople(
    saved: PeopleSnapshot | null,
    intent: PeopleIntent | null,
    turn: PeopleTurn,
    event: Extract<DialogEvent, { type: 'TEXT' } | { type: 'CANCEL' }>,
    seq: number,
  ): Promise<FlowStep<PeopleSnapshot>> {
    const input: PeopleInput = {
      managerId: turn.managerId, conversationId: turn.conversationId, locale: turn.locale, now: turn.at, intent: intent ?? saved!.context.task, seq,
      ...(turn.channelId ? { channelId: turn.channelId } : {}),
    };
    const actor = createActor(this.people, saved ? { snapshot: saved, input } : { input });
    actor.subscribe({ error: () => undefined });
    // A long bulk grant tells how far it got while it runs.
    const send = turn.send;
    if (send) actor.on('progress', (e) => void send(e.notice));
    actor.start();
    actor.send({ type: 'TURN', at: turn.at, locale: turn.locale });
    actor.send(event);
    const settled = await waitFor(actor, (snap) => snap.status === 'error' || isPeopleSettled(snap), { timeout: SETTLE_TIMEOUT_MS });
    if (settled.status === 'error') throw settled.error;
    const persisted = actor.getPersistedSnapshot() as PeopleSnapshot;
    actor.stop();
    if (settled.context.passed) return { state: null, view: { notices: [], prompt: null, done: null, locale: null }, consumed: false };
    return { state: settled.status === 'done' ? null : persisted, view: peopleViewOf(settled), consumed: true };
  }

  /** The saved people dialog as a snapshot to read (no actor runs). */
  private peopleSnapshot(saved: PeopleSnapshot): PeopleSnapshot {
    const c = saved.context;
    const input: PeopleInput = { managerId: c.managerId, conversationId: c.conversationId, locale: c.turnLocale, now: c.now, intent: c.task, seq: c.seq };
    return createActor(this.people, { snapshot: saved, input }).getSnapshot();
  }

  private sidePrompt(side: Side) {
    if (side.flow === 'people') return peopleViewOf(this.peopleSnapshot(side.state)).prompt;
    return side.state.value === 'guiding' ? { slot: 'helpdesk.guide', message: { literal: '' }, choices: [], multiple: false } : null;
  }

  private commit(turn: Turn, row: { version: number } | undefined, persisted: Flows, replies: unknown[], locale: Locale): void {
    this.store.conversations.commitTurn({
      conversationId: turn.conversationId,
      managerId: turn.managerId,
      expectedVersion: row?.version ?? 0,
      snapshot: persisted.grant?.context ? { ...persisted, grant: withoutCatalog(persisted.grant) } : persisted,
      machineVersion: GRANT_MACHINE_VERSION,
      locale,
      reference: turn.reference,
      activityId: turn.activityId,
      replies,
    });
  }
}

/** Slots where a single word is a name ("Deutsch" is a surname too), not a request to switch. */
const NAME_SLOTS = ['people.name', 'people.identifier'];

/** "in English please" in another flow than the grant dialog; at a name's question, only in more than one word. */
export function sideLanguageRequest(text: string, slot: string | undefined): Locale | undefined {
  if (slot && NAME_SLOTS.includes(slot) && text.trim().split(/\s+/).length < 2) return undefined;
  return languageRequest(text, null);
}
