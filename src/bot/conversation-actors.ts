import { fromPromise } from 'xstate';
import type { Store } from '../store/store';
import { conversationMachine, type PeopleDialog } from '../../dialogs/conversation.machine';
import { readCommands, type Command } from '../../dialogs/understanding/commands';
import type { Vocabulary } from '../../dialogs/understanding/understand';
import { maskText } from '../logger';
import { catalogOptionOf, grantMachineFor } from './grant-actors';
import { helpdeskMachineFor } from './helpdesk-actors';
import { peopleMachineFor } from './people-adapter';

/** What the message reader needs to know about this store: entities, qualité kinds, applications. */
export function vocabularyOf(store: Store): Vocabulary {
  const { qualityKinds, applications } = catalogOptionOf(store);
  return { entities: store.catalog.entities().map((e) => ({ id: e.id, name: e.name, inami: e.inami })), qualityKinds, applications };
}

/** A refused request keeps what was asked, never a NISS or an e-mail in clear, and not a novel. */
const ASKED_MAX = 200;

/** The conversation machine with its children and its I/O bound to the store. */
export function conversationMachineFor(store: Store, options: { activationDelayMs: number }) {
  return conversationMachine.provide({
    actors: {
      grant: grantMachineFor(store),
      helpdesk: helpdeskMachineFor(store),
      people: peopleMachineFor(store, options) as unknown as PeopleDialog,
      readMessage: fromPromise<Command[], { text: string; expecting: string | null; now: number; files?: { line: number; input: string }[] }>(async ({ input }) =>
        readCommands(input.text, { vocabulary: vocabularyOf(store), now: input.now, expecting: input.expecting, ...(input.files ? { files: input.files } : {}) }),
      ),
      isHelpdeskOnly: fromPromise<boolean, { managerId: number }>(async ({ input }) => {
        const roles = store.people.rolesOf(input.managerId);
        return roles.length > 0 && roles.every((r) => r.role === 'HELPDESK');
      }),
      // Written as the store writes the refusals it decides outside a transaction of its own (refusals.repo.ts).
      auditRefusal: fromPromise<void, { managerId: number; action: 'grantAccess'; asked: string; at: number }>(async ({ input }) => {
        store.refusals.record({ at: input.at, managerId: input.managerId, action: input.action, details: { asked: maskText(input.asked).slice(0, ASKED_MAX), reason: 'helpdeskOnly' } });
      }),
    },
  });
}
