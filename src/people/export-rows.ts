import type { Names } from '../domain/locale';
import type { Store } from '../store/store';
import type { PeopleFilter } from '../store/directory.repo';
import type { ScopeFunction, ScopeGrant } from '../store/holdings.repo';
import type { PeopleView, PersonView } from '../services/find-people.service';

/** One line of a user export: a person and one access they hold (none: the access fields are null). */
export interface ExportRow {
  person: PersonView;
  quality: Names | null;
  application: Names | null;
  accessStatus: 'pending' | 'active' | null;
  requestedAt: number | null;
  /** When the access became active (active), or when it will (pending): one of the two is set. */
  activeSince: number | null;
  pendingUntil: number | null;
  function: Names | null;
  /** YYYY-MM-DD, Europe/Brussels; the end is the first day without the function. */
  functionStart: string | null;
  functionEnd: string | null;
}

const key = (userId: number, qualityId: number) => `${userId}:${qualityId}`;

function groupBy<T extends { userId: number; qualityId: number }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item.userId, item.qualityId);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The rows of an export of `view` (people already chosen and authorized by findAllPeople): for each
 * person and qualité of the scope, one row per application held, each with the function held in
 * that qualité (a collaborator's access goes with it). Nothing is left out: a person with neither
 * access nor function has one row with the person only, and two functions in one qualité give a row each.
 */
export function exportRows(store: Store, scope: Pick<PeopleFilter, 'entityId' | 'qualityId'>, view: PeopleView): ExportRow[] {
  const qualities = store.catalog.qualitiesOfEntity(scope.entityId).filter((q) => scope.qualityId === undefined || q.id === scope.qualityId);
  const grants = groupBy(store.holdings.grantsInScope(scope.entityId, scope.qualityId ?? null));
  const functions = groupBy(store.holdings.functionsInScope(scope.entityId, scope.qualityId ?? null));
  const knownFunctions = new Map(store.catalog.functions().map((f) => [f.code, f.names]));
  // A code the catalog no longer names is shown as the code, never dropped.
  const asIs = (code: string): Names => ({ fr: code, nl: code, de: code, en: code });
  const applicationNames = (code: string): Names => store.catalog.applicationByCode(code)?.names ?? asIs(code);
  const functionNames = (code: string): Names => knownFunctions.get(code) ?? asIs(code);

  const rows: ExportRow[] = [];
  for (const person of view.items) {
    const before = rows.length;
    for (const q of qualities) {
      const held = grants.get(key(person.userId, q.id)) ?? [];
      const fns = functions.get(key(person.userId, q.id)) ?? [];
      if (held.length === 0 && fns.length === 0 && !person.qualities.includes(q.kind)) continue;
      for (const g of held.length > 0 ? held : [null]) {
        for (const f of fns.length > 0 ? fns : [null]) rows.push(row(person, q.names, g, f, applicationNames, functionNames));
      }
    }
    if (rows.length === before) rows.push(row(person, null, null, null, applicationNames, functionNames));
  }
  return rows;
}

function row(
  person: PersonView,
  quality: Names | null,
  g: ScopeGrant | null,
  f: ScopeFunction | null,
  applicationNames: (code: string) => Names,
  functionNames: (code: string) => Names,
): ExportRow {
  return {
    person,
    quality,
    application: g ? applicationNames(g.applicationCode) : null,
    accessStatus: g?.status ?? null,
    requestedAt: g?.requestedAt ?? null,
    activeSince: g?.status === 'active' ? g.activatedAt ?? g.activeAt : null,
    pendingUntil: g?.status === 'pending' ? g.activeAt : null,
    function: f ? functionNames(f.functionCode) : null,
    functionStart: f?.startDate ?? null,
    functionEnd: f?.endDate ?? null,
  };
}
