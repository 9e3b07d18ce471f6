import { and, assign, fromPromise, setup } from 'xstate';
import type { Locale } from '../../src/domain/locale';
import type { PeopleNotice } from '../../src/i18n/people.catalog';
import { move } from './portal-guide.machine';
import { guideSteps } from './portal-guide';
import { BACK, NEXT, parseHelpdesk, STOP, word } from '../understanding/helpdesk-reading';

/**
 * The helpdesk's conversation: "why can't <NISS> open <application>?" answered by a diagnosis, and
 * "guide <application>" walking the portal procedure one step per message. A machine of its own,
 * next to the grant dialog; lookups are injected actors, as there.
 */
export type HelpdeskEvent = { type: 'TEXT'; text: string };

export interface GuideApp {
  name: string;
  needsFunction: boolean;
}

export interface HelpdeskInput {
  managerId: number;
  locale: Locale;
}

export type HelpdeskReply =
  | { kind: 'notice'; notice: PeopleNotice }
  | { kind: 'guide'; index: number; total: number; appName: string; needsFunction: boolean };

export interface HelpdeskContext extends HelpdeskInput {
  guide: { index: number; appName: string; needsFunction: boolean } | null;
  pending: { niss: string; text: string } | { guideFor: string } | null;
  reply: HelpdeskReply | null;
}

const missing = (name: string) => async (): Promise<never> => {
  throw new Error(`actor ${name} must be provided with machine.provide()`);
};

export const helpdeskMachine = setup({
  types: { context: {} as HelpdeskContext, events: {} as HelpdeskEvent, input: {} as HelpdeskInput },
  actors: {
    /** Finds the application named in the text and diagnoses; returns the notice to say. */
    diagnose: fromPromise<PeopleNotice, { managerId: number; niss: string; text: string }>(missing('diagnose')),
    /** The application named in the text, in the agent's language, or null. */
    findApplication: fromPromise<GuideApp | null, { text: string; locale: Locale }>(missing('findApplication')),
  },
  guards: {
    asksDiagnosis: ({ event }) => parseHelpdesk(event.text).kind === 'diagnose',
    asksGuide: ({ event }) => parseHelpdesk(event.text).kind === 'guide',
    saysNext: ({ event }) => word(event.text, NEXT),
    saysBack: ({ event }) => word(event.text, BACK),
    saysStop: ({ event }) => word(event.text, STOP),
    lastStep: ({ context }) => context.guide !== null && context.guide.index + 1 >= guideSteps(context.guide.needsFunction).length,
  },
  actions: {
    help: assign({ reply: { kind: 'notice', notice: { key: 'helpdeskHelp' } } }),
    showStep: assign({
      reply: ({ context }) => {
        const g = context.guide!;
        return { kind: 'guide' as const, index: g.index, total: guideSteps(g.needsFunction).length, appName: g.appName, needsFunction: g.needsFunction };
      },
    }),
  },
}).createMachine({
  id: 'helpdesk',
  context: ({ input }) => ({ ...input, guide: null, pending: null, reply: null }),
  initial: 'idle',
  states: {
    idle: {
      on: {
        TEXT: [
          {
            guard: 'asksDiagnosis',
            target: 'diagnosing',
            actions: assign({
              pending: ({ event }) => {
                const p = parseHelpdesk(event.text) as { niss: string; rest: string };
                return { niss: p.niss, text: p.rest };
              },
            }),
          },
          {
            guard: 'asksGuide',
            target: 'findingGuide',
            actions: assign({ pending: ({ event }) => ({ guideFor: (parseHelpdesk(event.text) as { application: string }).application }) }),
          },
          { actions: 'help' },
        ],
      },
    },
    diagnosing: {
      invoke: {
        src: 'diagnose',
        input: ({ context }) => {
          const p = context.pending as { niss: string; text: string };
          return { managerId: context.managerId, niss: p.niss, text: p.text };
        },
        onDone: { target: 'idle', actions: assign({ reply: ({ event }) => ({ kind: 'notice' as const, notice: event.output }), pending: null }) },
        onError: { target: 'idle', actions: assign({ reply: { kind: 'notice', notice: { key: 'helpdeskHelp' } }, pending: null }) },
      },
    },
    findingGuide: {
      invoke: {
        src: 'findApplication',
        input: ({ context }) => ({ text: (context.pending as { guideFor: string }).guideFor, locale: context.locale }),
        onDone: [
          {
            guard: ({ event }) => event.output !== null,
            target: 'guiding',
            actions: [
              assign({ guide: ({ event }) => ({ index: 0, appName: event.output!.name, needsFunction: event.output!.needsFunction }), pending: null }),
              'showStep',
            ],
          },
          { target: 'idle', actions: assign({ reply: { kind: 'notice', notice: { key: 'guideWhichApplication' } }, pending: null }) },
        ],
        onError: { target: 'idle', actions: assign({ reply: { kind: 'notice', notice: { key: 'guideWhichApplication' } }, pending: null }) },
      },
    },
    guiding: {
      on: {
        TEXT: [
          { guard: 'saysStop', target: 'idle', actions: assign({ guide: null, reply: { kind: 'notice', notice: { key: 'guideStopped' } } }) },
          { guard: and(['saysNext', 'lastStep']), target: 'idle', actions: assign({ guide: null, reply: { kind: 'notice', notice: { key: 'guideStopped' } } }) },
          {
            guard: 'saysNext',
            actions: [assign({ guide: ({ context }) => ({ ...context.guide!, index: move(context.guide!.index, guideSteps(context.guide!.needsFunction).length, 'NEXT').index }) }), 'showStep'],
          },
          {
            guard: 'saysBack',
            actions: [assign({ guide: ({ context }) => ({ ...context.guide!, index: move(context.guide!.index, guideSteps(context.guide!.needsFunction).length, 'BACK').index }) }), 'showStep'],
          },
          // Anything else in the middle of the guide: a question may start over; otherwise, the step again.
          { guard: 'asksDiagnosis', target: 'diagnosing', actions: assign({ guide: null, pending: ({ event }) => { const p = parseHelpdesk(event.text) as { niss: string; rest: string }; return { niss: p.niss, text: p.rest }; } }) },
          { actions: 'showStep' },
        ],
      },
    },
  },
});
