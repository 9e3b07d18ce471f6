/** `sesame access revoke`: applications taken away from a person, after the portal's delay. */
import { usageError } from './args';
import { qualityFor, when } from './lookups';
import { revocation } from './revocation-command';

export const accessRevoke = revocation(
  'access revoke',
  { application: { type: 'string', multiple: true } },
  (store, v, e) => {
    const apps = (v.application as string[] | undefined) ?? [];
    if (apps.length === 0) throw usageError('access revoke: --application is required');
    return { kind: 'revokeApplications', qualityId: qualityFor(store, v, e).id, applicationCodes: apps.map((a) => a.toUpperCase()) };
  },
  (r) =>
    [
      ...r.grants.map((g) => `${g.applicationCode}: ${g.cancelled ? 'cancelled (was not active yet)' : `inactive from ${when(r.effectiveAt)}`}`),
      ...r.notHeld.map((c) => `${c}: not held, nothing to do`),
    ].join('\n') + '\n',
);
