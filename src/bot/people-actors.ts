import type { Attachment } from 'botbuilder';
import { fromCallback, fromPromise, type EventObject } from 'xstate';
import { peopleMachine, type BulkEvent } from '../../dialogs/people/people.machine';
import type {
  AuditInput, AuthorizeInput, BulkInput, DesignateInput, DesigneesFound, FindDesigneeInput, EndFunctionInput, ExportInput, FunctionEnded, FindInput, NamedCandidate, PersonNameQuestion, PlanInput, RemoveUserInput, RevokeInput,
  AuditFound, BulkPlanFound, DialogRefusal, ExportFound, ListFilter, PageFound, PeopleScope, PersonLookup, QualityChoice, RevocationDone, StatusAnswer, StatusQuestion,
} from '../../dialogs/people/people.types';
import { say } from '../i18n/say';
import { formatNiss } from '../domain/niss';
import { dayAfter, lastDayBefore } from '../domain/dates';
import type { Store } from '../store/store';
import type { PeopleFilter } from '../store/directory.repo';
import { PENDING_FILE_MAX_BYTES } from '../store/pending-files.repo';
import { findAllPeople, findPeople } from '../services/find-people.service';
import { exportPeople } from '../services/export.service';
import { executeBulkGrant, planBulkGrant } from '../services/bulk.service';
import { auditFor } from '../services/audit-view.service';
import { personLabel, visibleUserByNiss } from '../people/visibility';
import { fileConsentCard, offersFiles } from './file-consent';
import { accessStatusOf, catalogOptionOf, peopleNamed, peopleNear } from './grant-actors';
import { designeesIn } from './designees';
import { servicesOf } from '../services';

/** The store's filter for a list's criteria. */
function filterOf(f: ListFilter): PeopleFilter {
  return {
    entityId: f.entityId,
    ...(f.qualityId !== undefined ? { qualityId: f.qualityId } : {}),
    ...(f.application ? { application: f.application } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.lastName ? { lastName: f.lastName } : {}),
    ...(f.firstName ? { firstName: f.firstName } : {}),
    ...(f.username ? { username: f.username } : {}),
    ...(f.collaborators ? { type: 'COLLABORATOR' as const } : {}),
  };
}

/** The NISS the bulk grant is for: those given, or every user of the qualité's entity ("donne TCT à tout le monde"). */
function bulkLinesOf(store: Store, input: PlanInput): PlanInput['inputs'] {
  if (!input.everyone) return input.inputs;
  const entityId = store.catalog.qualityById(input.qualityId)?.entityId;
  if (entityId === undefined) return [];
  return store.directory.page({ entityId }, { offset: 0, limit: -1 }).items.map((p, i) => ({ line: i + 1, input: p.niss }));
}

/** A name compared without case, accents or extra spaces. */
const plainName = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The people dialog (lists, exports, revocations, designations, bulk grants, the audit log) with
 * its I/O bound to the store: every read and every change is here, the dialog itself is pure.
 * The services authorize every order and audit its refusals; recordRefusal writes those the dialog decides.
 */
export function peopleMachineFor(store: Store, options: { activationDelayMs: number }) {
  const { catalog, people } = store;
  const services = servicesOf(store);
  const entitiesOf = (managerId: number) => {
    const roles = people.rolesOf(managerId);
    const helpdesk = roles.some((r) => r.role === 'HELPDESK');
    return catalog.entities().map((e) => {
      const there = roles.filter((r) => r.entityId === e.id || r.role === 'HELPDESK');
      // A GA limited to one qualité works within it; any role over the whole entity lifts the limit.
      const limitedTo = there.length === 0 || there.some((r) => r.qualityId === null) ? null : there[0]!.qualityId;
      return { id: e.id, name: e.name, inami: e.inami, mine: helpdesk || there.length > 0, limitedTo };
    });
  };
  const functionNames = (code: string) => catalog.functions().find((f) => f.code === code)?.names ?? { fr: code, nl: code, de: code, en: code };

  return peopleMachine.provide({
    actors: {
      loadScope: fromPromise<PeopleScope, { managerId: number }>(async ({ input }) => {
        const { qualityKinds, applications } = catalogOptionOf(store);
        return {
          entities: entitiesOf(input.managerId),
          qualityKinds,
          applications: applications.map((a) => ({ code: a.code, names: a.names, aliases: a.aliases })),
          activationDelayMs: options.activationDelayMs,
        };
      }),
      loadQualities: fromPromise<QualityChoice[], { entityId: number }>(async ({ input }) =>
        catalog.qualitiesOfEntity(input.entityId).map((q) => ({
          id: q.id, kind: q.kind, names: q.names, applications: catalog.applicationsForKind(q.kind).map((a) => a.code),
        })),
      ),
      // Among the users of the manager's entities only: another entity's users are neither found nor described.
      // Nobody so named: the users whose name is near ("els jansens" → Els Janssens), offered, never taken as found.
      findPersonByName: fromPromise<NamedCandidate[], PersonNameQuestion>(async ({ input }) => {
        const named = peopleNamed(store, input);
        return named.length > 0 ? named : peopleNear(store, input);
      }),
      // A status question at one of the dialog's questions: answered as the grant dialog answers it.
      accessStatus: fromPromise<StatusAnswer, StatusQuestion>(async ({ input }) => accessStatusOf(store, input)),
      lookupPerson: fromPromise<PersonLookup, { managerId: number; niss: string }>(async ({ input }) => {
        const found = visibleUserByNiss(store, input.managerId, input.niss);
        if (!found.user) return { person: null, hidden: found.hidden };
        const u = found.user;
        const entities = catalog.entities();
        const memberships = store.helpdesk.membershipsInEntities(u.id, entities.map((e) => e.id));
        const held: NonNullable<PersonLookup['person']>['held'] = [];
        for (const e of entities) {
          for (const q of catalog.qualitiesOfEntity(e.id)) {
            for (const code of store.directory.heldApplications(u.id, q.id)) {
              const app = catalog.applicationByCode(code);
              if (app) held.push({ code, names: app.names, entityId: e.id, qualityId: q.id });
            }
          }
        }
        const functions = people.functionsOfUser(u.id).flatMap((f) => {
          const entityId = catalog.qualityById(f.qualityId)?.entityId;
          // The store's end date is exclusive (the first day without it); the dialog speaks of the last day held.
          return entityId === undefined ? [] : [{
            code: f.functionCode, names: functionNames(f.functionCode), entityId, qualityId: f.qualityId, startDate: f.startDate, lastDay: f.endDate === null ? null : lastDayBefore(f.endDate),
          }];
        });
        // A manager is no user row: the same person is the manager of the same name, or whose identifier is the username.
        const same = (m: { name: string; channelUserId: string }) => m.channelUserId === u.username || plainName(m.name) === plainName(`${u.firstName} ${u.lastName}`);
        const managerRoles = [...new Set(memberships.map((m) => m.entityId))].flatMap((entityId) =>
          store.designations.rolesOfEntity(entityId).filter((r) => (r.role === 'GA' || r.role === 'CO_RAE') && same(r)).map((r) => ({ entityId, role: r.role as 'GA' | 'CO_RAE' })));
        return {
          person: { id: u.id, name: personLabel(u), memberships, held, functions, ...(managerRoles.length > 0 ? { managerRoles } : {}) },
          hidden: false,
        };
      }),
      authorize: fromPromise<void, AuthorizeInput>(async ({ input }) => {
        services.authorizer.authorize(input.managerId, [input.action], { entityId: input.entityId, ...(input.qualityId !== null ? { qualityId: input.qualityId } : {}) }, input.now);
      }),
      recordRefusal: fromPromise<void, DialogRefusal>(async ({ input }) => {
        // The person is named by their user row, as in every audit row; their NISS is not written in the details.
        const userId = input.niss ? people.userByNiss(input.niss)?.id ?? null : null;
        services.audit.refused({ at: input.at, managerId: input.managerId, action: input.action, entityId: input.entityId, userId, details: { asked: input.asked } });
      }),
      findPeople: fromPromise<PageFound, FindInput>(async ({ input }) => {
        const found = await findPeople(store, input.managerId, filterOf(input.filter), { offset: input.offset, limit: input.limit });
        return {
          total: found.total,
          nissShown: found.nissShown,
          items: found.items.map((p) => ({
            name: `${p.title ? `${p.title} ` : ''}${p.firstName} ${p.lastName}`, username: p.username, niss: p.niss ? formatNiss(p.niss) : null,
            status: p.status, applications: p.applications,
          })),
        };
      }),
      /**
       * The list as a file in the chat: a data: URL is what Web Chat and the Emulator take as an
       * attachment; Teams takes none, so there the file is offered with a consent card and kept
       * until the manager answers (file-consent.ts).
       */
      exportPeople: fromPromise<ExportFound, ExportInput>(async ({ input }) => {
        const filter = filterOf(input.filter);
        const all = await findAllPeople(store, input.managerId, filter);
        const file = await exportPeople(store, filter, all, input.format, input.locale, new Date(input.now));
        const contentType = file.mimeType.split(';')[0]!;
        const said = { fileName: file.fileName, count: all.items.length, nissHidden: !all.nissShown };
        if (offersFiles(input.channelId ?? undefined)) {
          if (file.buffer.length > PENDING_FILE_MAX_BYTES) return { ok: false, tooLarge: true };
          const id = store.pendingFiles.offer(
            { managerId: input.managerId, conversationId: input.conversationId, fileName: file.fileName, mimeType: file.mimeType, content: file.buffer },
            input.now,
          );
          const description = say('manage', { key: 'fileConsentDescription', params: { count: all.items.length } }, input.locale);
          return { ok: true, ...said, consent: true, attachment: fileConsentCard(file.fileName, file.buffer.length, description, id) };
        }
        const attachment: Attachment = { contentType, name: file.fileName, contentUrl: `data:${contentType};base64,${file.buffer.toString('base64')}` };
        return { ok: true, ...said, consent: false, attachment };
      }),
      readAudit: fromPromise<AuditFound, AuditInput>(async ({ input }) => {
        const entries = await auditFor(store, input.managerId, { niss: input.niss, ...(input.application ? { application: input.application } : {}), limit: 20 });
        const user = visibleUserByNiss(store, input.managerId, input.niss).user;
        const nameOf = (channelId: string | null) => (channelId ? people.managerByChannelUserId(channelId)?.name ?? channelId : null);
        return {
          person: user ? personLabel(user) : null,
          lines: entries.map((e) => ({
            at: Date.parse(e.at), action: e.action, by: e.by === 'system' ? null : e.byName ?? e.by, onBehalfOf: nameOf(e.onBehalfOf), refused: e.outcome === 'refused',
          })),
        };
      }),
      planBulk: fromPromise<BulkPlanFound, PlanInput>(async ({ input }) => {
        const plan = await planBulkGrant(store, input.managerId, input.qualityId, input.applications, bulkLinesOf(store, input), new Date(input.now));
        const s = plan.summary;
        return {
          lines: plan.lines.map((l) => ({ line: l.line, input: l.input, person: l.person, outcome: l.outcome, applications: l.applications, ...(l.account ? { account: l.account } : {}) })),
          summary: { ok: s.ok, alreadyHolds: s.alreadyHolds, invalidNiss: s.invalidNiss, unknownUser: s.unknownUser, duplicate: s.duplicate },
        };
      }),
      // The plan is made again at confirmation: what changed since the summary is taken as it is now.
      executeBulk: fromCallback<EventObject, BulkInput>(({ input, sendBack }) => {
        const send = (e: BulkEvent) => sendBack(e);
        void (async () => {
          try {
            const plan = await planBulkGrant(store, input.managerId, input.qualityId, input.applications, bulkLinesOf(store, input), new Date(input.now));
            const results = await executeBulkGrant(store, plan, {
              idempotencyKey: input.idempotencyKey,
              conversationId: input.conversationId,
              // Let the reply of a progress notice go out before the next grant.
              onProgress: async (done, total) => {
                send({ type: 'bulk.progress', done, total });
                await new Promise((resolve) => setImmediate(resolve));
              },
            });
            send({
              type: 'bulk.done',
              results: results.map((r) => ({ person: r.person, input: r.input, ok: r.ok, activeAt: r.grants.length ? Math.max(...r.grants.map((g) => g.activeAt)) : null })),
            });
          } catch (error) {
            send({ type: 'bulk.failed', error });
          }
        })();
      }),
      revokeApplications: fromPromise<RevocationDone, RevokeInput>(async ({ input }) => {
        const r = await services.revocations.revokeApplications(
          { idempotencyKey: input.idempotencyKey, managerId: input.managerId, conversationId: input.conversationId, userId: input.userId, qualityId: input.qualityId, applicationCodes: input.applications },
          input.now,
        );
        return {
          effectiveAt: r.effectiveAt,
          revoked: r.grants.filter((g) => !g.cancelled).map((g) => g.applicationCode),
          cancelled: r.grants.filter((g) => g.cancelled).map((g) => g.applicationCode),
          notHeld: r.notHeld,
        };
      }),
      endFunction: fromPromise<FunctionEnded, EndFunctionInput>(async ({ input }) => {
        // The last day said is held: the store's (exclusive) end date is the day after it.
        const r = await services.revocations.endFunction(
          { idempotencyKey: input.idempotencyKey, managerId: input.managerId, conversationId: input.conversationId, userId: input.userId, qualityId: input.qualityId, functionCode: input.functionCode, endDate: dayAfter(input.lastDay) },
          input.now,
        );
        return { effectiveAt: r.effectiveAt, cancelled: r.functions.some((f) => f.cancelled), ...(r.unchanged ? { unchanged: true } : {}) };
      }),
      removeUser: fromPromise<{ effectiveAt: number }, RemoveUserInput>(async ({ input }) => {
        const r = await services.revocations.removeUser(
          {
            idempotencyKey: input.idempotencyKey, managerId: input.managerId, conversationId: input.conversationId, userId: input.userId, entityId: input.entityId,
            ...(input.qualityId !== null ? { qualityId: input.qualityId } : {}),
          },
          input.now,
        );
        return { effectiveAt: r.effectiveAt };
      }),
      // Only reached once authorized to designate there (a RAE, who sees the entity's users).
      findDesignee: fromPromise<DesigneesFound, FindDesigneeInput>(async ({ input }) => designeesIn(store, input.entityId, input.said)),
      designate: fromPromise<{ changed: boolean }, DesignateInput>(async ({ input }) => {
        const scope = { role: input.role, entityId: input.entityId, qualityId: input.qualityId };
        if (!input.remove) {
          // A Teams user's object id is their identity there; another id given is their channel id; none: their username.
          const id = input.channelUserId;
          const aad = id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : null;
          return services.designations.designate(input.managerId, { ...scope, userId: input.userId, ...(id ? { channelUserId: aad ?? id } : {}), aadObjectId: aad }, input.now);
        }
        // The manager holding the role there who is this person: signed in with their username, or designated under their name.
        const user = people.userById(input.userId);
        const held = user && store.designations.rolesOfEntity(input.entityId).find((r) =>
          r.role === input.role && (r.qualityId ?? null) === (input.qualityId ?? null) && (r.channelUserId === user.username || r.name === `${user.firstName} ${user.lastName}`));
        return held ? services.designations.remove(input.managerId, { ...scope, channelUserId: held.channelUserId }, input.now) : { changed: false };
      }),
    },
  });
}
