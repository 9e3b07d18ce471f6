import { assign, emit, fromCallback, fromPromise, setup, type EventObject } from 'xstate';
import { formatNiss } from '../../src/domain/niss';
import { isAnswerWord } from '../../src/domain/person-name';
import type { DialogEvent } from '../dialog';
import type { Said } from '../view';
import type { Intent } from '../understanding/intent';
import type { Command } from '../understanding/commands';
import { narrowed } from '../understanding/only-these';
import { normalize, yesNo } from '../understanding/parse';
import { statusNotice } from '../grant/status-notice';
import { failureNotices, type Designation } from './explain';
import { commandsOf, declinesDesignee, keepOnlyOf, nissErrorIn, nissIn, pickedDesignee, pickedEntity, pickedHeld, pickedPerson, pickedQuality, typedAt, valueOf, yesNoOf } from './answers';
import {
  add, namedOf, withNiss, auditNotices, authorizedQuality, bulkApplicationsIn, bulkPlanInput, chat, endDateIn, entityName, entityOfTask,
  filtersSaid, fittingQualities, notHeldNamed, formatNissLoose, functionThere, hasCriteria, heldIn, impliedEntity, impliedQuality, is, keyOf,
  isAboutSomeone, listFilter, locale, membershipsThere, namedOrLimitedQuality, namesOf, nissOf, pageNotices, people, personName, personOrder,
  refusal, revocationQuality, theirEntities, boundChannelId, designeeWords, withDesigneeWords, type Task,
} from './people.context';
import type {
  Asking, AuditFound, AuditInput, AuthorizeInput, BulkInput, BulkPlanFound, BulkResult, DesignateInput, DesigneesFound, DialogRefusal, FindDesigneeInput, EndFunctionInput, ExportFound, FunctionEnded,
  ExportInput, FindInput, NamedCandidate, PageFound, PeopleContext, PersonNameQuestion, PeopleInput, PeopleScope, PersonLookup, PlanInput, QualityChoice, RemoveUserInput,
  RevocationDone, RevokeInput, StatusAnswer, StatusQuestion,
} from './people.types';

/** Bump when states or context change shape: an older saved snapshot is then dropped. */
export const PEOPLE_MACHINE_VERSION = 5;
export const PAGE_SIZE = 10;
/** A bulk grant of more people than this tells how far it got every PROGRESS_EVERY people. */
export const PROGRESS_ABOVE = 10;
const PROGRESS_EVERY = 10;

/** What the bulk grant actor sends back while it runs: how far it got, then every result, or why it stopped. */
export type BulkEvent =
  | { type: 'bulk.progress'; done: number; total: number }
  | { type: 'bulk.done'; results: BulkResult[] }
  | { type: 'bulk.failed'; error: unknown };
export type PeopleEvent = DialogEvent | BulkEvent;
/** Emitted while a bulk grant runs, for the caller to send at once (actor.on('progress', …)). */
export type PeopleEmitted = { type: 'progress'; notice: Said };

const missing = (name: string) => async (): Promise<never> => {
  throw new Error(`actor ${name} must be provided with machine.provide()`);
};

/** "only X, Y stays" at a revocation's confirmation (its keepOnly command): the applications still revoked and those left. */
const onlyRevoked = (c: PeopleContext, e: PeopleEvent) => {
  const only = keepOnlyOf(e);
  return c.task.kind === 'revoke' && only ? narrowed(c.task.applications, only) : undefined;
};

/** "Marie Dupont n'a pas Colindos": the applications named and not held, and (when none of the named is held) what is held there. */
const notHeldNotice = (c: PeopleContext, others: boolean): Said =>
  chat({ key: 'notHeldNamed', params: { person: personName(c), entity: entityName(c), applications: notHeldNamed(c).map((a) => namesOf(c, a)), held: heldIn(c).map((h) => h.names), others } });
/** A new request at a confirmation: the request waiting is said to be left aside, never swapped without a word. */
const setAside = (c: PeopleContext, answer = false): Said =>
  chat({ key: 'setAside', params: { what: c.task.kind as 'revoke' | 'endFunction' | 'removeUser' | 'designate' | 'bulk', person: personName(c), ...(answer ? { answer } : {}) } });
/** The designation a refusal is about, said with its role (as typed too); undefined for any other request. */
const designationOf = (c: PeopleContext): Designation | undefined => {
  if (!is(c, 'designate')) return undefined;
  const t = c.task;
  return { role: t.role, remove: t.remove, ...(t.said ? { said: t.said } : {}) };
};
/** A change asked (not a list or an export, which change nothing): set aside with a word when another request comes. */
const isAChange = (c: PeopleContext) => ['revoke', 'endFunction', 'removeUser', 'designate', 'bulk'].includes(c.task.kind);

/** The third answer in a row the question cannot use, or one beside a waiting grant (likely meant for it): the question explained, and the way out. */
function missed(c: PeopleContext, asking: Asking, usual: Said): Partial<PeopleContext> {
  const misses = (c.misses ?? 0) + 1;
  const stuck = misses >= 3 || c.grantWaiting === true;
  return { misses, ...add(c, stuck ? chat({ key: 'sideStuck', params: { asking, requestWaiting: c.grantWaiting === true } }) : usual) };
}
/** The past day a message gave, refused (read once): named back, and called past. */
const pastDayIn = (commands: readonly Command[]): { past?: string } => {
  const c = commands.find((x): x is Extract<Command, { type: 'unknown' }> => x.type === 'unknown' && x.problem === 'past' && x.date !== undefined);
  return c?.date ? { past: c.date } : {};
};
/** Found by name: the notice saying who, when one user of the manager's entities is so named. */
const foundByName = (p: NamedCandidate): Said => ({ key: 'personFoundByName', params: { person: p.label, niss: formatNiss(p.niss) } });
/** The request the message starts, as read once by the caller (a grant, a list, a revocation, a status question…). */
const startOf = (e: PeopleEvent) => commandsOf(e).find((c): c is Extract<Command, { type: 'startRequest' }> => c.type === 'startRequest');
/** The people request another message starts, with what it starts from (a list, an export, a revocation…). */
const anotherRequest = (e: PeopleEvent): Intent | undefined => startOf(e)?.intent;

/**
 * A status question asked at one of this dialog's questions: about whom, and which applications. "hat er schon
 * HospiSup?" is about this request's person; null when nobody is known yet to ask about.
 */
function statusAsked(c: PeopleContext, e: PeopleEvent): NonNullable<PeopleContext['statusQuery']> | null {
  const start = startOf(e)!;
  const apps = valueOf(e, 'applications');
  const applications = Array.isArray(apps) ? (apps as string[]) : [];
  if (start.subject === 'current') {
    const niss = nissOf(c);
    const name = namedOf(c);
    return niss ? { niss, applications } : name ? { niss: null, name, applications } : null;
  }
  const niss = valueOf(e, 'niss');
  const name = valueOf(e, 'person');
  if (typeof niss === 'string') return { niss, applications };
  return typeof name === 'string' ? { niss: null, name, applications } : null;
}

/**
 * The applications a revocation takes away after a message at its confirmation: "plutôt eBirth", "retire eBirth" (a
 * revocation named) replace them; "pas Colindos" takes Colindos out of it; "Colindos aussi" adds it.
 */
function revokedAfter(asked: string[], commands: Command[]): string[] {
  let next = asked;
  for (const c of commands) {
    if ((c.type !== 'set' && c.type !== 'correct') || !Array.isArray(c.value)) continue;
    const codes = c.value as string[];
    if (c.slot === 'applications' || (c.slot === 'applications.remove' && 'revoke' in c && c.revoke)) next = codes;
    else if (c.slot === 'applications.remove') next = next.filter((a) => !codes.includes(a));
    else if (c.slot === 'applications.add') next = [...new Set([...next, ...codes])];
  }
  return next;
}

/** What a message at a confirmation corrects in the request waiting ("plutôt eBirth", "non, c'est pour Jan Peeters"). */
function correctionOf(c: PeopleContext, e: PeopleEvent): Partial<PeopleContext> | undefined {
  const kind = c.task.kind;
  if (kind !== 'revoke' && kind !== 'endFunction' && kind !== 'removeUser') return undefined;
  const niss = valueOf(e, 'niss');
  const name = valueOf(e, 'person');
  // Another person: looked up again (by NISS, or among the manager's users by name), and said.
  const person = typeof niss === 'string' && niss !== nissOf(c) ? { niss, name: null } : typeof name === 'string' ? { niss: null, name } : undefined;
  const anew = { lookup: null, personChecked: false, candidates: null, authorized: false };
  let task = c.task;
  const notices: Said[] = [];
  if (person) {
    const { name: _before, ...rest } = task as typeof task & { name?: string };
    task = (person.name !== null ? { ...rest, niss: null, name: person.name } : { ...rest, niss: person.niss }) as typeof task;
    notices.push({ key: 'personReplacedByName', params: { named: person.name ?? formatNiss(person.niss!) } });
  }
  if (task.kind === 'revoke') {
    const asked = task.applications;
    const next = revokedAfter(asked, commandsOf(e));
    if (next.join() !== asked.join()) {
      task = { ...task, applications: next };
      const names = (codes: string[]) => codes.map((a) => namesOf(c, a));
      const removed = asked.filter((a) => !next.includes(a));
      const added = next.filter((a) => !asked.includes(a));
      if (removed.length > 0 && added.length > 0) notices.push({ key: 'applicationsReplaced', params: { removed: names(removed), added: names(added) } });
      else if (removed.length > 0 && next.length > 0) notices.push({ key: 'onlyThese', params: { kept: names(next), left: names(removed), revoke: true } });
      // "Colindos aussi": what is revoked now, said (the confirmation follows).
      else if (added.length > 0) notices.push({ key: 'changeTaken', params: { changes: [{ what: 'revoked', applications: names(next) }] } });
    }
  }
  if (task.kind === 'endFunction') {
    const date = endDateIn(commandsOf(e));
    if (date && date !== task.endDate) {
      task = { ...task, endDate: date };
      notices.push({ key: 'changeTaken', params: { changes: [{ what: 'lastDay', date }] } });
    }
  }
  if (task === c.task) return undefined;
  // The entity, unless named, was the one the person before was found in: found again for the new one.
  return { task, ...(person ? { ...anew, entityId: entityOfTask(task), qualityId: null } : {}), ...add(c, ...notices) };
}


/**
 * What any question of this dialog hears first: a stop, a status question (answered, then the question again), or another
 * request (this one ends unread; the caller reads the message again for the dialog it is for).
 */
/** The people offered are near the name typed, not so named. */
const isNear = (c: PeopleContext) => (c.candidates?.length ?? 0) > 0 && c.candidates!.every((x) => x.near === true);
/** A bare yes or no typed (to "did you mean …?"). */
const typedYesNo = (e: PeopleEvent) => (e.type === 'TEXT' && e.text.trim().split(/\s+/).length <= 3 ? yesNo(normalize(e.text)) : undefined);

const BESIDES = [
  { guard: 'asksToCancel', target: '#people.done', actions: 'cancel' },
  { guard: 'asksStatus', target: '#people.askingStatus', actions: 'noteStatusQuestion' },
  { guard: 'isAnotherRequest', target: '#people.done', actions: ['setAsideAtAQuestion', 'passOn'] },
] as const;

export const peopleMachine = setup({
  types: {
    context: {} as PeopleContext,
    events: {} as PeopleEvent,
    input: {} as PeopleInput,
    emitted: {} as PeopleEmitted,
  },
  actors: {
    loadScope: fromPromise<PeopleScope, { managerId: number }>(missing('loadScope')),
    loadQualities: fromPromise<QualityChoice[], { entityId: number }>(missing('loadQualities')),
    lookupPerson: fromPromise<PersonLookup, { managerId: number; niss: string }>(missing('lookupPerson')),
    /** The users of the manager's entities so named (never another entity's): a person named by name. */
    findPersonByName: fromPromise<NamedCandidate[], PersonNameQuestion>(missing('findPersonByName')),
    /** Rejects with a ForbiddenError, the refusal audited by the store. */
    authorize: fromPromise<void, AuthorizeInput>(missing('authorize')),
    recordRefusal: fromPromise<void, DialogRefusal>(missing('recordRefusal')),
    findPeople: fromPromise<PageFound, FindInput>(missing('findPeople')),
    exportPeople: fromPromise<ExportFound, ExportInput>(missing('exportPeople')),
    readAudit: fromPromise<AuditFound, AuditInput>(missing('readAudit')),
    planBulk: fromPromise<BulkPlanFound, PlanInput>(missing('planBulk')),
    /** Sends back bulk.progress after each person, then bulk.done (or bulk.failed). */
    executeBulk: fromCallback<EventObject, BulkInput>(() => {
      throw new Error('actor executeBulk must be provided with machine.provide()');
    }),
    revokeApplications: fromPromise<RevocationDone, RevokeInput>(missing('revokeApplications')),
    endFunction: fromPromise<FunctionEnded, EndFunctionInput>(missing('endFunction')),
    removeUser: fromPromise<{ effectiveAt: number }, RemoveUserInput>(missing('removeUser')),
    designate: fromPromise<{ changed: boolean }, DesignateInput>(missing('designate')),
    /** The users of the entity that the manager's words (name, portal username, e-mail, NISS) may mean. */
    findDesignee: fromPromise<DesigneesFound, FindDesigneeInput>(missing('findDesignee')),
    /** A status question asked in the middle: what the person holds, as the grant dialog answers it. */
    accessStatus: fromPromise<StatusAnswer, StatusQuestion>(missing('accessStatus')),
  },
  guards: {
    // A grant, a list, a revocation… asked at one of this dialog's questions: another request (a status question is answered here).
    isAnotherRequest: ({ event }) => startOf(event) !== undefined && startOf(event)!.kind !== 'status',
    asksStatus: ({ event }) => startOf(event)?.kind === 'status',
    asksToCancel: ({ event }) => commandsOf(event).some((c) => c.type === 'cancel'),
    hasStatusQuestion: ({ context }) => (context.statusQuery ?? null) !== null,
    correctsTheRequest: ({ context, event }) => correctionOf(context, event) !== undefined,
    asksAudit: ({ context }) => is(context, 'audit'),
    needsScope: ({ context }) => context.scope === null,
    needsPersonByName: ({ context }) => namedOf(context) !== null && context.candidates === null,
    // Several so named, or nobody but near names ("els jansens" → Els Janssens): asked, never taken.
    needsWhichPerson: ({ context }) => namedOf(context) !== null && ((context.candidates?.length ?? 0) > 1 || isNear(context)),
    needsNissOfNamed: ({ context }) => namedOf(context) !== null,
    // "elle n'a plus besoin de HospiSup": nobody named and no NISS; the NISS is asked, and the question stays open.
    needsNissOfSomeone: ({ context }) => isAboutSomeone(context) && nissOf(context) === null,
    foundOne: ({ event }) => {
      const output = (event as unknown as { output: NamedCandidate[] }).output;
      return output.length === 1 && output[0]!.near !== true;
    },
    // "ja" to "did you mean Els Janssens?": the one offered; "nee": nobody offered, the NISS is asked.
    takesTheNearOne: ({ context, event }) => isNear(context) && context.candidates!.length === 1 && typedYesNo(event) === 'yes',
    declinesTheNear: ({ context, event }) => isNear(context) && typedYesNo(event) === 'no',
    picksAPerson: ({ context, event }) => pickedPerson(context, event) !== undefined,
    givesANiss: ({ event }) => nissIn(event) !== undefined,
    givesAWrongNiss: ({ event }) => nissErrorIn(event) !== undefined,
    declinesTheNiss: ({ event }) => valueOf(event, 'nearName') === 'no',
    needsPerson: ({ context }) => nissOf(context) !== null && !context.personChecked,
    // A designation names a manager: an unknown NISS only means no name to take from it.
    namesSomeoneHidden: ({ context }) => !is(context, 'designate') && nissOf(context) !== null && context.lookup?.person === null && context.lookup.hidden,
    namesNobody: ({ context }) => !is(context, 'designate') && nissOf(context) !== null && context.lookup?.person === null,
    namesAnEntityNotTheirs: ({ context }) => context.entityId !== null && !theirEntities(context).some((e) => e.id === context.entityId),
    hasNoEntity: ({ context }) => theirEntities(context).length === 0,
    namesAnUnknownEntity: ({ context }) => context.entityId === null && !!context.task.entityUnknown,
    hasImpliedEntity: ({ context }) => context.entityId === null && impliedEntity(context) !== null,
    needsEntity: ({ context }) => context.entityId === null,
    needsQualities: ({ context }) => context.qualitiesFor !== context.entityId,
    hasImpliedQuality: ({ context }) => context.qualityId === null && impliedQuality(context) !== null,
    isList: ({ context }) => is(context, 'list'),
    isExport: ({ context }) => is(context, 'export'),
    // Taking applications away.
    holdsNothingToRevoke: ({ context }) => is(context, 'revoke') && context.task.applications.length === 0 && heldIn(context).length === 0,
    needsRevokeWhich: ({ context }) => is(context, 'revoke') && context.task.applications.length === 0,
    isNoUserThere: ({ context }) =>
      (is(context, 'revoke') && revocationQuality(context) === undefined) || (is(context, 'removeUser') && membershipsThere(context).length === 0),
    holdsNoFunctionThere: ({ context }) => is(context, 'endFunction') && functionThere(context) === undefined,
    // Applications named that the person does not hold in the qualité acted in: said at once, never put to the manager.
    namesOnlyAppsNotHeld: ({ context }) => is(context, 'revoke') && context.task.applications.length > 0 && notHeldNamed(context).length === context.task.applications.length,
    namesSomeAppsNotHeld: ({ context }) => notHeldNamed(context).length > 0,
    needsAuthorization: ({ context }) => (is(context, 'revoke') || is(context, 'endFunction') || is(context, 'removeUser') || is(context, 'designate')) && !context.authorized,
    needsEndDate: ({ context }) => is(context, 'endFunction') && context.task.endDate === null,
    // The function already ends on the day said (its own end date, or an end asked before): nothing to record again.
    endsAlreadyThatDay: ({ context }) => is(context, 'endFunction') && context.task.endDate !== null && functionThere(context)?.lastDay === context.task.endDate,
    // Designating a manager.
    // Designating a manager: the words given must name a user of the entity; a near one is asked, never taken.
    needsDesigneeWords: ({ context }) => is(context, 'designate') && !context.designee && designeeWords(context) === null,
    needsDesigneeSearch: ({ context }) => is(context, 'designate') && !context.designee && (context.designees ?? null) === null,
    namesNoDesignee: ({ context }) => is(context, 'designate') && !context.designee && context.designees?.candidates.length === 0,
    namesOneDesignee: ({ context }) => is(context, 'designate') && !context.designee && context.designees?.exact === true && context.designees.candidates.length === 1,
    needsDesigneeChoice: ({ context }) => is(context, 'designate') && !context.designee,
    // A bulk grant.
    needsBulkApplications: ({ context }) => is(context, 'bulk') && context.task.applications.length === 0,
    fitsNoQuality: ({ context }) => is(context, 'bulk') && context.qualityId === null && fittingQualities(context).length === 0,
    needsBulkQuality: ({ context }) => is(context, 'bulk') && context.qualityId === null,
    needsPlan: ({ context }) => is(context, 'bulk') && context.plan === null,
    hasNothingToGrant: ({ context }) => context.plan !== null && context.plan.summary.ok === 0,
    // Answers.
    picksAnEntity: ({ context, event }) => pickedEntity(context, event) !== undefined,
    picksAQuality: ({ context, event }) => pickedQuality(context, event) !== undefined,
    picksApplicationsHeld: ({ context, event }) => pickedHeld(context, event).length > 0,
    givesAnEndDate: ({ event }) => endDateIn(commandsOf(event)) !== undefined,
    picksADesignee: ({ context, event }) => pickedDesignee(context, event) !== undefined,
    declinesTheDesignee: ({ context, event }) => declinesDesignee(context, event),
    givesAnIdentifier: ({ event }) => typedAt(event, 'people.identifier') !== '' && !isAnswerWord(typedAt(event, 'people.identifier')),
    givesAnAnswerAsIdentifier: ({ event }) => isAnswerWord(typedAt(event, 'people.identifier')),
    namesApplications: ({ event }) => bulkApplicationsIn(commandsOf(event)).length > 0,
    saysYes: ({ event }) => yesNoOf(event) === 'yes',
    revokesOnlySome: ({ context, event }) => onlyRevoked(context, event) !== undefined,
    // "non", and "garde-le", "behalte es", "keep it", "hou het maar" at the summary of taking something away (read as a no).
    saysNo: ({ event }) => yesNoOf(event) === 'no',
    asksNextPage: ({ event }) => valueOf(event, 'people.page') === 'next',
    asksExportOfTheList: ({ context, event }) => anotherRequest(event)?.kind === 'export' && (is(context, 'list') || is(context, 'export')),
    confirmsRevocation: ({ context }) => is(context, 'revoke'),
    confirmsEndOfFunction: ({ context }) => is(context, 'endFunction'),
    confirmsRemoval: ({ context }) => is(context, 'removeUser'),
    confirmsDesignation: ({ context }) => is(context, 'designate'),
    confirmsBulk: ({ context }) => is(context, 'bulk'),
    listIsEmpty: ({ event }) => (event as unknown as { output: PageFound }).output.total === 0,
    isPastTheEnd: ({ event }) => (event as unknown as { output: PageFound }).output.items.length === 0,
    isTooLarge: ({ event }) => !(event as unknown as { output: ExportFound }).output.ok,
    isProgressToTell: ({ event }) =>
      event.type === 'bulk.progress' && event.total > PROGRESS_ABOVE && event.done % PROGRESS_EVERY === 0 && event.done < event.total,
  },
  actions: {
    startTurn: assign(({ event }) =>
      event.type === 'TURN' ? { now: event.at, notices: [], attachments: null, passed: false, ...(event.locale ? { turnLocale: event.locale } : {}) } : {},
    ),
    notice: assign(({ context }, n: Said) => add(context, n)),
    noticeFailure: assign(({ context, event }) => add(context, ...failureNotices((event as unknown as { error: unknown }).error, designationOf(context)))),
    passOn: assign({ passed: true }),
    revokeOnly: assign(({ context, event }) => {
      const { kept, left } = onlyRevoked(context, event)!;
      const names = (codes: string[]) => codes.map((c) => namesOf(context, c));
      return { task: { ...(context.task as Task<'revoke'>), applications: kept }, ...add(context, { key: 'onlyThese', params: { kept: names(kept), left: names(left), revoke: true } }) };
    }),
    cancel: assign(({ context }) => add(context, chat({ key: 'sideCancelled' }))),
    // A change waiting for an answer is said to be left aside, never dropped without a word.
    setAsideAtAQuestion: assign(({ context }) => (isAChange(context) ? add(context, setAside(context, true)) : {})),
    /** A status question: asked as read, or, when nobody is known yet to ask about, who is asked. */
    noteStatusQuestion: assign(({ context, event }) => {
      const asked = statusAsked(context, event);
      return { statusQuery: asked, ...(asked ? {} : add(context, { key: 'statusWhom' })) };
    }),
    correct: assign(({ context, event }) => correctionOf(context, event)!),
    /** An answer the question waiting cannot use: said as `usual`, or, beside a waiting grant or the third time, with the question explained and the way out. */
    missed: assign(({ context }, p: { asking: Asking; usual: Said }) => missed(context, p.asking, p.usual)),
  },
}).createMachine({
  id: 'people',
  context: ({ input }) => ({
    managerId: input.managerId,
    conversationId: input.conversationId,
    channelId: input.channelId ?? null,
    seq: input.seq,
    startedAt: input.now,
    now: input.now,
    turnLocale: input.locale,
    locale: null,
    task: input.intent,
    entityId: entityOfTask(input.intent),
    grantEntityId: input.grantEntityId ?? null,
    grantWaiting: input.grantWaiting ?? false,
    misses: 0,
    qualityId: null,
    scope: null,
    qualities: [],
    qualitiesFor: null,
    personChecked: false,
    lookup: null,
    candidates: null,
    authorized: false,
    offset: 0,
    plan: null,
    notices: [],
    attachments: null,
    passed: false,
    statusQuery: null,
    designee: null,
    designees: null,
  }),
  // The request comes with the input; it starts at the first TEXT (the message that asked for it, not read again).
  initial: 'idle',
  on: {
    TURN: { actions: 'startTurn' },
    LANGUAGE: { actions: assign(({ event }) => ({ locale: event.locale })) },
    CANCEL: { target: '.done', actions: { type: 'notice', params: chat({ key: 'sideCancelled' }) } },
  },
  states: {
    idle: { on: { TEXT: 'route' } },

    // What to do next, read from the context alone: the first thing missing is asked.
    route: {
      // A usable answer: the count of answers missed starts again at the next question.
      entry: assign({ misses: 0 }),
      always: [
        { guard: 'needsScope', target: 'loadingScope' },
        { guard: 'asksAudit', target: 'readingAudit' },
        // Named by name: looked up among the users of the manager's entities; several are asked about, none: the NISS is asked.
        { guard: 'needsPersonByName', target: 'findingPersonByName' },
        { guard: 'needsWhichPerson', target: 'asking.person' },
        { guard: 'needsNissOfNamed', target: 'asking.niss' },
        { guard: 'needsNissOfSomeone', target: 'asking.niss' },
        { guard: 'needsPerson', target: 'lookingUpPerson' },
        // Someone of another entity only: not described, and asking to act on them is a refusal, audited.
        {
          guard: 'namesSomeoneHidden',
          target: 'refusing',
          actions: { type: 'notice', params: ({ context }) => chat({ key: 'notYourUser', params: { niss: formatNiss(nissOf(context)!) } }) },
        },
        { guard: 'namesNobody', target: 'done', actions: { type: 'notice', params: ({ context }) => chat({ key: 'unknownPerson', params: { niss: formatNiss(nissOf(context)!) } }) } },
        { guard: 'hasNoEntity', target: 'refusing', actions: { type: 'notice', params: chat({ key: 'refused', params: { action: 'other' } }) } },
        // An entity named where the manager holds no role is refused as named, never replaced by one of theirs.
        {
          guard: 'namesAnEntityNotTheirs',
          target: 'refusing',
          actions: { type: 'notice', params: ({ context }) => chat({ key: 'noRoleThere', params: { entity: entityName(context), yours: theirEntities(context).map((e) => e.name) } }) },
        },
        // A place named that is no entity known: said once, with the manager's, before their entity is taken or asked.
        {
          guard: 'namesAnUnknownEntity',
          target: 'route',
          reenter: true,
          actions: [
            { type: 'notice', params: ({ context }) => chat({ key: 'unknownEntityThere', params: { entity: context.task.entityUnknown!, yours: theirEntities(context).map((e) => e.name) } }) },
            assign(({ context }) => ({ task: { ...context.task, entityUnknown: undefined } })),
          ],
        },
        { guard: 'hasImpliedEntity', target: 'route', reenter: true, actions: assign(({ context }) => ({ entityId: impliedEntity(context) })) },
        { guard: 'needsEntity', target: 'asking.entity' },
        { guard: 'needsQualities', target: 'loadingQualities' },
        { guard: 'hasImpliedQuality', target: 'route', reenter: true, actions: assign(({ context }) => ({ qualityId: impliedQuality(context) })) },
        { guard: 'isList', target: 'listing', actions: assign(({ context }) => ({ qualityId: namedOrLimitedQuality(context, (context.task as Task<'list'>).query.qualityKind) })) },
        { guard: 'isExport', target: 'exporting', actions: assign(({ context }) => ({ qualityId: namedOrLimitedQuality(context, (context.task as Task<'export'>).query.qualityKind) })) },
        {
          guard: 'holdsNothingToRevoke',
          target: 'done',
          actions: { type: 'notice', params: ({ context }) => chat({ key: 'nothingToRevoke', params: { person: personName(context), entity: entityName(context) } }) },
        },
        { guard: 'needsRevokeWhich', target: 'asking.revokeWhich' },
        { guard: 'isNoUserThere', target: 'done', actions: { type: 'notice', params: ({ context }) => chat({ key: 'notMember', params: { person: personName(context), entity: entityName(context) } }) } },
        { guard: 'holdsNoFunctionThere', target: 'done', actions: { type: 'notice', params: ({ context }) => chat({ key: 'noFunction', params: { person: personName(context), entity: entityName(context) } }) } },
        { guard: 'needsAuthorization', target: 'authorizing' },
        {
          guard: 'namesOnlyAppsNotHeld',
          target: 'done',
          actions: { type: 'notice', params: ({ context }) => notHeldNotice(context, false) },
        },
        {
          guard: 'namesSomeAppsNotHeld',
          target: 'route',
          reenter: true,
          actions: assign(({ context }) => {
            const notHeld = notHeldNamed(context);
            const t = context.task as Task<'revoke'>;
            return { task: { ...t, applications: t.applications.filter((a) => !notHeld.includes(a)) }, ...add(context, notHeldNotice(context, true)) };
          }),
        },
        { guard: 'needsEndDate', target: 'asking.endDate' },
        {
          guard: 'endsAlreadyThatDay',
          target: 'done',
          actions: {
            type: 'notice',
            params: ({ context }) => chat({ key: 'functionAlreadyEnds', params: { person: personName(context), fn: functionThere(context)!.names, entity: entityName(context), lastDay: functionThere(context)!.lastDay! } }),
          },
        },
        { guard: 'needsDesigneeWords', target: 'asking.identifier' },
        { guard: 'needsDesigneeSearch', target: 'findingDesignee' },
        // Nobody of the entity so called: said, with what to give instead, and asked again; never taken as an id.
        {
          guard: 'namesNoDesignee',
          target: 'asking.identifier',
          actions: assign(({ context }) => ({
            task: withDesigneeWords(context, null), designees: null,
            ...add(context, chat({ key: 'designeeUnknown', params: { said: designeeWords(context)!, entity: entityName(context) } })),
          })),
        },
        { guard: 'namesOneDesignee', target: 'route', reenter: true, actions: assign(({ context }) => ({ designee: context.designees!.candidates[0]! })) },
        { guard: 'needsDesigneeChoice', target: 'asking.identifier' },
        { guard: 'needsBulkApplications', target: 'asking.bulkApplications' },
        { guard: 'fitsNoQuality', target: 'done', actions: { type: 'notice', params: chat({ key: 'impossible', params: { reason: 'applicationNotInEntity' } }) } },
        { guard: 'needsBulkQuality', target: 'asking.quality' },
        { guard: 'needsPlan', target: 'planning' },
        { guard: 'hasNothingToGrant', target: 'done', actions: { type: 'notice', params: chat({ key: 'bulkNothingToDo' }) } },
        { target: 'asking.confirm' },
      ],
    },

    // Every question applies the commands of the message, never its text: first a stop, a status question or another request
    // (BESIDES), then the answer; a usable answer goes back to route.
    asking: {
      initial: 'entity',
      states: {
        entity: {
          meta: { asking: 'entity' },
          on: {
            TEXT: [
              ...BESIDES,
              { guard: 'picksAnEntity', target: '#people.route', actions: assign(({ context, event }) => ({ entityId: pickedEntity(context, event)! })) },
              { actions: { type: 'missed', params: { asking: 'entity', usual: { key: 'invalidChoice' } } } },
            ],
          },
        },
        quality: {
          meta: { asking: 'quality' },
          on: {
            TEXT: [
              ...BESIDES,
              { guard: 'picksAQuality', target: '#people.route', actions: assign(({ context, event }) => ({ qualityId: pickedQuality(context, event)! })) },
              { actions: { type: 'missed', params: { asking: 'quality', usual: { key: 'invalidChoice' } } } },
            ],
          },
        },
        person: {
          meta: { asking: 'person' },
          on: {
            TEXT: [
              ...BESIDES,
              { guard: 'takesTheNearOne', target: '#people.route', actions: assign(({ context }) => ({ task: withNiss(context, context.candidates![0]!.niss) })) },
              { guard: 'declinesTheNear', target: '#people.route', actions: assign({ candidates: [] as NamedCandidate[] }) },
              { guard: 'picksAPerson', target: '#people.route', actions: assign(({ context, event }) => ({ task: withNiss(context, pickedPerson(context, event)!) })) },
              { actions: { type: 'missed', params: { asking: 'person', usual: { key: 'invalidChoice' } } } },
            ],
          },
        },
        niss: {
          meta: { asking: 'niss' },
          on: {
            TEXT: [
              ...BESIDES,
              { guard: 'givesANiss', target: '#people.route', actions: assign(({ context, event }) => ({ task: withNiss(context, nissIn(event)!) })) },
              {
                guard: 'givesAWrongNiss',
                actions: { type: 'missed', params: ({ event }) => ({ asking: 'niss' as const, usual: { key: 'nissInvalid' as const, params: nissErrorIn(event)! } }) },
              },
              // "nee", "no": a refusal, with the way out; never "not a NISS".
              { guard: 'declinesTheNiss', actions: { type: 'missed', params: ({ context }) => ({ asking: 'niss' as const, usual: { key: 'nissDeclined' as const, params: { name: namedOf(context) } } }) } },
              // Said with what is asked and the way out, not the question again (it follows).
              { actions: { type: 'missed', params: ({ context }) => ({ asking: 'niss' as const, usual: { key: 'nissNotGiven' as const, params: { name: namedOf(context) } } }) } },
            ],
          },
        },
        revokeWhich: {
          meta: { asking: 'revokeWhich' },
          on: {
            TEXT: [
              ...BESIDES,
              {
                guard: 'picksApplicationsHeld',
                target: '#people.route',
                actions: assign(({ context, event }) => ({ task: { ...(context.task as Task<'revoke'>), applications: pickedHeld(context, event) } })),
              },
              { actions: { type: 'missed', params: { asking: 'revokeWhich', usual: { key: 'invalidChoice' } } } },
            ],
          },
        },
        endDate: {
          meta: { asking: 'endDate' },
          on: {
            TEXT: [
              ...BESIDES,
              {
                guard: 'givesAnEndDate',
                target: '#people.route',
                actions: assign(({ context, event }) => ({ task: { ...(context.task as Task<'endFunction'>), endDate: endDateIn(commandsOf(event))! } })),
              },
              // A date refused (past, unreadable) is said and asked again, never kept.
              { actions: assign(({ context, event }) => missed(context, 'endDate', chat({ key: 'badEndDate', params: pastDayIn(commandsOf(event)) }))) },
            ],
          },
        },
        identifier: {
          meta: { asking: 'identifier' },
          on: {
            TEXT: [
              ...BESIDES,
              // One of those offered: by number, name or username; a near one only with a yes.
              { guard: 'picksADesignee', target: '#people.route', actions: assign(({ context, event }) => ({ designee: pickedDesignee(context, event)!, designees: null })) },
              {
                guard: 'declinesTheDesignee',
                actions: assign(({ context }) => ({ task: withDesigneeWords(context, null), designees: null, ...add(context, chat({ key: 'designeeDeclined' })) })),
              },
              // Other words: another name, username, e-mail or NISS, looked up again.
              { guard: 'givesAnIdentifier', target: '#people.route', actions: assign(({ context, event }) => ({ task: withDesigneeWords(context, typedAt(event, 'people.identifier')), designees: null })) },
              {
                guard: 'givesAnAnswerAsIdentifier',
                actions: { type: 'missed', params: ({ event }) => ({ asking: 'identifier' as const, usual: chat({ key: 'identifierIsAnswer', params: { said: typedAt(event, 'people.identifier').trim() } }) }) },
              },
            ],
          },
        },
        bulkApplications: {
          meta: { asking: 'bulkApplications' },
          on: {
            TEXT: [
              ...BESIDES,
              { guard: 'namesApplications', target: '#people.route', actions: assign(({ context, event }) => ({ task: { ...(context.task as Task<'bulk'>), applications: bulkApplicationsIn(commandsOf(event)) } })) },
              { actions: { type: 'missed', params: { asking: 'bulkApplications', usual: { key: 'invalidChoice' } } } },
            ],
          },
        },
        confirm: {
          meta: { asking: 'confirm' },
          on: {
            TEXT: [
              { guard: 'asksToCancel', target: '#people.done', actions: 'cancel' },
              { guard: 'asksStatus', target: '#people.askingStatus', actions: 'noteStatusQuestion' },
              // A new request sets this one aside, said: never swapped without a word, never read as a yes or a no.
              { guard: 'isAnotherRequest', target: '#people.done', actions: [{ type: 'notice', params: ({ context }) => setAside(context) }, 'passOn'] },
              // "seulement Colindos, Hospiliss reste": Colindos alone is revoked, Hospiliss left as it is; said, and asked again.
              { guard: 'revokesOnlySome', target: '#people.route', actions: 'revokeOnly' },
              // "plutôt eBirth", "non, c'est pour Jan Peeters": the request waiting corrected, said, and asked again.
              { guard: 'correctsTheRequest', target: '#people.route', actions: 'correct' },
              { guard: 'saysYes', target: '#people.executing' },
              { guard: 'saysNo', target: '#people.done', actions: 'cancel' },
              // Safety: a message that changes nothing is never answered as if nothing was said; it is said back, and asked again.
              { actions: assign(({ context, event }) => missed(context, 'confirm', chat({ key: 'notUnderstoodYesOrNo', params: { text: event.type === 'TEXT' ? event.text.trim() : '' } }))) },
            ],
          },
        },
        // A list left open: "next 10" pages on, "export" sends the same list as a file; anything else is not for it.
        page: {
          meta: { asking: 'page' },
          on: {
            TEXT: [
              { guard: 'asksToCancel', target: '#people.done', actions: 'cancel' },
              { guard: 'asksNextPage', target: '#people.listing', actions: assign(({ context }) => ({ offset: context.offset + PAGE_SIZE })) },
              {
                guard: 'asksExportOfTheList',
                target: '#people.exporting',
                actions: assign(({ context, event }) => {
                  const asked = anotherRequest(event) as Extract<Intent, { kind: 'export' }>;
                  const query = hasCriteria(asked.query) ? asked.query : (context.task as Task<'list'>).query;
                  return { task: { kind: 'export' as const, format: asked.format, query }, offset: 0 };
                }),
              },
              { target: '#people.done', actions: 'passOn' },
            ],
          },
        },
      },
    },

    // A status question at one of the questions: answered, then route asks the same question again (nothing of the request changed).
    askingStatus: {
      always: [{ guard: 'hasStatusQuestion', target: 'answeringStatus' }, { target: 'route' }],
    },
    answeringStatus: {
      tags: 'busy',
      invoke: {
        src: 'accessStatus',
        input: ({ context }) => {
          const { niss, name, applications } = context.statusQuery!;
          return { managerId: context.managerId, niss, ...(name !== undefined ? { name } : {}), applicationCodes: applications };
        },
        onDone: {
          target: 'route',
          actions: assign(({ context, event }) => ({ statusQuery: null, ...add(context, statusNotice(context.statusQuery!, event.output, (code) => namesOf(context, code), true)) })),
        },
        onError: { target: 'route', actions: assign(({ context }) => ({ statusQuery: null, ...add(context, { key: 'technicalError' }) })) },
      },
    },
    loadingScope: {
      tags: 'busy',
      invoke: {
        src: 'loadScope',
        input: ({ context }) => ({ managerId: context.managerId }),
        onDone: { target: 'route', actions: assign({ scope: ({ event }) => event.output }) },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    loadingQualities: {
      tags: 'busy',
      invoke: {
        src: 'loadQualities',
        input: ({ context }) => ({ entityId: context.entityId! }),
        onDone: { target: 'route', actions: assign(({ context, event }) => ({ qualities: event.output, qualitiesFor: context.entityId })) },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    findingPersonByName: {
      tags: 'busy',
      invoke: {
        src: 'findPersonByName',
        input: ({ context }) => ({ managerId: context.managerId, name: namedOf(context)! }),
        onDone: [
          // One user so named: taken, and said who it is.
          {
            guard: 'foundOne',
            target: 'route',
            actions: assign(({ context, event }) => ({ candidates: event.output, task: withNiss(context, event.output[0]!.niss), ...add(context, foundByName(event.output[0]!)) })),
          },
          {
            target: 'route',
            actions: assign(({ context, event }) => ({
              candidates: event.output,
              ...(event.output.length === 0 ? add(context, chat({ key: 'noUserNamed', params: { name: namedOf(context)! } })) : {}),
            })),
          },
        ],
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    findingDesignee: {
      tags: 'busy',
      invoke: {
        src: 'findDesignee',
        input: ({ context }) => ({ managerId: context.managerId, entityId: context.entityId!, said: designeeWords(context)! }),
        onDone: { target: 'route', actions: assign({ designees: ({ event }) => event.output }) },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    lookingUpPerson: {
      tags: 'busy',
      invoke: {
        src: 'lookupPerson',
        input: ({ context }) => ({ managerId: context.managerId, niss: nissOf(context)! }),
        onDone: {
          target: 'route',
          actions: assign(({ event }) => ({ lookup: event.output, personChecked: true })),
        },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    // The store decides who may act where; a refusal is audited there and said here.
    authorizing: {
      tags: 'busy',
      invoke: {
        src: 'authorize',
        input: ({ context }) => ({
          managerId: context.managerId,
          action: is(context, 'designate') ? ('designateManager' as const) : ('revokeAccess' as const),
          entityId: context.entityId!,
          qualityId: authorizedQuality(context),
          now: context.now,
        }),
        onDone: { target: 'route', actions: assign(({ context }) => ({ authorized: true, qualityId: authorizedQuality(context) })) },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    // A refusal decided here, before any store call: one audit row, as the store writes its own.
    refusing: {
      tags: 'busy',
      invoke: {
        src: 'recordRefusal',
        input: ({ context }) => refusal(context),
        onDone: 'done',
        onError: 'done',
      },
    },
    listing: {
      tags: 'busy',
      invoke: {
        src: 'findPeople',
        input: ({ context }) => ({ managerId: context.managerId, filter: listFilter(context), offset: context.offset, limit: PAGE_SIZE }),
        onDone: [
          { guard: 'listIsEmpty', target: 'done', actions: { type: 'notice', params: ({ context }) => chat({ key: 'listNone', params: { entity: entityName(context), filters: filtersSaid(context) } }) } },
          {
            guard: 'isPastTheEnd',
            target: 'asking.page',
            actions: assign(({ context }) => ({ offset: Math.max(0, context.offset - PAGE_SIZE), ...add(context, chat({ key: 'listEnd' })) })),
          },
          // The list stays open: "next 10" pages on, "export" sends the same list as a file.
          { target: 'asking.page', actions: assign(({ context, event }) => add(context, ...pageNotices(context, event.output))) },
        ],
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    exporting: {
      tags: 'busy',
      invoke: {
        src: 'exportPeople',
        input: ({ context }) => ({
          managerId: context.managerId, conversationId: context.conversationId, channelId: context.channelId, filter: listFilter(context),
          format: (context.task as Task<'export'>).format, locale: locale(context), now: context.now,
        }),
        onDone: [
          { guard: 'isTooLarge', target: 'done', actions: { type: 'notice', params: chat({ key: 'exportTooLarge' }) } },
          {
            target: 'done',
            actions: assign(({ context, event }) => {
              const file = event.output as Extract<ExportFound, { ok: true }>;
              const ready = chat({ key: 'exportReady', params: { fileName: file.fileName, count: file.count, nissHidden: file.nissHidden } });
              return { ...add(context, ready, ...(file.consent ? [chat({ key: 'exportTeams' })] : [])), attachments: [file.attachment] };
            }),
          },
        ],
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    readingAudit: {
      tags: 'busy',
      invoke: {
        src: 'readAudit',
        input: ({ context }) => {
          const t = context.task as Task<'audit'>;
          return { managerId: context.managerId, niss: t.niss, application: t.applications[0] ?? null };
        },
        onDone: { target: 'done', actions: assign(({ context, event }) => add(context, ...auditNotices(context as PeopleContext & { task: Task<'audit'> }, event.output))) },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    // The bulk grant's plan: one line per NISS given, said before the summary.
    planning: {
      tags: 'busy',
      invoke: {
        src: 'planBulk',
        input: ({ context }) => bulkPlanInput(context),
        onDone: {
          target: 'route',
          actions: assign(({ context, event }) => ({
            plan: event.output,
            // "tout le monde": who that is, counted, before each of them.
            ...add(context,
              ...((context.task as Task<'bulk'>).everyone ? [people({ key: 'bulkEveryone', params: { entity: entityName(context), count: event.output.lines.length } })] : []),
              ...event.output.lines.map((l) => people({ key: 'bulkLine', params: { ...l, applications: l.applications.map((c) => namesOf(context, c)) } }))),
          })),
        },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },

    executing: {
      always: [
        { guard: 'confirmsRevocation', target: 'revoking' },
        { guard: 'confirmsEndOfFunction', target: 'endingFunction' },
        { guard: 'confirmsRemoval', target: 'removing' },
        { guard: 'confirmsDesignation', target: 'designating' },
        { guard: 'confirmsBulk', target: 'grantingBulk' },
        { target: 'done' },
      ],
    },
    revoking: {
      tags: 'busy',
      invoke: {
        src: 'revokeApplications',
        input: ({ context }) => ({ ...personOrder(context), qualityId: context.qualityId!, applications: (context.task as Task<'revoke'>).applications }),
        onDone: {
          target: 'done',
          actions: assign(({ context, event }) => {
            const r = event.output;
            const names = (codes: string[]) => codes.map((c) => namesOf(context, c));
            return add(context, people({
              key: 'revocationScheduled',
              params: { person: personName(context), effectiveAt: r.effectiveAt, applications: names(r.revoked), cancelled: names(r.cancelled), notHeld: names(r.notHeld) },
            }));
          }),
        },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    endingFunction: {
      tags: 'busy',
      invoke: {
        src: 'endFunction',
        input: ({ context }) => ({
          ...personOrder(context), qualityId: context.qualityId!, functionCode: functionThere(context)!.code, lastDay: (context.task as Task<'endFunction'>).endDate!,
        }),
        onDone: {
          target: 'done',
          // What the store did is said: a function ended before it started is cancelled, never "ends on" a day.
          actions: assign(({ context, event }) =>
            add(context, event.output.unchanged
              ? chat({ key: 'functionAlreadyEnds', params: { person: personName(context), fn: functionThere(context)!.names, entity: entityName(context), lastDay: (context.task as Task<'endFunction'>).endDate! } })
              : event.output.cancelled
              ? people({ key: 'functionCancelled', params: { person: personName(context), fn: functionThere(context)!.names } })
              : people({
                key: 'functionEndScheduled',
                params: { person: personName(context), fn: functionThere(context)!.names, lastDay: (context.task as Task<'endFunction'>).endDate!, effectiveAt: event.output.effectiveAt },
              })),
          ),
        },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    removing: {
      tags: 'busy',
      invoke: {
        src: 'removeUser',
        input: ({ context }) => ({ ...personOrder(context), entityId: context.entityId!, qualityId: context.qualityId }),
        onDone: {
          target: 'done',
          actions: assign(({ context, event }) =>
            add(context, people({ key: 'removalScheduled', params: { person: personName(context), entity: entityName(context), effectiveAt: event.output.effectiveAt } })),
          ),
        },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    designating: {
      tags: 'busy',
      invoke: {
        src: 'designate',
        input: ({ context }) => {
          const t = context.task as Task<'designate'>;
          return { managerId: context.managerId, role: t.role, entityId: context.entityId!, qualityId: context.qualityId, userId: context.designee!.userId, channelUserId: boundChannelId(context), remove: t.remove, now: context.now };
        },
        onDone: {
          target: 'done',
          actions: assign(({ context, event }) => {
            const t = context.task as Task<'designate'>;
            return add(context, chat({ key: 'designated', params: { name: context.designee!.name, role: t.role, entity: entityName(context), remove: t.remove, changed: event.output.changed, ...(t.said ? { said: t.said } : {}) } }));
          }),
        },
        onError: { target: 'done', actions: 'noticeFailure' },
      },
    },
    grantingBulk: {
      tags: 'busy',
      invoke: {
        src: 'executeBulk',
        input: ({ context }) => ({ ...bulkPlanInput(context), idempotencyKey: keyOf(context), conversationId: context.conversationId }),
      },
      on: {
        'bulk.progress': {
          guard: 'isProgressToTell',
          actions: emit(({ event }) => {
            const { done, total } = event as Extract<BulkEvent, { type: 'bulk.progress' }>;
            return { type: 'progress' as const, notice: chat({ key: 'bulkProgress', params: { done, total } }) };
          }),
        },
        'bulk.done': {
          target: 'done',
          actions: assign(({ context, event }) => {
            const names = (context.task as Task<'bulk'>).applications.map((c) => namesOf(context, c));
            const lines = event.results.map((r) =>
              people({ key: 'bulkResult', params: { person: r.person.replace(/ \([^)]*\)$/, ''), input: formatNissLoose(r.input), ok: r.ok, activeAt: r.activeAt, applications: names } }),
            );
            return add(context, ...lines, chat({ key: 'bulkDone', params: { ok: event.results.filter((r) => r.ok).length, failed: event.results.filter((r) => !r.ok).length } }));
          }),
        },
        'bulk.failed': { target: 'done', actions: assign(({ context, event }) => add(context, ...failureNotices(event.error))) },
      },
    },

    done: { type: 'final' },
  },
});

export type PeopleMachine = typeof peopleMachine;
