import { formatNiss } from '../../src/domain/niss';
import type { Names } from '../../src/domain/locale';
import type { Said } from '../view';
import type { PeopleQuery } from '../understanding/intent';
import type { Vocabulary } from '../understanding/understand';
import type { Command } from '../understanding/commands';
import type { ListFilters } from '../../src/i18n/manage.catalog';
import type {
  AuditFound, DialogRefusal, ListFilter, PageFound, PeopleContext, PeopleIntent, QualityChoice,
} from './people.types';

/*
 * What the people dialog's context tells, read the same way by the machine's guards and actions
 * and by the view: names, the entity and qualité in play, what the person holds there, and the
 * sentences made from what the actors found. Pure functions of the context.
 */

export const chat = (n: Extract<Said, { chat: unknown }>['chat']): Said => ({ chat: n });
export const people = (n: Extract<Said, { people: unknown }>['people']): Said => ({ people: n });
export const locale = (c: PeopleContext) => c.locale ?? c.turnLocale;

export type Task<K extends PeopleIntent['kind']> = Extract<PeopleIntent, { kind: K }>;
export const is = <K extends PeopleIntent['kind']>(c: PeopleContext, kind: K): c is PeopleContext & { task: Task<K> } => c.task.kind === kind;

export const namesOf = (c: PeopleContext, code: string): Names =>
  c.scope?.applications.find((a) => a.code === code)?.names ?? { fr: code, nl: code, de: code, en: code };
export const entityName = (c: PeopleContext, id = c.entityId): string => (id !== null && c.scope?.entities.find((e) => e.id === id)?.name) || '';
export const theirEntities = (c: PeopleContext) => c.scope?.entities.filter((e) => e.mine) ?? [];
export const personOf = (c: PeopleContext) => c.lookup?.person ?? null;
export const personName = (c: PeopleContext) => personOf(c)?.name ?? '';
export const qualityNames = (c: PeopleContext): Names | null => c.qualities.find((q) => q.id === c.qualityId)?.names ?? null;
export const nissOf = (c: PeopleContext): string | null => ('niss' in c.task ? c.task.niss : null);
/** The person named by name, with no NISS yet ("retire Colindos à Jan Peeters"): to be looked up among the manager's users. */
export const namedOf = (c: PeopleContext): string | null =>
  (c.task.kind === 'revoke' || c.task.kind === 'endFunction' || c.task.kind === 'removeUser') && c.task.niss === null ? c.task.name ?? null : null;
/** A task on one person (revoke, end a function, remove): it needs whose NISS. */
export const isAboutSomeone = (c: PeopleContext) => c.task.kind === 'revoke' || c.task.kind === 'endFunction' || c.task.kind === 'removeUser';
/** The words a designation names its person by (a NISS, a name, or an id or e-mail typed); null: none given yet. */
export const designeeWords = (c: PeopleContext): string | null =>
  c.task.kind === 'designate' ? c.task.niss ?? c.task.name ?? c.task.identifier ?? null : null;
/** A Teams or channel id, or an Entra object id: what Sésame shows someone it does not know yet, to hand to their RAE. */
const CHANNEL_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,2}:[\w-]{6,})$/i;
/** "désigne Els Janssens, identifiant 29:1a2b…": the person named, and the channel id their role is bound to. */
export const boundChannelId = (c: PeopleContext): string | null =>
  c.task.kind === 'designate' && (c.task.niss ?? c.task.name) && c.task.identifier && CHANNEL_ID.test(c.task.identifier) ? c.task.identifier : null;
/** The designation with other words for its person (null: none, to ask again). */
export const withDesigneeWords = (c: PeopleContext, words: string | null): PeopleIntent => ({ ...(c.task as Task<'designate'>), niss: null, name: null, identifier: words });
/** The task with the person's NISS, found by name, chosen among several or given. */
export const withNiss = (c: PeopleContext, niss: string): PeopleIntent => ({ ...c.task, niss } as PeopleIntent);
/** The people so named, as a choice: by number, name or NISS. */
export const candidateOptions = (c: PeopleContext) =>
  (c.candidates ?? []).map((p) => ({ id: p.niss, labels: [p.label, p.label.replace(/^\S+\.?\s+(?=\S+\s+\S+)/, ''), p.niss, formatNiss(p.niss)] }));
export const candidateLabels = (c: PeopleContext) => (c.candidates ?? []).map((p) => `${p.label} (${formatNiss(p.niss)})`);
export const entityOfTask = (t: PeopleIntent): number | null =>
  ('entity' in t ? t.entity : t.kind === 'list' || t.kind === 'export' ? t.query.entity : undefined) ?? null;
export const qualityByKind = (c: PeopleContext, kind: string | undefined) => (kind ? c.qualities.find((q) => q.kind === kind)?.id ?? null : null);
export const limitedTo = (c: PeopleContext) => c.scope?.entities.find((e) => e.id === c.entityId)?.limitedTo ?? null;
/** A qualité named is taken; else a GA limited to one works within it. */
export const namedOrLimitedQuality = (c: PeopleContext, kind: string | undefined) => c.qualityId ?? qualityByKind(c, kind) ?? limitedTo(c);

/** Applications the person holds in the entity (or the qualité chosen), each once, with its qualité. */
export function heldIn(c: PeopleContext) {
  const out: { code: string; names: Names; qualityId: number }[] = [];
  for (const h of personOf(c)?.held ?? []) {
    if (h.entityId !== c.entityId || (c.qualityId !== null && h.qualityId !== c.qualityId)) continue;
    if (!out.some((o) => o.code === h.code)) out.push({ code: h.code, names: h.names, qualityId: h.qualityId });
  }
  return out;
}
/** The applications a revocation names that the person does not hold there (none before the person is known). */
export const notHeldNamed = (c: PeopleContext): string[] =>
  is(c, 'revoke') && personOf(c) ? c.task.applications.filter((a) => !heldIn(c).some((h) => h.code === a)) : [];
/** The function the person holds in the entity (or the qualité chosen). */
export const functionThere = (c: PeopleContext) =>
  personOf(c)?.functions.find((f) => f.entityId === c.entityId && (c.qualityId === null || f.qualityId === c.qualityId));
export const membershipsThere = (c: PeopleContext) => personOf(c)?.memberships.filter((m) => m.entityId === c.entityId) ?? [];
/** The qualité a revocation acts in: that of the applications named, else the one chosen, else where the person is a user. */
export const revocationQuality = (c: PeopleContext & { task: Task<'revoke'> }): number | undefined =>
  heldIn(c).find((h) => c.task.applications.includes(h.code))?.qualityId ?? c.qualityId ?? membershipsThere(c)[0]?.qualityId;
/** The qualités of the entity that hold every application of a bulk grant. */
export const fittingQualities = (c: PeopleContext & { task: Task<'bulk'> }): QualityChoice[] =>
  c.qualities.filter((q) => c.task.applications.every((code) => q.applications.includes(code)));

/** The entity the request is about when the manager need not be asked: their only one, or the only one of theirs the person belongs to. */
export function impliedEntity(c: PeopleContext): number | null {
  const options = theirEntities(c);
  if (options.length === 1) return options[0]!.id;
  // A list (or export) asked in the middle of a grant is of the grant's entity: not asked again.
  const grant = c.grantEntityId ?? null;
  if ((c.task.kind === 'list' || c.task.kind === 'export') && grant !== null && options.some((e) => e.id === grant)) return grant;
  const person = personOf(c);
  const theirs = person ? options.filter((e) => person.memberships.some((m) => m.entityId === e.id)) : [];
  if (theirs.length === 1) return theirs[0]!.id;
  // The end of a function is where the person holds one: of the manager's entities, if only one.
  const held = person && c.task.kind === 'endFunction' ? options.filter((e) => person.functions.some((f) => f.entityId === e.id)) : [];
  return held.length === 1 ? held[0]!.id : null;
}

/** The right a request needs: what a refusal of it is audited and said as. */
export const ACTION_OF: Record<PeopleIntent['kind'], string> = {
  list: 'viewUsers', export: 'viewUsers', revoke: 'revokeAccess', endFunction: 'revokeAccess', removeUser: 'revokeAccess',
  designate: 'designateManager', bulk: 'grantAccess', audit: 'viewAudit',
};

/** What was asked, for the audit row of a refusal: the request and what it named, never a NISS (the row names the person). */
export function askedOf(c: PeopleContext): Record<string, unknown> {
  const t = c.task;
  return {
    request: t.kind,
    ...(c.entityId !== null ? { entity: entityName(c) || c.entityId } : {}),
    ...('applications' in t && t.applications.length ? { applications: t.applications } : {}),
    ...('qualityKind' in t && t.qualityKind ? { qualityKind: t.qualityKind } : {}),
    ...(t.kind === 'designate' ? { role: t.role, remove: t.remove } : {}),
  };
}
export const refusal = (c: PeopleContext, action = ACTION_OF[c.task.kind]): DialogRefusal => ({
  managerId: c.managerId, at: c.now, action, entityId: c.entityId, niss: nissOf(c), asked: askedOf(c),
});

/** The manager is part of the key, as for a grant: another person's request in this conversation id is another key. */
export const keyOf = (c: PeopleContext) => `${c.conversationId}#${c.managerId}#people${c.seq}@${c.startedAt}`;

export function listFilter(c: PeopleContext): ListFilter {
  const q: PeopleQuery = is(c, 'list') || is(c, 'export') ? c.task.query : {};
  const { entity: _entity, qualityKind: _kind, ...criteria } = q;
  return { entityId: c.entityId!, ...(c.qualityId !== null ? { qualityId: c.qualityId } : {}), ...criteria };
}

export function filtersSaid(c: PeopleContext): ListFilters {
  const q: PeopleQuery = is(c, 'list') || is(c, 'export') ? c.task.query : {};
  return {
    application: q.application ? namesOf(c, q.application) : null,
    status: q.status ?? null,
    lastName: q.lastName ?? null,
    firstName: q.firstName ?? null,
    username: q.username ?? null,
    collaborators: q.collaborators ?? false,
  };
}

export const vocabularyOf = (c: PeopleContext): Vocabulary => ({
  entities: theirEntities(c).map((e) => ({ id: e.id, name: e.name, inami: e.inami })),
  qualityKinds: c.scope?.qualityKinds ?? [],
  applications: c.scope?.applications ?? [],
});

/** A NISS as the manager reads it best; anything else as typed. */
export function formatNissLoose(input: string): string {
  const digits = input.replace(/\D/g, '');
  return digits.length === 11 ? formatNiss(digits) : input;
}

export const hasCriteria = (q: object) => Object.keys(q).length > 0;

export function pageNotices(c: PeopleContext, found: PageFound): Said[] {
  const entity = entityName(c);
  const filters = filtersSaid(c);
  const l = locale(c);
  return [
    chat({ key: 'listHeader', params: { entity, quality: qualityNames(c), filters, from: c.offset + 1, to: c.offset + found.items.length, total: found.total } }),
    chat({ key: 'listLines', params: { people: found.items.map((p) => ({ ...p, applications: p.applications.map((code) => namesOf(c, code)[l]) })) } }),
    ...(found.nissShown ? [] : [chat({ key: 'listNissHidden' })]),
    chat({ key: c.offset + found.items.length < found.total ? 'listMore' : 'listEnd' }),
  ];
}

export function auditNotices(c: PeopleContext & { task: Task<'audit'> }, found: AuditFound): Said[] {
  const application = c.task.applications[0];
  const names = application ? namesOf(c, application) : null;
  const niss = formatNiss(c.task.niss);
  if (found.lines.length === 0) return [chat({ key: 'auditNone', params: { niss, application: names } })];
  return [chat({ key: 'auditHeader', params: { niss, person: found.person, application: names } }), chat({ key: 'auditLines', params: { lines: found.lines } })];
}

export const add = (c: PeopleContext, ...notices: Said[]) => ({ notices: [...c.notices, ...notices] });

// The options of each question, as the answers are read and the view shows them.
export const entityOptions = (c: PeopleContext) => theirEntities(c).map((e) => ({ id: e.id, labels: [e.name, e.inami] }));
export const qualityOptions = (c: PeopleContext) => c.qualities.map((q) => ({ id: q.id, labels: [q.kind, ...Object.values(q.names)] }));
export const heldOptions = (c: PeopleContext) => heldIn(c).map((a) => ({ id: a.code, labels: [a.code, ...Object.values(a.names)] }));

/** The end date a message gives, from its commands (read once): "jusqu'au 31 décembre", or a date said alone. */
export function endDateIn(commands: readonly Command[]): string | undefined {
  const date = (slot: string) => commands.find((x) => (x.type === 'set' || x.type === 'correct') && x.slot === slot && typeof x.value === 'string');
  return ((date('endDate') ?? date('startDate')) as { value: string } | undefined)?.value;
}

/** The applications a message names, from its commands (read once). */
export function bulkApplicationsIn(commands: readonly Command[]): string[] {
  return [...new Set(commands.flatMap((x) => (x.type === 'set' || x.type === 'correct') && (x.slot === 'applications' || x.slot === 'applications.add') && Array.isArray(x.value) ? (x.value as string[]) : []))];
}

/** The qualité an authorization covers (and the order then acts in). */
export function authorizedQuality(c: PeopleContext): number | null {
  if (is(c, 'revoke')) return revocationQuality(c) ?? null;
  if (is(c, 'endFunction')) return functionThere(c)?.qualityId ?? null;
  if (is(c, 'removeUser')) return namedOrLimitedQuality(c, c.task.qualityKind);
  if (is(c, 'designate')) return c.qualityId ?? (c.task.role === 'GA' ? qualityByKind(c, c.task.qualityKind) : null);
  return c.qualityId;
}

export function bulkPlanInput(c: PeopleContext) {
  const t = c.task as Task<'bulk'>;
  return { managerId: c.managerId, qualityId: c.qualityId ?? bulkQuality(c)!, applications: t.applications, inputs: t.inputs, ...(t.everyone ? { everyone: true as const } : {}), now: c.now };
}

/**
 * The qualité a request acts in when the manager need not be asked (lists and exports take it as
 * they start; an end of function, a designation, at their authorization).
 */
export function impliedQuality(c: PeopleContext): number | null {
  if (is(c, 'revoke') || is(c, 'removeUser')) return namedOrLimitedQuality(c, c.task.qualityKind);
  if (is(c, 'bulk') && c.task.applications.length > 0) return bulkQuality(c);
  return null;
}

/** The qualité of a bulk grant when the manager need not be asked: named, theirs as a GA, or the only one holding the applications. */
export function bulkQuality(c: PeopleContext): number | null {
  if (!is(c, 'bulk')) return c.qualityId;
  const fitting = fittingQualities(c);
  const limited = limitedTo(c);
  return (fitting.find((q) => q.kind === c.task.qualityKind) ?? fitting.find((q) => q.id === limited) ?? (fitting.length === 1 ? fitting[0] : undefined))?.id ?? null;
}

export function personOrder(c: PeopleContext) {
  return { idempotencyKey: keyOf(c), managerId: c.managerId, conversationId: c.conversationId, userId: personOf(c)!.id, now: c.now };
}
