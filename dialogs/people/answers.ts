import type { DialogEvent } from '../dialog';
import type { Command } from '../understanding/commands';
import { pickOne, squashed as flat, yesNo } from '../understanding/parse';
import { pickNamed } from '../understanding/names';
import { nissProblem } from '../grant/said';
import { candidateOptions, heldIn, theirEntities } from './people.context';
import type { Designee, PeopleContext } from './people.types';

/**
 * What an answer to each of the people dialog's questions picks, from the commands of the message (its one
 * reading, dialogs/understanding/commands.ts): a number or a position chosen ("2", "die zweite"), or the value
 * the reading found ("retire Colindos à Marie Dupont" to "which applications?" names Colindos). Nothing here reads
 * the text. Pure.
 */

/** Any event the dialog hears: only a TEXT answers. */
type Answer = DialogEvent | { type: string };
export const commandsOf = (e: Answer): Command[] => (e.type === 'TEXT' ? (e as Extract<DialogEvent, { type: 'TEXT' }>).commands ?? [] : []);

/** The value the message gives a slot, set or corrected: "retire Colindos" to "which ones?" names Colindos. */
export function valueOf(e: Answer, ...slots: string[]): unknown {
  return commandsOf(e).find((c): c is Extract<Command, { type: 'set' | 'correct' }> => (c.type === 'set' || c.type === 'correct') && slots.includes(c.slot))?.value;
}
/** The numbers chosen ("2", "1, 3", "la deuxième") of the options listed, in their order; undefined when none is chosen. */
function chosen<T>(e: Answer, options: readonly T[]): T[] | undefined {
  const choose = commandsOf(e).find((c): c is Extract<Command, { type: 'choose' }> => c.type === 'choose');
  if (!choose) return undefined;
  const picked = choose.numbers.map((n) => options[n - 1]);
  return picked.every((o) => o !== undefined) ? (picked as T[]) : [];
}

/** The valid NISS an answer gives, if any; a NISS typed wrong is said (nissErrorIn), never taken. */
export const nissIn = (e: Answer): string | undefined => {
  const v = valueOf(e, 'niss');
  return typeof v === 'string' ? v : undefined;
};
export function nissErrorIn(e: Answer): ReturnType<typeof nissProblem> | undefined {
  const typed = commandsOf(e).find((c): c is Extract<Command, { type: 'unknown' }> => c.type === 'unknown' && c.slot === 'niss');
  return typed ? nissProblem(typed.text, typed.problem) : undefined;
}

export function pickedEntity(c: PeopleContext, e: Answer): number | undefined {
  const mine = theirEntities(c);
  const byNumber = chosen(e, mine);
  if (byNumber) return byNumber.length === 1 ? byNumber[0]!.id : undefined;
  const read = valueOf(e, 'entity');
  return mine.find((x) => x.id === read)?.id;
}
export function pickedQuality(c: PeopleContext, e: Answer): number | undefined {
  const byNumber = chosen(e, c.qualities);
  if (byNumber) return byNumber.length === 1 ? byNumber[0]!.id : undefined;
  const read = valueOf(e, 'quality');
  return c.qualities.find((q) => q.kind === read)?.id;
}
export function pickedHeld(c: PeopleContext, e: Answer): string[] {
  const held = heldIn(c).map((a) => a.code);
  const byNumber = chosen(e, held);
  if (byNumber) return byNumber;
  const read = valueOf(e, 'applications', 'applications.remove', 'applications.add');
  return Array.isArray(read) ? held.filter((code) => read.includes(code)) : [];
}
/** The one of several people so named an answer picks: by number, name or NISS; a NISS of someone else is taken too (then looked up). */
export function pickedPerson(c: PeopleContext, e: Answer): string | undefined {
  const byNumber = chosen(e, c.candidates ?? []);
  if (byNumber) return byNumber.length === 1 ? byNumber[0]!.niss : undefined;
  const niss = nissIn(e);
  if (niss) return niss;
  // The name the reading found, matched among those listed ("Jan Peeters" of "Dr Jan Peeters").
  const name = valueOf(e, 'person');
  const byName = typeof name === 'string' ? pickOne(name, candidateOptions(c)) : undefined;
  if (byName?.ok) return byName.id;
  // "An" of An Peeters and Jan Peeters: a word of one listed name only, an answer taken as typed.
  const typed = typeof name === 'string' ? name : e.type === 'TEXT' ? (e as Extract<DialogEvent, { type: 'TEXT' }>).text : '';
  return pickNamed(typed, c.candidates ?? [])?.niss;
}
/**
 * The one of the people offered for a designation an answer picks: its number ("2"), its name or username, or, when
 * one was offered, a yes. Other words are another name to look up (none picked).
 */
export function pickedDesignee(c: PeopleContext, e: Answer): Designee | undefined {
  const offered = c.designees?.candidates ?? [];
  if (offered.length === 0) return undefined;
  const typed = typedAt(e, 'people.identifier');
  const number = /^\d{1,2}$/.exec(typed.replace(/[.)\s]+$/, ''));
  if (number) return offered[Number(number[0]) - 1];
  if (offered.length === 1 && yesNo(typed) === 'yes') return offered[0];
  const wanted = flat(typed);
  return wanted ? offered.find((d) => flat(d.name) === wanted || flat(d.username) === wanted) : undefined;
}
/** A no to the people offered for a designation: none of them is meant. */
export const declinesDesignee = (c: PeopleContext, e: Answer) => (c.designees?.candidates.length ?? 0) > 0 && yesNo(typedAt(e, 'people.identifier')) === 'no';
/** The yes or no said to the summary. */
export const yesNoOf = (e: Answer) => valueOf(e, 'people.confirm') as 'yes' | 'no' | undefined;
/** The text a free-text question takes as typed (a name, an identifier), as the reading gave it. */
export const typedAt = (e: Answer, slot: 'people.identifier') => {
  const v = valueOf(e, slot);
  return typeof v === 'string' ? v.trim().slice(0, 200) : '';
};
/** "only X, Y stays" at a confirmation, as read. */
export const keepOnlyOf = (e: Answer) => commandsOf(e).find((c): c is Extract<Command, { type: 'keepOnly' }> => c.type === 'keepOnly');
