/** Store look-ups the commands share: entities, qualités, the manager acting (--as), the person named. */
import type { Store } from '../store/store';
import type { Entity, Quality } from '../store/catalog.repo';
import type { Manager } from '../store/people.repo';
import { PERSON_TYPES, USER_STATUSES, type PeopleFilter } from '../store/directory.repo';
import { ConflictError } from '../store/errors';
import { ForbiddenError } from '../domain/authorization';
import { LOCALES } from '../domain/locale';
import { maskNiss } from '../domain/niss';
import { findAllPeople, findPeople, type PeopleView } from '../services/find-people.service';
import { CliError, oneOf, optional, refused, usageError, type Values } from './args';
import { validInami, validNiss } from './values';

const normalized = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/ ?([:;]) ?/g, '$1 ').toLowerCase();

/** A quality-kind code or its name in any language → its code. */
export function resolveKind(store: Store, input: string): string {
  const kinds = store.catalog.qualityKinds();
  const wanted = normalized(input);
  const kind = kinds.find((k) => normalized(k.code) === wanted || LOCALES.some((l) => normalized(k.names[l]) === wanted));
  if (kind) return kind.code;
  const known = kinds.map((k) => `${k.code} (${k.names.fr})`).join(', ');
  throw new CliError(`unknown qualité "${input}"; known: ${known}`);
}

export function entity(store: Store, inamiInput: string): Entity {
  const inami = validInami(inamiInput);
  const found = store.catalog.entityByInami(inami);
  if (!found) throw new CliError(`unknown entity ${inami}: add it first with "sesame entities add --inami ${inami} --name …"`);
  return found;
}

export function qualityOf(store: Store, e: Entity, kindInput: string): Quality {
  const kind = resolveKind(store, kindInput);
  const qualities = store.catalog.qualitiesOfEntity(e.id);
  const q = qualities.find((x) => x.kind === kind);
  if (!q) {
    const held = qualities.map((x) => x.kind).join(', ') || 'none';
    throw new CliError(`entity ${e.inami} (${e.name}) has no qualité ${kind} (it has: ${held})`);
  }
  return q;
}

export const manager = (store: Store, id: string): Manager => {
  const m = store.people.managerByChannelUserId(id);
  if (!m) throw refused(`unknown manager "${id}" (--as)`);
  return m;
};
export const resolveEntity = (store: Store, v: Values): Entity => {
  const input = optional(v, 'entity');
  if (input !== undefined) return entity(store, input);
  const all = store.catalog.entities();
  if (all.length === 1) return all[0]!;
  throw usageError(`--entity is required (${all.length} entities)`);
};
export const scope = (store: Store, v: Values) => {
  const e = resolveEntity(store, v);
  const kind = optional(v, 'quality');
  return { e, q: kind === undefined ? undefined : qualityOf(store, e, kind) };
};
export const filterOf = (cmd: string, store: Store, v: Values): PeopleFilter => {
  const { e, q } = scope(store, v);
  const type = optional(v, 'type');
  const status = optional(v, 'status');
  const niss = optional(v, 'niss');
  return {
    entityId: e.id,
    ...(q ? { qualityId: q.id } : {}),
    ...(optional(v, 'last-name') ? { lastName: optional(v, 'last-name') } : {}),
    ...(optional(v, 'first-name') ? { firstName: optional(v, 'first-name') } : {}),
    ...(optional(v, 'username') ? { username: optional(v, 'username') } : {}),
    ...(type ? { type: oneOf(cmd, 'type', type.toUpperCase(), PERSON_TYPES) } : {}),
    ...(status ? { status: oneOf(cmd, 'status', status.toLowerCase(), USER_STATUSES) } : {}),
    ...(niss ? { niss: niss.replace(/\D/g, '') } : {}),
    ...(optional(v, 'application') ? { application: optional(v, 'application') } : {}),
  };
};
export const view = async (store: Store, v: Values, filter: PeopleFilter, paging?: { offset: number; limit: number }): Promise<PeopleView> => {
  const as = optional(v, 'as');
  if (as !== undefined) {
    const m = manager(store, as);
    return paging ? findPeople(store, m.id, filter, paging) : findAllPeople(store, m.id, filter);
  }
  const page = store.directory.page(filter, paging ?? { offset: 0, limit: -1 });
  return { ...page, nissShown: true };
};
export const userOf = (store: Store, nissInput: string) => {
  const niss = validNiss(nissInput);
  const u = store.people.userByNiss(niss);
  if (!u) throw refused(`no user has NISS ${maskNiss(niss)}`);
  return u;
};
export const qualityFor = (store: Store, v: Values, e: Entity): Quality => {
  const kind = optional(v, 'quality');
  if (kind !== undefined) return qualityOf(store, e, kind);
  const qualities = store.catalog.qualitiesOfEntity(e.id);
  return qualities.length === 1 ? qualities[0]! : qualityOf(store, e, 'HOSPITAL');
};
export const explain = (err: unknown): never => {
  if (err instanceof ForbiddenError) throw refused(`refused: your role does not allow ${err.action} here`);
  if (err instanceof ConflictError) throw refused(`refused: ${err.message}`);
  throw err;
};
export const when = (t: number) => new Date(t).toISOString();
