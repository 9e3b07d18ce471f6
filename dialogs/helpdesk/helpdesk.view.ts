import type { SnapshotFrom } from 'xstate';
import type { AnyPrompt, AnyView, Said } from '../view';
import type { helpdeskMachine } from './helpdesk.machine';

export type HelpdeskSnapshot = SnapshotFrom<typeof helpdeskMachine>;

/** Bump when the helpdesk machine changes shape: part of the conversation's one version. */
export const HELPDESK_MACHINE_VERSION = 4;

const GUIDE_CHOICES: AnyPrompt['choices'] = (['guideBack', 'guideNext', 'guideStop'] as const).map((key) => ({ label: { people: { key } }, value: { people: { key } } }));

/**
 * What the helpdesk dialog says: a guide's step is the question waiting (with its buttons), in the
 * language the dialog speaks now; any other reply is a notice.
 */
export function viewOf(snapshot: HelpdeskSnapshot): AnyView {
  const { reply } = snapshot.context;
  const view: AnyView = { notices: [], prompt: null, done: null, locale: null };
  if (!reply) return view;
  if (reply.kind === 'guide') {
    const prompt: AnyPrompt = { slot: 'helpdesk.guide', message: { guide: reply }, choices: GUIDE_CHOICES, multiple: false };
    return { ...view, prompt };
  }
  if (reply.kind === 'near') {
    const message: Said = { key: 'personsNear', params: { named: reply.name, candidates: reply.candidates } };
    const prompt: AnyPrompt = { slot: 'helpdesk.person', message, choices: reply.candidates.map((c, i) => ({ label: { literal: c }, value: { literal: String(i + 1) } })), multiple: false };
    return { ...view, prompt };
  }
  const said: Said = { people: reply.notice };
  return { ...view, notices: [said] };
}
