import type { GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import { applicationsOfKind } from '../../dialogs/grant/absorb';
import type { CatalogOption, GrantContext } from '../../dialogs/grant/grant-access.types';

const NO_CATALOG: CatalogOption = { qualityKinds: [], applications: [], functions: [] };

/**
 * The catalog a conversation reads sentences with is the same for every conversation and known to
 * the server: it is left out of the saved snapshot (it was 85 % of it) and put back when read.
 */
export function withoutCatalog(snapshot: GrantSnapshot): GrantSnapshot {
  const context: GrantContext = { ...snapshot.context, catalog: NO_CATALOG, applications: [] };
  return { ...snapshot, context } as GrantSnapshot;
}

/** The saved snapshot with today's catalog, and the applications of its qualité. */
export function withCatalog(snapshot: GrantSnapshot, catalog: CatalogOption): GrantSnapshot {
  const c = snapshot.context as Partial<GrantContext> | undefined;
  // An unreadable snapshot stays as it is: the runner restarts the conversation politely.
  if (!c || typeof c !== 'object' || !Array.isArray(c.functions)) return snapshot;
  const kind = c.quality?.kind;
  const applications = kind ? applicationsOfKind(catalog, kind) : (c.applications ?? []);
  const context = { ...c, catalog, applications, functions: c.functions.length ? c.functions : catalog.functions } as GrantContext;
  return { ...snapshot, context } as GrantSnapshot;
}
