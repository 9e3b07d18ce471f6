import type { Locale } from '../src/domain/locale';
import type { Command } from './understanding/commands';
import type { Said } from './view';

/**
 * What every dialog the conversation machine runs as a child (grant, people, helpdesk) accepts,
 * in this order within a turn: TURN (the clock and the client's language), then TEXT or CANCEL.
 * LANGUAGE changes the language and nothing else. A child tags the states where it works 'busy'
 * (the turn is settled when no child is busy) and reaches a final state when its request is over.
 * Each child's module exports a `viewOf(snapshot)` giving the AnyView (dialogs/view.ts) to render.
 */
export type DialogEvent =
  | { type: 'TURN'; at: number; locale?: Locale }
  /** commands: the message as read once by the conversation machine (dialogs/understanding/commands.ts). */
  | {
      type: 'TEXT';
      text: string;
      commands?: Command[];
      files?: { line: number; input: string }[];
      /** Says a notice at once, while the turn still runs (the progress of a bulk grant); never saved. */
      progress?: (notice: Said) => Promise<void>;
    }
  | { type: 'CANCEL' }
  | { type: 'LANGUAGE'; locale: Locale | null };
