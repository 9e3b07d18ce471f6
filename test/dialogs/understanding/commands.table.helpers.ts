import type { Command, RequestKind } from '../../../dialogs/understanding/commands';
import type { Intent } from '../../../dialogs/understanding/intent';
import type { PortalTopic } from '../../../dialogs/understanding/aside-questions';
import type { Locale } from '../../../src/domain/locale';
import { vocabulary } from './fixture';

/** A message, the slot the dialog waits for (null: none), and the exact commands it must yield, in order. */
export type Row = [text: string, expecting: string | null, commands: Command[]];

export const MARIE = '85073003328';
export const JAN = '90041212377';
export const LUC = '78110324621';

export const cancel: Command = { type: 'cancel' };
export const help: Command = { type: 'help' };
export const back: Command = { type: 'back' };
export const startOver: Command = { type: 'startOver' };
export const recap: Command = { type: 'recap' };
export const language = (locale: Locale): Command => ({ type: 'switchLanguage', locale });
/** A designation keeps the role's words as typed ("co-beheerder"); their exact value is tested in designation-words.test.ts. */
const ROLE_SAID = expect.any(String) as unknown as string;
export const start = (kind: RequestKind, intent?: Intent): Command =>
  intent ? { type: 'startRequest', kind, intent: intent.kind === 'designate' && !('said' in intent) ? { ...intent, said: ROLE_SAID } : intent } : { type: 'startRequest', kind };
/** A diagnosis asked by name ("pourquoi Lucas Mertens n'a pas accès …"), and whether it is logging in that fails. */
export const diagnoseNamed = (name: string, logIn = false): Command => start('diagnose', { kind: 'diagnose', name, ...(logIn ? { logIn: true as const } : {}) });
/** A designation (or its removal) of someone named by name, at an entity when one is said. */
export const designateNamed = (name: string, role: 'GA' | 'CO_RAE', entity?: number, remove = false): Command =>
  start('designate', { kind: 'designate', role, remove, identifier: null, niss: null, name, ...(entity !== undefined ? { entity } : {}) });
/** A no where a NISS is asked: a refusal (of the name offered, or of giving one), never a NISS typed wrong. */
export const declines: Command = { type: 'set', slot: 'nearName', value: 'no' };
/** A revocation by name, looked up among the manager's users. */
export const revokeNamed = (name: string, applications: string[]): Command => start('revoke', { kind: 'revoke', niss: null, name, applications });
/** A revocation about the person of the last status answer ("retire-lui eBirth"). */
export const revokeLast = (applications: string[]): Command[] => [start('revoke', { kind: 'revoke', niss: null, applications }), { type: 'set', slot: 'applications.remove', value: applications, revoke: true, about: 'last' }];
/** A status question about the person of the request in progress ("a-t-il déjà Colindos ?"). */
export const statusOfCurrent: Command = { type: 'startRequest', kind: 'status', subject: 'current' };
export const set = (slot: string, value: unknown): Command => ({ type: 'set', slot, value });
export const correct = (slot: string, value: unknown): Command => ({ type: 'correct', slot, value });
export const clarify = (slot: string, candidates: unknown[], text?: string): Command => (text ? { type: 'clarify', slot, candidates, text } : { type: 'clarify', slot, candidates });
/** A date command whose date was said without a year and read in next year: said back ("3 mars" in December). */
export const ahead = (command: Command, said: string): Command => ({ ...command, readAhead: [{ said, date: (command as { value: string }).value }] } as Command);
/** Applications taken away by a revocation ("retire Colindos"): never granted. */
export const revoking = (codes: string[]): Command => ({ type: 'set', slot: 'applications.remove', value: codes, revoke: true } as Command);
/** A past day refused carries the day read (said back by its date); its exact value is the date tables' (relative-dates). */
const PAST_DAY = expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown as string;
export const unknown = (slot: string, text: string, problem?: string): Command =>
  problem === 'past' ? { type: 'unknown', slot, text, problem, date: PAST_DAY } : problem ? { type: 'unknown', slot, text, problem } : { type: 'unknown', slot, text };

/** A question about Sésame or the portal asked in passing: answered beside the request, nothing set ("c'est quoi TCT ?"). */
export const aside = {
  delay: { type: 'question', topic: 'activationDelay' } as Command,
  application: (code: string): Command => ({ type: 'question', topic: 'application', code, names: vocabulary.applications.find((a) => a.code === code)!.names }),
  myEntities: { type: 'question', topic: 'myEntities', entities: vocabulary.entities.map((e) => `${e.name} (${e.inami})`) } as Command,
  applications: { type: 'question', topic: 'applications', names: vocabulary.applications.map((a) => a.names) } as Command,
  portal: (about: PortalTopic): Command => ({ type: 'question', topic: 'portal', about }),
  /** A how-to about one application ("hoe geef ik iemand toegang tot eBirth?"): its name goes into the answer. */
  portalFor: (about: 'grant' | 'revoke', code: string): Command => ({ type: 'question', topic: 'portal', about, application: vocabulary.applications.find((a) => a.code === code)!.names }),
};
/** A grant for a group ("donne TCT à tout le monde"): the bulk grant of the entity's users, never one NISS asked. */
export const forEveryone = (codes: string[], entity?: number): Command => start('bulk', { kind: 'bulk', inputs: [], applications: codes, everyone: true, ...(entity !== undefined ? { entity } : {}) });
/** A question about what the request's own person holds ("hold on, does she have TCT already?"): a status, never a change. */
export const holds = (...codes: string[]): Command[] => [statusOfCurrent, set('applications', codes)];
