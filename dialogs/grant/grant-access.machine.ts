import { assign, fromPromise, setup } from 'xstate';
import { formatNiss } from '../../src/domain/niss';
import type { Notice } from '../../src/i18n/grant.catalog';
import { absorb, DATES_SET_ASIDE, emptyRequest, offeredQualities, heldFunctionNotice, inferredQuality, namesOf, recapOf, refusedDateNotice, unusedDateNotice, withQuality, withQualityKind } from './absorb';
import type { Command } from '../understanding/commands';
import { narrowed } from '../understanding/only-these';
import { choiceNumber, normalize } from '../understanding/parse';
import { onlyThanks } from '../understanding/politeness';
import { saidBy, type Said } from './said';
import { statusNotice } from './status-notice';
import { chosenNeedFunction, functionInPlay, heldFunction, isDateKnownUnused, isDateUsed } from './request-needs';
import type {
  CatalogOption, ColleagueAccess, EntityOption, ExecutionFailure, GrantContext, GrantDone, GrantEvent, GrantInput,
  GrantRequest, NamedCandidate, Person, PersonNameQuestion, QualityOption, RefusalAsked, Slot, StatusAnswer, StatusQuestion,
} from './grant-access.types';

/** Bump when states or context change shape: older saved snapshots then restart politely. */
export const GRANT_MACHINE_VERSION = 6;

export type ExecutionOutcome = { ok: true; done: GrantDone } | { ok: false; failure: ExecutionFailure };

const DAY_MS = 24 * 60 * 60_000;

const missing = (name: string) => async (): Promise<never> => {
  throw new Error(`actor ${name} must be provided with machine.provide()`);
};

const text = (e: GrantEvent) => (e.type === 'TEXT' ? e.text : '');
/** The message's commands: the one reading the dialog applies. */
const commandsOf = (e: GrantEvent): Command[] => (e.type === 'TEXT' ? e.commands ?? [] : []);
const has = (e: GrantEvent, type: Command['type']) => commandsOf(e).some((c) => c.type === type);
const said = (c: GrantContext, e: GrantEvent) => saidBy(commandsOf(e), c.entities, c.catalog.entities ?? []);
/** The date refused in this turn's reply (the last one said), if any. */
const refusedThisTurn = (c: GrantContext) =>
  c.notices.flatMap((n) => (n.key === 'dateInvalid' ? [n.params.which] : [])).pop();

export { functionInPlay };
const isCreatingUser = (c: GrantContext) => c.personChecked && c.person === null && c.newUser !== null;
const isMissingMoreThanThePerson = (c: GrantContext) =>
  c.chosen.length === 0 ||
  (functionInPlay(c) && (c.role === null || (c.role === 'collaborator' && (c.functionCode === null || c.startDate === null || !c.endDateAsked))));
/**
 * A refused date asked again before the person (the refusal's question comes first): the dates are then asked on,
 * and the summary names the person; the person's question does not come between the two dates.
 */
const isOnlyDatesLeftOnceAsked = (c: GrantContext) =>
  (c.asked.includes('startDate') || c.asked.includes('endDate')) && c.chosen.length > 0 && functionInPlay(c) && c.role === 'collaborator' && c.functionCode !== null;
/** Anything given or asked: what an idle timeout or a status answer must not lose sight of. */
const hasRequestInProgress = (c: GrantContext) =>
  c.asked.length > 0 || c.niss !== null || c.chosen.length > 0 || c.copyFrom !== null || c.startDate !== null;

/** The person the request names is someone other than the one said by name ("à Jan Peeters"): never assumed. */
const isNotThePersonNamed = (named: string | null, person: Person | null) =>
  named !== null && person !== null && !person.elsewhere && !normalize(named).includes(normalize(person.lastName));

/**
 * "donne Colindos à Jan Peeters" while a request for someone else is open is another request, not a
 * correction of this one: it must never lend this request's person, entity or applications. Decided
 * from the commands: a grant started (startRequest) that names another person.
 */
function startsAnotherRequest(c: GrantContext, u: Said): boolean {
  // "also give Colindos to Jan Peeters", "donne aussi … à 90041212377": "also" adds to this request only for its own person.
  if (u.request !== 'grant') return u.applications?.also === true && namesAnotherPerson(c, u);
  // No person yet: a request for someone with other applications than those under way is another request too.
  if (c.niss === null && c.namedPerson === null) {
    const names = u.niss !== undefined || u.personName !== undefined;
    return names && c.chosen.length > 0 && c.chosen.some((code) => !u.applications?.add.includes(code));
  }
  return namesAnotherPerson(c, u);
}

/** Whether the sentence names, by NISS or by name, someone other than the person of the request under way. */
function namesAnotherPerson(c: GrantContext, u: Said): boolean {
  if (c.niss === null && c.namedPerson === null) return false;
  if (u.niss !== undefined) return u.niss !== c.niss;
  if (u.personName === undefined) return false;
  const shown = c.person && !c.person.elsewhere ? normalize(`${c.person.firstName} ${c.person.lastName}`) : null;
  // "Dupont" said of Dr Marie Dupont is her; a name the request does not hold is someone else.
  const named = normalize(u.personName);
  if (shown !== null && c.person && named.split(' ').includes(normalize(c.person.lastName))) return false;
  return named !== shown && named !== normalize(c.namedPerson ?? '');
}

/**
 * The one entity of the manager's where the person of the request is a user, when no entity was named (nor refused,
 * nor asked to change): a manager of several entities is not asked which one for Kevin Maes, who is in one of them.
 */
function personsOnlyEntity(c: GrantContext): EntityOption | undefined {
  if (c.entity !== null || c.entityNamed || c.refusedEntity || c.entities.length < 2 || c.niss === null) return undefined;
  const p = c.person;
  if (!p || p.elsewhere || p.memberOf?.length !== 1) return undefined;
  return c.entities.find((e) => e.id === p.memberOf![0]);
}

/** "donne-lui TCT": a grant for someone named by a pronoun only (the reader's subject 'current'). */
const grantsToSomeoneSaid = (e: GrantEvent) => commandsOf(e).some((c) => c.type === 'startRequest' && c.kind === 'grant' && c.subject === 'current');
/** The cancelled request's person and entity, as commands added to the message that takes it up (an entity it names wins). */
function takenUpCommands(c: GrantContext): Command[] {
  const up = c.takenUp;
  if (!up) return [];
  const names = (slot: string) => (c.pending?.commands ?? []).some((x) => 'slot' in x && x.slot === slot);
  const out: Command[] = [];
  if (up.entityId !== null && !names('entity')) out.push({ type: 'set', slot: 'entity', value: up.entityId });
  if (up.niss) out.push({ type: 'set', slot: 'niss', value: up.niss });
  else if (up.namedPerson) out.push({ type: 'set', slot: 'person', value: up.namedPerson });
  return out;
}

/** The slots of a new request, and a new idempotency key. */
const fresh = (c: GrantContext): Partial<GrantContext> => ({
  ...emptyRequest(), qualities: [], qualitiesFor: null, applications: [], done: null, pending: null,
  requestSeq: c.requestSeq + 1, requestStartedAt: c.now,
});

const notice = (n: Notice) => ({ type: 'notice' as const, params: n });

/** The request offered for the next person named, as the commands of a sentence that says it all. */
const nextRequestCommands = (offer: NonNullable<GrantContext['nextOffer']>): Command[] => [
  { type: 'startRequest', kind: 'grant' },
  { type: 'set', slot: 'entity', value: offer.entityId },
  { type: 'set', slot: 'person', value: offer.person },
  ...(offer.codes.length > 0 ? [{ type: 'set', slot: 'applications', value: offer.codes } as Command] : []),
  ...(offer.others.length > 0 ? [{ type: 'set', slot: 'otherPeople', value: offer.others } as Command] : []),
];

export const grantAccessMachine = setup({
  types: {
    context: {} as GrantContext,
    events: {} as GrantEvent,
    input: {} as GrantInput,
  },
  actors: {
    loadEntities: fromPromise<EntityOption[], { managerId: number }>(missing('loadEntities')),
    loadCatalog: fromPromise<CatalogOption, void>(missing('loadCatalog')),
    loadQualities: fromPromise<QualityOption[], { managerId: number; entityId: number }>(missing('loadQualities')),
    lookupPerson: fromPromise<Person | null, { niss: string; managerId: number }>(missing('lookupPerson')),
    isUsernameFree: fromPromise<boolean, { username: string }>(missing('isUsernameFree')),
    colleagueAccess: fromPromise<ColleagueAccess | null, { niss: string; qualityId: number }>(missing('colleagueAccess')),
    accessStatus: fromPromise<StatusAnswer, StatusQuestion>(missing('accessStatus')),
    /** The users of the manager's entities so named (never another entity's): one is used, several are asked back. */
    findPersonByName: fromPromise<NamedCandidate[], PersonNameQuestion>(missing('findPersonByName')),
    executeGrant: fromPromise<ExecutionOutcome, GrantRequest>(missing('executeGrant')),
    /** Audits a refusal decided here (no role at the entity, a qualité outside a GA's scope): one `refused` row. */
    recordRefusal: fromPromise<void, RefusalAsked & { managerId: number }>(missing('recordRefusal')),
  },
  guards: {
    hasBeenIdleTooLong: ({ context, event }) =>
      event.type === 'TURN' && context.lastTurnAt > 0 && event.at - context.lastTurnAt > context.idleTimeoutMs && hasRequestInProgress(context),
    acceptsNextPerson: ({ context, event }) => (context.nextOffer ?? null) !== null && said(context, event).yesNo === 'yes' && !has(event, 'startRequest'),
    declinesNextPerson: ({ context, event }) => (context.nextOffer ?? null) !== null && said(context, event).yesNo === 'no' && !has(event, 'startRequest'),
    hasJustGrantedAndHearsYes: ({ context, event }) => context.done !== null && said(context, event).yesNo === 'yes',
    // "in English please" with nothing under way changes the language and opens no request.
    asksOnlyForLanguage: ({ event }) => has(event, 'switchLanguage'),
    // "où en est-on ?" with nothing under way: nothing to sum up, and no request to open for it.
    asksRecapOfNothing: ({ event }) => has(event, 'recap'),
    // "aide" with nothing under way: what Sésame can do, and no request opened for it.
    asksHelpOfNothing: ({ event }) => has(event, 'help'),
    // "ça prend combien de temps ?" with nothing under way: answered, and no request opened for it.
    asksAsideOfNothing: ({ event }) => has(event, 'question'),
    // "jusqu'au 30 juin" with nothing under way (the reader started no request): which request it is for is asked.
    saysOnlyADate: ({ event }) => isOnlyADate(commandsOf(event)),
    // "nee", "oui", "😀😀👍" with nothing under way: nothing to do, and no request to open for it ("bonjour" opens one).
    saysNothingToDo: ({ event }) => saysNothingToDo(commandsOf(event), text(event)),
    onlyThanks: ({ event }) => commandsOf(event).length === 0 && onlyThanks(text(event)),
    startsAnotherRequest: ({ context, event }) => startsAnotherRequest(context, said(context, event)),
    wantsToStop: ({ context }) => context.cancelRequested,
    keepsOnlySome: ({ context, event }) => onlyKept(context, event) !== undefined,
    wantsToStopNothing: ({ context }) => context.cancelRequested && context.asked.length === 0 && !hasRequestInProgress(context) && context.notices.length === 0,
    isOnlyARevocation: ({ context }) => context.cancelRequested && context.notices.some((n) => n.key === 'revokeHowTo') && context.asked.length === 0,
    hasConfirmed: ({ context }) => context.confirmed,
    hasStatusQuestion: ({ context }) => context.statusQuery !== null,
    asksWhomWithNothingInProgress: ({ context }) => context.notices.some((n) => n.key === 'statusWhom') && !hasRequestInProgress(context),
    hasRefusalToRecord: ({ context }) => (context.refusal ?? null) !== null,
    hasUnsettledApplications: ({ context }) => context.applicationsUnsettled === true && context.quality !== null,
    hasRequestInProgress: ({ context }) => hasRequestInProgress(context),
    hasNoEntity: ({ context }) => context.entities.length === 0,
    needsEntity: ({ context }) => context.entity === null,
    // No entity named, and the person is a user of exactly one of the manager's entities: that one, said (never one named replaced).
    isInThePersonsOnlyEntity: ({ context }) => personsOnlyEntity(context) !== undefined,
    // The entity was taken from a person the request is no longer for ("non, c'est pour Bram Claessens"): asked again, or taken from the new one.
    hasEntityOfAnotherPerson: ({ context }) => (context.entityFromPerson ?? null) !== null && context.niss !== context.entityFromPerson,
    needsQualities: ({ context }) => context.qualitiesFor !== context.entity?.id,
    hasNoQuality: ({ context }) => context.qualities.length === 0,
    needsQuality: ({ context }) => context.quality === null,
    needsQualityActivation: ({ context }) => context.quality?.active === false && !context.activateQuality && context.quality.mayActivate,
    isQualityBlocked: ({ context }) => context.quality?.active === false && !context.quality.mayActivate,
    hasSeveralQualities: ({ context }) => offeredQualities(context).length > 1,
    needsColleague: ({ context }) => context.copyFrom !== null && !context.copyLoaded,
    // Not while an entity where the manager holds no role waits for another: the refusal and one question come first.
    needsNameSearch: ({ context }) =>
      context.niss === null && context.namedPerson !== null && context.nameSearch?.name !== context.namedPerson && !awaitsEntityAfterRefusal(context),
    hasNamesToChooseFrom: ({ context }) => context.niss === null && context.nameSearch !== null && context.nameSearch.name === context.namedPerson && context.nameSearch.candidates.length > (context.nameSearch.near ? 0 : 1),
    needsNameOfNiss: ({ context }) => context.niss !== null && context.person === null && !context.personChecked && (context.nissLookedUp ?? null) !== context.niss,
    needsNiss: ({ context }) => context.niss === null,
    hasRefusedNiss: ({ context }) => context.nissRefused && context.niss === null,
    needsLookup: ({ context }) => !context.personChecked,
    // When nothing else is missing, the summary names the person and its "oui" confirms them too.
    // A user of another entity is not shown, so there is nothing to confirm before the summary.
    // Once "Est-ce la bonne personne ?" is asked, only a yes answers it: "c'est une pharmacienne" is taken, and it is asked again.
    needsPersonConfirmation: ({ context }) =>
      context.person !== null && !context.person.elsewhere && !context.personConfirmed &&
      ((isMissingMoreThanThePerson(context) && !isOnlyDatesLeftOnceAsked(context)) || isNotThePersonNamed(context.namedPerson, context.person) || context.personAskedFor === context.niss),
    needsUsername: ({ context }) => isCreatingUser(context) && !context.newUser!.username,
    needsUsernameCheck: ({ context }) => isCreatingUser(context) && !context.usernameChecked,
    needsUsernameConfirmation: ({ context }) => isCreatingUser(context) && !context.usernameConfirmed,
    needsLastName: ({ context }) => isCreatingUser(context) && !context.newUser!.lastName,
    needsFirstName: ({ context }) => isCreatingUser(context) && !context.newUser!.firstName,
    needsTitle: ({ context }) => isCreatingUser(context) && context.newUser!.title === undefined,
    needsLanguage: ({ context }) => isCreatingUser(context) && !context.newUser!.language,
    needsEmail: ({ context }) => isCreatingUser(context) && !context.newUser!.email,
    needsLocalEmail: ({ context }) => isCreatingUser(context) && context.newUser!.localEmail === undefined,
    needsApplications: ({ context }) => context.chosen.length === 0,
    // With a date said, the date's notice says the function held (hasUnusedDate).
    // Only when the manager spoke of a role or a function: "nothing to add" answers nothing nobody asked.
    holdsFunctionUnsaid: ({ context }) =>
      chosenNeedFunction(context) && heldFunction(context) !== undefined && !context.functionNoticed && context.startDate === null && context.endDate === null &&
      (context.role !== null || context.functionCode !== null),
    needsRole: ({ context }) => functionInPlay(context) && context.role === null,
    needsFunction: ({ context }) => functionInPlay(context) && context.role === 'collaborator' && context.functionCode === null,
    needsStartDate: ({ context }) => functionInPlay(context) && context.role === 'collaborator' && context.startDate === null,
    needsEndDate: ({ context }) => functionInPlay(context) && context.role === 'collaborator' && !context.endDateAsked,
    // Said as soon as the qualité and applications show whether the request uses a date at all.
    // And once the person is looked up: a function they hold makes the dates unused ("not used" said, never "refused").
    hasRefusedDateUnsaid: ({ context }) =>
      context.refusedDate !== null && context.quality !== null && context.chosen.length > 0 && (context.niss === null || context.personChecked),
    // A date refused in this reply is asked next: a refusal is never followed by a question about something else's summary.
    refusedStartDateThisTurn: ({ context }) => refusedThisTurn(context) === 'startDate' && isDateUsed(context),
    refusedEndDateThisTurn: ({ context }) => refusedThisTurn(context) === 'endDate' && isDateUsed(context),
    hasUnusedDate: ({ context }) => (context.startDate !== null || context.endDate !== null) && !isDateUsed(context),
    failedWith: ({ event }, failure: ExecutionFailure) => {
      const output = (event as unknown as { output?: ExecutionOutcome }).output;
      return output?.ok === false && output.failure === failure;
    },
  },
  actions: {
    startTurn: assign(({ event }) =>
      event.type === 'TURN' ? { now: event.at, lastTurnAt: event.at, notices: [], ...(event.locale ? { turnLocale: event.locale } : {}) } : {},
    ),
    notice: assign(({ context }, n: Notice) => ({ notices: [...context.notices, n] })),
    noticeFailure: assign(({ context }, reason: ExecutionFailure) => ({
      notices: [...context.notices, { key: 'executionFailed', params: { reason } } satisfies Notice],
    })),
    reset: assign(({ context }) => fresh(context)),
    keepPending: assign(({ event }) => ({ pending: { text: text(event), commands: commandsOf(event) } })),
    absorbPending: assign(({ context }) => {
      const commands = [...(context.pending?.commands ?? []), ...takenUpCommands(context)];
      const up = context.takenUp;
      const said: Partial<GrantContext> = up ? { notices: [...context.notices, { key: 'cancelledTakenUp', params: { person: up.person, entity: up.entity } }] } : {};
      return { ...absorb({ ...context, ...said }, commands, context.pending?.text ?? '', null), pending: null, takenUp: null };
    }),
    // Before a cancel forgets the request: who and where, for a "changed my mind, go ahead" right after.
    rememberCancelled: assign(({ context }) => ({
      cancelled: context.niss || context.namedPerson
        ? { entityId: context.entity?.id ?? null, entity: context.entity?.name ?? null, niss: context.niss, namedPerson: context.namedPerson,
          person: context.person ? personName(context) : context.namedPerson ?? `NISS ${formatNiss(context.niss!)}`, applications: context.chosen }
        : null,
    })),
    takeUpCancelled: assign(({ context, event }) => ({ takenUp: context.cancelled && grantsToSomeoneSaid(event) ? context.cancelled : null, cancelled: null })),
    absorb: assign(({ context, event }) => absorb(context, commandsOf(event), text(event), context.expecting)),
    expect: assign(({ context }, slot: Slot) => ({
      expecting: slot,
      asked: context.asked[context.asked.length - 1] === slot ? context.asked : [...context.asked, slot],
    })),
    clearExpecting: assign({ expecting: null }),
    keepOnly: assign(({ context, event }) => {
      const { kept, left } = onlyKept(context, event)!;
      const notice: Notice = { key: 'onlyThese', params: { kept: kept.map((c) => namesOf(context, c)), left: left.map((c) => namesOf(context, c)), revoke: false } };
      return { chosen: kept, notices: [...context.notices, notice] };
    }),
  },
}).createMachine({
  id: 'grantAccess',
  context: ({ input }) => ({
    ...emptyRequest(),
    conversationId: input.conversationId,
    managerId: input.managerId,
    activationDelayMs: input.activationDelayMs,
    idleTimeoutMs: input.idleTimeoutMs ?? DAY_MS,
    requestSeq: 0,
    requestStartedAt: 0,
    now: 0,
    lastTurnAt: 0,
    entities: [],
    qualities: [],
    qualitiesFor: null,
    catalog: { qualityKinds: [], applications: [], functions: [] },
    applications: [],
    functions: [],
    done: null,
    notices: [],
    locale: null,
    turnLocale: 'fr',
    pending: null,
  }),
  initial: 'idle',
  on: {
    TURN: [
      // A conversation left for a day starts over: a half-filled request is never confirmed by a stray "oui".
      {
        guard: 'hasBeenIdleTooLong',
        target: '.idle',
        actions: ['startTurn', notice({ key: 'expired' }), 'reset', assign({ done: null })],
      },
      { actions: 'startTurn' },
    ],
    LANGUAGE: { actions: assign(({ event }) => ({ locale: event.locale })) },
    CANCEL: { target: '.idle', actions: ['rememberCancelled', notice({ key: 'cancelled' }), 'reset', assign({ done: null })] },
  },
  states: {
    idle: {
      entry: 'clearExpecting',
      on: {
        // Nothing under way: nothing is cancelled, and what was just confirmed stays recorded (said so, with how to take it back).
        CANCEL: [
          // "annuler" to "the same request for Marie Dupont?": nothing is asked for her, said.
          {
            guard: ({ context }) => (context.nextOffer ?? null) !== null,
            actions: [{ type: 'notice', params: ({ context }) => ({ key: 'nextPersonDeclined', params: { person: context.nextOffer!.person } }) }, assign({ nextOffer: null })],
          },
          { actions: { type: 'notice', params: ({ context }) => nothingToStop(context) } },
        ],
        TEXT: [
          // "the same request for Marie Dupont?": a yes starts it (read as that request said anew), a no drops it, said.
          {
            guard: 'acceptsNextPerson',
            target: 'loadingEntities',
            actions: assign(({ context }) => ({ ...fresh(context), pending: { text: '', commands: nextRequestCommands(context.nextOffer!) } })),
          },
          {
            guard: 'declinesNextPerson',
            actions: [{ type: 'notice', params: ({ context }) => ({ key: 'nextPersonDeclined', params: { person: context.nextOffer!.person } }) }, assign({ nextOffer: null })],
          },
          { guard: 'hasJustGrantedAndHearsYes', actions: notice({ key: 'alreadyDone' }) },
          {
            guard: 'asksOnlyForLanguage',
            actions: [assign(({ context, event }) => ({ locale: said(context, event).language! })), notice({ key: 'languageChanged' }), notice({ key: 'whatYouCanDo' })],
          },
          { guard: 'asksRecapOfNothing', actions: [notice({ key: 'nothingInProgress' }), notice({ key: 'whatYouCanDo' })] },
          { guard: 'asksHelpOfNothing', actions: [notice({ key: 'help', params: { slot: null } }), notice({ key: 'whatYouCanDo' })] },
          { guard: 'asksAsideOfNothing', actions: { type: 'notice', params: ({ context, event }) => ({ key: 'aside', params: said(context, event).question! }) } },
          // "merci beaucoup", "bedankt!" after what was done: politeness, answered; no request opened.
          { guard: 'onlyThanks', actions: notice({ key: 'youreWelcome' }) },
          { guard: 'saysOnlyADate', actions: { type: 'notice', params: ({ event }) => dateWithoutRequest(commandsOf(event)) } },
          {
            guard: 'saysNothingToDo',
            actions: [
              // A "no" just after a confirmation: what was recorded stays so, and how to take it back is said.
              { type: 'notice', params: ({ context, event }) => (said(context, event).yesNo === 'no' && context.done ? nothingToStop(context) : cancelledEarlier(context, event) ?? { key: 'howCanIHelp' }) },
              notice({ key: 'whatYouCanDo' }),
            ],
          },
          { target: 'loadingEntities', actions: ['takeUpCancelled', 'reset', 'keepPending'] },
        ],
      },
    },

    loadingEntities: {
      tags: 'busy',
      invoke: {
        src: 'loadEntities',
        input: ({ context }) => ({ managerId: context.managerId }),
        onDone: [
          {
            guard: ({ event }) => event.output.length === 1,
            target: 'loadingCatalog',
            actions: [
              assign(({ event }) => ({ entities: event.output, entity: event.output[0]! })),
              { type: 'notice', params: ({ event }) => ({ key: 'onlyEntity', params: { entity: event.output[0]!.name, inami: event.output[0]!.inami } }) },
            ],
          },
          { target: 'loadingCatalog', actions: assign({ entities: ({ event }) => event.output }) },
        ],
        onError: { target: 'idle', actions: notice({ key: 'technicalError' }) },
      },
    },
    loadingCatalog: {
      tags: 'busy',
      invoke: {
        src: 'loadCatalog',
        onDone: { target: 'absorbing', actions: assign(({ event }) => ({ catalog: event.output, functions: event.output.functions })) },
        onError: { target: 'idle', actions: notice({ key: 'technicalError' }) },
      },
    },
    absorbing: {
      always: { target: 'route', actions: 'absorbPending' },
    },

    // What to do next, read from the context alone: the first thing missing is asked.
    route: {
      always: [
        // A refusal is audited as soon as it is decided, whatever the manager does next.
        { guard: 'hasRefusalToRecord', target: 'recordingRefusal' },
        // A revocation asked without a NISS opened nothing to cancel: how to ask it was said, then what one can do.
        { guard: 'isOnlyARevocation', target: 'idle', actions: [notice({ key: 'whatYouCanDo' }), 'reset'] },
        // "laisse tomber" as the first words: no request was open, so none is cancelled.
        { guard: 'wantsToStopNothing', target: 'idle', actions: [{ type: 'notice', params: ({ context }) => nothingToStop(context) }, 'reset'] },
        { guard: 'wantsToStop', target: 'idle', actions: ['rememberCancelled', notice({ key: 'cancelled' }), 'reset'] },
        { guard: 'hasStatusQuestion', target: 'answeringStatus' },
        // "a-t-il déjà Colindos ?" with nothing under way: who is meant was asked, and no request is opened for it.
        { guard: 'asksWhomWithNothingInProgress', target: 'idle', actions: [notice({ key: 'whatYouCanDo' }), 'reset'] },
        { guard: 'hasNoEntity', target: 'idle', actions: [notice({ key: 'noEntity' }), 'reset'] },
        { guard: 'hasConfirmed', target: 'executing' },
        // A wrong NISS is asked again at once, with why: not left behind the entity's question.
        { guard: 'hasRefusedNiss', target: 'asking.niss' },
        {
          guard: 'hasEntityOfAnotherPerson',
          target: 'route',
          reenter: true,
          actions: assign(({ context }) => ({
            entity: null, quality: null, qualities: [], qualitiesFor: null, activateQuality: false, personChecked: false, entityFromPerson: null,
            notices: context.notices.filter((n) => n.key !== 'entityOfPerson'),
          })),
        },
        // The name is searched as soon as it is said: the search spans all the manager's entities, not the one asked.
        { guard: 'needsNameSearch', target: 'findingPersonByName' },
        // "two users are called Peeters: which one?" is the question asked, before the entity: its answer ("la deuxième") is that choice.
        { guard: 'hasNamesToChooseFrom', target: 'asking.niss' },
        // A NISS given before the entity ("90041212377" to "which entity?", "la deuxième" of a list) is named at once, in the notes and the recap.
        { guard: 'needsNameOfNiss', target: 'namingPerson' },
        {
          guard: 'isInThePersonsOnlyEntity',
          target: 'route',
          reenter: true,
          actions: assign(({ context }) => {
            const entity = personsOnlyEntity(context)!;
            const said: Notice = { key: 'entityOfPerson', params: { entity: entity.name, inami: entity.inami, person: labelOf(context.person!) } };
            return { entity, entityFromPerson: context.niss, personChecked: false, notices: [...context.notices, said] };
          }),
        },
        { guard: 'needsEntity', target: 'asking.entity' },
        { guard: 'needsQualities', target: 'loadingQualities' },
        { guard: 'hasNoQuality', target: 'idle', actions: [notice({ key: 'noEntity' }), 'reset'] },
        { guard: 'needsQuality', target: 'asking.quality' },
        { guard: 'needsQualityActivation', target: 'asking.activateQuality' },
        {
          guard: 'isQualityBlocked',
          target: 'route',
          reenter: true,
          actions: [
            { type: 'notice', params: ({ context }) => ({ key: 'qualityInactiveNoRight', params: { quality: context.quality!.names } }) },
            assign(({ context }) => ({
              refusal: { reason: 'qualityActivation', entity: context.entity!.inami, qualityKind: context.quality!.kind, niss: context.niss, applications: context.chosen },
              ...(context.qualities.length > 1 ? { quality: null } : { cancelRequested: true }),
            })),
          ],
        },
        {
          guard: 'hasRefusedDateUnsaid',
          target: 'route',
          reenter: true,
          actions: [
            { type: 'notice', params: ({ context }) => refusedDateNotice(context, context.refusedDate!) },
            // Once "no date is used" is said, the dates given with the refused one are not said again.
            assign(({ context }) => ({
              refusedDate: null,
              // The summary then says "Dates: none" too, as for a single date set aside.
              ...(isDateKnownUnused(context) ? DATES_SET_ASIDE : {}),
              // The notice said the function held: not said twice.
              ...(isDateKnownUnused(context) && chosenNeedFunction(context) && heldFunction(context) ? { functionNoticed: true } : {}),
            })),
          ],
        },
        { guard: 'hasUnsettledApplications', target: 'asking.applications' },
        { guard: 'needsColleague', target: 'loadingColleague' },
        { guard: 'needsNiss', target: 'asking.niss' },
        { guard: 'needsLookup', target: 'lookingUpPerson' },
        { guard: 'refusedStartDateThisTurn', target: 'asking.startDate' },
        { guard: 'refusedEndDateThisTurn', target: 'asking.endDate' },
        { guard: 'needsPersonConfirmation', target: 'asking.confirmPerson' },
        { guard: 'needsUsername', target: 'asking.username' },
        { guard: 'needsUsernameCheck', target: 'checkingUsername' },
        { guard: 'needsUsernameConfirmation', target: 'asking.usernameConfirm' },
        { guard: 'needsLastName', target: 'asking.lastName' },
        { guard: 'needsFirstName', target: 'asking.firstName' },
        { guard: 'needsTitle', target: 'asking.title' },
        { guard: 'needsLanguage', target: 'asking.language' },
        { guard: 'needsEmail', target: 'asking.email' },
        { guard: 'needsLocalEmail', target: 'asking.localEmail' },
        { guard: 'needsApplications', target: 'asking.applications' },
        {
          guard: 'holdsFunctionUnsaid',
          target: 'route',
          reenter: true,
          actions: [
            { type: 'notice', params: ({ context }) => heldFunctionNotice(context) },
            assign({ functionNoticed: true }),
          ],
        },
        { guard: 'needsRole', target: 'asking.role' },
        { guard: 'needsFunction', target: 'asking.function' },
        { guard: 'needsStartDate', target: 'asking.startDate' },
        { guard: 'needsEndDate', target: 'asking.endDate' },
        // A date no application of the request uses is said and set aside, never shown as if it counted.
        {
          guard: 'hasUnusedDate',
          target: 'route',
          reenter: true,
          actions: [
            // For a function already held: said with its date, and whether the one given changes it (it does not).
            { type: 'notice', params: ({ context }) => unusedDateNotice(context, context.startDate ?? context.endDate) },
            assign(({ context }) => ({
              ...DATES_SET_ASIDE,
              ...(heldFunction(context) ? { functionNoticed: true } : {}),
              // "I read 1 March as 01/03/2027" is no longer said of a date set aside: only why it is not used.
              notices: withoutReadAhead(context.notices, [context.startDate, context.endDate]),
            })),
          ],
        },
        { target: 'asking.confirm' },
      ],
    },

    // Every question takes any answer: the message is read whole, then the next thing missing is asked.
    asking: {
      // Always entered through route, which names the question.
      initial: 'entity',
      on: {
        TEXT: [
          {
            guard: 'startsAnotherRequest',
            target: 'loadingEntities',
            actions: [
              { type: 'notice', params: ({ context }) => ({ key: 'requestSetAside', params: { applications: recapOf(context).applications, person: context.person ? personName(context) : context.namedPerson } }) },
              'reset',
              'keepPending',
            ],
          },
          { target: 'route', actions: 'absorb' },
        ],
      },
      states: {
        entity: { meta: { slot: 'entity' satisfies Slot }, entry: { type: 'expect', params: 'entity' } },
        quality: { meta: { slot: 'quality' satisfies Slot }, entry: { type: 'expect', params: 'quality' } },
        activateQuality: { meta: { slot: 'activateQuality' satisfies Slot }, entry: { type: 'expect', params: 'activateQuality' } },
        niss: { meta: { slot: 'niss' satisfies Slot }, entry: { type: 'expect', params: 'niss' } },
        confirmPerson: { meta: { slot: 'confirmPerson' satisfies Slot }, entry: [{ type: 'expect', params: 'confirmPerson' }, assign(({ context }) => ({ personAskedFor: context.niss }))] },
        username: { meta: { slot: 'username' satisfies Slot }, entry: { type: 'expect', params: 'username' } },
        usernameConfirm: { meta: { slot: 'usernameConfirm' satisfies Slot }, entry: { type: 'expect', params: 'usernameConfirm' } },
        lastName: { meta: { slot: 'lastName' satisfies Slot }, entry: { type: 'expect', params: 'lastName' } },
        firstName: { meta: { slot: 'firstName' satisfies Slot }, entry: { type: 'expect', params: 'firstName' } },
        title: { meta: { slot: 'title' satisfies Slot }, entry: { type: 'expect', params: 'title' } },
        language: { meta: { slot: 'language' satisfies Slot }, entry: { type: 'expect', params: 'language' } },
        email: { meta: { slot: 'email' satisfies Slot }, entry: { type: 'expect', params: 'email' } },
        localEmail: { meta: { slot: 'localEmail' satisfies Slot }, entry: { type: 'expect', params: 'localEmail' } },
        applications: { meta: { slot: 'applications' satisfies Slot }, entry: { type: 'expect', params: 'applications' } },
        role: { meta: { slot: 'role' satisfies Slot }, entry: { type: 'expect', params: 'role' } },
        function: { meta: { slot: 'function' satisfies Slot }, entry: { type: 'expect', params: 'function' } },
        startDate: { meta: { slot: 'startDate' satisfies Slot }, entry: { type: 'expect', params: 'startDate' } },
        endDate: { meta: { slot: 'endDate' satisfies Slot }, entry: { type: 'expect', params: 'endDate' } },
        // The summary names the person: from here on, only a new NISS asks about them again.
        confirm: {
          meta: { slot: 'confirm' satisfies Slot },
          entry: [{ type: 'expect', params: 'confirm' }, assign({ personConfirmed: true })],
          on: {
            // "only Hospiliss, Colindos stays": Hospiliss alone is granted, Colindos left as it is; said, and the summary shown again.
            TEXT: { guard: 'keepsOnlySome', target: '#grantAccess.route', actions: 'keepOnly' },
          },
        },
      },
    },

    loadingQualities: {
      tags: 'busy',
      invoke: {
        src: 'loadQualities',
        input: ({ context }) => ({ managerId: context.managerId, entityId: context.entity!.id }),
        onDone: {
          target: 'route',
          actions: [
            assign(({ context, event }) => ({ qualities: event.output, qualitiesFor: context.entity!.id })),
            assign(({ context }) => {
              // A qualité named is taken or refused with the reason; only when none was named is the only one taken.
              if (context.qualityKindHint) return withQualityKind(context, context.qualityKindHint);
              // A qualité the manager cannot use there (not activated, and no right to activate it) is not offered: the one left is taken.
              const offered = offeredQualities(context);
              const only = offered.length === 1 ? offered[0] : undefined;
              if (!only) return inferredQuality(context);
              const patch = withQuality(context, only);
              return { ...patch, notices: [...(patch.notices ?? context.notices), { key: 'onlyQuality', params: { quality: only.names } } satisfies Notice] };
            }),
          ],
        },
        onError: { target: 'idle', actions: notice({ key: 'technicalError' }) },
      },
    },
    recordingRefusal: {
      tags: 'busy',
      invoke: {
        src: 'recordRefusal',
        input: ({ context }) => ({ ...context.refusal!, managerId: context.managerId }),
        // The refusal was said to the manager either way; a failed audit write does not hold the conversation.
        onDone: { target: 'route', actions: assign({ refusal: null }) },
        onError: { target: 'route', actions: assign({ refusal: null }) },
      },
    },
    loadingColleague: {
      tags: 'busy',
      invoke: {
        src: 'colleagueAccess',
        input: ({ context }) => ({ niss: context.copyFrom!, qualityId: context.quality!.id }),
        onDone: {
          target: 'route',
          actions: assign(({ context, event }) => {
            const found = event.output;
            if (!found || (found.applicationCodes.length === 0 && !found.functionCode)) {
              return { copyLoaded: true, copyFrom: null, notices: [...context.notices, { key: 'colleagueUnknown', params: { niss: formatNiss(context.copyFrom!) } } satisfies Notice] };
            }
            const codes = found.applicationCodes.filter((code) => context.applications.some((a) => a.code === code));
            const fn = found.functionCode ? context.functions.find((f) => f.code === found.functionCode) : undefined;
            return {
              copyLoaded: true,
              chosen: [...new Set([...context.chosen, ...codes])],
              ...(fn ? { role: 'collaborator' as const, functionCode: fn.code } : {}),
              notices: [
                ...context.notices,
                {
                  key: 'copiedAccess',
                  params: {
                    colleague: found.name,
                    applications: codes.map((code) => context.applications.find((a) => a.code === code)!.names),
                    fn: fn?.names ?? null,
                  },
                } satisfies Notice,
              ],
            };
          }),
        },
        onError: { target: 'route', actions: [assign({ copyLoaded: true }), notice({ key: 'technicalError' })] },
      },
    },
    answeringStatus: {
      tags: 'busy',
      invoke: {
        src: 'accessStatus',
        input: ({ context }) => ({
          managerId: context.managerId, niss: context.statusQuery!.niss, ...(context.statusQuery!.name ? { name: context.statusQuery!.name } : {}),
          applicationCodes: context.statusQuery!.applications,
        }),
        onDone: [
          {
            guard: 'hasRequestInProgress',
            target: 'route',
            actions: [{ type: 'notice', params: ({ context, event }) => statusNotice(context.statusQuery!, event.output, (code) => namesOf(context, code), true) }, assign({ statusQuery: null })],
          },
          { target: 'idle', actions: [{ type: 'notice', params: ({ context, event }) => statusNotice(context.statusQuery!, event.output, (code) => namesOf(context, code)) }, assign({ statusQuery: null })] },
        ],
        onError: { target: 'route', actions: [assign({ statusQuery: null }), notice({ key: 'technicalError' })] },
      },
    },
    // "accès eBirth pour Marie Dupont": the name is searched among the manager's users before the NISS is asked.
    findingPersonByName: {
      tags: 'busy',
      invoke: {
        src: 'findPersonByName',
        input: ({ context }) => ({ managerId: context.managerId, name: context.namedPerson! }),
        onDone: [
          {
            // Nobody so named, but near names ("jan peters" → Jan Peeters): offered as "did you mean …?", never taken as found.
            guard: ({ event }) => event.output.length > 0 && event.output.every((p) => p.near),
            target: 'route',
            actions: assign(({ context, event }) => ({
              nameSearch: { name: context.namedPerson!, candidates: event.output, near: true as const },
              notices: withoutNissOfNamed(context.notices),
            })),
          },
          {
            guard: ({ event }) => event.output.length === 1,
            target: 'route',
            actions: assign(({ context, event }) => ({
              niss: event.output[0]!.niss,
              nameSearch: { name: context.namedPerson!, candidates: [] },
              // The NISS is no longer asked: what was noted to ask it is replaced by who was found.
              notices: [...withoutNissOfNamed(context.notices), { key: 'personFoundByName', params: { person: event.output[0]!.label, niss: formatNiss(event.output[0]!.niss) } } satisfies Notice],
            })),
          },
          {
            guard: ({ event }) => event.output.length > 1,
            target: 'route',
            // The list is the question itself (see the view): one question, never "which one?" and "what is the NISS?" together.
            actions: assign(({ context, event }) => ({
              nameSearch: { name: context.namedPerson!, candidates: event.output },
              notices: withoutNissOfNamed(context.notices),
            })),
          },
          {
            target: 'route',
            actions: assign(({ context }) => ({
              nameSearch: { name: context.namedPerson!, candidates: [] },
              // Nobody so named: said before "I need X's NISS" (never the name passed over).
              notices: withNobodyNamed(context.notices, context.namedPerson!),
            })),
          },
        ],
        onError: { target: 'route', actions: [assign(({ context }) => ({ nameSearch: { name: context.namedPerson!, candidates: [] } })), notice({ key: 'technicalError' })] },
      },
    },
    // Only the name is taken here: whether the person is a user of the entity chosen (and what to do if not) is the lookup's below.
    namingPerson: {
      tags: 'busy',
      invoke: {
        src: 'lookupPerson',
        input: ({ context }) => ({ niss: context.niss!, managerId: context.managerId }),
        onDone: {
          target: 'route',
          actions: assign(({ context, event }) => {
            const known = event.output && !event.output.elsewhere ? event.output : null;
            const niss = formatNiss(context.niss!);
            return {
              nissLookedUp: context.niss,
              person: known,
              // "NISS 90.04.12-123.77 : noté." becomes "Jan Peeters (NISS 90.04.12-123.77) : noté.".
              notices: known ? context.notices.map((n) => (n.key === 'nissTaken' && n.params.niss === niss ? { ...n, params: { niss, person: labelOf(known) } } : n)) : context.notices,
            };
          }),
        },
        onError: { target: 'route', actions: assign(({ context }) => ({ nissLookedUp: context.niss })) },
      },
    },
    lookingUpPerson: {
      tags: 'busy',
      invoke: {
        src: 'lookupPerson',
        input: ({ context }) => ({ niss: context.niss!, managerId: context.managerId }),
        onDone: [
          {
            guard: ({ event }) => event.output?.elsewhere === true,
            target: 'route',
            actions: [
              assign(({ event }) => ({ person: event.output, personChecked: true })),
              { type: 'notice', params: ({ context }) => ({ key: 'personElsewhere', params: { niss: formatNiss(context.niss!), entity: context.entity?.name ?? '' } }) },
            ],
          },
          {
            guard: ({ context, event }) => isNotThePersonNamed(context.namedPerson, event.output),
            target: 'route',
            actions: [
              assign(({ event }) => ({ person: event.output, personChecked: true, personConfirmed: false })),
              { type: 'notice', params: ({ context }) => ({ key: 'personNotNamed', params: { named: context.namedPerson! } }) },
            ],
          },
          {
            guard: ({ event }) => event.output !== null,
            target: 'route',
            actions: assign(({ event }) => ({ person: event.output, personChecked: true })),
          },
          {
            target: 'route',
            actions: [
              assign({ person: null, personChecked: true, newUser: {} }),
              { type: 'notice', params: ({ context }) => ({ key: 'personUnknown', params: { niss: formatNiss(context.niss!) } }) },
            ],
          },
        ],
        onError: { target: 'route', actions: [assign({ niss: null }), notice({ key: 'technicalError' })] },
      },
    },
    checkingUsername: {
      tags: 'busy',
      invoke: {
        src: 'isUsernameFree',
        input: ({ context }) => ({ username: context.newUser!.username! }),
        onDone: [
          { guard: ({ event }) => event.output, target: 'route', actions: assign({ usernameChecked: true }) },
          {
            target: 'route',
            actions: [
              { type: 'notice', params: ({ context }) => ({ key: 'usernameTaken', params: { username: context.newUser!.username! } }) },
              assign(({ context }) => ({ newUser: { ...context.newUser, username: undefined } })),
            ],
          },
        ],
        onError: { target: 'route', actions: [assign(({ context }) => ({ newUser: { ...context.newUser, username: undefined } })), notice({ key: 'technicalError' })] },
      },
    },

    executing: {
      tags: 'busy',
      entry: assign({ confirmed: false }),
      invoke: {
        src: 'executeGrant',
        input: ({ context }) => requestOf(context),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'idle',
            actions: assign(({ context, event }) => {
              const done = (event.output as { ok: true; done: GrantDone }).done;
              // "… en aan Marie Dupont": the next person named is offered the same request, which a yes starts (with its own summary).
              const [next, ...others] = context.otherPeople ?? [];
              const nextOffer = next !== undefined && context.entity ? { person: next, others, entityId: context.entity.id, codes: [...context.chosen] } : null;
              const offer: Notice[] = nextOffer ? [{ key: 'offerNextPerson', params: { person: next! } }] : [];
              return { ...fresh(context), requestSeq: context.requestSeq, requestStartedAt: context.requestStartedAt, done, nextOffer, notices: [...context.notices, doneNotice(context, done), ...offer] };
            }),
          },
          // What the manager can fix keeps everything given and goes back to it; "oui" retries a store outage.
          {
            guard: { type: 'failedWith', params: 'usernameTaken' },
            target: 'route',
            actions: [{ type: 'noticeFailure', params: 'usernameTaken' }, assign(({ context }) => ({ newUser: { ...context.newUser, username: undefined }, usernameChecked: false, usernameConfirmed: false }))],
          },
          { guard: { type: 'failedWith', params: 'nissExists' }, target: 'route', actions: [{ type: 'noticeFailure', params: 'nissExists' }, assign({ personChecked: false, newUser: null })] },
          { guard: { type: 'failedWith', params: 'unavailable' }, target: 'asking.confirm', actions: { type: 'noticeFailure', params: 'unavailable' } },
          {
            target: 'idle',
            actions: [
              { type: 'notice', params: ({ event }) => ({ key: 'executionFailed', params: { reason: event.output.ok ? 'invalid' : event.output.failure } }) },
              'reset',
            ],
          },
        ],
        onError: { target: 'asking.confirm', actions: notice({ key: 'executionFailed', params: { reason: 'unavailable' } }) },
      },
    },
  },
});

export type GrantAccessMachine = typeof grantAccessMachine;

export function requestOf(c: GrantContext): GrantRequest {
  const u = c.newUser;
  return {
    // The manager is part of the key: two people's requests in one conversation id never meet.
    idempotencyKey: `${c.conversationId}#${c.managerId}#${c.requestSeq}@${c.requestStartedAt}`,
    managerId: c.managerId,
    conversationId: c.conversationId,
    qualityId: c.quality!.id,
    activateQuality: c.activateQuality,
    user: c.person
      ? { existingUserId: c.person.id }
      : {
          newUser: {
            niss: c.niss!, username: u!.username!, lastName: u!.lastName!, firstName: u!.firstName!, title: u!.title ?? null,
            language: u!.language!, email: u!.email!, localEmail: u!.localEmail ?? null,
          },
        },
    applicationCodes: c.chosen,
    fn: functionInPlay(c) && c.role === 'collaborator' && c.functionCode && c.startDate ? { code: c.functionCode, startDate: c.startDate, endDate: c.endDate } : null,
  };
}

/** The notices without "I need X's NISS": said only when no user of the manager's entities is so named. */
function withNobodyNamed(notices: readonly Notice[], name: string): Notice[] {
  const nobody: Notice = { key: 'nobodyNamed', params: { name } };
  const at = notices.findIndex((n) => n.key === 'nissOfNamed');
  return at < 0 ? [...notices, nobody, { key: 'nissOfNamed', params: { name } }] : [...notices.slice(0, at), nobody, ...notices.slice(at)];
}
/** An entity named where the manager holds no role, and none of theirs chosen yet. */
const awaitsEntityAfterRefusal = (c: GrantContext) => c.refusedEntity !== null && c.entity === null;

/** The notices without "I read X as <date>" for the dates given. */
const withoutReadAhead = (notices: readonly Notice[], dates: readonly (string | null)[]): Notice[] =>
  notices.flatMap((n): Notice[] => {
    if (n.key !== 'dateReadAhead') return [n];
    const items = n.params.items.filter((i) => !dates.includes(i.date));
    return items.length > 0 ? [{ key: 'dateReadAhead', params: { items } }] : [];
  });
const withoutNissOfNamed = (notices: readonly Notice[]): Notice[] => notices.filter((n) => n.key !== 'nissOfNamed');

const labelOf = (p: Person) => `${p.title ? `${p.title} ` : ''}${p.firstName} ${p.lastName}`;

export function personName(c: GrantContext): string {
  if (c.person?.elsewhere) return `NISS ${formatNiss(c.niss ?? '')}`;
  if (c.person) return labelOf(c.person);
  const u = c.newUser;
  return `${u?.title ? `${u.title} ` : ''}${u?.firstName ?? ''} ${u?.lastName ?? ''}`.trim();
}

/** "only X, Y stays" at the summary: the applications kept and those left as they are. */
const onlyKept = (c: GrantContext, e: GrantEvent) => {
  const only = saidBy(commandsOf(e), c.entities, c.catalog.entities ?? []).keepOnly;
  return only ? narrowed(c.chosen, only) : undefined;
};

/** Commands that only give a date (or refuse one), with no request started. */
function isOnlyADate(commands: readonly Command[]): boolean {
  return commands.length > 0 && commands.every((c) => (c.type === 'set' || c.type === 'unknown') && (c.slot === 'startDate' || c.slot === 'endDate') && !(c.type === 'set' && c.value === null));
}

/** The date a message gave alone (its end, else its start), said back with the question of which request it is for. */
function dateWithoutRequest(commands: readonly Command[]): Notice {
  const dates = commands.filter((c): c is Extract<Command, { type: 'set' }> => c.type === 'set' && typeof c.value === 'string');
  const date = (dates.find((c) => c.slot === 'endDate') ?? dates[0])?.value as string | undefined;
  return { key: 'dateWithoutRequest', params: { date: date ?? null } };
}

/**
 * A bare yes or no to nothing asked, a message with no letter nor digit in it (emoji, punctuation), or a choice's
 * number or place ("2", "la deuxième") when no list is open: nothing to choose, and no request opened for it.
 */
function saysNothingToDo(commands: readonly Command[], typed: string): boolean {
  if (commands.length === 0) return !/[\p{L}\p{N}]/u.test(typed) || choiceNumber(typed) !== undefined;
  return commands.every((c) => c.type === 'set' && c.slot === 'confirm');
}

/**
 * "of ja toch wel, doe maar" just after a cancel: the request is not done behind the manager's back; that it was cancelled
 * is said, with how to ask it again (its person and applications, which its summary will show before anything is done).
 */
function cancelledEarlier(c: GrantContext, event: unknown): Notice | undefined {
  if (!c.cancelled || commandsOf(event as never).every((x) => !(x.type === 'set' && x.slot === 'confirm' && x.value === 'yes'))) return undefined;
  return { key: 'cancelledEarlier', params: { person: c.cancelled.person, applications: (c.cancelled.applications ?? []).map((code) => namesOf(c, code)) } };
}

/** What a stop says with nothing under way: the applications just recorded, if the last request was confirmed. */
function nothingToStop(c: GrantContext): Notice {
  const granted = c.done && !c.done.replayed ? c.done.grants.map((g) => namesOf(c, g.applicationCode)) : [];
  return { key: 'nothingToStop', params: { granted: granted.length > 0 ? granted : null } };
}

function doneNotice(c: GrantContext, done: GrantDone): Notice {
  const fnDef = done.fn && c.functions.find((f) => f.code === done.fn!.code);
  return {
    key: 'grantDone',
    params: {
      person: personName(c),
      now: c.now,
      replayed: done.replayed,
      grants: done.grants.map((g) => ({ names: namesOf(c, g.applicationCode), activeAt: g.activeAt, alreadyHeld: g.alreadyHeld })),
      fn: done.fn && fnDef ? { names: fnDef.names, startDate: done.fn.startDate, endDate: done.fn.endDate, activeAt: done.fn.activeAt, alreadyHeld: done.fn.alreadyHeld } : null,
      ...(done.removalCancelled && c.entity ? { removalCancelled: { entity: c.entity.name } } : {}),
    },
  };
}

