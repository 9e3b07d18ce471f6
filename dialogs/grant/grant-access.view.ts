import type { SnapshotFrom } from 'xstate';
import type { GrantAccessMachine } from './grant-access.machine';
import { functionInPlay, personName } from './grant-access.machine';
import { heldApplications } from './request-needs';
import { offeredQualities } from './absorb';
import type { Notice } from '../../src/i18n/grant.catalog';
import type { GrantContext, GrantDone, Slot } from './grant-access.types';
import { LOCALES, type Locale, type Names } from '../../src/domain/locale';
import { formatNiss } from '../../src/domain/niss';

export type GrantSnapshot = SnapshotFrom<GrantAccessMachine>;

/** Text to show: a catalog message, a name given in four languages, or a literal (codes, INAMI numbers). */
export type Label = Notice | { names: Names } | { literal: string };

/** A choice as shown, and the text sent back when it is picked. */
export interface Choice {
  label: Label;
  value: Label;
}

export interface Prompt {
  slot: Slot;
  message: Notice;
  choices: Choice[];
  /** Several choices may be picked (applications). */
  multiple: boolean;
}

export interface View {
  notices: Notice[];
  prompt: Prompt | null;
  /** Set on the turn a grant was executed. */
  done: GrantDone | null;
  /** The language the manager asked for in this conversation; null: the client's. */
  locale: Locale | null;
}

const literal = (s: string) => ({ literal: s });
const same = (label: Choice['label']): Choice => ({ label, value: label });
const yesNoChoices: Choice[] = [same({ key: 'yes' }), same({ key: 'no' })];

/** The slot the machine waits for, from the meta of its active state(s). */
export function slotOf(snapshot: GrantSnapshot): Slot | null {
  for (const meta of Object.values(snapshot.getMeta()) as ({ slot?: Slot } | undefined)[]) {
    if (meta?.slot) return meta.slot;
  }
  return null;
}

export function isSettled(snapshot: GrantSnapshot): boolean {
  return !snapshot.hasTag('busy');
}

/** What to say after a turn: derived from the snapshot alone. */
export function viewOf(snapshot: GrantSnapshot, justDone: boolean): View {
  const c = snapshot.context;
  const slot = slotOf(snapshot);
  return {
    notices: c.notices,
    prompt: slot ? promptFor(slot, c) : null,
    done: justDone ? c.done : null,
    locale: c.locale,
  };
}

function promptFor(slot: Slot, c: GrantContext): Prompt {
  const p = (message: Notice, choices: Choice[] = [], multiple = false): Prompt => ({ slot, message, choices, multiple });
  switch (slot) {
    case 'entity':
      return p(
        { key: 'askEntity' },
        c.entities.map((e) => ({ label: { key: 'entityLabel', params: { entity: e.name, inami: e.inami } }, value: literal(e.inami) })),
      );
    case 'quality':
      return p(
        { key: 'askQuality', params: { entity: c.entity?.name ?? '' } },
        offeredQualities(c).map((q) => ({ label: { names: q.names }, value: literal(q.kind) })),
      );
    case 'activateQuality':
      return p({ key: 'askActivateQuality', params: { quality: c.quality!.names } }, yesNoChoices);
    case 'niss': {
      // Several users so named: the list is the question (a number, a name or a NISS answers it), not followed by another.
      const listed = c.niss === null && c.nameSearch !== null && c.nameSearch.name === c.namedPerson ? c.nameSearch.candidates : [];
      if (listed.length > 0 && c.nameSearch!.near) {
        const labels = listed.map((x) => `${x.label} (${formatNiss(x.niss)})`);
        return p({ key: 'personsNear', params: { named: c.nameSearch!.name, candidates: labels } }, listed.map((x, i) => ({ label: literal(labels[i]!), value: literal(x.niss) })));
      }
      if (listed.length > 1) {
        const labels = listed.map((x) => `${x.label} (${formatNiss(x.niss)})`);
        return p({ key: 'personsNamed', params: { named: c.nameSearch!.name, candidates: labels } }, listed.map((x, i) => ({ label: literal(labels[i]!), value: literal(x.niss) })));
      }
      return p({ key: 'askNiss' });
    }
    case 'confirmPerson':
      return p({ key: 'askConfirmPerson', params: { name: personName(c), username: c.person?.username ?? '' } }, yesNoChoices);
    case 'username':
      return p({ key: 'askUsername' });
    case 'usernameConfirm':
      return p({ key: 'askUsernameConfirm' });
    case 'lastName':
      return p({ key: 'askLastName' });
    case 'firstName':
      return p({ key: 'askFirstName' });
    case 'title':
      return p({ key: 'askTitle' }, [same({ key: 'skipTitle' })]);
    case 'language':
      return p(
        { key: 'askLanguage' },
        LOCALES.map((language) => ({ label: { key: 'languageName', params: { language } }, value: literal(language) })),
      );
    case 'email':
      return p({ key: 'askEmail' });
    case 'localEmail':
      return p({ key: 'askLocalEmail' }, [same({ key: 'skip' })]);
    case 'applications':
      return p(
        { key: 'askApplications', params: { quality: c.quality!.names } },
        c.applications.map((a) => ({ label: { names: a.names }, value: literal(a.code) })),
        true,
      );
    case 'role':
      return p({ key: 'askRole' }, [same({ key: 'roleDoctor' }), same({ key: 'rolePharmacist' }), same({ key: 'roleCollaborator' })]);
    case 'function':
      return p({ key: 'askFunction' }, c.functions.map((f) => ({ label: { names: f.names }, value: literal(f.forRole === 'doctor' ? '1' : '2') })));
    case 'startDate':
      return p({ key: 'askStartDate' });
    case 'endDate':
      return p({ key: 'askEndDate', params: { startDate: c.startDate ?? '' } }, [same({ key: 'skip' })]);
    case 'confirm':
      return p({ key: 'askConfirm', params: summaryOf(c) }, yesNoChoices);
  }
}

function summaryOf(c: GrantContext) {
  const fnDef = c.functionCode && functionInPlay(c) && c.role === 'collaborator' ? c.functions.find((f) => f.code === c.functionCode) : undefined;
  return {
    entity: c.entity?.name ?? '',
    inami: c.entity?.inami ?? '',
    quality: c.quality!.names,
    activateQuality: c.activateQuality,
    person: {
      name: personName(c),
      username: c.person?.username ?? c.newUser?.username ?? '',
      isNew: c.person === null,
      email: c.person ? null : c.newUser?.email ?? null,
      language: c.person ? null : c.newUser?.language ?? null,
      elsewhere: c.person?.elsewhere ?? false,
      // A user of another of the manager's entities joins this one by the grant: said, never done silently.
      ...(c.person && !c.person.elsewhere && c.person.memberOf && c.entity && !c.person.memberOf.includes(c.entity.id) ? { joins: true as const } : {}),
      ...(c.person?.status ? { status: c.person.status } : {}),
      // Their removal from this entity is pending: the grant keeps them, and cancels it; said before the yes.
      ...(c.person && c.entity && c.person.leaving?.includes(c.entity.id) ? { leaving: true as const } : {}),
    },
    applications: c.applications.filter((a) => c.chosen.includes(a.code)).map((a) => a.names),
    alreadyHeld: heldApplications(c).map((code) => c.applications.find((a) => a.code === code)!.names),
    role: c.role,
    fn: fnDef && c.startDate ? { names: fnDef.names, startDate: c.startDate, endDate: c.endDate } : null,
    activationDelayMs: c.activationDelayMs,
    ...(c.dateSetAside && !fnDef ? { dateSetAside: true as const } : {}),
  };
}
