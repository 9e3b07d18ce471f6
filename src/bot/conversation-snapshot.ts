import type { GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import type { CatalogOption } from '../../dialogs/grant/grant-access.types';
import { withCatalog, withoutCatalog } from './grant-snapshot';

/** A persisted conversation, as far as saving it needs to know: its context and its children's snapshots. */
interface Persisted {
  context?: Record<string, unknown>;
  children?: Record<string, { snapshot?: unknown } | undefined>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function withGrant(saved: unknown, change: (grant: GrantSnapshot) => GrantSnapshot): unknown {
  if (!isRecord(saved)) return saved;
  const s = saved as Persisted;
  const grant = s.children?.grant;
  if (!isRecord(grant) || !isRecord(grant.snapshot) || !isRecord((grant.snapshot as { context?: unknown }).context)) return saved;
  return { ...s, children: { ...s.children, grant: { ...grant, snapshot: change(grant.snapshot as unknown as GrantSnapshot) } } };
}

/**
 * What is saved of a settled conversation: the grant dialog without the catalog (withoutCatalog),
 * and without the turn's reply, which is kept, rendered, with the turn itself.
 */
export function forSaving(persisted: unknown): unknown {
  const s = withGrant(persisted, withoutCatalog) as Persisted;
  return isRecord(s.context) ? { ...s, context: { ...s.context, reply: null } } : s;
}

/** A saved conversation, ready to resume: the grant dialog with today's catalog. */
export function forResuming(saved: unknown, catalog: CatalogOption): unknown {
  return withGrant(saved, (grant) => withCatalog(grant, catalog));
}
