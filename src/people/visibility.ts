import type { Store } from '../store/store';
import type { User } from '../store/people.repo';
import { maySeePerson } from '../domain/authorization';

/**
 * The one place that decides whether a person found by NISS may be described to a manager: every
 * answer that names a person (chat, CLI, diagnosis, audit) asks here first. The rule itself is
 * `maySeePerson` (src/domain/authorization.ts).
 */
export function isVisibleTo(store: Store, managerId: number, userId: number): boolean {
  const roles = store.people.rolesOf(managerId);
  if (roles.some((r) => r.role === 'HELPDESK')) return true;
  const entityIds = [...new Set(roles.map((r) => r.entityId).filter((id): id is number => id !== null))];
  const theirs = entityIds.filter((e) => store.helpdesk.membershipsInEntity(userId, e).length > 0);
  return maySeePerson(roles, theirs);
}

/** The user with this NISS if the manager may see them; `hidden` when the NISS is someone else's, to be answered as unknown. */
export function visibleUserByNiss(store: Store, managerId: number, niss: string): { user: User; hidden: false } | { user: undefined; hidden: boolean } {
  const user = store.people.userByNiss(niss);
  if (!user) return { user: undefined, hidden: false };
  if (!isVisibleTo(store, managerId, user.id)) return { user: undefined, hidden: true };
  return { user, hidden: false };
}

/** "Dr Marie Dupont": how a person is named to a manager who may see them. */
export const personLabel = (u: Pick<User, 'title' | 'firstName' | 'lastName'>): string => `${u.title ? `${u.title} ` : ''}${u.firstName} ${u.lastName}`;
