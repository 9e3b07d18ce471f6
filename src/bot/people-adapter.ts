import { assign, fromPromise, setup } from 'xstate';
import type { Store } from '../store/store';
import type { DialogEvent } from '../../dialogs/dialog';
import type { PeopleInput } from '../../dialogs/conversation.machine';
import type { Intent } from '../../dialogs/understanding/intent';
import type { AnyView, Said } from '../../dialogs/view';
import { PeopleFlow, type FlowStep, type FlowTurn, type PeopleState } from './people-flow';

/**
 * The people flow (people-flow.ts, which calls the store itself) behind the people dialog's
 * contract (PeopleInput, DialogEvent, 'busy' tags, final `done`), so the conversation machine runs
 * it as a child now. A thin adapter: dialogs/people/ replaces both with a machine whose I/O are
 * injected actors.
 */
export interface PeopleAdapterContext extends PeopleInput {
  state: PeopleState | null;
  view: AnyView;
  /** The message was not for this request (another request): the conversation reads it again. */
  handedBack: boolean;
}

type PeopleIntent = Parameters<PeopleFlow['start']>[0];
const view = (notices: Said[] = []): AnyView => ({ notices, prompt: null, done: null, locale: null });
const textOf = (e: DialogEvent) => (e.type === 'TEXT' ? e.text : '');
const intentOf = (e: DialogEvent): Intent | undefined =>
  e.type === 'TEXT' ? e.commands?.flatMap((c) => (c.type === 'startRequest' && c.intent ? [c.intent] : []))[0] : undefined;

export function peopleMachineFor(store: Store, options: { activationDelayMs: number }) {
  const flow = new PeopleFlow(store, options);
  const turnOf = (c: PeopleAdapterContext, text: string, intent: Intent | undefined, progress?: FlowTurn['progress']): FlowTurn => ({
    managerId: c.managerId, conversationId: c.conversationId, text, intent, now: c.now, locale: c.locale, channelId: c.channelId,
    ...(progress ? { progress } : {}),
  });
  const stepOf = (event: unknown) => (event as { output: FlowStep<PeopleState> }).output;
  return setup({
    types: { context: {} as PeopleAdapterContext, events: {} as DialogEvent, input: {} as PeopleInput },
    actors: {
      start: fromPromise<FlowStep<PeopleState>, PeopleAdapterContext>(({ input }) => flow.start(input.intent as PeopleIntent, turnOf(input, '', input.intent), input.seq)),
      step: fromPromise<FlowStep<PeopleState>, { context: PeopleAdapterContext; turn: FlowTurn }>(({ input }) => flow.step(input.context.state!, input.turn)),
    },
    guards: {
      isOver: ({ event }) => !stepOf(event).consumed || stepOf(event).state === null,
    },
    actions: {
      stepped: assign(({ event }) => ({ state: stepOf(event).state, view: stepOf(event).view, handedBack: !stepOf(event).consumed })),
    },
  }).createMachine({
    id: 'people',
    context: ({ input }) => ({ ...input, state: null, view: view(), handedBack: false }),
    initial: 'starting',
    on: {
      // Last turn's words are said: the question waiting is what the view holds.
      TURN: { actions: assign(({ context, event }) => ({ now: event.at, ...(event.locale ? { locale: event.locale } : {}), view: { ...view(), prompt: context.state ? flow.promptOf(context.state) : null } })) },
      LANGUAGE: { actions: assign(({ context, event }) => ({ locale: event.locale ?? context.locale })) },
      CANCEL: { target: '.done', actions: assign({ view: view([{ chat: { key: 'sideCancelled' } }]) }) },
    },
    states: {
      starting: {
        tags: 'busy',
        invoke: {
          src: 'start',
          input: ({ context }) => context,
          onDone: [{ guard: 'isOver', target: 'done', actions: 'stepped' }, { target: 'waiting', actions: 'stepped' }],
        },
      },
      waiting: { on: { TEXT: 'stepping' } },
      stepping: {
        tags: 'busy',
        invoke: {
          src: 'step',
          // The progress callback comes with the event and is never kept in the context (it is saved).
          input: ({ context, event }) => ({ context, turn: turnOf(context, textOf(event), intentOf(event), event.type === 'TEXT' ? event.progress : undefined) }),
          onDone: [{ guard: 'isOver', target: 'done', actions: 'stepped' }, { target: 'waiting', actions: 'stepped' }],
        },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => context,
  });
}
