import { fromPromise } from 'xstate';
import { helpdeskMachine, type GuideApp } from '../../dialogs/helpdesk/helpdesk.machine';
import type { PeopleNotice } from '../i18n/people.catalog';
import type { Locale } from '../domain/locale';
import type { Store } from '../store/store';
import { diagnoseAnywhere, diagnosisNotice, findApplicationIn } from '../services/diagnose.service';

/** The helpdesk machine with its lookups bound to the store (the bot wires it next to the grant dialog). */
export function helpdeskMachineFor(store: Store) {
  return helpdeskMachine.provide({
    actors: {
      diagnose: fromPromise<PeopleNotice, { managerId: number; niss: string; text: string }>(async ({ input }) => {
        const app = findApplicationIn(store, input.text);
        const d = await diagnoseAnywhere(store, input.managerId, input.niss, app?.code ?? input.text.trim());
        return diagnosisNotice(d);
      }),
      findApplication: fromPromise<GuideApp | null, { text: string; locale: Locale }>(async ({ input }) => {
        const app = findApplicationIn(store, input.text);
        return app ? { name: app.names[input.locale], needsFunction: app.collaboratorNeedsFunction } : null;
      }),
    },
  });
}
