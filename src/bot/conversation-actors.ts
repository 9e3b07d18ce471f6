import { fromPromise } from 'xstate';
import type { Store } from '../store/store';
import { conversationMachine, type ReadInput } from '../../dialogs/conversation.machine';
import { vocabularyOf } from '../../dialogs/grant/absorb';
import { readCommands, type Command } from '../../dialogs/understanding/commands';
import { maskText } from '../logger';
import { catalogOptionOf, grantEntitiesOf, grantMachineFor, knownPeopleOf } from './grant-actors';
import type { KnownPerson } from '../../dialogs/understanding/known-people';
import { helpdeskMachineFor } from './helpdesk-actors';
import { peopleMachineFor } from './people-actors';
import { servicesOf } from '../services';

/** A refused request keeps what was asked, never a NISS or an e-mail in clear, and not a novel. */
const ASKED_MAX = 200;
/** Turns whose users' names are kept: a few, for the conversations of the same moment. */
const PEOPLE_TURNS_KEPT = 32;

/** The conversation machine with its children and its I/O bound to the store. */
export function conversationMachineFor(store: Store, options: { activationDelayMs: number }) {
  // The names of the manager's users, read once a turn (a turn's messages share its clock), whoever reads them.
  const peopleThisTurn = new Map<string, KnownPerson[]>();
  const peopleOf = (managerId: number, at: number): KnownPerson[] => {
    const key = `${managerId}@${at}`;
    let people = peopleThisTurn.get(key);
    if (!people) {
      if (peopleThisTurn.size >= PEOPLE_TURNS_KEPT) peopleThisTurn.clear();
      people = knownPeopleOf(store, managerId);
      peopleThisTurn.set(key, people);
    }
    return people;
  };
  return conversationMachine.provide({
    actors: {
      grant: grantMachineFor(store),
      helpdesk: helpdeskMachineFor(store),
      people: peopleMachineFor(store, options),
      // Read once, with the grant dialog's reading context when the message is for it, and the manager's vocabulary:
      // their entities, the network's others (named only to say so), the catalog: what the grant dialog reads with; and
      // the names of their entities' users, found in a sentence in any case.
      readMessage: fromPromise<Command[], ReadInput>(async ({ input }) => {
        const { loaded, ...grant } = input.grant ?? { loaded: false };
        const vocabulary = loaded && 'vocabulary' in grant ? grant.vocabulary : vocabularyOf({ entities: grantEntitiesOf(store, input.managerId), catalog: catalogOptionOf(store) });
        return readCommands(input.text, { ...grant, vocabulary: { ...vocabulary, people: peopleOf(input.managerId, input.now) }, now: input.now, expecting: input.expecting, ...(input.files ? { files: input.files } : {}) });
      }),
      isHelpdeskOnly: fromPromise<boolean, { managerId: number }>(async ({ input }) => {
        const roles = store.people.rolesOf(input.managerId);
        return roles.length > 0 && roles.every((r) => r.role === 'HELPDESK');
      }),
      // Written by the one audit writer, as every refusal (src/services/audit.ts).
      auditRefusal: fromPromise<void, { managerId: number; action: 'grantAccess'; asked: string; at: number }>(async ({ input }) => {
        servicesOf(store).audit.refused({ at: input.at, managerId: input.managerId, action: input.action, details: { asked: maskText(input.asked).slice(0, ASKED_MAX), reason: 'helpdeskOnly' } });
      }),
    },
  });
}
