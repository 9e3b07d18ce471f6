import { fromPromise } from 'xstate';
import { grantAccessMachine, type ExecutionOutcome } from '../../dialogs/grant-access.machine';
import type {
  ApplicationOption, EntityOption, FunctionOption, GrantRequest, Person, QualityOption,
} from '../../dialogs/grant-access.types';
import { ForbiddenError, may } from '../domain/authorization';
import type { Store } from '../store/store';
import { ConflictError } from '../store/errors';

/** The grant machine with its I/O bound to the store. */
export function grantMachineFor(store: Store) {
  const { catalog, people, access } = store;
  return grantAccessMachine.provide({
    actors: {
      loadEntities: fromPromise<EntityOption[], { managerId: number }>(async ({ input }) => {
        const roles = people.rolesOf(input.managerId);
        const options: EntityOption[] = [];
        for (const r of roles) {
          if (r.entityId === null || options.some((o) => o.id === r.entityId)) continue;
          if (!may(roles, 'grantAccess', { entityId: r.entityId, ...(r.qualityId ? { qualityId: r.qualityId } : {}) })) continue;
          const e = catalog.entityById(r.entityId);
          if (e) options.push({ id: e.id, inami: e.inami, name: e.name, role: r.role });
        }
        return options.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      }),
      loadQualities: fromPromise<QualityOption[], { managerId: number; entityId: number }>(async ({ input }) => {
        const roles = people.rolesOf(input.managerId);
        return catalog
          .qualitiesOfEntity(input.entityId)
          .filter((q) => may(roles, 'grantAccess', { entityId: input.entityId, qualityId: q.id }))
          .map((q) => ({
            id: q.id, kind: q.kind, names: q.names, active: q.active,
            mayActivate: may(roles, 'activateQuality', { entityId: input.entityId, qualityId: q.id }),
          }));
      }),
      lookupPerson: fromPromise<Person | null, { niss: string }>(async ({ input }) => {
        const u = people.userByNiss(input.niss);
        if (!u) return null;
        return {
          id: u.id, firstName: u.firstName, lastName: u.lastName, username: u.username, title: u.title,
          functions: people.functionsOfUser(u.id).map((f) => ({ code: f.functionCode, qualityId: f.qualityId, startDate: f.startDate })),
        };
      }),
      isUsernameFree: fromPromise<boolean, { username: string }>(async ({ input }) => !people.userByUsername(input.username)),
      loadApplications: fromPromise<{ applications: ApplicationOption[]; functions: FunctionOption[] }, { qualityKind: string }>(
        async ({ input }) => ({
          applications: catalog.applicationsForKind(input.qualityKind).map((a) => ({
            code: a.code, names: a.names, aliases: a.aliases, needsFunction: a.collaboratorNeedsFunction,
          })),
          functions: catalog.functions(),
        }),
      ),
      executeGrant: fromPromise<ExecutionOutcome, GrantRequest>(async ({ input }) => {
        try {
          const r = access.executeGrant(input);
          return { ok: true, done: { replayed: r.replayed, grants: r.grants, fn: r.fn } };
        } catch (err) {
          if (err instanceof ForbiddenError) return { ok: false, failure: 'forbidden' };
          if (err instanceof ConflictError) {
            const failure =
              err.reason === 'nissExists' || err.reason === 'usernameTaken' || err.reason === 'qualityInactive' ? err.reason : 'invalid';
            return { ok: false, failure };
          }
          return { ok: false, failure: 'unavailable' };
        } finally {
          store.onGranted?.();
        }
      }),
    },
  });
}
