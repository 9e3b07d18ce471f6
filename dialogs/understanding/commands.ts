import type { Locale } from '../../src/domain/locale';
import type { Slot } from '../grant/grant-access.types';
import { readIntent, type Intent } from './intent';
import { asksForGrant, commandOf, languageRequest, type Vocabulary } from './understand';

/**
 * A message read once, as commands (in the spirit of Rasa CALM's command generator): what the
 * conversation machine applies, and the dialogs fill their slots from. Pure: the same text, the
 * same vocabulary and the same clock give the same commands.
 */
export type RequestKind =
  | 'grant' | 'status' | 'audit' | 'list' | 'export' | 'revoke' | 'endFunction' | 'remove' | 'designate' | 'bulk' | 'diagnose' | 'guide';

export type Command =
  | { type: 'set'; slot: Slot | string; value: unknown }
  | { type: 'correct'; slot: Slot | string; value: unknown }
  | { type: 'cancel' }
  | { type: 'startOver' }
  | { type: 'back' }
  | { type: 'help' }
  | { type: 'recap' }
  | { type: 'switchLanguage'; locale: Locale }
  /** intent: what the people and helpdesk dialogs start from (absent for a grant, read by the grant dialog). */
  | { type: 'startRequest'; kind: RequestKind; intent?: Intent }
  | { type: 'clarify'; slot: Slot | string; candidates: unknown[] }
  | { type: 'unknown'; slot: Slot | string; text: string };

export interface ReadContext {
  vocabulary: Vocabulary;
  now: number;
  /** The slot the dialog in progress waits for, if any: an answer to it is not a new request. */
  expecting: Slot | string | null;
  files?: { line: number; input: string }[];
}

const KIND_OF_INTENT: Record<Intent['kind'], RequestKind> = {
  list: 'list', export: 'export', revoke: 'revoke', endFunction: 'endFunction', removeUser: 'remove',
  designate: 'designate', bulk: 'bulk', audit: 'audit', diagnose: 'diagnose', guide: 'guide',
};

/** The commands of one message. */
export function readCommands(text: string, context: ReadContext): Command[] {
  const commands: Command[] = [];
  const grantSlot = context.expecting && !context.expecting.includes('.') ? (context.expecting as Slot) : null;
  const language = languageRequest(text, grantSlot);
  if (language) commands.push({ type: 'switchLanguage', locale: language });
  const command = commandOf(text);
  if (command) commands.push({ type: command });
  const intent = readIntent(text, context.vocabulary, { now: context.now, ...(context.files?.length ? { files: context.files } : {}) });
  if (intent) commands.push({ type: 'startRequest', kind: KIND_OF_INTENT[intent.kind], intent });
  else if (!command && !language && asksForGrant(text)) commands.push({ type: 'startRequest', kind: 'grant' });
  return commands;
}
