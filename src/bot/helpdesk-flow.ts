import { createActor, waitFor, type SnapshotFrom } from 'xstate';
import type { Locale } from '../domain/locale';
import type { Store } from '../store/store';
import { helpdeskText, type HelpdeskReply } from '../../dialogs/helpdesk/helpdesk.machine';
import { escapeParams } from '../../dialogs/messages/markdown';
import { helpdeskMachineFor } from './helpdesk-actors';
import { guideSteps } from '../../dialogs/helpdesk/portal-guide';
import { explain } from '../../dialogs/people/explain';
import type { AnyPrompt, AnyView, Said } from '../../dialogs/view';

/** One turn of a flow beside the grant dialog: its state to save (null: over) and what to say. */
export interface FlowStep<S> {
  state: S | null;
  view: AnyView;
  /** False: the message is not for this flow (another request); the caller ends it and reads the message again. */
  consumed: boolean;
}

/** Bump when the helpdesk machine changes shape: an older saved snapshot is then dropped. */
export const HELPDESK_FLOW_VERSION = 1;

type HelpdeskMachine = ReturnType<typeof helpdeskMachineFor>;
export type HelpdeskSnapshot = SnapshotFrom<HelpdeskMachine>;

const SETTLE_TIMEOUT_MS = 10_000;
const GUIDE_CHOICES: AnyPrompt['choices'] = (['guideBack', 'guideNext', 'guideStop'] as const).map((key) => ({ label: { people: { key } }, value: { people: { key } } }));

/**
 * The helpdesk machine (diagnosis, portal guide) as a conversation flow: its snapshot is saved
 * with the conversation; a guide in progress keeps the flow, a diagnosis ends it.
 */
export class HelpdeskFlow {
  private readonly machine: HelpdeskMachine;

  constructor(store: Store) {
    this.machine = helpdeskMachineFor(store);
  }

  async step(saved: HelpdeskSnapshot | null, turn: { managerId: number; text: string; locale: Locale }): Promise<FlowStep<HelpdeskSnapshot>> {
    const input = { managerId: turn.managerId, locale: turn.locale };
    const actor = createActor(this.machine, saved ? { snapshot: saved, input } : { input });
    actor.subscribe({ error: () => undefined });
    actor.start();
    actor.send({ type: 'TEXT', text: turn.text });
    const settled = await waitFor(actor, (s) => s.status === 'error' || s.matches('idle') || s.matches('guiding'), { timeout: SETTLE_TIMEOUT_MS });
    const persisted = actor.getPersistedSnapshot() as HelpdeskSnapshot;
    actor.stop();
    if (settled.status === 'error') return { state: null, view: view(explain(settled.error)), consumed: true };
    const reply = settled.context.reply as HelpdeskReply | null;
    const guiding = settled.matches('guiding');
    // The machine's context keeps the language it started in; the guide reads in it.
    const locale = settled.context.locale;
    if (!reply) return { state: null, view: view([]), consumed: true };
    if (reply.kind === 'guide') {
      const prompt: AnyPrompt = { slot: 'helpdesk.guide', message: { literal: helpdeskText(escapeParams(reply), locale) }, choices: GUIDE_CHOICES, multiple: false };
      return { state: guiding ? persisted : null, view: { ...view([]), prompt }, consumed: true };
    }
    return { state: guiding ? persisted : null, view: view([{ people: reply.notice }]), consumed: true };
  }

  /** The guide's step waiting, as its prompt in `locale`; null when no guide is under way. */
  promptOf(saved: HelpdeskSnapshot | null, locale: Locale): AnyPrompt | null {
    const g = saved?.context.guide;
    if (!g) return null;
    const reply: HelpdeskReply = { kind: 'guide', index: g.index, total: guideSteps(g.needsFunction).length, appName: g.appName, needsFunction: g.needsFunction };
    return { slot: 'helpdesk.guide', message: { literal: helpdeskText(escapeParams(reply), locale) }, choices: GUIDE_CHOICES, multiple: false };
  }

  /** The saved flow, speaking `locale` from now on ("auf Deutsch bitte" during a guide). */
  relocalized(saved: HelpdeskSnapshot, locale: Locale): HelpdeskSnapshot {
    return { ...saved, context: { ...saved.context, locale } } as HelpdeskSnapshot;
  }

  /** Ends a guide in progress ("stop" said as a cancel). */
  stopped(): AnyView {
    return view([{ people: { key: 'guideStopped' } }]);
  }
}

function view(notices: Said[]): AnyView {
  return { notices, prompt: null, done: null, locale: null };
}
