import { fromPromise } from 'xstate';
import { grantAccessMachine, type ExecutionOutcome } from '../../dialogs/grant/grant-access.machine';
import type {
  AccessState, CatalogOption, ColleagueAccess, EntityOption, GrantRequest, NamedCandidate, Person, PersonNameQuestion, QualityOption, RefusalAsked, StatusAnswer, StatusQuestion,
} from '../../dialogs/grant/grant-access.types';
import { dayAfter, lastDayBefore } from '../domain/dates';
import { ForbiddenError, may } from '../domain/authorization';
import type { Store } from '../store/store';
import { ConflictError } from '../store/errors';
import { isVisibleTo, personLabel } from '../people/visibility';
import { normalize } from '../../dialogs/understanding/parse';
import { nearestPeople } from '../../dialogs/understanding/names';
import type { KnownPerson } from '../../dialogs/understanding/known-people';
import { servicesOf } from '../services';

/** Every application with the qualité kinds it belongs to, and the functions: what sentences are read with. */
export function catalogOptionOf(store: Store): CatalogOption {
  const { catalog } = store;
  const kinds = catalog.qualityKinds();
  const applications = new Map<string, CatalogOption['applications'][number]>();
  for (const kind of kinds) {
    for (const a of catalog.applicationsForKind(kind.code)) {
      const known = applications.get(a.code);
      if (known) known.qualityKinds.push(kind.code);
      else applications.set(a.code, { code: a.code, names: a.names, aliases: a.aliases, needsFunction: a.collaboratorNeedsFunction, qualityKinds: [kind.code] });
    }
  }
  return { entities: catalog.entities(), qualityKinds: kinds, applications: [...applications.values()], functions: catalog.functions() };
}

/** The users of the manager's entities so named, as a dialog shows them (the grant's and the people dialog's name search). */
export function peopleNamed(store: Store, { managerId, name }: PersonNameQuestion): NamedCandidate[] {
  return usersNamed(store, managerId, name)
    .map((id) => store.people.userById(id))
    .filter((u): u is NonNullable<typeof u> => u !== undefined && isVisibleTo(store, managerId, u.id))
    .map((u) => ({ niss: u.niss, label: personLabel(u) }));
}

/** Nobody so named: the users of the manager's entities whose name is near ("jan peters" → Jan Peeters), offered, never taken as found. */
export function peopleNear(store: Store, { managerId, name }: PersonNameQuestion): NamedCandidate[] {
  const users = entityIdsOf(store, managerId)
    .flatMap((entityId) => store.directory.page({ entityId }, { offset: 0, limit: -1 }).items)
    .filter((p, i, all) => all.findIndex((q) => q.userId === p.userId) === i && isVisibleTo(store, managerId, p.userId));
  return nearestPeople(name, users)
    .map((p) => store.people.userById(p.userId))
    .filter((u): u is NonNullable<typeof u> => u !== undefined)
    .map((u) => ({ niss: u.niss, label: personLabel(u), near: true as const }));
}

/** The first and last names of the users of the manager's entities, in one query: the reader finds them in any case. */
export const knownPeopleOf = (store: Store, managerId: number): KnownPerson[] => store.directory.namesIn(entityIdsOf(store, managerId));

/** The entities whose users a manager sees (the helpdesk's span them all). */
function entityIdsOf(store: Store, managerId: number): number[] {
  const roles = store.people.rolesOf(managerId);
  return roles.some((r) => r.entityId === null) ? store.catalog.entities().map((e) => e.id) : [...new Set(roles.flatMap((r) => (r.entityId === null ? [] : [r.entityId])))];
}

/** The users of the manager's entities called `name` ("Marie Dupont", "Dupont"), by id; the helpdesk's span them all. */
function usersNamed(store: Store, managerId: number, name: string): number[] {
  const entityIds = entityIdsOf(store, managerId);
  const wanted = normalize(name);
  const lastWord = name.trim().split(/\s+/).pop() ?? name;
  const ids = new Set<number>();
  for (const entityId of entityIds) {
    for (const p of store.directory.page({ entityId, lastName: lastWord }, { offset: 0, limit: 50 }).items) {
      if (normalize(`${p.firstName} ${p.lastName}`) === wanted || normalize(p.lastName) === wanted) ids.add(p.userId);
    }
    // "for julie", "aan Jan": a first name alone names the users of that first name (one is said and confirmed, several offered).
    if (ids.size > 0 || wanted.includes(' ')) continue;
    for (const p of store.directory.page({ entityId, firstName: name.trim() }, { offset: 0, limit: 50 }).items) {
      if (normalize(p.firstName) === wanted) ids.add(p.userId);
    }
  }
  return [...ids];
}

/** The entities where the manager may grant access, by name: those the grant dialog offers (and reads a message with). */
/** What a person holds, asked by NISS or by name (a status question, in the grant or the people dialog). */
export function accessStatusOf(store: Store, input: StatusQuestion): StatusAnswer {
  // By name: only the users of the manager's entities are searched; anyone else is nobody here.
  const named = input.name === undefined ? undefined : usersNamed(store, input.managerId, input.name);
  if (named && named.length === 0) {
    const near = peopleNear(store, { managerId: input.managerId, name: input.name! });
    return { person: null, items: [], matches: 0, ...(near.length > 0 ? { near } : {}) };
  }
  if (named && named.length !== 1) return { person: null, items: [], matches: named.length };
  const u = named ? store.people.userById(named[0]!) : store.people.userByNiss(input.niss ?? '');
  // Someone known only to other entities is answered as unknown here: their name is not this manager's to see.
  if (!u || !isVisibleTo(store, input.managerId, u.id)) return { person: null, items: [] };
  // A manager sees what is held in the entities where they have a role; the helpdesk everywhere.
  const roles = store.people.rolesOf(input.managerId);
  const everywhere = roles.some((r) => r.entityId === null);
  const held = store.holdings.ofUser(u.id).filter((h) => everywhere || roles.some((r) => r.entityId === h.entityId));
  const codes = input.applicationCodes.length > 0 ? input.applicationCodes : [...new Set(held.map((h) => h.applicationCode))];
  const items: AccessState[] = codes.map((code) => {
    const h = held.find((x) => x.applicationCode === code && x.status === 'active') ?? held.find((x) => x.applicationCode === code);
    if (!h) return { code, state: 'none' };
    return h.status === 'active' ? { code, state: 'active', since: h.activatedAt ?? h.activeAt } : { code, state: 'pending', at: h.activeAt };
  });
  return { person: personLabel(u), items, ...(named ? { niss: u.niss, matches: 1 } : {}) };
}

export function grantEntitiesOf(store: Store, managerId: number): EntityOption[] {
  const roles = store.people.rolesOf(managerId);
  const options: EntityOption[] = [];
  for (const r of roles) {
    if (r.entityId === null || options.some((o) => o.id === r.entityId)) continue;
    if (!may(roles, 'grantAccess', { entityId: r.entityId, ...(r.qualityId ? { qualityId: r.qualityId } : {}) })) continue;
    const e = store.catalog.entityById(r.entityId);
    if (e) options.push({ id: e.id, inami: e.inami, name: e.name, role: r.role });
  }
  return options.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** The grant machine with its I/O bound to the store. */
export function grantMachineFor(store: Store) {
  const { catalog, people, holdings } = store;
  const services = servicesOf(store);
  /** A user of one of the manager's entities (the helpdesk's role spans them all): src/people/visibility.ts. */
  const isKnownTo = (managerId: number, userId: number) => isVisibleTo(store, managerId, userId);
  return grantAccessMachine.provide({
    actors: {
      loadEntities: fromPromise<EntityOption[], { managerId: number }>(async ({ input }) => grantEntitiesOf(store, input.managerId)),
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
      lookupPerson: fromPromise<Person | null, { niss: string; managerId: number }>(async ({ input }) => {
        const u = people.userByNiss(input.niss);
        if (!u) return null;
        const held = {
          functions: people.functionsOfUser(u.id).map((f) => ({ code: f.functionCode, qualityId: f.qualityId, startDate: f.startDate })),
          holdings: holdings.ofUser(u.id).map((h) => ({ code: h.applicationCode, qualityId: h.qualityId })),
        };
        // What another entity knows of a person (names, username) is not this manager's to see.
        if (!isKnownTo(input.managerId, u.id)) return { id: u.id, firstName: '', lastName: '', username: '', title: null, ...held, elsewhere: true, status: u.status };
        const mine = grantEntitiesOf(store, input.managerId).map((e) => e.id);
        const memberships = store.helpdesk.membershipsInEntities(u.id, mine);
        const memberOf = [...new Set(memberships.map((m) => m.entityId))];
        const leaving = [...new Set(memberships.filter((m) => m.removeAt !== null).map((m) => m.entityId))];
        return {
          id: u.id, firstName: u.firstName, lastName: u.lastName, username: u.username, title: u.title, ...held, elsewhere: false, memberOf, status: u.status,
          ...(leaving.length > 0 ? { leaving } : {}),
        };
      }),
      isUsernameFree: fromPromise<boolean, { username: string }>(async ({ input }) => !people.userByUsername(input.username)),
      loadCatalog: fromPromise<CatalogOption, void>(async () => catalogOptionOf(store)),
      colleagueAccess: fromPromise<ColleagueAccess | null, { niss: string; qualityId: number }>(async ({ input }) => {
        const u = people.userByNiss(input.niss);
        const entityId = catalog.qualityById(input.qualityId)?.entityId;
        // The colleague is named only as a user of the entity the access is given in (the manager's).
        if (!u || entityId === undefined || store.helpdesk.membershipsInEntity(u.id, entityId).length === 0) return null;
        return {
          name: personLabel(u),
          applicationCodes: holdings.ofUser(u.id).filter((h) => h.qualityId === input.qualityId).map((h) => h.applicationCode),
          functionCode: people.functionsOfUser(u.id).find((f) => f.qualityId === input.qualityId)?.functionCode ?? null,
        };
      }),
      accessStatus: fromPromise<StatusAnswer, StatusQuestion>(async ({ input }) => accessStatusOf(store, input)),
      // "accès eBirth pour Marie Dupont": the same rule as the status by name, only the users of the manager's entities.
      findPersonByName: fromPromise<NamedCandidate[], PersonNameQuestion>(async ({ input }) => {
        const named = peopleNamed(store, input);
        return named.length > 0 ? named : peopleNear(store, input);
      }),
      // The dialog's refusals go through the one audit writer: one `refused` row with what was asked.
      recordRefusal: fromPromise<void, RefusalAsked & { managerId: number }>(async ({ input }) => {
        const { managerId, reason, entity: asked, qualityKind, niss, applications } = input;
        const entity = /^\d{6}-\d{2}$/.test(asked) ? catalog.entityByInami(asked) : undefined;
        const quality = entity && qualityKind ? catalog.qualitiesOfEntity(entity.id).find((q) => q.kind === qualityKind) : undefined;
        services.audit.refused({
          at: Date.now(), managerId, action: reason === 'qualityActivation' ? 'activateQuality' : 'grantAccess', entityId: entity?.id ?? null, qualityId: quality?.id ?? null,
          details: { reason, entity: asked, quality: qualityKind, ...(niss ? { niss } : {}), applications },
        });
      }),
      executeGrant: fromPromise<ExecutionOutcome, GrantRequest>(async ({ input }) => {
        try {
          // The end said ("jusqu'à fin avril") is the last day held; the store's end date is exclusive: the day after.
          const order = input.fn?.endDate ? { ...input, fn: { ...input.fn, endDate: dayAfter(input.fn.endDate) } } : input;
          const r = await services.grants.execute(order);
          const fn = r.fn && r.fn.endDate ? { ...r.fn, endDate: lastDayBefore(r.fn.endDate) } : r.fn;
          return { ok: true, done: { replayed: r.replayed, grants: r.grants, fn, ...(r.removalCancelled ? { removalCancelled: true as const } : {}) } };
        } catch (err) {
          if (err instanceof ForbiddenError) return { ok: false, failure: 'forbidden' };
          if (err instanceof ConflictError) {
            const failure =
              err.reason === 'nissExists' || err.reason === 'usernameTaken' || err.reason === 'qualityInactive' ? err.reason : 'invalid';
            return { ok: false, failure };
          }
          return { ok: false, failure: 'unavailable' };
        }
      }),
    },
  });
}
