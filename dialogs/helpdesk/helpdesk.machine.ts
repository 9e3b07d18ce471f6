import { and, assign, fromPromise, setup } from 'xstate';
import type { DialogEvent } from '../dialog';
import type { Locale } from '../../src/domain/locale';
import type { PeopleNotice } from '../../src/i18n/people.catalog';
import type { NamedCandidate } from '../grant/grant-access.types';
import { formatNiss } from '../../src/domain/niss';
import { move } from './portal-guide.machine';
import { guideSteps } from './portal-guide';
import { BACK, NEXT, parseHelpdesk, STOP, word } from '../understanding/helpdesk-reading';
import { normalize, yesNo } from '../understanding/parse';
import { pickNamed } from '../understanding/names';

/**
 * The helpdesk's conversation: "why can't <NISS> open <application>?" answered by a diagnosis, and
 * "guide <application>" walking the portal procedure one step per message. A child of the
 * conversation machine (dialogs/conversation.machine.ts): started, it reads the first TEXT (the
 * message that asked for it); lookups are injected actors, as the grant dialog's. It ends (`done`)
 * once it has answered, except while a guide waits for "next".
 */
export type HelpdeskEvent = DialogEvent;

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
  /** Nobody so named, but near names ("els jansens" → Els Janssens): asked, never taken without a yes. */
  | { kind: 'near'; name: string; candidates: string[] }
  | { kind: 'guide'; index: number; total: number; appName: string; needsFunction: boolean };

export interface HelpdeskContext extends HelpdeskInput {
  guide: { index: number; appName: string; needsFunction: boolean } | null;
  /** The diagnosis asked (a NISS, or a name looked up first; logIn: it is logging in that fails), or the guide. */
  pending: { niss: string; text: string; logIn: boolean } | { name: string; text: string; logIn: boolean; near?: NamedCandidate[] } | { guideFor: string } | null;
  reply: HelpdeskReply | null;
}

const textOf = (e: HelpdeskEvent) => (e.type === 'TEXT' ? e.text : '');

const missing = (name: string) => async (): Promise<never> => {
  throw new Error(`actor ${name} must be provided with machine.provide()`);
};

/** What the reader made of the message (dialogs/understanding/intent.ts): the person named, and whether logging in fails. */
const intentOf = (e: HelpdeskEvent) => {
  const start = e.type === 'TEXT' ? e.commands?.find((c) => c.type === 'startRequest' && c.intent?.kind === 'diagnose') : undefined;
  const intent = start?.type === 'startRequest' && start.intent?.kind === 'diagnose' ? start.intent : undefined;
  return { name: intent?.name, logIn: intent?.logIn === true };
};
/** A diagnosis asked in the message: the NISS, else the person's name, and the rest of the sentence (where the application is named). */
const diagnosisOf = (e: HelpdeskEvent): HelpdeskContext['pending'] => {
  const text = textOf(e);
  const p = parseHelpdesk(text);
  const { name, logIn } = intentOf(e);
  if (p.kind === 'diagnose') return { niss: p.niss, text: p.rest, logIn };
  return name ? { name, text, logIn } : null;
};
/** The near one the answer takes: "ja" to one offered, else by number, name or NISS; the diagnosis is then theirs. */
const diagnosisOfNear = (c: HelpdeskContext, e: HelpdeskEvent): HelpdeskContext['pending'] | undefined => {
  const p = c.pending as { name: string; text: string; logIn: boolean; near?: NamedCandidate[] };
  const near = p.near ?? [];
  const text = textOf(e);
  const short = text.trim().split(/\s+/).length <= 3;
  // A NISS alone, theirs or another's: the diagnosis asked, for that NISS.
  const typed = parseHelpdesk(text);
  if (typed.kind === 'diagnose' && typed.rest.trim() === '') return { niss: typed.niss, text: p.text.replace(p.name, ' '), logIn: p.logIn };
  const picked = near.length === 1 && short && yesNo(normalize(text)) === 'yes' ? near[0] : pickNamed(text, near);
  return picked ? { niss: picked.niss, text: p.text.replace(p.name, ' '), logIn: p.logIn } : undefined;
};
const guideOf = (text: string) => ({ guideFor: (parseHelpdesk(text) as { application: string }).application });

export const helpdeskMachine = setup({
  types: { context: {} as HelpdeskContext, events: {} as HelpdeskEvent, input: {} as HelpdeskInput },
  actors: {
    /** Finds the application named in the text and diagnoses; returns the notice to say. */
    diagnose: fromPromise<PeopleNotice, { managerId: number; niss: string; text: string; logIn?: boolean }>(missing('diagnose')),
    /** The users of the agent's entities so named (the grant dialog's own lookup): a diagnosis by name is about one of them. */
    findPersonByName: fromPromise<NamedCandidate[], { managerId: number; name: string }>(missing('findPersonByName')),
    /** The application named in the text, in the agent's language, or null. */
    findApplication: fromPromise<GuideApp | null, { text: string; locale: Locale }>(missing('findApplication')),
  },
  guards: {
    asksDiagnosis: ({ context }) => context.pending !== null && 'niss' in context.pending,
    asksDiagnosisByName: ({ context }) => context.pending !== null && 'name' in context.pending,
    asksGuide: ({ context }) => context.pending !== null && 'guideFor' in context.pending,
    saysNext: ({ event }) => word(textOf(event), NEXT),
    saysBack: ({ event }) => word(textOf(event), BACK),
    saysStop: ({ event }) => word(textOf(event), STOP),
    asksAnotherDiagnosis: ({ event }) => diagnosisOf(event) !== null,
    picksANearOne: ({ context, event }) => diagnosisOfNear(context, event) !== undefined,
    declinesTheNear: ({ event }) => yesNo(normalize(textOf(event))) === 'no',
    lastStep: ({ context }) => context.guide !== null && context.guide.index + 1 >= guideSteps(context.guide.needsFunction).length,
  },
  actions: {
    sayNobodyNamed: assign({
      reply: ({ context }) => ({ kind: 'notice' as const, notice: { key: 'diagNobodyNamed' as const, params: { name: (context.pending as { name: string }).name } } }),
      pending: null,
    }),
    offerNear: assign({
      reply: ({ context }) => {
        const p = context.pending as { name: string; near: NamedCandidate[] };
        return { kind: 'near' as const, name: p.name, candidates: p.near.map((c) => `${c.label} (${formatNiss(c.niss)})`) };
      },
    }),
    help: assign({ reply: { kind: 'notice', notice: { key: 'helpdeskHelp' } } }),
    showStep: assign({
      reply: ({ context }) => {
        const g = context.guide!;
        return { kind: 'guide' as const, index: g.index, total: guideSteps(g.needsFunction).length, appName: g.appName, needsFunction: g.needsFunction };
      },
    }),
    step: assign({
      guide: ({ context }, direction: 'NEXT' | 'BACK') => ({ ...context.guide!, index: move(context.guide!.index, guideSteps(context.guide!.needsFunction).length, direction).index }),
    }),
    stopGuide: assign({ guide: null, reply: { kind: 'notice', notice: { key: 'guideStopped' } } }),
  },
}).createMachine({
  id: 'helpdesk',
  context: ({ input }) => ({ ...input, guide: null, pending: null, reply: null }),
  initial: 'idle',
  on: {
    // A new turn: last turn's reply is said; the language follows the conversation's ("auf Deutsch bitte").
    TURN: { actions: assign({ reply: null }) },
    LANGUAGE: { actions: assign(({ context, event }) => ({ locale: event.locale ?? context.locale })) },
    CANCEL: { target: '.done', actions: 'stopGuide' },
  },
  states: {
    idle: {
      on: {
        TEXT: {
          target: 'reading',
          actions: assign({
            pending: ({ event }) => {
              const text = textOf(event);
              return parseHelpdesk(text).kind === 'guide' ? guideOf(text) : diagnosisOf(event);
            },
          }),
        },
      },
    },
    // What the first message asked: a diagnosis, a guide, else what the helpdesk can do.
    reading: {
      always: [
        { guard: 'asksDiagnosis', target: 'diagnosing' },
        { guard: 'asksDiagnosisByName', target: 'findingPerson' },
        { guard: 'asksGuide', target: 'findingGuide' },
        { target: 'done', actions: 'help' },
      ],
    },
    diagnosing: {
      tags: 'busy',
      invoke: {
        src: 'diagnose',
        input: ({ context }) => {
          const p = context.pending as { niss: string; text: string; logIn: boolean };
          return { managerId: context.managerId, niss: p.niss, text: p.text, logIn: p.logIn };
        },
        onDone: { target: 'done', actions: assign({ reply: ({ event }) => ({ kind: 'notice' as const, notice: event.output }), pending: null }) },
        onError: { target: 'done', actions: ['help', assign({ pending: null })] },
      },
    },
    // By name: only the users of the agent's entities are searched; one found is diagnosed, else it is said who is not or who are.
    findingPerson: {
      tags: 'busy',
      invoke: {
        src: 'findPersonByName',
        input: ({ context }) => ({ managerId: context.managerId, name: (context.pending as { name: string }).name }),
        onDone: [
          {
            guard: ({ event }) => event.output.length === 1 && event.output[0]!.near !== true,
            target: 'diagnosing',
            actions: assign({
              pending: ({ context, event }) => {
                const p = context.pending as { name: string; text: string; logIn: boolean };
                return { niss: event.output[0]!.niss, text: p.text.replace(p.name, ' '), logIn: p.logIn };
              },
            }),
          },
          {
            guard: ({ event }) => event.output.length > 1 && event.output.every((c) => c.near !== true),
            target: 'done',
            actions: assign({
              reply: ({ context, event }) => ({
                kind: 'notice' as const,
                notice: { key: 'diagSeveralNamed', params: { name: (context.pending as { name: string }).name, candidates: event.output.map((c) => `${c.label} (${formatNiss(c.niss)})`) } },
              }),
              pending: null,
            }),
          },
          {
            guard: ({ event }) => event.output.length === 0,
            target: 'done',
            actions: 'sayNobodyNamed',
          },
          // Only near names: offered as a question ("Bedoelt u Els Janssens?"), the diagnosis waits for the answer.
          { target: 'offeringNear', actions: assign({ pending: ({ context, event }) => ({ ...(context.pending as { name: string; text: string; logIn: boolean }), near: event.output }) }) },
        ],
        onError: { target: 'done', actions: ['help', assign({ pending: null })] },
      },
    },
    offeringNear: {
      meta: { slot: 'helpdesk.person' },
      entry: 'offerNear',
      on: {
        TEXT: [
          { guard: 'picksANearOne', target: 'diagnosing', actions: assign({ pending: ({ context, event }) => diagnosisOfNear(context, event)! }) },
          { guard: 'asksAnotherDiagnosis', target: 'reading', actions: assign({ pending: ({ event }) => diagnosisOf(event) }) },
          { guard: 'declinesTheNear', target: 'done', actions: 'sayNobodyNamed' },
          { actions: 'offerNear' },
        ],
      },
    },
    findingGuide: {
      tags: 'busy',
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
          { target: 'done', actions: assign({ reply: { kind: 'notice', notice: { key: 'guideWhichApplication' } }, pending: null }) },
        ],
        onError: { target: 'done', actions: assign({ reply: { kind: 'notice', notice: { key: 'guideWhichApplication' } }, pending: null }) },
      },
    },
    guiding: {
      meta: { slot: 'helpdesk.guide' },
      // The step waiting is shown again after a turn that said nothing else (a language switch, "help").
      always: { guard: ({ context }) => context.reply === null, actions: 'showStep' },
      on: {
        TEXT: [
          { guard: 'saysStop', target: 'done', actions: 'stopGuide' },
          { guard: and(['saysNext', 'lastStep']), target: 'done', actions: 'stopGuide' },
          { guard: 'saysNext', actions: [{ type: 'step', params: 'NEXT' }, 'showStep'] },
          { guard: 'saysBack', actions: [{ type: 'step', params: 'BACK' }, 'showStep'] },
          // Anything else in the middle of the guide: a diagnosis starts; otherwise, the step again.
          { guard: 'asksAnotherDiagnosis', target: 'reading', actions: assign({ guide: null, pending: ({ event }) => diagnosisOf(event) }) },
          { actions: 'showStep' },
        ],
      },
    },
    done: { type: 'final' },
  },
});
