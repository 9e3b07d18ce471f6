import { squashed as flat } from '../../dialogs/understanding/parse';
import { nearestPeople } from '../../dialogs/understanding/names';
import type { Store } from '../store/store';
import type { DesigneesFound } from '../../dialogs/people/people.types';

interface Person { userId: number; niss: string; username: string; email: string; firstName: string; lastName: string }

const MAX_CANDIDATES = 5;

/**
 * The users of one entity whom `said` designates: by NISS, e-mail, portal username, or name, as the directory holds
 * them. Nobody exact: those near ("smoens" → Sarah Moens, username sarahmoens; "ejanssens" → Els Janssens), never taken
 * without a yes. Only the entity's users are searched: who works at another hospital is not told.
 */
export function designeesAmong(people: readonly Person[], said: string): DesigneesFound {
  const text = said.trim();
  const digits = text.replace(/[\s.\-/]/g, '');
  const as = (list: readonly Person[], exact: boolean): DesigneesFound => ({
    candidates: list.slice(0, MAX_CANDIDATES).map((p) => ({ userId: p.userId, name: `${p.firstName} ${p.lastName}`, username: p.username })),
    exact,
  });
  if (/^\d{11}$/.test(digits)) return as(people.filter((p) => p.niss === digits), true);
  const lower = text.toLowerCase();
  if (lower.includes('@')) {
    const byMail = people.filter((p) => p.email.toLowerCase() === lower);
    // An e-mail of another domain with the same name before the "@" is only near.
    return byMail.length > 0 ? as(byMail, true) : as(people.filter((p) => p.email.toLowerCase().split('@')[0] === lower.split('@')[0]), false);
  }
  const byUsername = people.filter((p) => p.username.toLowerCase() === lower);
  if (byUsername.length > 0) return as(byUsername, true);
  const wanted = flat(text);
  const byName = people.filter((p) => [`${p.firstName}${p.lastName}`, `${p.lastName}${p.firstName}`].map(flat).includes(wanted));
  if (byName.length > 0) return as(byName, true);
  const bySurname = people.filter((p) => flat(p.lastName) === wanted);
  if (bySurname.length > 0) return as(bySurname, true);
  // Near: a username or name typed with a letter or two off, or an id made of an initial and the surname ("smoens").
  const near = new Map<number, Person>();
  for (const p of nearestPeople(text, people)) near.set(p.userId, p);
  for (const p of people) {
    const surname = flat(p.lastName);
    const initialAndSurname = `${flat(p.firstName).slice(0, 1)}${surname}`;
    if (wanted === initialAndSurname || (wanted.length >= 5 && editDistance(wanted, flat(p.username)) <= 2) || (surname.length >= 4 && wanted.length >= 4 && (wanted.includes(surname) || flat(p.username).includes(wanted)))) near.set(p.userId, p);
  }
  return as([...near.values()], false);
}

/** Levenshtein distance: "lmertenz" is one letter from "lmertens". */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The users of the entity whom `said` designates (see designeesAmong). */
export function designeesIn(store: Store, entityId: number, said: string): DesigneesFound {
  return designeesAmong(store.directory.page({ entityId }, { offset: 0, limit: -1 }).items, said);
}
