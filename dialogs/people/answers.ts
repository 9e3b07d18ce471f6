import type { DialogEvent } from '../dialog';
import type { Command } from '../understanding/commands';
import { pickMany, pickOne } from '../understanding/parse';
import { findNissNumbers } from '../understanding/understand';
import { pickNamed } from '../understanding/names';
import { candidateOptions, entityOptions, heldIn, heldOptions, qualityOptions, theirEntities } from './people.context';
import type { PeopleContext } from './people.types';

/**
 * What an answer to each of the people dialog's questions picks: by number or position ("2", "die zweite"), by a
 * name as typed ("Colindos svp"), else what the message's one reading (readCommands) found in it ("retire Colindos
 * à Marie Dupont" to "which applications?"). Pure.
 */

/** Any event the dialog hears: only a TEXT answers. */
type Answer = DialogEvent | { type: string };
const isText = (e: Answer): e is Extract<DialogEvent, { type: 'TEXT' }> => e.type === 'TEXT';
const text = (e: Answer) => (isText(e) ? e.text : '');

/** The valid NISS an answer gives, if any ("85.07.30-033.28"); a NISS typed wrong is said, never taken. */
export const nissIn = (c: PeopleContext, said: string) => findNissNumbers(said, c.now).find((f) => f.niss)?.niss;
export const nissErrorIn = (c: PeopleContext, said: string) => findNissNumbers(said, c.now).find((f) => f.error)?.error;
/** A value the message, as read once (readCommands), gives a slot: "retire Colindos" to "which ones?" names Colindos. */
function readValue(e: Answer, ...slots: string[]): unknown {
  if (!isText(e)) return undefined;
  return e.commands?.find((c): c is Extract<Command, { type: 'set' | 'correct' }> => (c.type === 'set' || c.type === 'correct') && slots.includes(c.slot))?.value;
}
/** The answer to each choice question: by number or position, by name as typed, else what the reading found in it. */
export function pickedEntity(c: PeopleContext, e: Answer): number | undefined {
  const picked = pickOne(text(e), entityOptions(c));
  if (picked.ok) return picked.id;
  const read = readValue(e, 'entity');
  return theirEntities(c).find((x) => x.id === read)?.id;
}
export function pickedQuality(c: PeopleContext, e: Answer): number | undefined {
  const picked = pickOne(text(e), qualityOptions(c));
  if (picked.ok) return picked.id;
  const read = readValue(e, 'quality');
  return c.qualities.find((q) => q.kind === read)?.id;
}
export function pickedHeld(c: PeopleContext, e: Answer): string[] {
  const picked = pickMany(text(e), heldOptions(c)).ids;
  if (picked.length > 0) return picked;
  const read = readValue(e, 'applications', 'applications.remove', 'applications.add');
  return Array.isArray(read) ? heldIn(c).map((a) => a.code).filter((code) => read.includes(code)) : [];
}
/** The one of several people so named an answer picks: by number, name or NISS; a NISS of someone else is taken too (then looked up). */
export function pickedPerson(c: PeopleContext, e: Answer): string | undefined {
  const picked = pickOne(text(e), candidateOptions(c));
  if (picked.ok) return picked.id;
  // "An" of An Peeters and Jan Peeters: a word of one name only.
  const listed = pickNamed(text(e), c.candidates ?? []);
  if (listed) return listed.niss;
  const niss = nissIn(c, text(e));
  if (niss) return niss;
  const name = readValue(e, 'person');
  const byName = typeof name === 'string' ? pickOne(name, candidateOptions(c)) : undefined;
  return byName?.ok ? byName.id : undefined;
}
