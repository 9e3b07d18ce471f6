import { and, assign, fromPromise, setup } from 'xstate';
import { checkNiss, formatNiss } from '../src/domain/niss';
import { checkEndDate, checkStartDate } from '../src/domain/dates';
import { checkUsername } from '../src/domain/username';
import type { Notice } from './messages/catalog';
import {
  isSkip, parseEmail, parseFunctionKind, parseLanguage, parseName, parseRole, pickMany, pickOne, yesNo, type Option,
} from './parse';
import type {
  ApplicationOption, EntityOption, ExecutionFailure, FunctionOption, GrantContext, GrantDone, GrantEvent, GrantInput,
  GrantRequest, Person, QualityOption, Slot,
} from './grant-access.types';

/** Bump when states or context change shape: older saved snapshots then restart politely. */
export const GRANT_MACHINE_VERSION = 1;

export type ExecutionOutcome = { ok: true; done: GrantDone } | { ok: false; failure: ExecutionFailure };

const missing = (name: string) => async (): Promise<never> => {
  throw new Error(`actor ${name} must be provided with machine.provide()`);
};

const text = (e: GrantEvent) => (e.type === 'TEXT' ? e.text : '');

export const entityOptions = (c: GrantContext): Option<number>[] =>
  c.entities.map((e) => ({ id: e.id, labels: [e.name, e.inami, e.inami.replace('-', '')] }));
export const qualityOptions = (c: GrantContext): Option<number>[] =>
  c.qualities.map((q) => ({ id: q.id, labels: [q.kind, q.names.fr, q.names.nl, q.names.de, q.names.en] }));
export const applicationOptions = (c: GrantContext): Option<string>[] =>
  c.applications.map((a) => ({ id: a.code, labels: [a.code, a.names.fr, a.names.nl, a.names.de, a.names.en, ...a.aliases] }));

const functionFor = (c: GrantContext, kind: 'doctor' | 'pharmacist') => c.functions.find((f) => f.forRole === kind);

const chosenNeedFunction = (c: GrantContext) =>
  c.applications.some((a) => c.chosen.includes(a.code) && a.needsFunction);

const heldFunction = (c: GrantContext) => c.person?.functions.find((f) => f.qualityId === c.quality?.id);

const fresh = (c: GrantContext): Partial<GrantContext> => ({
  entities: [], entity: null, qualities: [], quality: null, activateQuality: false, niss: null, person: null,
  newUser: null, applications: [], functions: [], chosen: [], role: null, functionCode: null, startDate: null,
  endDate: null, done: null, requestSeq: c.requestSeq + 1, requestStartedAt: c.now,
});

export const grantAccessMachine = setup({
  types: {
    context: {} as GrantContext,
    events: {} as GrantEvent,
    input: {} as GrantInput,
  },
  actors: {
    loadEntities: fromPromise<EntityOption[], { managerId: number }>(missing('loadEntities')),
    loadQualities: fromPromise<QualityOption[], { managerId: number; entityId: number }>(missing('loadQualities')),
    lookupPerson: fromPromise<Person | null, { niss: string }>(missing('lookupPerson')),
    isUsernameFree: fromPromise<boolean, { username: string }>(missing('isUsernameFree')),
    loadApplications: fromPromise<{ applications: ApplicationOption[]; functions: FunctionOption[] }, { qualityKind: string }>(
      missing('loadApplications'),
    ),
    executeGrant: fromPromise<ExecutionOutcome, GrantRequest>(missing('executeGrant')),
  },
  guards: {
    hasNoEntity: ({ context }) => context.entities.length === 0,
    hasOneEntity: ({ context }) => context.entities.length === 1,
    isEntityChosen: ({ context, event }) => pickOne(text(event), entityOptions(context)).ok,
    hasNoQuality: ({ context }) => context.qualities.length === 0,
    hasOneQuality: ({ context }) => context.qualities.length === 1,
    hasSeveralQualities: ({ context }) => context.qualities.length > 1,
    isQualityChosen: ({ context, event }) => pickOne(text(event), qualityOptions(context)).ok,
    isQualityActive: ({ context }) => context.quality?.active === true,
    mayActivateQuality: ({ context }) => context.quality?.mayActivate === true,
    saysYes: ({ event }) => yesNo(text(event)) === 'yes',
    saysNo: ({ event }) => yesNo(text(event)) === 'no',
    isNissValid: ({ context, event }) => checkNiss(text(event), new Date(context.now)).ok,
    isUsernameValid: ({ event }) => checkUsername(text(event)).ok,
    isUsernameRepeated: ({ context, event }) => text(event).trim() === context.newUser?.username,
    isNameValid: ({ event }) => parseName(text(event)) !== undefined,
    isSkip: ({ event }) => isSkip(text(event)),
    isTitleValid: ({ event }) => text(event).trim().length > 0 && text(event).trim().length <= 30,
    isLanguageValid: ({ event }) => parseLanguage(text(event)) !== undefined,
    isEmailValid: ({ event }) => parseEmail(text(event)) !== undefined,
    areApplicationsChosen: ({ context, event }) => {
      const r = pickMany(text(event), applicationOptions(context));
      return r.ids.length > 0 && r.unknown.length === 0 && r.ambiguous.length === 0;
    },
    needsFunction: ({ context }) => chosenNeedFunction(context) && !heldFunction(context),
    alreadyHoldsFunction: ({ context }) => chosenNeedFunction(context) && heldFunction(context) !== undefined,
    isCollaboratorOfKnownKind: ({ event }) => {
      const r = parseRole(text(event));
      return r?.role === 'collaborator' && r.functionKind !== undefined;
    },
    isCollaborator: ({ event }) => parseRole(text(event))?.role === 'collaborator',
    isRoleWithoutFunction: ({ event }) => {
      const r = parseRole(text(event))?.role;
      return r === 'doctor' || r === 'pharmacist';
    },
    isFunctionChosen: ({ event }) => parseFunctionKind(text(event)) !== undefined,
    isStartDateValid: ({ context, event }) => checkStartDate(text(event), new Date(context.now)).ok,
    isEndDateValid: ({ context, event }) => checkEndDate(text(event), context.startDate ?? '').ok,
    hasJustGranted: ({ context }) => context.done !== null,
    failedWith: ({ event }, failure: ExecutionFailure) => {
      const output = (event as unknown as { output?: ExecutionOutcome }).output;
      return output?.ok === false && output.failure === failure;
    },
  },
  actions: {
    startTurn: assign(({ event }) => (event.type === 'TURN' ? { now: event.at, notices: [] } : {})),
    notice: assign(({ context }, notice: Notice) => ({ notices: [...context.notices, notice] })),
    noticeFailure: assign(({ context }, reason: ExecutionFailure) => ({
      notices: [...context.notices, { key: 'executionFailed', params: { reason } } satisfies Notice],
    })),
    reset: assign(({ context }) => fresh(context)),
    clearResult: assign({ done: null }),
    assignEntity: assign(({ context, event }) => {
      const picked = pickOne(text(event), entityOptions(context));
      return { entity: picked.ok ? context.entities.find((e) => e.id === picked.id) ?? null : null };
    }),
    assignOnlyEntity: assign(({ context }) => ({ entity: context.entities[0] ?? null })),
    assignQuality: assign(({ context, event }) => {
      const picked = pickOne(text(event), qualityOptions(context));
      return { quality: picked.ok ? context.qualities.find((q) => q.id === picked.id) ?? null : null, activateQuality: false };
    }),
    assignOnlyQuality: assign(({ context }) => ({ quality: context.qualities[0] ?? null, activateQuality: false })),
    assignNiss: assign(({ context, event }) => {
      const r = checkNiss(text(event), new Date(context.now));
      return { niss: r.ok ? r.niss : null, person: null, newUser: null };
    }),
    assignNewUserField: assign(({ context }, patch: Partial<GrantContext['newUser'] & object>) => ({
      newUser: { ...context.newUser, ...patch },
    })),
    assignApplications: assign(({ context, event }) => ({ chosen: pickMany(text(event), applicationOptions(context)).ids })),
    assignRole: assign(({ context, event }) => {
      const r = parseRole(text(event));
      const fn = r?.functionKind ? functionFor(context, r.functionKind) : undefined;
      return { role: r?.role ?? null, functionCode: fn?.code ?? null, startDate: null, endDate: null };
    }),
    assignFunction: assign(({ context, event }) => {
      const kind = parseFunctionKind(text(event));
      return { functionCode: (kind && functionFor(context, kind)?.code) ?? null };
    }),
    assignStartDate: assign(({ context, event }) => {
      const r = checkStartDate(text(event), new Date(context.now));
      return { startDate: r.ok ? r.date : null };
    }),
    assignEndDate: assign(({ context, event }) => {
      const r = checkEndDate(text(event), context.startDate ?? '');
      return { endDate: r.ok ? r.date : null };
    }),
  },
}).createMachine({
  id: 'grantAccess',
  context: ({ input }) => ({
    conversationId: input.conversationId,
    managerId: input.managerId,
    activationDelayMs: input.activationDelayMs,
    requestSeq: 0,
    requestStartedAt: 0,
    now: 0,
    entities: [], entity: null, qualities: [], quality: null, activateQuality: false, niss: null, person: null,
    newUser: null, applications: [], functions: [], chosen: [], role: null, functionCode: null, startDate: null,
    endDate: null, done: null, notices: [],
  }),
  initial: 'idle',
  on: {
    TURN: { actions: 'startTurn' },
    CANCEL: { target: '.idle', actions: [{ type: 'notice', params: { key: 'cancelled' } }, 'reset', 'clearResult'] },
  },
  states: {
    idle: {
      on: {
        TEXT: [
          { guard: and(['hasJustGranted', 'saysYes']), actions: { type: 'notice', params: { key: 'alreadyDone' } } },
          { target: 'loadingEntities', actions: 'reset' },
        ],
      },
    },

    loadingEntities: {
      tags: 'busy',
      invoke: {
        src: 'loadEntities',
        input: ({ context }) => ({ managerId: context.managerId }),
        onDone: { target: 'routingEntity', actions: assign({ entities: ({ event }) => event.output }) },
        onError: { target: 'idle', actions: { type: 'notice', params: { key: 'technicalError' } } },
      },
    },
    routingEntity: {
      always: [
        { guard: 'hasNoEntity', target: 'idle', actions: { type: 'notice', params: { key: 'noEntity' } } },
        {
          guard: 'hasOneEntity',
          target: 'loadingQualities',
          actions: [
            'assignOnlyEntity',
            { type: 'notice', params: ({ context }) => ({ key: 'onlyEntity', params: { entity: context.entity!.name, inami: context.entity!.inami } }) },
          ],
        },
        { target: 'entity' },
      ],
    },
    entity: {
      meta: { slot: 'entity' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'isEntityChosen', target: 'loadingQualities', actions: 'assignEntity' },
          { actions: { type: 'notice', params: { key: 'invalidChoice' } } },
        ],
      },
    },

    loadingQualities: {
      tags: 'busy',
      invoke: {
        src: 'loadQualities',
        input: ({ context }) => ({ managerId: context.managerId, entityId: context.entity!.id }),
        onDone: { target: 'routingQuality', actions: assign({ qualities: ({ event }) => event.output }) },
        onError: { target: 'idle', actions: { type: 'notice', params: { key: 'technicalError' } } },
      },
    },
    routingQuality: {
      always: [
        { guard: 'hasNoQuality', target: 'idle', actions: { type: 'notice', params: { key: 'noEntity' } } },
        {
          guard: 'hasOneQuality',
          target: 'checkingQuality',
          actions: ['assignOnlyQuality', { type: 'notice', params: ({ context }) => ({ key: 'onlyQuality', params: { quality: context.quality!.names } }) }],
        },
        { target: 'quality' },
      ],
    },
    quality: {
      meta: { slot: 'quality' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'isQualityChosen', target: 'checkingQuality', actions: 'assignQuality' },
          { actions: { type: 'notice', params: { key: 'invalidChoice' } } },
        ],
      },
    },
    checkingQuality: {
      always: [
        { guard: 'isQualityActive', target: 'niss' },
        { guard: 'mayActivateQuality', target: 'activateQuality' },
        {
          guard: 'hasSeveralQualities',
          target: 'quality',
          actions: { type: 'notice', params: ({ context }) => ({ key: 'qualityInactiveNoRight', params: { quality: context.quality!.names } }) },
        },
        {
          target: 'idle',
          actions: { type: 'notice', params: ({ context }) => ({ key: 'qualityInactiveNoRight', params: { quality: context.quality!.names } }) },
        },
      ],
    },
    activateQuality: {
      meta: { slot: 'activateQuality' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'saysYes', target: 'niss', actions: assign({ activateQuality: true }) },
          {
            guard: and(['saysNo', 'hasSeveralQualities']),
            target: 'quality',
            actions: { type: 'notice', params: ({ context }) => ({ key: 'qualityNotActivated', params: { quality: context.quality!.names } }) },
          },
          {
            guard: 'saysNo',
            target: 'idle',
            actions: [
              { type: 'notice', params: ({ context }) => ({ key: 'qualityNotActivated', params: { quality: context.quality!.names } }) },
              { type: 'notice', params: { key: 'cancelled' } },
            ],
          },
          { actions: { type: 'notice', params: { key: 'yesNoExpected' } } },
        ],
      },
    },

    niss: {
      meta: { slot: 'niss' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'isNissValid', target: 'lookingUpPerson', actions: 'assignNiss' },
          {
            actions: {
              type: 'notice',
              params: ({ context, event }) => {
                const r = checkNiss(text(event), new Date(context.now));
                return { key: 'nissInvalid', params: r.ok ? { problem: 'checksum', length: null } : { problem: r.problem, length: r.length ?? null } };
              },
            },
          },
        ],
      },
    },
    lookingUpPerson: {
      tags: 'busy',
      invoke: {
        src: 'lookupPerson',
        input: ({ context }) => ({ niss: context.niss! }),
        onDone: [
          { guard: ({ event }) => event.output !== null, target: 'confirmPerson', actions: assign({ person: ({ event }) => event.output }) },
          {
            target: 'newUser',
            actions: [
              assign({ newUser: {} }),
              { type: 'notice', params: ({ context }) => ({ key: 'personUnknown', params: { niss: formatNiss(context.niss!) } }) },
            ],
          },
        ],
        onError: { target: 'niss', actions: { type: 'notice', params: { key: 'technicalError' } } },
      },
    },
    confirmPerson: {
      meta: { slot: 'confirmPerson' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'saysYes', target: 'loadingApplications' },
          { guard: 'saysNo', target: 'niss', actions: assign({ person: null, niss: null }) },
          { actions: { type: 'notice', params: { key: 'yesNoExpected' } } },
        ],
      },
    },

    newUser: {
      initial: 'username',
      states: {
        username: {
          meta: { slot: 'username' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isUsernameValid', target: 'checkingUsername', actions: { type: 'assignNewUserField', params: ({ event }) => ({ username: text(event).trim() }) } },
              {
                actions: {
                  type: 'notice',
                  params: ({ event }) => {
                    const r = checkUsername(text(event));
                    return { key: 'usernameInvalid', params: r.ok ? { problems: [], forbidden: [] } : { problems: r.problems, forbidden: r.forbidden } };
                  },
                },
              },
            ],
          },
        },
        checkingUsername: {
          tags: 'busy',
          invoke: {
            src: 'isUsernameFree',
            input: ({ context }) => ({ username: context.newUser!.username! }),
            onDone: [
              { guard: ({ event }) => event.output, target: 'usernameConfirm' },
              {
                target: 'username',
                actions: { type: 'notice', params: ({ context }) => ({ key: 'usernameTaken', params: { username: context.newUser!.username! } }) },
              },
            ],
            onError: { target: 'username', actions: { type: 'notice', params: { key: 'technicalError' } } },
          },
        },
        usernameConfirm: {
          meta: { slot: 'usernameConfirm' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isUsernameRepeated', target: 'lastName' },
              { target: 'username', actions: { type: 'notice', params: { key: 'usernameMismatch' } } },
            ],
          },
        },
        lastName: {
          meta: { slot: 'lastName' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isNameValid', target: 'firstName', actions: { type: 'assignNewUserField', params: ({ event }) => ({ lastName: parseName(text(event))! }) } },
              { actions: { type: 'notice', params: { key: 'nameInvalid' } } },
            ],
          },
        },
        firstName: {
          meta: { slot: 'firstName' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isNameValid', target: 'title', actions: { type: 'assignNewUserField', params: ({ event }) => ({ firstName: parseName(text(event))! }) } },
              { actions: { type: 'notice', params: { key: 'nameInvalid' } } },
            ],
          },
        },
        title: {
          meta: { slot: 'title' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isSkip', target: 'language', actions: { type: 'assignNewUserField', params: { title: null } } },
              { guard: 'isTitleValid', target: 'language', actions: { type: 'assignNewUserField', params: ({ event }) => ({ title: text(event).trim() }) } },
              { actions: { type: 'notice', params: { key: 'titleInvalid' } } },
            ],
          },
        },
        language: {
          meta: { slot: 'language' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isLanguageValid', target: 'email', actions: { type: 'assignNewUserField', params: ({ event }) => ({ language: parseLanguage(text(event))! }) } },
              { actions: { type: 'notice', params: { key: 'languageInvalid' } } },
            ],
          },
        },
        email: {
          meta: { slot: 'email' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isEmailValid', target: 'localEmail', actions: { type: 'assignNewUserField', params: ({ event }) => ({ email: parseEmail(text(event))! }) } },
              { actions: { type: 'notice', params: { key: 'emailInvalid' } } },
            ],
          },
        },
        localEmail: {
          meta: { slot: 'localEmail' satisfies Slot },
          on: {
            TEXT: [
              { guard: 'isEmailValid', target: 'complete', actions: { type: 'assignNewUserField', params: ({ event }) => ({ localEmail: parseEmail(text(event))! }) } },
              { guard: 'isSkip', target: 'complete', actions: { type: 'assignNewUserField', params: { localEmail: null } } },
              { actions: { type: 'notice', params: { key: 'emailInvalid' } } },
            ],
          },
        },
        complete: { type: 'final' },
      },
      onDone: 'loadingApplications',
    },

    loadingApplications: {
      tags: 'busy',
      invoke: {
        src: 'loadApplications',
        input: ({ context }) => ({ qualityKind: context.quality!.kind }),
        onDone: { target: 'applications', actions: assign(({ event }) => ({ applications: event.output.applications, functions: event.output.functions })) },
        onError: { target: 'idle', actions: { type: 'notice', params: { key: 'technicalError' } } },
      },
    },
    applications: {
      meta: { slot: 'applications' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'areApplicationsChosen', target: 'routingRole', actions: 'assignApplications' },
          {
            actions: {
              type: 'notice',
              params: ({ context, event }) => {
                const r = pickMany(text(event), applicationOptions(context));
                const first = r.ambiguous[0];
                if (first) {
                  const names = first.candidates.map((code) => context.applications.find((a) => a.code === code)!.names);
                  return { key: 'applicationsAmbiguous', params: { text: first.text, candidates: names } };
                }
                return r.unknown.length > 0
                  ? { key: 'applicationsUnknown', params: { texts: r.unknown } }
                  : { key: 'invalidChoice' };
              },
            },
          },
        ],
      },
    },
    routingRole: {
      always: [
        { guard: 'needsFunction', target: 'role' },
        {
          guard: 'alreadyHoldsFunction',
          target: 'confirm',
          actions: {
            type: 'notice',
            params: ({ context }) => {
              const held = heldFunction(context)!;
              const fn = context.functions.find((f) => f.code === held.code);
              return { key: 'alreadyHasFunction', params: { fn: fn?.names ?? { fr: held.code, nl: held.code, de: held.code, en: held.code }, startDate: held.startDate } };
            },
          },
        },
        { target: 'confirm' },
      ],
    },
    role: {
      meta: { slot: 'role' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'isCollaboratorOfKnownKind', target: 'startDate', actions: 'assignRole' },
          { guard: 'isCollaborator', target: 'function', actions: 'assignRole' },
          { guard: 'isRoleWithoutFunction', target: 'confirm', actions: 'assignRole' },
          { actions: { type: 'notice', params: { key: 'roleInvalid' } } },
        ],
      },
    },
    function: {
      meta: { slot: 'function' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'isFunctionChosen', target: 'startDate', actions: 'assignFunction' },
          { actions: { type: 'notice', params: { key: 'functionInvalid' } } },
        ],
      },
    },
    startDate: {
      meta: { slot: 'startDate' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'isStartDateValid', target: 'endDate', actions: 'assignStartDate' },
          {
            actions: {
              type: 'notice',
              params: ({ context, event }) => {
                const r = checkStartDate(text(event), new Date(context.now));
                return { key: 'dateInvalid', params: { problem: r.ok ? 'format' : r.problem, startDate: null } };
              },
            },
          },
        ],
      },
    },
    endDate: {
      meta: { slot: 'endDate' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'isSkip', target: 'confirm', actions: assign({ endDate: null }) },
          { guard: 'isEndDateValid', target: 'confirm', actions: 'assignEndDate' },
          {
            actions: {
              type: 'notice',
              params: ({ context, event }) => {
                const r = checkEndDate(text(event), context.startDate ?? '');
                return { key: 'dateInvalid', params: { problem: r.ok ? 'format' : r.problem, startDate: context.startDate } };
              },
            },
          },
        ],
      },
    },

    confirm: {
      meta: { slot: 'confirm' satisfies Slot },
      on: {
        TEXT: [
          { guard: 'saysYes', target: 'executing' },
          { guard: 'saysNo', target: 'idle', actions: [{ type: 'notice', params: { key: 'cancelled' } }, 'reset', 'clearResult'] },
          { actions: { type: 'notice', params: { key: 'yesNoExpected' } } },
        ],
      },
    },
    executing: {
      tags: 'busy',
      invoke: {
        src: 'executeGrant',
        input: ({ context }) => requestOf(context),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'idle',
            actions: assign(({ context, event }) => {
              const done = (event.output as { ok: true; done: GrantDone }).done;
              return { done, notices: [...context.notices, doneNotice(context, done)] };
            }),
          },
          // What the manager can fix keeps everything given and goes back to it; "oui" retries a store outage.
          { guard: { type: 'failedWith', params: 'usernameTaken' }, target: 'newUser.username', actions: { type: 'noticeFailure', params: 'usernameTaken' } },
          { guard: { type: 'failedWith', params: 'nissExists' }, target: 'lookingUpPerson', actions: { type: 'noticeFailure', params: 'nissExists' } },
          { guard: { type: 'failedWith', params: 'unavailable' }, target: 'confirm', actions: { type: 'noticeFailure', params: 'unavailable' } },
          {
            target: 'idle',
            actions: [
              { type: 'notice', params: ({ event }) => ({ key: 'executionFailed', params: { reason: event.output.ok ? 'invalid' : event.output.failure } }) },
              'reset',
              'clearResult',
            ],
          },
        ],
        onError: { target: 'confirm', actions: { type: 'notice', params: { key: 'executionFailed', params: { reason: 'unavailable' } } } },
      },
    },
  },
});

export type GrantAccessMachine = typeof grantAccessMachine;

export function requestOf(c: GrantContext): GrantRequest {
  const u = c.newUser;
  return {
    idempotencyKey: `${c.conversationId}#${c.requestSeq}@${c.requestStartedAt}`,
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
    fn: c.role === 'collaborator' && c.functionCode && c.startDate ? { code: c.functionCode, startDate: c.startDate, endDate: c.endDate } : null,
  };
}

export function personName(c: GrantContext): string {
  if (c.person) return `${c.person.title ? `${c.person.title} ` : ''}${c.person.firstName} ${c.person.lastName}`;
  const u = c.newUser;
  return `${u?.title ? `${u.title} ` : ''}${u?.firstName ?? ''} ${u?.lastName ?? ''}`.trim();
}

function doneNotice(c: GrantContext, done: GrantDone): Notice {
  const appNames = (code: string) => c.applications.find((a) => a.code === code)?.names ?? { fr: code, nl: code, de: code, en: code };
  const fnDef = done.fn && c.functions.find((f) => f.code === done.fn!.code);
  return {
    key: 'grantDone',
    params: {
      person: personName(c),
      replayed: done.replayed,
      grants: done.grants.map((g) => ({ names: appNames(g.applicationCode), activeAt: g.activeAt, alreadyHeld: g.alreadyHeld })),
      fn: done.fn && fnDef ? { names: fnDef.names, startDate: done.fn.startDate, endDate: done.fn.endDate, activeAt: done.fn.activeAt, alreadyHeld: done.fn.alreadyHeld } : null,
    },
  };
}

