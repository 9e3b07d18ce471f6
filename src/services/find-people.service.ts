import type { Store } from '../store/store';
import type { PeopleFilter, Paging, PersonRow } from '../store/directory.repo';
import { may, type Scope } from '../domain/authorization';
import { servicesOf } from './index';

/** A person as a given manager may see them: no NISS unless their role allows it. */
export type PersonView = Omit<PersonRow, 'niss'> & { niss: string | null };

export interface PeopleView {
  items: PersonView[];
  total: number;
  offset: number;
  limit: number;
  /** False when the NISS were left out for this manager's role. */
  nissShown: boolean;
}

export const MAX_PAGE = 100;

export function scopeOf(filter: Pick<PeopleFilter, 'entityId' | 'qualityId'>): Scope {
  return filter.qualityId === undefined ? { entityId: filter.entityId } : { entityId: filter.entityId, qualityId: filter.qualityId };
}

/**
 * The portal's user list for a manager: refused (and audited) without viewUsers on the scope;
 * a NISS filter is refused too without viewNiss, since it would reveal the number by trial.
 */
export async function findPeople(store: Store, managerId: number, filter: PeopleFilter, paging: Paging = { offset: 0, limit: 10 }): Promise<PeopleView> {
  const scope = scopeOf(filter);
  const { authorizer } = servicesOf(store);
  authorizer.authorize(managerId, ['viewUsers'], scope);
  if (filter.niss) authorizer.authorize(managerId, ['viewNiss'], scope);
  const nissShown = may(store.people.rolesOf(managerId), 'viewNiss', scope);
  const limit = paging.limit < 0 ? -1 : Math.min(Math.max(1, paging.limit), MAX_PAGE);
  const page = store.directory.page(filter, { offset: Math.max(0, paging.offset), limit });
  return { ...page, items: page.items.map((p) => ({ ...p, niss: nissShown ? p.niss : null })), nissShown };
}

/** Every match, for an export; same rights as the list. */
export async function findAllPeople(store: Store, managerId: number, filter: PeopleFilter): Promise<PeopleView> {
  const scope = scopeOf(filter);
  const { authorizer } = servicesOf(store);
  authorizer.authorize(managerId, ['viewUsers'], scope);
  if (filter.niss) authorizer.authorize(managerId, ['viewNiss'], scope);
  const nissShown = may(store.people.rolesOf(managerId), 'viewNiss', scope);
  const page = store.directory.page(filter, { offset: 0, limit: -1 });
  return { ...page, items: page.items.map((p) => ({ ...p, niss: nissShown ? p.niss : null })), nissShown };
}
