import { fromPromise } from 'xstate';
import { helpdeskMachine, type GuideApp } from '../../dialogs/helpdesk/helpdesk.machine';
import type { PeopleNotice } from '../i18n/people.catalog';
import type { Locale } from '../domain/locale';
import type { Store } from '../store/store';
import { diagnoseAnywhere, diagnoseLogIn, diagnosisNotice, findApplicationIn } from '../services/diagnose.service';
import type { NamedCandidate } from '../../dialogs/grant/grant-access.types';
import { peopleNamed, peopleNear } from './grant-actors';

/** The helpdesk machine with its lookups bound to the store (the bot wires it next to the grant dialog). */
export function helpdeskMachineFor(store: Store) {
  return helpdeskMachine.provide({
    actors: {
      diagnose: fromPromise<PeopleNotice, { managerId: number; niss: string; text: string; logIn?: boolean }>(async ({ input }) => {
        const app = findApplicationIn(store, input.text);
        // "ne peut pas se connecter" with no application named: the account is what is looked at.
        if (!app && input.logIn === true) return diagnosisNotice(await diagnoseLogIn(store, input.managerId, input.niss));
        const d = await diagnoseAnywhere(store, input.managerId, input.niss, app?.code ?? input.text.trim());
        return diagnosisNotice(d);
      }),
      // The same search as the grant and people dialogs': the users of the agent's entities so named.
      // Nobody so named: the near names ("els jansens" → Els Janssens), which the dialog offers as a question.
      findPersonByName: fromPromise<NamedCandidate[], { managerId: number; name: string }>(async ({ input }) => {
        const named = peopleNamed(store, input);
        return named.length > 0 ? named : peopleNear(store, input);
      }),
      findApplication: fromPromise<GuideApp | null, { text: string; locale: Locale }>(async ({ input }) => {
        const app = findApplicationIn(store, input.text);
        return app ? { name: app.names[input.locale], needsFunction: app.collaboratorNeedsFunction } : null;
      }),
    },
  });
}
