import { assign, setup } from 'xstate';
import type { Locale } from '../../src/domain/locale';
import { guideSteps } from './portal-guide';

export type GuideEvent = { type: 'NEXT' } | { type: 'BACK' } | { type: 'STOP' };

export interface GuideInput {
  locale: Locale;
  /** The application's name in the agent's language, as the portal lists it. */
  appName: string;
  needsFunction: boolean;
}

export interface GuideContext extends GuideInput {
  index: number;
  total: number;
}

/** Pure navigation: next and back stay within the steps; the last NEXT ends the guide. */
export function move(index: number, total: number, event: GuideEvent['type']): { index: number; finished: boolean } {
  if (event === 'STOP') return { index, finished: true };
  if (event === 'BACK') return { index: Math.max(0, index - 1), finished: false };
  return index + 1 >= total ? { index, finished: true } : { index: index + 1, finished: false };
}

/** The portal guide, one step per message, "next/back/stop". No I/O: the bot renders it (src/i18n/helpdesk-reply.ts, guideMessage). */
export const portalGuideMachine = setup({
  types: { context: {} as GuideContext, events: {} as GuideEvent, input: {} as GuideInput },
  guards: {
    isLast: ({ context }) => context.index + 1 >= context.total,
  },
}).createMachine({
  id: 'portalGuide',
  context: ({ input }) => ({ ...input, index: 0, total: guideSteps(input.needsFunction).length }),
  initial: 'step',
  states: {
    step: {
      on: {
        NEXT: [
          { guard: 'isLast', target: 'done' },
          { actions: assign({ index: ({ context }) => move(context.index, context.total, 'NEXT').index }) },
        ],
        BACK: { actions: assign({ index: ({ context }) => move(context.index, context.total, 'BACK').index }) },
        STOP: 'stopped',
      },
    },
    done: { type: 'final' },
    stopped: { type: 'final' },
  },
});
