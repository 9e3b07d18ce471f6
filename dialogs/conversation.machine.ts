import { and, assign, enqueueActions, fromPromise, setup, stateIn, type AnyActorRef, type SnapshotFrom } from 'xstate';
import type { Locale } from '../src/domain/locale';
import type { SideQuestion } from '../src/i18n/manage.catalog';
import type { DialogEvent } from './dialog';
import { grantAccessMachine, GRANT_MACHINE_VERSION } from './grant/grant-access.machine';
import type { GrantContext, GrantInput } from './grant/grant-access.types';
import type { GrantSnapshot } from './grant/grant-access.view';
import { helpdeskMachine } from './helpdesk/helpdesk.machine';
import { HELPDESK_MACHINE_VERSION, viewOf as helpdeskViewOf, type HelpdeskSnapshot } from './helpdesk/helpdesk.view';
import { peopleMachine, type PeopleEmitted } from './people/people.machine';
import type { PeopleInput } from './people/people.types';
import { PEOPLE_MACHINE_VERSION, viewOf as peopleViewOf, type PeopleSnapshot } from './people/people.view';
import type { Command, ReadContext } from './understanding/commands';
import { hasVocabulary, readContextOf } from './grant/read-context';
import { normalize, yesNo } from './understanding/parse';
import { pickNamed } from './understanding/names';
import type { AnyPrompt, AnyView, Said } from './view';
import {
  grantReply, grantStateOf, has, isHelpdeskRequest, isSideSlot, outdatedView, requestOf, sideLanguage, sideMarker, sideReply, unreadReply,
  type GrantState, type Reply, type SideKind,
} from './conversation.view';

/**
 * One conversation: every message is read once (the `readMessage` actor, readCommands), then given
 * to the dialog it is for. The grant dialog is a child for the conversation's whole life (a request
 * in progress waits while another is asked, and is taken up again after); a people-management or
 * helpdesk request runs as a second child, `side`, until it is over. The conversation, with its
 * children, is saved as one snapshot under one version.
 *
 * Settling: a child's 'busy' tag is not visible on this machine's snapshot, so this machine
 * forwards it: it counts the events it sends to the child at work, reads the child's snapshots
 * (onSnapshot) and leaves its own 'busy' state on the first snapshot, after the last event sent,
 * that is not busy. The runner then waits on this machine alone, and the reply, which mixes the
 * two children (a list asked mid-grant ends with the grant's question), is composed here, not in
 * the runner.
 */

/** Bump OWN_VERSION when this machine changes shape; a child's version bump changes it too. */
const OWN_VERSION = 3;
export const CONVERSATION_MACHINE_VERSION = OWN_VERSION * 1_000_000 + GRANT_MACHINE_VERSION * 10_000 + PEOPLE_MACHINE_VERSION * 100 + HELPDESK_MACHINE_VERSION;

export interface ConversationInput extends GrantInput {
  channelId?: string | undefined;
}

/** A card click: the slot and request the card was made for. */
export interface Expect {
  slot: string;
  marker: string;
}

export type ConversationEvent =
  /** First in every turn: the clock, the client's language, the one picked in the page, and whether the saved conversation was lost. */
  | { type: 'TURN'; at: number; locale: Locale; picked?: Locale | undefined; restarted?: boolean; channelId?: string | undefined }
  | {
      type: 'TEXT';
      text: string;
      files?: { line: number; input: string }[] | undefined;
      expect?: Expect | undefined;
      /** Says a notice at once, while the turn still runs (the progress of a bulk grant). */
      progress?: ((notice: Said) => Promise<void>) | undefined;
    }
  | { type: 'CANCEL'; expect?: Expect | undefined }
  /** A message that could not be read (too long, a file not read…): said, nothing else changes. */
  | { type: 'UNREAD'; notices: Said[] };

type Message = Extract<ConversationEvent, { type: 'TEXT' } | { type: 'CANCEL' }>;

export interface ConversationContext {
  managerId: number;
  conversationId: string;
  activationDelayMs: number;
  idleTimeoutMs?: number | undefined;
  channelId?: string | undefined;
  /** The language asked for in the conversation (the grant dialog's), null: the client's. */
  locale: Locale | null;
  /** This turn's language: the one asked for, else the client's. */
  turnLocale: Locale;
  /** The language the page said was picked, last time it said so: a change is a new choice. */
  picked: Locale | null;
  at: number;
  restarted: boolean;
  /** Side requests started: numbers the side cards. */
  seq: number;
  grant: GrantState;
  /** The side request open, and its question waiting (null: it asks nothing, a list left open). */
  side: { kind: SideKind; prompt: AnyPrompt | null } | null;
  /** This turn's message and its reading, until answered (never saved: cleared when the turn settles). */
  message: Message | null;
  commands: Command[];
  /** Events sent to the child at work whose snapshot has not come back yet. */
  pending: number;
  /** Said before the dialog's own reply this turn. */
  extra: Said[];
  reply: Reply | null;
  /** The turn changed nothing (a message not read): the saved conversation can be kept as it was. */
  untouched: boolean;
  /** The side dialog ended on a message that was another request (this turn only). */
  passed: boolean;
  /** The person of the last status answer, by NISS: whom "retire-lui eBirth" is about. */
  lastPerson: { niss: string } | null;
  /** The near names offered to last turn's status question ("did you mean Jan Peeters?"): a yes or a name picks one. */
  lastNear?: { candidates: string[]; nisses: string[] } | null;
}

const missing = (name: string) => async (): Promise<never> => {
  throw new Error(`actor ${name} must be provided with machine.provide()`);
};

type SideSnapshot = PeopleSnapshot | HelpdeskSnapshot;
const snapshotOf = (event: unknown) => (event as { snapshot: SideSnapshot | GrantSnapshot }).snapshot;
/** The side dialog's snapshot now: at its `done` event, its final one (no snapshot event is sent for it). */
const sideNow = (self: AnyActorRef) => (self.getSnapshot() as { children: { side?: AnyActorRef } }).children.side?.getSnapshot() as SideSnapshot | undefined;
const textOf = (c: ConversationContext) => (c.message?.type === 'TEXT' ? c.message.text : '');
const expectOf = (c: ConversationContext) => c.message?.expect;
const sideView = (kind: SideKind, s: SideSnapshot) => (kind === 'helpdesk' ? helpdeskViewOf(s as HelpdeskSnapshot) : peopleViewOf(s as PeopleSnapshot));
const asksNothingBesideAWaitingGrant = (c: ConversationContext) => c.side?.prompt === null && c.grant.slot !== null;
const intentOf = (c: ConversationContext) => requestOf(c.commands)?.intent;
/** The helpdesk reads its own request; a guide is read from the words the reader kept for it. */
const helpdeskText = (c: ConversationContext) => {
  const intent = intentOf(c);
  return intent?.kind === 'guide' ? intent.text : textOf(c);
};
/**
 * A bulk grant's progress, emitted by the people dialog while it runs, is said at once with this
 * turn's callback (in the message, never saved). A child is listened to once; its snapshots bring
 * it here (the first one, its start, comes before any progress).
 */
const listened = new WeakSet<AnyActorRef>();
function relayProgress(self: AnyActorRef): void {
  const child = (self.getSnapshot() as { children: { side?: AnyActorRef } }).children.side;
  if (!child || listened.has(child)) return;
  listened.add(child);
  child.on('progress', (e: PeopleEmitted) => {
    const message = (self.getSnapshot() as ConversationSnapshot).context.message;
    if (message?.type === 'TEXT') void message.progress?.(e.notice);
  });
}

const SIDE_QUESTIONS: readonly string[] = ['entity', 'quality', 'person', 'niss', 'revokeWhich', 'endDate', 'identifier', 'bulkApplications', 'confirm', 'page'] satisfies SideQuestion[];
/** The people dialog's question from its card slot ('people.entity'); a helpdesk question is not one. */
const sideQuestionOf = (slot: string | undefined): SideQuestion | undefined => {
  const q = slot?.startsWith('people.') ? slot.slice('people.'.length) : undefined;
  return q !== undefined && SIDE_QUESTIONS.includes(q) ? (q as SideQuestion) : undefined;
};

/** The side question waiting; a people request open that shows no question is a list left open ("next 10" pages on). */
const sideSlotOf = (c: ConversationContext): string | null =>
  c.side?.prompt?.slot ?? (c.side?.kind === 'people' ? 'people.page' : null);

const turnEvent = (c: ConversationContext): DialogEvent => ({ type: 'TURN', at: c.at, locale: c.turnLocale });
const messageEvent = (c: ConversationContext, text = textOf(c)): DialogEvent => {
  const m = c.message!;
  // "annuler", "on arrête tout" in any language stops whatever is under way, as the Cancel button does.
  if (m.type === 'CANCEL' || has(c.commands, 'cancel')) return { type: 'CANCEL' };
  return { type: 'TEXT', text, commands: c.commands, ...(m.files?.length ? { files: m.files } : {}), ...(m.progress ? { progress: m.progress } : {}) };
};

/** The turn is answered: the reply is kept for the runner, the message forgotten (it is never saved). */
const done = (reply: Reply) => ({ reply, message: null, commands: [] as Command[], extra: [] as Said[], pending: 0 });
const sideReplyOf = (kind: SideKind, view: AnyView, ended: boolean, c: ConversationContext) =>
  sideReply(view, { kind, ended, grant: c.grant, managerId: c.managerId, seq: c.seq, locale: c.turnLocale, extra: c.extra });

/** The events of a turn for a child: the clock and language, then what the manager said, if anything for it. */
type Forwarded = 'message' | 'language' | 'nothing';
function eventsFor(c: ConversationContext, what: Forwarded, text: string): DialogEvent[] {
  if (what === 'language') return [turnEvent(c), { type: 'LANGUAGE', locale: c.turnLocale }];
  if (what === 'nothing') return [turnEvent(c)];
  return [turnEvent(c), messageEvent(c, text)];
}

/** What the reader is given: the message, the slot asked, the clock; for the grant dialog, its own reading context. */
export interface ReadInput {
  text: string;
  expecting: string | null;
  now: number;
  managerId: number;
  files?: { line: number; input: string }[];
  /**
   * The grant dialog's reading context (readContextOf), when the message is for it: its language and start date; its
   * vocabulary once loaded (`loaded`), else the reader takes the same one from the store.
   */
  grant?: ReadContext & { loaded: boolean };
}

const readInput = (context: ConversationContext, expecting: string | null, self?: AnyActorRef): ReadInput => {
  const grant = self ? grantContextOf(self) : undefined;
  return {
    text: textOf(context), expecting, now: context.at, managerId: context.managerId,
    ...(context.message?.type === 'TEXT' && context.message.files?.length ? { files: context.message.files } : {}),
    ...(grant ? { grant: { ...readContextOf({ ...grant, now: context.at, expecting: expecting as GrantContext['expecting'] }), loaded: hasVocabulary(grant) } } : {}),
  };
};
/** The grant dialog's context now. */
const grantContextOf = (self: AnyActorRef) =>
  ((self.getSnapshot() as { children: { grant?: AnyActorRef } }).children.grant?.getSnapshot() as GrantSnapshot | undefined)?.context;

const peopleInput = (context: ConversationContext): PeopleInput => ({
  managerId: context.managerId, conversationId: context.conversationId, locale: context.turnLocale, now: context.at,
  intent: intentOf(context) as PeopleInput['intent'], seq: context.seq, ...(context.channelId ? { channelId: context.channelId } : {}),
  grantEntityId: context.grant.entityId ?? null, grantWaiting: context.grant.slot !== null,
});
const helpdeskInput = (context: ConversationContext) => ({ managerId: context.managerId, locale: context.turnLocale });

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
  },
  actors: {
    grant: grantAccessMachine,
    helpdesk: helpdeskMachine,
    people: peopleMachine,
    /** The message read once: readCommands with the store's vocabulary. */
    readMessage: fromPromise<Command[], ReadInput>(missing('readMessage')),
    /** Whether the manager's only role is the helpdesk's (who cannot grant). */
    isHelpdeskOnly: fromPromise<boolean, { managerId: number }>(missing('isHelpdeskOnly')),
    /** A refusal decided in the dialog, audited as the store audits its own. */
    auditRefusal: fromPromise<void, { managerId: number; action: 'grantAccess'; asked: string; at: number }>(missing('auditRefusal')),
  },
  guards: {
    isCardForASideRequest: ({ context }) => expectOf(context) !== undefined && isSideSlot(expectOf(context)!.slot),
    isCardOutdatedForTheGrant: ({ context }) => {
      const e = expectOf(context);
      return e !== undefined && (context.grant.slot !== e.slot || context.grant.marker !== e.marker);
    },
    /** The Cancel button: nothing to read. */
    isCancel: ({ context }) => context.message?.type === 'CANCEL',
    asksToCancel: ({ context }) => has(context.commands, 'cancel'),
    sideAsksNothingBesideAWaitingGrant: ({ context }) => asksNothingBesideAWaitingGrant(context),
    // A side request that asks nothing (a list left open) does not hold the turn: the grant's question was the one shown.
    isSideAsideOfAWaitingGrant: ({ context }) =>
      asksNothingBesideAWaitingGrant(context) && (context.message?.type === 'CANCEL' || (expectOf(context) !== undefined && !isSideSlot(expectOf(context)!.slot))),
    isCardOutdatedForTheSide: ({ context }) => {
      const e = expectOf(context);
      const s = context.side;
      return e !== undefined && (!s || s.prompt?.slot !== e.slot || sideMarker(s.kind, context.managerId, context.seq) !== e.marker);
    },
    asksHelpdesk: ({ context }) => isHelpdeskRequest(requestOf(context.commands)?.kind),
    asksPeople: ({ context }) => intentOf(context) !== undefined && !isHelpdeskRequest(requestOf(context.commands)?.kind),
    // A language switch or "où en est-on ?" opens nothing: the grant dialog answers them.
    mayBeForTheHelpdeskOnly: ({ context }) =>
      intentOf(context) === undefined && !has(context.commands, 'switchLanguage') && !has(context.commands, 'recap') && context.grant.slot === null,
    isHelpdeskOnly: ({ event }) => (event as { output?: boolean }).output === true,
    asksToGrant: ({ context }) => requestOf(context.commands)?.kind === 'grant',
    picksANearName: ({ context }) => context.grant.slot === null && nearPicked(context) !== undefined,
    asksStatusOfTheLastPerson: ({ context }) =>
      context.lastPerson !== null && context.grant.slot === null && context.commands.some((c) => c.type === 'startRequest' && c.kind === 'status' && c.subject === 'current'),
    revokesFromTheLastPerson: ({ context }) =>
      context.lastPerson !== null && context.grant.slot === null && context.commands.some((c) => c.type === 'set' && c.about === 'last'),
    asksSideLanguage: ({ context }) => sideLanguage(context.commands, textOf(context), context.side?.prompt?.slot) !== undefined,
    asksSideHelp: ({ context }) => context.side?.prompt != null && (has(context.commands, 'help') || has(context.commands, 'recap')),
    asksSideAside: ({ context }) => context.side?.prompt != null && has(context.commands, 'question'),
    // The people dialog passed the message on: it was another request.
    wasHandedBack: ({ context }) => context.passed,
    // The child at work has answered: its snapshot after the last event sent, and not busy.
    isSettled: ({ context, event }) => context.pending <= 1 && !snapshotOf(event).hasTag('busy'),
  },
  actions: {
    startTurn: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'TURN') return;
      // A language picked in the page since this conversation last heard of it is newer than one asked in the chat.
      const pickedAnew = Boolean(event.picked && event.picked !== context.picked);
      if (pickedAnew) enqueue.sendTo('grant', { type: 'LANGUAGE', locale: null });
      const locale = pickedAnew ? null : context.locale;
      enqueue.assign({
        at: event.at, locale, turnLocale: locale ?? event.locale, picked: event.picked ?? context.picked, restarted: event.restarted ?? false,
        channelId: event.channelId ?? context.channelId, reply: null, extra: [], message: null, commands: [], pending: 0,
        // Saved back as read unless something had to change anyway (a language picked in the page).
        untouched: !pickedAnew,
      });
    }),
    keepMessage: assign(({ event }) => ({ message: event.type === 'TEXT' || event.type === 'CANCEL' ? event : null, untouched: false })),
    noteGrant: assign(({ context, event }) => {
      const snapshot = snapshotOf(event) as GrantSnapshot;
      // The person of the grant under way (or just done) is the last one talked about: "qu'est-ce qu'elle a ?" is about them.
      const niss = snapshot.context.niss;
      return { grant: grantStateOf(snapshot), locale: snapshot.context.locale, lastPerson: niss && /^\d{11}$/.test(niss) ? { niss } : context.lastPerson ?? null };
    }),
    // "qu'est-ce qu'elle a maintenant ?" with nothing under way: the status of the last person of the conversation.
    askStatusOfLastPerson: assign(({ context }) => {
      const codes = context.commands.flatMap((c) => (c.type === 'set' && c.slot === 'applications' ? (c.value as string[]) : []));
      const commands: Command[] = [{ type: 'startRequest', kind: 'status' }, { type: 'set', slot: 'niss', value: context.lastPerson!.niss }];
      return { commands: codes.length > 0 ? [...commands, { type: 'set', slot: 'applications', value: codes }] : commands };
    }),
    // The grant dialog's answer this turn: a status answer about one of the manager's users makes them whom "lui" means.
    noteStatusPerson: assign(({ context, event }) => ({
      lastPerson: statusPersonOf(snapshotOf(event) as GrantSnapshot) ?? context.lastPerson ?? null,
      lastNear: nearOffered(snapshotOf(event) as GrantSnapshot),
    })),
    // "oui" to "did you mean Jan Peeters?", or the name of one offered: the status of that one.
    askStatusOfNear: assign(({ context }) => ({
      commands: [{ type: 'startRequest', kind: 'status' }, { type: 'set', slot: 'niss', value: nearPicked(context)! }] satisfies Command[],
      lastNear: null,
    })),
    // "retire-lui eBirth": a revocation for the person of the last status answer.
    revokeFromLastPerson: assign(({ context }) => {
      const codes = context.commands.flatMap((c) => (c.type === 'set' && c.about === 'last' ? (c.value as string[]) : []));
      return { commands: [{ type: 'startRequest', kind: 'revoke', intent: { kind: 'revoke', niss: context.lastPerson!.niss, applications: codes } } satisfies Command] };
    }),
    answerUnread: assign(({ context, event }) => ({
      reply: unreadReply(event.type === 'UNREAD' ? event.notices : [], {
        side: context.side, grant: context.grant, managerId: context.managerId, seq: context.seq, locale: context.turnLocale, restarted: context.restarted,
      }),
    })),
    answerOutdatedGrantCard: assign(({ context: c }) =>
      done({ view: { ...outdatedView(c.grant.prompt), locale: c.grant.locale }, locale: c.grant.locale ?? c.turnLocale, marker: c.grant.marker }),
    ),
    answerOutdatedSideCard: assign(({ context: c }) => done(sideReplyOf(c.side?.kind ?? 'people', outdatedView(c.side?.prompt ?? null), c.side === null, { ...c, extra: [] }))),
    // What was said before it this turn (a side request set aside) comes first.
    answerFromGrant: assign(({ context, event }) => done(grantReply(snapshotOf(event) as GrantSnapshot, context.turnLocale, context.restarted, context.extra))),
    answerFromSide: assign(({ context, event }, kind: SideKind) => {
      const view = sideView(kind, snapshotOf(event) as SideSnapshot);
      return { ...done(sideReplyOf(kind, view, false, context)), side: { kind, prompt: view.prompt } };
    }),
    /** Its last words, and whether it ended on a message that was not for it: read from its final snapshot, before it goes. */
    answerSideOver: assign(({ context, self }, kind: SideKind) => {
      const last = sideNow(self)!;
      // Passed on: the message, as read, goes to the dialog it is for; what this one said as it went (a request left aside) comes first.
      const c = last.context as { passed?: boolean; notices?: Said[] };
      if (c.passed === true) return { passed: true, extra: [...context.extra, ...(c.notices ?? [])] };
      return done(sideReplyOf(kind, sideView(kind, last), true, context));
    }),
    relayProgress: ({ self }) => relayProgress(self),
    forgetPassed: assign({ passed: false }),
    countSnapshot: assign(({ context }) => ({ pending: context.pending - 1 })),
    forwardToGrant: enqueueActions(({ context, enqueue }) => {
      const events = eventsFor(context, 'message', textOf(context));
      enqueue.assign({ pending: events.length });
      for (const e of events) enqueue.sendTo('grant', e as never);
    }),
    forwardToSide: enqueueActions(({ context, enqueue }, what: Forwarded) => {
      const events = eventsFor(context, what, context.side?.kind === 'helpdesk' ? helpdeskText(context) : textOf(context));
      enqueue.assign({ pending: events.length });
      for (const e of events) enqueue.sendTo('side', e as never);
    }),
    closeSide: assign({ side: null }),
    read: assign(({ context, event }) => {
      const commands = (event as unknown as { output: Command[] }).output;
      // Another request than a status question is about someone else: "lui" no longer points at the last status answer's
      // person; "retire-lui eBirth" itself (marked as about the last one) is the request it points for.
      const aboutLast = commands.some((c) => c.type === 'set' && c.about === 'last');
      const other = !aboutLast && commands.some((c) => c.type === 'startRequest' && c.kind !== 'status');
      return { commands, lastPerson: other ? null : context.lastPerson ?? null };
    }),
    openSide: assign(({ context }, kind: SideKind) => ({ seq: context.seq + 1, side: { kind, prompt: null }, pending: 0 })),
    noticeNoEntity: assign(({ context }) => ({ extra: [...context.extra, { key: 'noEntity' } as Said] })),
    switchSideLanguage: enqueueActions(({ context, enqueue }) => {
      const locale = sideLanguage(context.commands, textOf(context), context.side?.prompt?.slot)!;
      // "auf Deutsch bitte" changes the language and nothing else: the question waiting is asked again in it.
      enqueue.sendTo('grant', { type: 'LANGUAGE', locale });
      enqueue.assign({ locale, turnLocale: locale, extra: [{ key: 'languageChanged' } as Said] });
    }),
    // "ça prend combien de temps ?" at a side question: answered, and the question asked again (the grant dialog's sentences).
    noticeSideAside: assign(({ context }) => {
      const { type: _type, ...question } = context.commands.find((c) => c.type === 'question') as Extract<Command, { type: 'question' }>;
      return { extra: [{ key: 'aside', params: question } as Said] };
    }),
    // The question waiting explained ("people.entity": which entity, with examples), not only that one waits.
    noticeSideHelp: assign(({ context }) => ({
      extra: [{ chat: { key: 'sideHelp', params: { requestWaiting: context.grant.slot !== null, asking: sideQuestionOf(context.side?.prompt?.slot) } } } as Said],
    })),
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => ({
    managerId: input.managerId,
    conversationId: input.conversationId,
    activationDelayMs: input.activationDelayMs,
    ...(input.idleTimeoutMs ? { idleTimeoutMs: input.idleTimeoutMs } : {}),
    ...(input.channelId ? { channelId: input.channelId } : {}),
    locale: null,
    turnLocale: 'fr',
    picked: null,
    at: 0,
    restarted: false,
    seq: 0,
    grant: { slot: null, prompt: null, marker: `${input.managerId}.0.0`, locale: null },
    side: null,
    message: null,
    commands: [],
    pending: 0,
    extra: [],
    reply: null,
    untouched: false,
    passed: false,
    lastPerson: null,
  }),
  // The grant dialog lives as long as the conversation: a request in progress waits through any other.
  invoke: {
    id: 'grant',
    src: 'grant',
    input: ({ context }) => ({
      conversationId: context.conversationId, managerId: context.managerId, activationDelayMs: context.activationDelayMs,
      ...(context.idleTimeoutMs ? { idleTimeoutMs: context.idleTimeoutMs } : {}),
    }),
    onSnapshot: [
      { guard: and([stateIn('#conversation.grant.answering'), 'isSettled']), target: '.grant.waiting', actions: ['noteGrant', 'noteStatusPerson', 'answerFromGrant'] },
      { guard: stateIn('#conversation.grant.answering'), actions: ['noteGrant', 'countSnapshot'] },
      { actions: 'noteGrant' },
    ],
  },
  on: {
    TURN: { actions: 'startTurn' },
    UNREAD: { actions: 'answerUnread' },
  },
  initial: 'grant',
  states: {
    // No side request open: the grant dialog (idle or asking) has the conversation.
    grant: {
      initial: 'waiting',
      states: {
        waiting: {
          on: { TEXT: { target: 'route', actions: 'keepMessage' }, CANCEL: { target: 'route', actions: 'keepMessage' } },
        },
        route: {
          always: [
            { guard: 'isCardForASideRequest', target: 'waiting', actions: 'answerOutdatedSideCard' },
            // Checked in the conversation's queue: a double click finds the first one's result here.
            { guard: 'isCardOutdatedForTheGrant', target: 'waiting', actions: 'answerOutdatedGrantCard' },
            { guard: 'isCancel', target: 'answering' },
            { target: 'reading' },
          ],
        },
        reading: {
          tags: 'busy',
          invoke: {
            src: 'readMessage',
            input: ({ context, self }) => readInput(context, context.grant.slot, self),
            onDone: { target: 'routeRequest', actions: 'read' },
          },
        },
        // What the message asks, read once: another request starts its dialog; the rest is the grant dialog's.
        routeRequest: {
          always: [
            { guard: 'asksToCancel', target: 'answering' },
            { guard: 'picksANearName', target: 'answering', actions: 'askStatusOfNear' },
            { guard: 'asksHelpdesk', target: '#conversation.helpdesk' },
            { guard: 'asksStatusOfTheLastPerson', target: 'answering', actions: 'askStatusOfLastPerson' },
            // "retire-lui eBirth" after a status answer; else (nobody known, a request under way) the grant dialog asks for the NISS.
            { guard: 'revokesFromTheLastPerson', target: '#conversation.people', actions: 'revokeFromLastPerson' },
            { guard: 'mayBeForTheHelpdeskOnly', target: 'checkingRoles' },
            { guard: 'asksPeople', target: '#conversation.people' },
            { target: 'answering' },
          ],
        },
        checkingRoles: {
          tags: 'busy',
          invoke: {
            src: 'isHelpdeskOnly',
            input: ({ context }) => ({ managerId: context.managerId }),
            onDone: [
              // The helpdesk cannot grant (said as the grant dialog says it), and a grant asked is a refusal, audited.
              { guard: and(['isHelpdeskOnly', 'asksToGrant']), target: 'refusing', actions: 'noticeNoEntity' },
              // Then what it can do.
              { guard: 'isHelpdeskOnly', target: '#conversation.helpdesk', actions: 'noticeNoEntity' },
              { target: 'answering' },
            ],
            onError: { target: 'answering' },
          },
        },
        refusing: {
          tags: 'busy',
          invoke: {
            src: 'auditRefusal',
            input: ({ context }) => ({ managerId: context.managerId, action: 'grantAccess' as const, asked: textOf(context), at: context.at }),
            onDone: { target: '#conversation.helpdesk' },
            onError: { target: '#conversation.helpdesk' },
          },
        },
        // The grant dialog's turn: settled on its snapshot (see the root invoke's onSnapshot).
        answering: { tags: 'busy', entry: 'forwardToGrant' },
      },
    },
    people: sideState('people', peopleInput),
    helpdesk: sideState('helpdesk', helpdeskInput),
  },
});

/** The near names this turn's status answer offered with nothing else waiting, if any. */
function nearOffered(snapshot: GrantSnapshot): ConversationContext['lastNear'] {
  const n = snapshot.context.notices.find((x) => x.key === 'statusNameNear');
  return n?.key === 'statusNameNear' && !n.params.waiting ? { candidates: n.params.candidates, nisses: n.params.nisses } : null;
}

/** The NISS of the near one the message picks: a short yes to one offered, else words of one name only ("Jan Peeters"). */
function nearPicked(c: ConversationContext): string | undefined {
  const near = c.lastNear;
  const text = textOf(c);
  if (!near || c.message?.type !== 'TEXT') return undefined;
  if (near.nisses.length === 1 && text.trim().split(/\s+/).length <= 3 && yesNo(normalize(text)) === 'yes') return near.nisses[0];
  return pickNamed(text, near.nisses.map((niss, i) => ({ niss, label: near.candidates[i]!.replace(/\s*\([\d.-]+\)$/, '') })))?.niss;
}

/** The person a status answer of this turn is about, by NISS (only a person found is: one of the manager's users). */
function statusPersonOf(snapshot: GrantSnapshot): { niss: string } | undefined {
  const answer = snapshot.context.notices.find((n) => n.key === 'statusAnswer' && n.params.person !== null);
  const niss = answer?.key === 'statusAnswer' ? answer.params.niss.replace(/\D/g, '') : '';
  return niss.length === 11 ? { niss } : undefined;
}

/** A side request: its dialog a child (`side`) until it is over; the grant dialog waits beside it. */
function sideState<K extends SideKind, I>(kind: K, input: (context: ConversationContext) => I) {
  const answering = `#conversation.${kind}.answering` as const;
  const starting = `#conversation.${kind}.starting` as const;
  return {
    entry: { type: 'openSide', params: kind },
    exit: 'closeSide',
    invoke: {
      id: 'side',
      src: kind,
      input: ({ context }: { context: ConversationContext }) => input(context),
      onSnapshot: [
        // Started: its first snapshot comes back, and it reads the message that asked for it.
        { guard: stateIn(starting), target: '.answering', actions: ['relayProgress', { type: 'forwardToSide', params: 'message' }] },
        { guard: and([stateIn(answering), 'isSettled']), target: `.waiting`, actions: ['relayProgress', { type: 'answerFromSide', params: kind }] },
        { actions: ['relayProgress', 'countSnapshot'] },
      ],
      onDone: { target: '.over', actions: { type: 'answerSideOver', params: kind } },
    },
    initial: 'starting',
    states: {
      starting: { tags: 'busy' },
      waiting: {
        on: { TEXT: { target: 'route', actions: 'keepMessage' }, CANCEL: { target: 'route', actions: 'keepMessage' } },
      },
      route: {
        always: [
          { guard: 'isSideAsideOfAWaitingGrant', target: '#conversation.grant.route' },
          { guard: 'isCardOutdatedForTheSide', target: 'waiting', actions: 'answerOutdatedSideCard' },
          { guard: 'isCancel', target: 'answering', actions: { type: 'forwardToSide', params: 'message' } },
          { target: 'reading' },
        ],
      },
      reading: {
        tags: 'busy',
        invoke: {
          src: 'readMessage',
          input: ({ context }: { context: ConversationContext }) => readInput(context, sideSlotOf(context)),
          onDone: { target: 'routeCommand', actions: 'read' },
        },
      },
      routeCommand: {
        always: [
          // A list left open asks nothing: a stop is for the grant request waiting beside it.
          { guard: and(['asksToCancel', 'sideAsksNothingBesideAWaitingGrant']), target: '#conversation.grant.answering' },
          { guard: 'asksToCancel', target: 'answering', actions: { type: 'forwardToSide', params: 'message' } },
          // "auf Deutsch bitte" changes the language and nothing else: the question waiting is asked again in it.
          { guard: 'asksSideLanguage', target: 'answering', actions: ['switchSideLanguage', { type: 'forwardToSide', params: 'language' }] },
          // "aide", "où en est-on ?": what is awaited, and the question again.
          { guard: 'asksSideHelp', target: 'answering', actions: ['noticeSideHelp', { type: 'forwardToSide', params: 'nothing' }] },
          // "c'est quoi TCT ?", "how long does it take?": answered beside the question waiting, which is asked again.
          { guard: 'asksSideAside', target: 'answering', actions: ['noticeSideAside', { type: 'forwardToSide', params: 'nothing' }] },
          // A people request ends the helpdesk dialog, and starts (the people dialog passes such a message on itself).
          ...(kind === 'helpdesk' ? [{ guard: 'asksPeople', target: '#conversation.grant.routeRequest' } as const] : []),
          { target: 'answering', actions: { type: 'forwardToSide', params: 'message' } },
        ],
      },
      // Settled on the child's snapshot (see the invoke's onSnapshot).
      answering: { tags: 'busy' },
      over: {
        always: [
          // The message was not for it (another request, an answer to the grant's question): read as the grant dialog reads it.
          { guard: 'wasHandedBack', target: '#conversation.grant.reading', actions: 'forgetPassed' },
          // Over: its last words, then back to the grant dialog (with its question, if it waits).
          { target: '#conversation.grant.waiting' },
        ],
      },
    },
  } as const;
}

export type ConversationMachine = typeof conversationMachine;
export type ConversationSnapshot = SnapshotFrom<ConversationMachine>;
