import { waitFor, type Actor } from 'xstate';
import type { GrantAccessMachine } from '../../dialogs/grant/grant-access.machine';
import type { GrantContext, GrantEvent } from '../../dialogs/grant/grant-access.types';
import { isSettled, type GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import { hasVocabulary, readContextOf } from '../../dialogs/grant/read-context';
import { readCommands } from '../../dialogs/understanding/commands';
import type { Vocabulary } from '../../dialogs/understanding/understand';
import type { Locale } from '../../src/domain/locale';

/**
 * A message to the grant dialog as the conversation gives it: read once into commands with the
 * dialog's own reading context (readContextOf: the slot asked, the turn's clock, the language, the
 * start date known), a stop sent as CANCEL. `vocabulary`: what the store would read the first
 * message with, before the dialog has loaded its own.
 */
export function grantMessage(context: GrantContext, text: string, vocabulary: Vocabulary): GrantEvent {
  const commands = readCommands(text, readContextOf(context, hasVocabulary(context) ? undefined : vocabulary));
  return commands.some((c) => c.type === 'cancel') ? { type: 'CANCEL' } : { type: 'TEXT', text, commands };
}

/** One turn: the clock (and the client's language), then the message read once; settled. */
export async function sayTo(
  actor: Actor<GrantAccessMachine>, text: string, options: { at: number; vocabulary: Vocabulary; locale?: Locale },
): Promise<GrantSnapshot> {
  actor.send({ type: 'TURN', at: options.at, ...(options.locale ? { locale: options.locale } : {}) });
  actor.send(grantMessage(actor.getSnapshot().context, text, options.vocabulary));
  return waitFor(actor, isSettled);
}
