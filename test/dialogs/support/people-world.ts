import { createActor, fromCallback, fromPromise, waitFor, type EventObject } from 'xstate';
import { isSettled, slotOf, type PeopleSnapshot } from '../../../dialogs/people/people.view';
import { vocabularyOf } from '../../../dialogs/people/people.context';
import { readCommands, type Command } from '../../../dialogs/understanding/commands';
import type { Said } from '../../../dialogs/view';
import { peopleMachine } from '../../../dialogs/people/people.machine';
import type {
  AuditInput, AuthorizeInput, BulkInput, ExportInput, FindInput, PlanInput, RevokeInput,
  PeopleIntent, NamedCandidate, PersonNameQuestion, StatusAnswer, StatusQuestion, AuditFound, BulkPlanFound, DialogRefusal, EntityChoice, ExportFound, PageFound, PersonFacts, PersonLookup, QualityChoice, RevocationDone,
} from '../../../dialogs/people/people.types';
import { ForbiddenError } from '../../../src/domain/authorization';
import { designeesAmong } from '../../../src/bot/designees';

/**
 * The people dialog against fake actors: the entities the manager sees, the people known, and
 * every call it makes (pushed to `calls`); the changes answer as the store would.
 */

// 2026-11-23 10:00 in Brussels.
export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
export const names = (fr: string) => ({ fr, nl: fr, de: fr, en: fr });

export const IRIS: EntityChoice = { id: 1, name: 'Hôpitaux IRIS Sud', inami: '710087-50', mine: true, limitedTo: null };
export const ANNE: EntityChoice = { id: 2, name: 'Clinique Sainte-Anne Saint-Remi', inami: '710338-90', mine: true, limitedTo: null };
export const ELDERS: EntityChoice = { id: 3, name: 'AZ Elders', inami: '710500-12', mine: false, limitedTo: null };
export const HOSPITAL: QualityChoice = { id: 11, kind: 'HOSPITAL', names: names('Prestataire de soins : hôpital'), applications: ['HOSPISUP', 'COLINDOS', 'CHAPTER_IV'] };
export const INAMI_CARE: QualityChoice = { id: 12, kind: 'INAMI_CARE', names: names('Soins de santé (INAMI)'), applications: ['CHAPTER_IV'] };
export const APPS = [
  { code: 'HOSPISUP', names: names('HospiSup'), aliases: ['hospi sup'] },
  { code: 'COLINDOS', names: names('Colindos'), aliases: [] },
  { code: 'CHAPTER_IV', names: names('Chapter IV'), aliases: ['chapitre iv'] },
];
export const MARIE_NISS = '85073003328';
export const JAN_NISS = '90041212377';
export const HIDDEN_NISS = '76021500137';
/** A valid NISS of a user of another entity only (as typed in an answer, where a NISS is checked). */
export const HIDDEN_VALID_NISS = '76021500192';
export const MARIE: PersonFacts = {
  id: 7, name: 'Dr Marie Dupont',
  memberships: [{ entityId: 1, qualityId: 11 }],
  held: [
    { code: 'HOSPISUP', names: names('HospiSup'), entityId: 1, qualityId: 11 },
    { code: 'COLINDOS', names: names('Colindos'), entityId: 1, qualityId: 11 },
  ],
  functions: [{ code: 'COLLAB_SPECIALIST', names: names('collaborateur médecin-spécialiste'), entityId: 1, qualityId: 11, startDate: '2026-01-05', lastDay: null }],
};
/** A user of both entities. */
export const JAN: PersonFacts = {
  id: 8, name: 'Jan Peeters',
  memberships: [{ entityId: 1, qualityId: 11 }, { entityId: 2, qualityId: 21 }],
  held: [{ code: 'HOSPISUP', names: names('HospiSup'), entityId: 2, qualityId: 21 }],
  functions: [],
};
export const BRAM_NISS = '93010123447';
/** A user of Sainte-Anne alone, whose function has not started yet: from 01-01-2027, last day 31-03-2027. */
export const BRAM: PersonFacts = {
  id: 9, name: 'Bram Claessens',
  memberships: [{ entityId: 2, qualityId: 21 }],
  held: [{ code: 'COLINDOS', names: names('Colindos'), entityId: 2, qualityId: 21 }],
  functions: [{ code: 'COLLAB_PHARMACIST', names: names('collaborateur pharmacien hospitalier'), entityId: 2, qualityId: 21, startDate: '2027-01-01', lastDay: '2027-03-31' }],
};
export const PEOPLE_FOUND = Array.from({ length: 15 }, (_, i) => ({ name: `Person ${i + 1}`, username: `p${i + 1}`, niss: null, status: 'active' as const, applications: ['HOSPISUP'] }));

export interface World {
  entities?: EntityChoice[];
  /** Actions the store refuses (ForbiddenError from the actor). */
  forbidden?: string[];
  /** NISS lines planned as granted in a bulk grant. */
  bulkOk?: number;
  /** The users of the manager's entities by name: Marie Dupont and Jan Peeters unless given. */
  named?: Record<string, string[]>;
  /** Names nobody has, and the users whose name is near them (offered as "did you mean …?"). */
  near?: Record<string, string[]>;
}

export type Call = { actor: string; input: unknown };

/** The people machine on fake actors: every call it makes is pushed to `calls`. */
/** The users of each entity, as the directory holds them: who a designation may name (by name, username, e-mail, NISS). */
export const DIRECTORY: Record<number, { userId: number; niss: string; username: string; email: string; firstName: string; lastName: string }[]> = {
  1: [
    { userId: 7, niss: MARIE_NISS, username: 'mdupont', email: 'marie.dupont@iris-sud.be', firstName: 'Marie', lastName: 'Dupont' },
    { userId: 8, niss: JAN_NISS, username: 'jpeeters', email: 'jan.peeters@iris-sud.be', firstName: 'Jan', lastName: 'Peeters' },
  ],
  2: [
    { userId: 8, niss: JAN_NISS, username: 'jpeeters', email: 'jan.peeters@iris-sud.be', firstName: 'Jan', lastName: 'Peeters' },
    { userId: 9, niss: BRAM_NISS, username: 'bramclaessens', email: 'bram.claessens@sainte-anne.be', firstName: 'Bram', lastName: 'Claessens' },
    { userId: 11, niss: '88021512345', username: 'sarahmoens', email: 'sarah.moens@sainte-anne.be', firstName: 'Sarah', lastName: 'Moens' },
    { userId: 12, niss: '78110324621', username: 'ejanssens', email: 'els.janssens@sainte-anne.be', firstName: 'Els', lastName: 'Janssens' },
    { userId: 13, niss: '65031212330', username: 'apeeters', email: 'an.peeters@sainte-anne.be', firstName: 'An', lastName: 'Peeters' },
  ],
};

export function fakePeopleMachine(world: World, calls: Call[]) {
  const call = (actor: string, input: unknown) => calls.push({ actor, input });
  const refuse = (action: string) => {
    if (world.forbidden?.includes(action)) throw new ForbiddenError(action as never, { entityId: 1 });
  };
  const people: Record<string, PersonLookup> = {
    [MARIE_NISS]: { person: MARIE, hidden: false },
    [JAN_NISS]: { person: JAN, hidden: false },
    [BRAM_NISS]: { person: BRAM, hidden: false },
    [HIDDEN_NISS]: { person: null, hidden: true },
    [HIDDEN_VALID_NISS]: { person: null, hidden: true },
  };
  return peopleMachine.provide({
    actors: {
      loadScope: fromPromise(async () => ({ entities: world.entities ?? [IRIS, ANNE, ELDERS], applications: APPS, qualityKinds: [HOSPITAL, INAMI_CARE].map((q) => ({ code: q.kind, names: q.names })), activationDelayMs: 1_200_000 })),
      loadQualities: fromPromise(async ({ input }: { input: { entityId: number } }) => (input.entityId === 1 ? [HOSPITAL, INAMI_CARE] : [{ ...HOSPITAL, id: 21 }])),
      findPersonByName: fromPromise<NamedCandidate[], PersonNameQuestion>(async ({ input }) => {
        call('findPersonByName', input);
        const named = world.named ?? { 'Marie Dupont': [MARIE_NISS], 'Jan Peeters': [JAN_NISS], 'Bram Claessens': [BRAM_NISS] };
        const found = (named[input.name] ?? []).map((niss) => ({ niss, label: people[niss]?.person?.name ?? 'Jan Peeters' }));
        if (found.length > 0) return found;
        return (world.near?.[input.name] ?? []).map((niss) => ({ niss, label: people[niss]?.person?.name ?? 'Jan Peeters', near: true as const }));
      }),
      lookupPerson: fromPromise(async ({ input }: { input: { managerId: number; niss: string } }) => people[input.niss] ?? { person: null, hidden: false }),
      findDesignee: fromPromise(async ({ input }: { input: { managerId: number; entityId: number; said: string } }) => {
        call('findDesignee', input);
        return designeesAmong(DIRECTORY[input.entityId] ?? [], input.said);
      }),
      // What the person holds, from the people known: active since NOW.
      accessStatus: fromPromise<StatusAnswer, StatusQuestion>(async ({ input }) => {
        call('accessStatus', input);
        const named = world.named ?? { 'Marie Dupont': [MARIE_NISS], 'Jan Peeters': [JAN_NISS] };
        const found = input.name !== undefined ? named[input.name] ?? [] : [input.niss ?? ''];
        if (found.length !== 1) return { person: null, items: [], matches: found.length };
        const person = people[found[0]!]?.person;
        if (!person) return { person: null, items: [] };
        const codes = input.applicationCodes.length > 0 ? input.applicationCodes : person.held.map((h) => h.code);
        const items = codes.map((code) => (person.held.some((h) => h.code === code) ? { code, state: 'active' as const, since: NOW } : { code, state: 'none' as const }));
        return { person: person.name, items, ...(input.name !== undefined ? { niss: found[0]!, matches: 1 } : {}) };
      }),
      authorize: fromPromise(async ({ input }: { input: AuthorizeInput }) => {
        call('authorize', input);
        refuse(input.action);
      }),
      recordRefusal: fromPromise<void, DialogRefusal>(async ({ input }) => {
        call('recordRefusal', input);
      }),
      findPeople: fromPromise<PageFound, FindInput>(async ({ input }) => {
        call('findPeople', input);
        refuse('viewUsers');
        return { total: PEOPLE_FOUND.length, nissShown: true, items: PEOPLE_FOUND.slice(input.offset, input.offset + input.limit) };
      }),
      exportPeople: fromPromise<ExportFound, ExportInput>(async ({ input }) => {
        call('exportPeople', input);
        refuse('viewUsers');
        return { ok: true, fileName: 'utilisateurs-2026-11-23.xlsx', count: 15, nissHidden: false, consent: false, attachment: { contentType: 'application/x', name: 'utilisateurs-2026-11-23.xlsx' } };
      }),
      readAudit: fromPromise<AuditFound, AuditInput>(async ({ input }) => {
        call('readAudit', input);
        refuse('viewAudit');
        return { person: 'Dr Marie Dupont', lines: [{ at: NOW - 60_000, action: 'grantAccess', by: 'Sophie Lambert', onBehalfOf: null, refused: false }] };
      }),
      planBulk: fromPromise<BulkPlanFound, PlanInput>(async ({ input }) => {
        call('planBulk', input);
        refuse('grantAccess');
        const ok = world.bulkOk ?? 1;
        return {
          lines: [
            ...Array.from({ length: ok }, (_, i) => ({ line: i + 1, input: MARIE_NISS, person: `Person ${i + 1}`, outcome: 'ok' as const, applications: ['HOSPISUP'] })),
            { line: ok + 1, input: '12345', person: null, outcome: 'invalidNiss' as const, applications: [] },
          ],
          summary: { ok, alreadyHolds: 0, invalidNiss: 1, unknownUser: 0, duplicate: 0 },
        };
      }),
      executeBulk: fromCallback<EventObject, BulkInput>(({ input, sendBack }) => {
        call('executeBulk', input);
        const ok = world.bulkOk ?? 1;
        void (async () => {
          for (let done = 1; done <= ok; done++) {
            await Promise.resolve();
            sendBack({ type: 'bulk.progress', done, total: ok });
          }
          sendBack({ type: 'bulk.done', results: Array.from({ length: ok }, (_, i) => ({ person: `Person ${i + 1} (85.07.30-033.28)`, input: MARIE_NISS, ok: true, activeAt: NOW + 1_200_000 })) });
        })();
      }),
      revokeApplications: fromPromise<RevocationDone, RevokeInput>(async ({ input }) => {
        call('revokeApplications', input);
        return { effectiveAt: NOW + 1_200_000, revoked: input.applications, cancelled: [], notHeld: [] };
      }),
      endFunction: fromPromise(async ({ input }) => {
        call('endFunction', input);
        // As the store: a last day before the function's first cancels it at once.
        const fn = [MARIE, JAN, BRAM].find((p) => p.id === input.userId)?.functions.find((f) => f.qualityId === input.qualityId);
        return { effectiveAt: NOW + 1_200_000, cancelled: fn !== undefined && input.lastDay < fn.startDate };
      }),
      removeUser: fromPromise(async ({ input }) => {
        call('removeUser', input);
        return { effectiveAt: NOW + 1_200_000 };
      }),
      designate: fromPromise(async ({ input }) => {
        call('designate', input);
        refuse('designateManager');
        return { changed: true };
      }),
    },
  });
}

/** The dialog on a request, on fake actors: `say` reads each message as the conversation does (readCommands, with the question waiting) unless the commands are given. */
export function startPeople(intent: PeopleIntent, world: World = {}, snapshot?: unknown) {
  const calls: Call[] = [];
  const progress: Said[] = [];
  const machine = fakePeopleMachine(world, calls);
  const input = { managerId: 3, conversationId: 'conv-1', locale: 'fr' as const, now: NOW, intent, seq: 1 };
  const actor = createActor(machine, snapshot ? { input, snapshot: snapshot as PeopleSnapshot } : { input });
  actor.on('progress', (e) => void progress.push(e.notice));
  actor.start();
  const send = async (event: { type: 'TEXT'; text: string; commands?: Command[] } | { type: 'CANCEL' }): Promise<PeopleSnapshot> => {
    actor.send({ type: 'TURN', at: NOW, locale: 'fr' });
    actor.send(event);
    return waitFor(actor, isSettled);
  };
  /** As the conversation sends it: read once (readCommands) with the question asked, unless the commands are given. */
  const say = (text: string, commands?: Command[]) => {
    const s = actor.getSnapshot();
    return send({ type: 'TEXT', text, commands: commands ?? readCommands(text, { vocabulary: vocabularyOf(s.context), now: NOW, expecting: slotOf(s), locale: 'fr' }) });
  };
  const executed = () => calls.filter((c) => ['revokeApplications', 'endFunction', 'removeUser', 'designate', 'executeBulk'].includes(c.actor));
  return { actor, say, send, calls, executed, progress };
}

