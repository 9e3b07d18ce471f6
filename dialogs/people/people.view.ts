import type { SnapshotFrom } from 'xstate';
import type { AnyPrompt, AnyView, Said } from '../view';
import type { Asking, PeopleContext } from './people.types';
import type { PeopleMachine } from './people.machine';
import { candidateLabels, chat, designeeWords, entityName, namedOf, functionThere, heldIn, namesOf, people, personName, qualityNames, theirEntities } from './people.context';

export { PEOPLE_MACHINE_VERSION } from './people.machine';

export type PeopleSnapshot = SnapshotFrom<PeopleMachine>;

const yesNoChoices: AnyPrompt['choices'] = [{ label: { key: 'yes' }, value: { key: 'yes' } }, { label: { key: 'no' }, value: { key: 'no' } }];

/** The question waiting, from the meta of the active state. */
export function askingOf(snapshot: PeopleSnapshot): Asking | null {
  for (const meta of Object.values(snapshot.getMeta()) as ({ asking?: Asking } | undefined)[]) {
    if (meta?.asking) return meta.asking;
  }
  return null;
}

/** The slot waiting ('people.entity' …; 'people.page' for a list left open), null when nothing is. */
export function slotOf(snapshot: PeopleSnapshot): string | null {
  const asking = askingOf(snapshot);
  return asking ? `people.${asking}` : null;
}

export function isSettled(snapshot: PeopleSnapshot): boolean {
  return snapshot.status !== 'active' || !snapshot.hasTag('busy');
}

/** What to say after a turn: derived from the snapshot alone. */
export function viewOf(snapshot: PeopleSnapshot): AnyView {
  const c = snapshot.context;
  const asking = askingOf(snapshot);
  return {
    notices: c.notices,
    prompt: asking ? promptFor(asking, c) : null,
    done: null,
    locale: c.locale,
    ...(c.attachments ? { attachments: c.attachments } : {}),
  };
}

function promptFor(asking: Asking, c: PeopleContext): AnyPrompt | null {
  const p = (message: Said, choices: AnyPrompt['choices'] = [], multiple = false): AnyPrompt => ({ slot: `people.${asking}`, message, choices, multiple });
  const task = c.task;
  const person = personName(c);
  switch (asking) {
    case 'entity': {
      const what = task.kind === 'removeUser' || task.kind === 'endFunction' ? 'revoke' : task.kind;
      return p(
        chat({ key: 'askEntityFor', params: { what } }),
        theirEntities(c).map((e) => ({ label: { key: 'entityLabel', params: { entity: e.name, inami: e.inami } }, value: { literal: e.inami } })),
      );
    }
    case 'quality':
      return p(chat({ key: 'askQualityFor', params: { entity: entityName(c) } }), c.qualities.map((q) => ({ label: { names: q.names }, value: { literal: q.kind } })));
    case 'person':
      return p(
        // Nobody so named, but near names: "did you mean …?", answered yes, by number, by name or with a NISS.
        { key: (c.candidates ?? []).every((x) => x.near === true) ? 'personsNear' : 'personsNamed', params: { named: namedOf(c) ?? '', candidates: candidateLabels(c) } },
        (c.candidates ?? []).map((x, i) => ({ label: { literal: candidateLabels(c)[i]! }, value: { literal: x.niss } })),
      );
    case 'niss': {
      const named = namedOf(c);
      if (named !== null) return p({ key: 'nissOfNamed', params: { name: named } });
      // Nobody named: for a revocation, what is taken away and how to say whose; else whose NISS.
      return task.kind === 'revoke' && task.applications.length > 0
        ? p({ key: 'revokeHowTo', params: { applications: task.applications.map((code) => namesOf(c, code)) } })
        : p({ key: 'askNiss' });
    }
    case 'revokeWhich':
      return p(chat({ key: 'askRevokeWhich', params: { person } }), heldIn(c).map((a) => ({ label: { names: a.names }, value: { literal: a.code } })), true);
    case 'endDate':
      return p(chat({ key: 'askEndDate', params: { person, fn: functionThere(c)?.names ?? namesOf(c, '?') } }));
    case 'identifier': {
      if (task.kind !== 'designate') return null;
      const found = c.designees?.candidates ?? [];
      // Those the words may mean, to choose (or, when only near, to confirm); else who, and how to name them.
      if (found.length > 0) {
        const labels = found.map((d) => `${d.name} (${d.username})`);
        return p(
          chat({ key: 'designeeCandidates', params: { said: designeeWords(c) ?? '', candidates: labels, near: !c.designees!.exact, entity: entityName(c) } }),
          found.map((d, i) => ({ label: { literal: labels[i]! }, value: { literal: d.username } })),
        );
      }
      return p(chat({ key: 'askIdentifier', params: { role: task.role, entity: entityName(c), remove: task.remove } }));
    }
    case 'bulkApplications':
      return p(chat({ key: 'askBulkApplications' }));
    case 'confirm':
      return p(summaryOf(c), yesNoChoices);
    case 'page':
      return null;
  }
}

function summaryOf(c: PeopleContext): Said {
  const task = c.task;
  const entity = entityName(c);
  const person = personName(c);
  const delayMs = c.scope?.activationDelayMs ?? 0;
  switch (task.kind) {
    case 'revoke':
      return chat({ key: 'confirmRevoke', params: { person, entity, applications: task.applications.map((code) => namesOf(c, code)), delayMs } });
    case 'endFunction': {
      const fn = functionThere(c);
      const names = fn?.names ?? namesOf(c, '?');
      const lastDay = task.endDate ?? '';
      // A last day before the first: the function never starts, and that is what is asked.
      if (fn && lastDay < fn.startDate) return chat({ key: 'confirmCancelFunction', params: { person, fn: names, entity, startDate: fn.startDate, lastDay } });
      // An end date it already had moves: later (prolonged) or sooner (shortened), said either way.
      const moved = fn?.lastDay != null && lastDay !== fn.lastDay ? { currentLastDay: fn.lastDay, ...(lastDay < fn.lastDay ? { sooner: true } : {}) } : {};
      return chat({ key: 'confirmEndFunction', params: { person, fn: names, entity, lastDay, ...moved } });
    }
    case 'removeUser': {
      // A manager of the entity stays one: removing them as a user does not take the role away, and the question says so.
      const roles = [...new Set(c.lookup?.person?.managerRoles?.filter((r) => r.entityId === c.entityId).map((r) => r.role) ?? [])];
      return chat({ key: 'confirmRemoveUser', params: { person, entity, quality: qualityNames(c), delayMs, ...(roles.length > 0 ? { keepsRoles: roles } : {}) } });
    }
    case 'designate':
      return chat({ key: 'confirmDesignate', params: { name: c.designee?.name ?? '', username: c.designee?.username ?? '', role: task.role, entity, remove: task.remove, ...(task.said ? { said: task.said } : {}) } });
    case 'bulk': {
      const s = c.plan!.summary;
      return people({
        key: 'bulkSummary',
        params: { ok: s.ok, alreadyHolds: s.alreadyHolds, invalid: s.invalidNiss, unknown: s.unknownUser, duplicate: s.duplicate, applications: task.applications.map((code) => namesOf(c, code)) },
      });
    }
    default:
      return { literal: '' };
  }
}
