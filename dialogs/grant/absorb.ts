import { formatNiss } from '../../src/domain/niss';
import type { Names } from '../../src/domain/locale';
import { todayInBrussels } from '../../src/domain/dates';
import { checkUsername } from '../../src/domain/username';
import { checkPersonName } from '../../src/domain/person-name';
import type { Change, MessageKey, Notice } from '../../src/i18n/grant.catalog';
import { isSkip, normalize, parseEmail } from '../understanding/parse';
import { VERBATIM, type Vocabulary } from '../understanding/understand';
import type { Command } from '../understanding/commands';
import { saidBy, type Said } from './said';
import { nearestApplications } from '../understanding/nearest-applications';
import { pickNamed } from '../understanding/names';
import { chosenNeedFunction, heldFunction, isDateKnownUnused } from './request-needs';
import type { ApplicationOption, CatalogOption, GrantContext, NewUserDraft, QualityOption, Slot } from './grant-access.types';

/**
 * What one message changes in the request: every slot it names, whatever was asked, and the
 * notices that explain what could not be taken. The machine then asks for what is still missing.
 */

/** What a message is read with: the manager's entities, the network's others (named only to say so), the catalog. */
export const vocabularyOf = (c: Pick<GrantContext, 'entities' | 'catalog'>): Vocabulary => ({
  entities: c.entities,
  otherEntities: (c.catalog.entities ?? []).filter((e) => !c.entities.some((mine) => mine.id === e.id)),
  qualityKinds: c.catalog.qualityKinds,
  applications: c.catalog.applications,
});

/** An application's names; its code in every language if the catalog no longer has it. */
export const namesOf = (c: Pick<GrantContext, 'catalog'>, code: string) =>
  c.catalog.applications.find((a) => a.code === code)?.names ?? { fr: code, nl: code, de: code, en: code };

/** The applications of a qualité kind, as the dialog offers them. */
export const applicationsOfKind = (catalog: CatalogOption, kind: string): ApplicationOption[] =>
  catalog.applications.filter((a) => a.qualityKinds.includes(kind)).map(({ qualityKinds: _kinds, ...a }) => a);

type RequestSlots = Pick<
  GrantContext,
  | 'entity' | 'quality' | 'qualityInferred' | 'qualityKindHint' | 'namedPerson' | 'otherPeople' | 'nextOffer' | 'nameSearch' | 'nissLookedUp' | 'activateQuality' | 'niss' | 'person' | 'newUser' | 'chosen' | 'role' | 'functionCode'
  | 'startDate' | 'endDate' | 'refusedDate' | 'nissRefused' | 'personChecked' | 'personConfirmed' | 'usernameChecked' | 'usernameConfirmed' | 'endDateAsked'
  | 'functionNoticed' | 'dateSetAside' | 'copyFrom' | 'copyLoaded' | 'statusQuery' | 'refusal' | 'refusedEntity' | 'entityFromPerson' | 'entityNamed' | 'applicationsUnsettled' | 'confirmed' | 'cancelRequested' | 'failures' | 'asked' | 'expecting'
>;

/** The slots of a request, emptied: what "start over" and "cancel" leave. */
export function emptyRequest(): RequestSlots {
  return {
    entity: null, quality: null, qualityInferred: false, qualityKindHint: null, namedPerson: null, otherPeople: [], nextOffer: null, nameSearch: null, nissLookedUp: null, activateQuality: false, niss: null, person: null, newUser: null,
    chosen: [], role: null, functionCode: null, startDate: null, endDate: null, refusedDate: null, nissRefused: false, personChecked: false, personConfirmed: false,
    usernameChecked: false, usernameConfirmed: false, endDateAsked: false, functionNoticed: false, dateSetAside: false, copyFrom: null, copyLoaded: false,
    statusQuery: null, refusal: null, refusedEntity: null, entityFromPerson: null, entityNamed: false, applicationsUnsettled: false, confirmed: false, cancelRequested: false, failures: { slot: null, count: 0 }, asked: [], expecting: null,
  };
}

/** Choosing a qualité narrows the applications to its own; those named before that do not belong are said and dropped. */
export function withQuality(c: GrantContext, quality: QualityOption | null): Partial<GrantContext> {
  if (!quality) return { quality: null, qualityInferred: false, activateQuality: false, applications: [] };
  const applications = applicationsOfKind(c.catalog, quality.kind);
  const foreign = c.chosen.filter((code) => !applications.some((a) => a.code === code));
  return {
    quality,
    qualityInferred: false,
    activateQuality: c.quality?.id === quality.id ? c.activateQuality : false,
    applications,
    chosen: c.chosen.filter((code) => !foreign.includes(code)),
    qualityKindHint: null,
    notices: foreign.length ? [...c.notices, notInQuality(c, foreign, quality)] : c.notices,
  };
}

/** "X is not in this qualité": with the entity's other qualités that hold it, so the manager knows where to ask. */
function notInQuality(c: GrantContext, codes: string[], quality: QualityOption): Notice {
  const kinds = new Set(codes.flatMap((code) => c.catalog.applications.find((a) => a.code === code)?.qualityKinds ?? []));
  const elsewhere = c.qualities.filter((q) => q.id !== quality.id && kinds.has(q.kind)).map((q) => q.names);
  return { key: 'applicationNotInQuality', params: { applications: codes.map((code) => namesOf(c, code)), quality: quality.names, elsewhere } };
}

/** The names and candidates of words that are no application, said back so that nothing named vanishes. */
function unknownApplications(c: GrantContext, texts: string[]): Notice {
  const apps = c.quality ? c.applications : c.catalog.applications;
  const candidates = [...new Set(texts.flatMap((t) => nearestApplications(t, apps)))].map((code) => namesOf(c, code));
  return { key: 'applicationsUnknown', params: { texts, candidates } };
}

/**
 * A qualité named, once the entity's qualités are known: taken if the manager may act in it, else
 * said with the ones they may (never replaced by another).
 */
export function withQualityKind(c: GrantContext, kind: string): Partial<GrantContext> {
  const quality = c.qualities.find((q) => q.kind === kind);
  if (quality) return withQuality(c, quality);
  const names = c.catalog.qualityKinds.find((k) => k.code === kind)?.names ?? { fr: kind, nl: kind, de: kind, en: kind };
  return {
    quality: null, qualityInferred: false, activateQuality: false, qualityKindHint: null,
    notices: [...c.notices, { key: 'qualityOutOfScope', params: { quality: names, entity: c.entity?.name ?? '', qualities: c.qualities.map((q) => q.names) } }],
    refusal: { reason: 'qualityOutOfScope', entity: c.entity?.inami ?? '', qualityKind: kind, niss: c.niss, applications: c.chosen },
  };
}

/** No qualité chosen, but the applications named exist in only one of the entity's: that one, said. */
export function inferredQuality(c: GrantContext, alreadySaid: QualityOption | null = null): Partial<GrantContext> {
  if (c.quality || c.chosen.length === 0 || c.qualitiesFor === null || c.qualitiesFor !== c.entity?.id || c.qualityKindHint) return {};
  const fitting = c.qualities.filter((q) => c.chosen.every((code) => applicationsOfKind(c.catalog, q.kind).some((a) => a.code === code)));
  if (c.qualities.length === 1) return {};
  // Chapter IV at IRIS Sud, in the hospital qualité (active) and the INAMI one (not activated): the active one, said with the other.
  const active = fitting.filter((q) => q.active);
  const taken = fitting.length === 1 ? fitting[0]! : active.length === 1 ? active[0]! : undefined;
  if (!taken) return {};
  const patch = withQuality(c, taken);
  // The same qualité inferred again after a correction was said already: not said after every correction.
  if (taken.id === alreadySaid?.id) return { ...patch, qualityInferred: true };
  const notActive = fitting.filter((q) => q.id !== taken.id).map((q) => q.names);
  const said: Notice = { key: 'qualityFromApplications', params: { quality: taken.names, ...(notActive.length > 0 ? { notActive } : {}) } };
  return { ...patch, qualityInferred: true, notices: [...(patch.notices ?? c.notices), said] };
}

/**
 * The qualités offered at the qualité's question: those the manager can use there (active, or which they may activate);
 * all of them when none is, so that choosing one says why it cannot be used.
 */
export function offeredQualities(c: Pick<GrantContext, 'qualities'>): QualityOption[] {
  const usable = c.qualities.filter((q) => q.active || q.mayActivate);
  return usable.length > 0 ? usable : c.qualities;
}

/**
 * Why a date said is not used: the function the applications need is already held (from when, and
 * whether the date said is that one), or none of them needs a function. `said`: the date given.
 */
export function unusedDateNotice(c: GrantContext, said: string | null, past?: string): Notice {
  const held = heldFunctionSaid(c);
  if (held && chosenNeedFunction(c) && c.role !== 'doctor' && c.role !== 'pharmacist') {
    const asked = askedFunction(c);
    return { key: 'dateOfHeldFunction', params: { ...held, said, ...(said !== null && said === c.startDate && c.endDate ? { saidEnd: c.endDate } : {}), ...(asked ? { asked } : {}) } };
  }
  // A past day is called past, with why no day is needed at all: one sentence, never "taken" then "not used".
  return { key: 'dateNotUsed', params: { applications: c.chosen.map((code) => namesOf(c, code)), ...(past ? { past } : {}) } };
}

/** The function the person already holds, as said: its names, since when, and whether it has started. */
function heldFunctionSaid(c: GrantContext) {
  const held = heldFunction(c);
  if (!held) return undefined;
  const fn = c.functions.find((f) => f.code === held.code);
  return { fn: fn?.names ?? { fr: held.code, nl: held.code, de: held.code, en: held.code }, startDate: held.startDate, started: held.startDate <= todayInBrussels(new Date(c.now)) };
}

/** The person already holds the function: said, with another one named ("he works for a pharmacist") beside it, never dropped. */
export function heldFunctionNotice(c: GrantContext): Notice {
  const asked = askedFunction(c);
  return { key: 'alreadyHasFunction', params: { ...heldFunctionSaid(c)!, ...(asked ? { asked } : {}) } };
}

/** Another function than the one held, named in the request ("he works for a pharmacist"): its names. */
function askedFunction(c: GrantContext): Names | undefined {
  const heldCode = heldFunction(c)?.code;
  if (c.functionCode === null || heldCode === undefined || c.functionCode === heldCode) return undefined;
  return (c.functions.find((f) => f.code === c.functionCode) ?? c.catalog.functions.find((f) => f.code === c.functionCode))?.names;
}

/** Dates no application of the request uses, once said: forgotten, and the summary says there are none. */
export const DATES_SET_ASIDE = { startDate: null, endDate: null, endDateAsked: false, dateSetAside: true } as const;

/** A date refused for a function nobody needs is not the point: the manager hears that no date is used. */
export function refusedDateNotice(c: GrantContext, refused: NonNullable<GrantContext['refusedDate']>): Notice {
  const past = refused.problem === 'past' ? refused.date : undefined;
  if (isDateKnownUnused(c)) return unusedDateNotice(c, null, past);
  return { key: 'dateInvalid', params: { problem: refused.problem, startDate: refused.which === 'endDate' ? c.startDate : null, which: refused.which, ...(refused.date ? { date: refused.date } : {}) } };
}

/** Forgets a slot so that it is asked again ("back", "modifier la date"). */
export function clearSlot(c: GrantContext, slot: Slot): Partial<GrantContext> {
  const user = (patch: Partial<NewUserDraft>) => ({ newUser: c.newUser ? { ...c.newUser, ...patch } : null });
  switch (slot) {
    // Whether the person is a user of the manager's entities is looked up again for the new entity.
    case 'entity': return { entity: null, quality: null, qualities: [], qualitiesFor: null, activateQuality: false, personChecked: false };
    case 'quality': return { quality: null, qualityInferred: false, activateQuality: false };
    case 'activateQuality': return { activateQuality: false };
    case 'niss': return { niss: null, person: null, personChecked: false, personConfirmed: false, newUser: null, usernameChecked: false, usernameConfirmed: false };
    case 'confirmPerson': return { personConfirmed: false };
    case 'username': return { ...user({ username: undefined }), usernameChecked: false, usernameConfirmed: false };
    case 'usernameConfirm': return { usernameConfirmed: false };
    case 'lastName': return user({ lastName: undefined });
    case 'firstName': return user({ firstName: undefined });
    case 'title': return user({ title: undefined });
    case 'language': return user({ language: undefined });
    case 'email': return user({ email: undefined });
    case 'localEmail': return user({ localEmail: undefined });
    case 'applications': return { chosen: [] };
    case 'role': return { role: null, functionCode: null };
    case 'function': return { functionCode: null };
    case 'startDate': return { startDate: null };
    case 'endDate': return { endDate: null, endDateAsked: false };
    case 'confirm': return {};
  }
}

type Draft = GrantContext;

/** A NISS refused with none held is asked again next; the one taken after it is said, since the next question may not show it. */
function nissOutcome(d: Draft, taken: boolean, refused: boolean): void {
  if (taken && d.nissRefused) {
    note(d, { key: 'nissTaken', params: { niss: formatNiss(d.niss!) } });
    d.nissRefused = false;
  } else if (refused && d.niss === null) d.nissRefused = true;
}
const note = (d: Draft, n: Notice): void => {
  d.notices.push(n);
};

/**
 * Applies the commands of one message (read once, dialogs/understanding/commands.ts) in the light of
 * the slot asked; returns the context as it becomes. The text is used only where the slot asked is
 * free text taken as typed (a username, a name, a title, an e-mail), when no command carries it.
 */
export function absorb(c: GrantContext, commands: readonly Command[], text: string, expecting: Slot | null): Partial<GrantContext> {
  const d: Draft = { ...c, notices: [...c.notices], newUser: c.newUser ? { ...c.newUser } : null };
  const u = saidBy(commands, c.entities, c.catalog.entities ?? []);

  if (u.command) {
    command(d, u.command, expecting);
    return d;
  }
  // Answered beside the request: nothing of it changes, and its question is asked again.
  if (u.question) {
    note(d, { key: 'aside', params: u.question });
    return d;
  }
  if (u.language) {
    d.locale = u.language;
    note(d, { key: 'languageChanged' });
    return d;
  }
  // A question about someone's access, by NISS or by name (looked up among the users of the manager's entities): the request is left as it was.
  if (u.status && (u.status.niss !== null || u.status.name !== undefined)) {
    d.statusQuery = { niss: u.status.niss, ...(u.status.name !== undefined ? { name: u.status.name } : {}), applications: u.status.applications };
    return d;
  }
  // "hat er schon Colindos?": about the request's own person, by its NISS or the name given; nobody yet is said, and asked.
  if (u.statusOfCurrent) {
    const applications = u.status?.applications ?? [];
    if (d.niss) d.statusQuery = { niss: d.niss, applications };
    else if (d.namedPerson) d.statusQuery = { niss: null, name: d.namedPerson, applications };
    else note(d, { key: 'statusWhom' });
    return d;
  }

  const before = progressKey(c);
  // "la deuxième", "An", "An Peeters", "2" or a NISS of the list to "several users are called Peeters: which one?": that one, said by name.
  const near = expecting === 'niss' && d.niss === null && d.nameSearch?.near === true && d.nameSearch.candidates.length > 0 ? d.nameSearch : undefined;
  const choosing = expecting === 'niss' && d.niss === null && ((d.nameSearch?.candidates.length ?? 0) > 1 || near !== undefined);
  // "did you mean Jan Peeters?": a yes takes the one offered; a no leaves the name unfound, and its NISS is asked.
  const listed = !choosing ? undefined : near && near.candidates.length === 1 && u.nearName === 'yes' ? near.candidates[0] : pickNamed(text, d.nameSearch!.candidates);
  // "nein" to "two users are called Peeters: which one?" is neither: the NISS of the one meant is asked.
  const offered = near ?? (choosing ? d.nameSearch! : undefined);
  if (offered && !listed && u.nearName === 'no' && u.niss === undefined) {
    d.nameSearch = { name: offered.name, candidates: [] };
    note(d, { key: near ? 'nissOfNamed' : 'noneOfThem', params: { name: offered.name } });
    return d;
  }
  // A no where the NISS is asked, with nobody offered: a refusal, never a NISS typed wrong; the way out is said.
  if (expecting === 'niss' && !offered && u.nearName === 'no' && u.niss === undefined) {
    note(d, { key: 'nissDeclined', params: { name: d.namedPerson } });
    countFailure(d, c, progressKey(c), expecting);
    return d;
  }
  if (listed) {
    Object.assign(d, clearSlot(d, 'niss'), { niss: listed.niss, nissRefused: false });
    // The near name taken is the one the manager means now, and their yes to it names the person: not asked again.
    if (near) Object.assign(d, { namedPerson: listed.label, nameSearch: { name: listed.label, candidates: [] }, personConfirmed: true });
    note(d, { key: 'nissTaken', params: { niss: formatNiss(listed.niss), person: listed.label } });
  } else if (expecting && VERBATIM.includes(expecting)) verbatim(d, u.typed ?? text.trim(), expecting);
  else {
    const took = apply(d, u, expecting);
    if (!took) answer(d, u, expecting);
    if (expecting === 'applications' && d.applicationsUnsettled && d.chosen.length > 0 && !d.notices.some((n) => n.key === 'applicationsUnknown' || n.key === 'applicationsAmbiguous')) {
      d.applicationsUnsettled = false;
    }
    // A refusal is audited with everything the sentence asked, not only the part refused.
    if (d.refusal && d.refusal !== c.refusal) d.refusal = { ...d.refusal, niss: d.niss, applications: d.chosen };
    // A qualité inferred from applications no longer named is not kept on their account.
    if (d.qualityInferred && d.chosen.join() !== c.chosen.join()) Object.assign(d, withQuality(d, null));
    Object.assign(d, inferredQuality(d, c.qualityInferred ? c.quality : null));
    // At a confirmation every change is said as one (sayChanges); at the other questions, what came besides the answer.
    if (expecting !== null && CONFIRMATIONS.has(expecting)) sayChanges(c, d);
    else noteTakenAside(d, c, expecting);
  }
  countFailure(d, c, before, expecting);
  if (saidNothingUsable(c, d, expecting)) {
    // Safety: at a confirmation, a message that changes nothing is never answered by the same question as if nothing
    // was said: what was not understood is said back, and the question asked again (a yes then confirms what was shown).
    const added = d.notices.slice(c.notices.length).filter((n) => n.key !== 'yesNoExpected');
    d.notices = [...c.notices, { key: 'notUnderstoodAtConfirmation', params: { text: text.trim() } }, ...added];
  }
  return d;
}

/**
 * The questions a yes answers, which show the request (or its person): a change made there is said, never applied
 * silently, and what a message there does not change is said too.
 */
const CONFIRMATIONS: ReadonlySet<Slot> = new Set<Slot>(['confirm', 'confirmPerson', 'activateQuality', 'usernameConfirm']);
// The notices that already say a change of their slot (or why it was not taken): no second word for it.
const SAYS_APPLICATIONS: ReadonlySet<MessageKey> = new Set<MessageKey>(['applicationsReplaced', 'applicationsTaken', 'applicationNotInQuality', 'applicationsUnknown', 'applicationsAmbiguous', 'revokeHowTo', 'onlyThese']);
const SAYS_DATES: ReadonlySet<MessageKey> = new Set<MessageKey>(['dateInvalid', 'datesDropped', 'dateNotUsed', 'dateOfHeldFunction', 'alreadyHasFunction']);
const SAYS_ENTITY: ReadonlySet<MessageKey> = new Set<MessageKey>(['entityNoRole', 'entityUnknown', 'onlyEntity']);
const SAYS_QUALITY: ReadonlySet<MessageKey> = new Set<MessageKey>(['qualityFromApplications', 'qualityOutOfScope', 'applicationNotInQuality', 'onlyQuality']);

/**
 * What a message at a confirmation or a person check changed ("ah non, seulement eBirth", "nicht HospiSup, sondern
 * Hospiliss"), said before the question is asked again, unless a notice of this turn says it already. A confirmation,
 * a cancel, a slot emptied to be asked again (its question says it), or another person (shown by name) need no word.
 */
function sayChanges(c: GrantContext, d: Draft): void {
  if (d.confirmed || d.cancelRequested) return;
  const said = new Set(d.notices.slice(c.notices.length).map((n) => n.key));
  const saysAny = (keys: ReadonlySet<MessageKey>) => [...said].some((k) => keys.has(k));
  const changes: Change[] = [];
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!same(c.chosen, d.chosen) && d.chosen.length > 0 && !saysAny(SAYS_APPLICATIONS)) {
    const removed = c.chosen.filter((code) => !d.chosen.includes(code));
    const added = d.chosen.filter((code) => !c.chosen.includes(code));
    // One named instead of another reads best as such: "Hospiliss replaces HospiSup in the request".
    if (removed.length > 0 && added.length > 0) note(d, { key: 'applicationsReplaced', params: { removed: removed.map((code) => namesOf(d, code)), added: added.map((code) => namesOf(d, code)) } });
    else changes.push({ what: 'applications', applications: d.chosen.map((code) => namesOf(d, code)) });
  }
  // A date the request cannot use is never said taken: the next step says once why it is not used (hasUnusedDate).
  if (!saysAny(SAYS_DATES) && !isDateKnownUnused(d)) {
    // A date read in a later year is said already ("I read 31 March as 31/03/2027"); the other one of the range is not.
    const readAhead = new Set(d.notices.slice(c.notices.length).flatMap((n) => (n.key === 'dateReadAhead' ? n.params.items.map((i) => i.date) : [])));
    if (d.startDate !== null && d.startDate !== c.startDate && !readAhead.has(d.startDate)) changes.push({ what: 'startDate', date: d.startDate });
    if (d.endDate !== c.endDate && (d.endDate !== null || d.endDateAsked) && !(d.endDate !== null && readAhead.has(d.endDate))) changes.push({ what: 'endDate', date: d.endDate });
  }
  if (d.entity !== null && d.entity.id !== c.entity?.id && !saysAny(SAYS_ENTITY)) changes.push({ what: 'entity', entity: `${d.entity.name} (${d.entity.inami})` });
  if (d.quality !== null && c.quality !== null && d.quality.id !== c.quality.id && !saysAny(SAYS_QUALITY)) changes.push({ what: 'quality', quality: d.quality.names });
  if (d.functionCode !== c.functionCode && (d.functionCode !== null || c.functionCode !== null)) {
    const fn = d.functionCode === null ? null : (d.functions.find((f) => f.code === d.functionCode) ?? d.catalog.functions.find((f) => f.code === d.functionCode))?.names ?? null;
    if (fn !== null || d.functionCode === null) changes.push({ what: 'function', fn });
  }
  // "ze is ziekenhuisapotheker" at "Is dat de juiste persoon?": no role question will follow to show it was heard.
  if ((d.role === 'doctor' || d.role === 'pharmacist') && d.role !== c.role && d.functionCode === c.functionCode) changes.push({ what: 'role', role: d.role });
  if (changes.length > 0) note(d, { key: 'changeTaken', params: { changes } });
}

/** At a confirmation: nothing of the request changed, nothing was said about it, and it was no yes or no. */
function saidNothingUsable(c: GrantContext, d: Draft, expecting: Slot | null): boolean {
  if (!expecting || !CONFIRMATIONS.has(expecting)) return false;
  if (progressKey(d) !== progressKey(c) || d.namedPerson !== c.namedPerson || d.statusQuery || d.refusal !== c.refusal || d.refusedDate !== c.refusedDate) return false;
  return d.notices.slice(c.notices.length).every((n) => n.key === 'yesNoExpected' || n.key === 'stuck');
}

function command(d: Draft, cmd: NonNullable<Said['command']>, expecting: Slot | null): void {
  switch (cmd) {
    case 'cancel':
      d.cancelRequested = true;
      return;
    case 'help':
      note(d, { key: 'help', params: { slot: expecting } });
      return;
    case 'recap':
      // At the summary the summary is the recap: shown once (below), not twice.
      note(d, expecting === 'confirm' ? { key: 'recapIsSummary' } : { key: 'recap', params: recapOf(d) });
      return;
    case 'startOver':
      // A manager of one entity is never asked which one, even after starting over.
      Object.assign(d, emptyRequest(), { applications: [], qualities: [], qualitiesFor: null, entity: d.entities.length === 1 ? d.entities[0]! : null });
      note(d, { key: 'startedOver' });
      return;
    case 'back': {
      const asked = [...d.asked];
      if (asked[asked.length - 1] === expecting) asked.pop();
      const previous = asked.pop();
      if (!previous) {
        note(d, { key: 'nothingBefore' });
        return;
      }
      Object.assign(d, clearSlot(d, previous), { asked }, previous === 'entity' ? { entityNamed: true } : {});
      return;
    }
  }
}

export function recapOf(c: GrantContext) {
  const fn = c.functionCode ? c.functions.find((f) => f.code === c.functionCode) : undefined;
  return {
    entity: c.entity ? `${c.entity.name} (${c.entity.inami})` : null,
    quality: c.quality?.names ?? null,
    niss: c.niss ? formatNiss(c.niss) : null,
    person: c.person
      ? `${c.person.title ? `${c.person.title} ` : ''}${c.person.firstName} ${c.person.lastName}`
      : c.newUser?.lastName ? `${c.newUser.firstName ?? ''} ${c.newUser.lastName}`.trim()
      // The name given, until the person is found: never "—" once named.
      : c.namedPerson ?? null,
    applications: c.chosen.map((code) => namesOf(c, code)),
    fn: fn ? fn.names : null,
    startDate: c.startDate,
    endDate: c.endDate,
    endDateAsked: c.endDateAsked && c.startDate !== null,
  };
}

function verbatim(d: Draft, text: string, slot: Slot): void {
  const user = d.newUser ?? {};
  d.newUser = user;
  const t = text.trim();
  switch (slot) {
    case 'username': {
      const r = checkUsername(t);
      if (r.ok) Object.assign(d, { usernameChecked: false, usernameConfirmed: false }), (user.username = t);
      else note(d, { key: 'usernameInvalid', params: { problems: r.problems, forbidden: r.forbidden } });
      return;
    }
    case 'usernameConfirm':
      if (t === user.username) d.usernameConfirmed = true;
      else {
        note(d, { key: 'usernameMismatch' });
        Object.assign(d, clearSlot(d, 'username'));
        user.username = undefined;
      }
      return;
    case 'lastName':
    case 'firstName': {
      const r = checkPersonName(t, slot);
      if (r.ok) user[slot] = r.name;
      else note(d, { key: 'nameInvalid', params: { problems: r.problems, forbidden: r.forbidden, max: r.max } });
      return;
    }
    case 'title': {
      if (isSkip(t)) {
        user.title = null;
        return;
      }
      const r = checkPersonName(t, 'title');
      if (r.ok) user.title = r.name;
      else note(d, { key: 'titleInvalid', params: { problems: r.problems, forbidden: r.forbidden, max: r.max } });
      return;
    }
    case 'localEmail': {
      const email = parseEmail(t);
      if (email) user.localEmail = email;
      else if (isSkip(t)) user.localEmail = null;
      else note(d, { key: 'emailInvalid' });
      return;
    }
  }
}

/** Whether the name is that of the person the request holds ("Dupont" of Dr Marie Dupont). */
function isThePerson(d: Draft, name: string): boolean {
  const ws = normalize(name).split(/\s+/);
  return d.person !== null && !d.person.elsewhere && ws.includes(normalize(d.person.lastName)) &&
    (ws.length === 1 || ws.includes(normalize(d.person.firstName)));
}

/** Everything the sentence names; whether it took anything. */
function apply(d: Draft, u0: Said, expecting: Slot | null): boolean {
  let took = false;
  const c0niss = d.niss;
  // "85073003328 n'a plus besoin de HospiSup": the person of a revocation is never made the person of a grant.
  const u: Said = u0.removal ? (({ niss: _n, personName: _p, nissError: _e, ...rest }) => rest)(u0) : u0;
  if (u.niss !== undefined && u.niss !== d.niss) {
    Object.assign(d, clearSlot(d, 'niss'), { niss: u.niss });
    took = true;
  } else if (u.niss !== undefined) took = true;
  if (u.nissError) note(d, { key: 'nissInvalid', params: u.nissError });
  const nissWasRefused = d.nissRefused;
  // A NISS refused in place of the one in the request ("non, pour 8507300332" at the summary): the person is asked
  // again, never the summary shown with the refusal, nor the former person kept as if the new one were accepted.
  if (u.nissError !== undefined && u.niss === undefined && d.niss !== null && (expecting === 'confirm' || expecting === 'confirmPerson')) Object.assign(d, clearSlot(d, 'niss'));
  nissOutcome(d, u.niss !== undefined, u.nissError !== undefined);
  // Asked for the entity, a NISS given instead is kept, and said: the entity's question again shows nothing of it.
  const refusedBefore = d.refusedEntity ?? null;
  if (expecting === 'entity' && u.entity === undefined && u.niss !== undefined && u.niss !== c0niss && !nissWasRefused && !refusedBefore && !u.entityWithoutRole) {
    note(d, { key: 'nissTaken', params: { niss: formatNiss(u.niss) } });
  }

  if (u.copyFrom !== undefined) {
    Object.assign(d, { copyFrom: u.copyFrom, copyLoaded: false });
    took = true;
  }

  // Whatever the manager says of the entity is theirs: it is never taken from where the person is a user.
  if (u.entity !== undefined || u.entityWithoutRole || u.entityUnknown || u.entityAmbiguous || u.change === 'entity') d.entityNamed = true;
  if (u.entity !== undefined) {
    if (u.entity !== d.entity?.id) {
      const entity = d.entities.find((e) => e.id === u.entity) ?? null;
      Object.assign(d, clearSlot(d, 'entity'), { entity });
    }
    d.refusedEntity = null;
    took = true;
  } else if (u.entityWithoutRole) {
    // Even a manager of one entity is asked: the entity they named is not silently replaced by theirs
    // (nor said to be theirs just before: "Entité : X" and "no role at Y" are never both shown).
    Object.assign(d, clearSlot(d, 'entity'));
    d.notices = d.notices.filter((n) => n.key !== 'onlyEntity');
    note(d, { key: 'entityNoRole', params: { entity: u.entityWithoutRole, entities: d.entities.map((e) => `${e.name} (${e.inami})`) } });
    const inami = /\d{6}-\d{2}/.exec(u.entityWithoutRole)?.[0];
    d.refusal = { reason: 'entityNoRole', entity: inami ?? u.entityWithoutRole, qualityKind: u.qualityKind ?? null, niss: null, applications: [] };
    d.refusedEntity = u.entityWithoutRole;
    took = true;
  } else if (u.entityUnknown) {
    // "à la clinique Trucmuche": a name that is no entity is said with the manager's, never passed over for theirs.
    Object.assign(d, clearSlot(d, 'entity'));
    d.notices = d.notices.filter((n) => n.key !== 'onlyEntity');
    note(d, { key: 'entityUnknown', params: { entity: u.entityUnknown, entities: d.entities.map((e) => `${e.name} (${e.inami})`) } });
    took = true;
  } else if (u.entityAmbiguous) {
    note(d, { key: 'ambiguousChoice', params: { candidates: u.entityAmbiguous.map((id) => d.entities.find((e) => e.id === id)?.name ?? String(id)) } });
  }
  // After "no role at CHU Saint-Pierre", a NISS given is for one of the manager's own entities, never that one; nothing of the person is shown.
  if (u.niss !== undefined && u.niss !== c0niss && d.refusedEntity && u.entity === undefined) {
    note(d, { key: 'nissNotForRefusedEntity', params: { niss: formatNiss(u.niss), entity: d.refusedEntity } });
  }

  if (u.qualityKind !== undefined) {
    if (d.qualitiesFor !== null && d.qualitiesFor === d.entity?.id) Object.assign(d, withQualityKind(d, u.qualityKind));
    else d.qualityKindHint = u.qualityKind;
    took = true;
  }

  if (u.applications) {
    const { add, remove, also } = u.applications;
    const c0 = [...d.chosen];
    // Asked for applications, a list with a name that is no application takes nothing: the name is said, the list asked again.
    if (expecting === 'applications' && u.applicationsUnknown && add.length > 0 && !u.removal && !u.applicationsReplaced) {
      note(d, unknownApplications(d, u.applicationsUnknown));
    } else {
      const base = remove.length > 0 || also ? d.chosen.filter((code) => !remove.includes(code)) : [];
      const wanted = [...base, ...add.filter((code) => !base.includes(code))];
      const known = d.quality ? wanted.filter((code) => d.applications.some((a) => a.code === code)) : wanted;
      const foreign = wanted.filter((code) => !known.includes(code));
      if (foreign.length && d.quality) note(d, notInQuality(d, foreign, d.quality));
      if (known.length > 0 || remove.length > 0) {
        d.chosen = known;
        took = true;
      }
      // "n'a plus besoin de HospiSup": what the request did not hold is an access to take away, said, never granted.
      const notHeld = u.removal ? remove.filter((code) => !c0.includes(code)) : [];
      if (notHeld.length > 0) note(d, { key: 'revokeHowTo', params: { applications: notHeld.map((code) => namesOf(d, code)) } });
      // Opened by a revocation alone ("elle n'a plus besoin de HospiSup"): no grant request is left open for it.
      if (notHeld.length > 0 && c0.length === 0 && d.chosen.length === 0 && expecting === null) d.cancelRequested = true;
      // "non, plutôt eBirth": applications named anew outside their question replace those of the request, said as "instead of" is.
      const dropped = c0.filter((code) => !d.chosen.includes(code));
      const added = d.chosen.filter((code) => !c0.includes(code));
      if (!u.applicationsReplaced && !also && remove.length === 0 && expecting !== 'applications' && dropped.length > 0 && added.length > 0) {
        note(d, { key: 'applicationsReplaced', params: { removed: dropped.map((code) => namesOf(d, code)), added: added.map((code) => namesOf(d, code)) } });
      } else if (expecting === 'entity' && u.entity === undefined && dropped.length === 0 && added.length > 0) {
        // Asked for the entity, an application given instead is kept, and said.
        note(d, { key: 'applicationsTaken', params: { applications: added.map((code) => namesOf(d, code)) } });
      }
      if (u.applicationsReplaced && remove.some((code) => c0.includes(code)) && add.some((code) => d.chosen.includes(code))) {
        const removed = u.applicationsReplaced.removed.filter((code) => c0.includes(code));
        note(d, { key: 'applicationsReplaced', params: { removed: removed.map((code) => namesOf(d, code)), added: u.applicationsReplaced.added.filter((code) => d.chosen.includes(code)).map((code) => namesOf(d, code)) } });
      }
    }
    noteGuessed(d, u.applicationsGuessed ?? []);
  }
  if (u.applicationsUnknown && !d.notices.some((n) => n.key === 'applicationsUnknown')) note(d, unknownApplications(d, u.applicationsUnknown));
  // "Colindos et Zorglub": the known one is kept, and the applications are asked before anything else goes on.
  if (u.applicationsUnknown && d.chosen.length > 0 && expecting !== 'applications') d.applicationsUnsettled = true;
  else if (u.applications && u.applications.add.length > 0 && !u.applicationsUnknown && !u.applicationsAmbiguous) d.applicationsUnsettled = false;
  if (u.personName) {
    // "non, c'est pour Jan Peeters": another person replaces the one found, looked up by that name; never kept silently.
    // At a confirmation, the person shown is asked about: another one named, and nothing else, is a correction however it
    // is said ("for Sarah Moens"); a name read beside other changes ("add an end date") is not taken for one.
    const corrects = u.personCorrected || ((expecting === 'confirm' || expecting === 'confirmPerson') && saysOnlyAPerson(u));
    if (corrects && u.niss === undefined && d.niss !== null && !isThePerson(d, u.personName)) {
      Object.assign(d, clearSlot(d, 'niss'), { nameSearch: null });
      note(d, { key: 'personReplacedByName', params: { named: u.personName } });
    }
    d.namedPerson = u.personName;
    // After "no role at CHU Saint-Pierre", the entity is the one question asked; the person is looked for once it is chosen.
    if (u.niss === undefined && d.niss === null && !(d.refusedEntity && d.entity === null)) note(d, { key: 'nissOfNamed', params: { name: u.personName } });
    took = true;
  }
  // One request is for one person: the others named are said now and offered the same request once it is done.
  if (u.otherPeople?.length && (u.personName ?? d.namedPerson)) {
    d.otherPeople = [...new Set([...(d.otherPeople ?? []), ...u.otherPeople])];
    note(d, { key: 'onePersonPerRequest', params: { person: (u.personName ?? d.namedPerson)!, others: d.otherPeople } });
    took = true;
  }
  if (u.applicationsAmbiguous) {
    // Listed in one order whatever the reading found first: by code.
    const candidates = [...u.applicationsAmbiguous.candidates].sort();
    note(d, { key: 'applicationsAmbiguous', params: { text: u.applicationsAmbiguous.text, candidates: candidates.map((code) => namesOf(d, code)) } });
  }

  if (u.role !== undefined) {
    const fn = u.functionKind ? d.functions.find((f) => f.forRole === u.functionKind) ?? d.catalog.functions.find((f) => f.forRole === u.functionKind) : undefined;
    Object.assign(d, { role: u.role, functionCode: fn?.code ?? (u.role === d.role ? d.functionCode : null) });
    // A role said for a person who holds the function ("hij werkt voor een dokter" at the summary) is answered, never ignored.
    if (chosenNeedFunction(d) && heldFunction(d)) d.functionNoticed = false;
    took = true;
  }
  // "1" to "whose collaborator?": the function, the role being known.
  if (u.functionKind !== undefined && u.role === undefined) {
    const fn = d.functions.find((f) => f.forRole === u.functionKind);
    if (fn) {
      d.functionCode = fn.code;
      took = true;
    }
  }
  // "ok, dan zonder datum": the dates said go; a function that needs a start still asks for one.
  if (u.noDates) {
    Object.assign(d, { startDate: null, endDate: null, refusedDate: null, endDateAsked: true });
    note(d, { key: 'datesDropped' });
    took = true;
  }
  if (u.startDate !== undefined) {
    d.startDate = u.startDate;
    // "bon, à partir d'aujourd'hui alors" after a start refused (and not yet said): the new start replaces it.
    if (d.refusedDate?.which === 'startDate') d.refusedDate = null;
    // A start date said in passing is not followed by an end-date question: the summary shows there is none.
    // An end date refused in the same sentence is asked again, not dropped.
    if (expecting !== 'startDate' && u.endDate === undefined && u.dateError?.which !== 'endDate') d.endDateAsked = true;
    if (d.endDate && d.endDate <= u.startDate) {
      note(d, { key: 'dateInvalid', params: { problem: 'notAfterStart', startDate: u.startDate, which: 'endDate' } });
      Object.assign(d, clearSlot(d, 'endDate'));
    }
    took = true;
  }
  if (u.endDate !== undefined) {
    Object.assign(d, { endDate: u.endDate, endDateAsked: true });
    if (d.refusedDate?.which === 'endDate') d.refusedDate = null;
    took = true;
  } else if (u.noEndDate) {
    Object.assign(d, { endDate: null, endDateAsked: true });
    took = true;
  }
  if (u.readAhead) note(d, { key: 'dateReadAhead', params: { items: u.readAhead } });
  if (u.dateError) {
    // Said once it is known whether the request uses a date at all: qualité, applications and the person's functions.
    if (d.quality === null || d.chosen.length === 0 || (d.niss !== null && !d.personChecked)) d.refusedDate = u.dateError;
    else if (isDateKnownUnused(d)) {
      note(d, unusedDateNotice(d, null, u.dateError.problem === 'past' ? u.dateError.date : undefined));
      Object.assign(d, DATES_SET_ASIDE);
    }
    else note(d, refusedDateNotice(d, u.dateError));
  }
  if (u.email !== undefined && d.newUser && d.newUser.email === undefined) {
    d.newUser.email = u.email;
    took = true;
  }
  if (u.change) {
    // "ajoute une date de fin" to a request that uses no date: said, not silently passed over.
    if ((u.change === 'endDate' || u.change === 'startDate') && isDateKnownUnused(d)) note(d, unusedDateNotice(d, null));
    else Object.assign(d, clearSlot(d, u.change));
    took = true;
  }

  // A yes or no answers the question asked, unless the sentence changed something: then the summary is shown again.
  // "non, pour 8507300332" at the summary is a correction whose value is refused: asked again, never a cancel or a yes.
  const refusedValue = u.nissError !== undefined || u.dateError !== undefined || u.applicationsUnknown !== undefined || u.entityUnknown !== undefined;
  if (u.yesNo && !took && !refusedValue) return yesOrNo(d, u.yesNo, expecting);
  // "nee, alleen eBirth" at "is this the right person?": the no is the correction's; the person stays, and is asked about again.
  if (u.yesNo === 'yes' && expecting === 'confirmPerson') d.personConfirmed = true;
  return took || u.nissError !== undefined || u.dateError !== undefined || u.entityAmbiguous !== undefined || u.applicationsAmbiguous !== undefined ||
    u.applicationsUnknown !== undefined;
}

/** Notices that already say the applications a message changed. */
const APPLICATIONS_SAID = new Set<Notice['key']>([...SAYS_APPLICATIONS, 'applicationReadAs']);
/** Notices that already say the function or the person a message named. */
const FUNCTION_SAID = new Set<Notice['key']>(['alreadyHasFunction', 'dateOfHeldFunction']);
const PERSON_SAID = new Set<Notice['key']>(['personReplacedByName', 'nissOfNamed', 'nobodyNamed', 'onePersonPerRequest']);

/**
 * "bon, à partir d'aujourd'hui alors" at the entity's question, "ajoute aussi eBirth" at "Est-ce la bonne personne ?":
 * what a message gave besides the question asked is kept and said, since the question asked next does not show it.
 * Not at the summary (it shows everything again), nor what another notice of this message already says.
 */
function noteTakenAside(d: Draft, c: GrantContext, expecting: Slot | null): void {
  if (expecting === null || expecting === 'confirm' || d.cancelRequested || d.statusQuery) return;
  const fresh = d.notices.slice(c.notices.length);
  const said = (keys: Set<Notice['key']>) => fresh.some((n) => keys.has(n.key));
  const readAhead = fresh.flatMap((n) => (n.key === 'dateReadAhead' ? n.params.items.map((i) => i.date) : []));
  const dateQuestion = expecting === 'startDate' || expecting === 'endDate';
  const newDate = (now: string | null, before: string | null) => (now !== null && now !== before && !dateQuestion && !readAhead.includes(now) ? now : null);
  // A date known to be unused is not "noted": why it is not used is said instead, once.
  const unused = isDateKnownUnused(d);
  const startDate = unused ? null : newDate(d.startDate, c.startDate);
  const endDate = unused ? null : newDate(d.endDate, c.endDate);
  const applications = expecting === 'applications' || said(APPLICATIONS_SAID) ? [] : d.chosen.filter((code) => !c.chosen.includes(code)).map((code) => namesOf(d, code));
  const fnCode = d.functionCode !== null && d.functionCode !== c.functionCode && expecting !== 'role' && expecting !== 'function' && !said(FUNCTION_SAID) ? d.functionCode : null;
  const fn = fnCode ? (d.functions.find((f) => f.code === fnCode) ?? d.catalog.functions.find((f) => f.code === fnCode))?.names ?? null : null;
  // A name said where the person is known already (by NISS): no search will say it.
  const person = d.namedPerson !== null && d.namedPerson !== c.namedPerson && d.niss !== null && expecting !== 'niss' && !said(PERSON_SAID) ? d.namedPerson : null;
  // "ze is ziekenhuisapotheker" at "Is dat de juiste persoon?": kept, and said, since no role question will show it.
  const role = (d.role === 'doctor' || d.role === 'pharmacist') && d.role !== c.role && expecting !== 'role' && expecting !== 'function' ? d.role : null;
  if (startDate || endDate || applications.length > 0 || fn || person || role) {
    note(d, { key: 'takenAside', params: { startDate, endDate, applications, fn, person, ...(role ? { role } : {}) } });
  }
}

/** A person named, and no other slot of the request. */
function saysOnlyAPerson(u: Said): boolean {
  return u.change === undefined && u.startDate === undefined && u.endDate === undefined && !u.noDates && !u.noEndDate && u.dateError === undefined &&
    u.applications === undefined && u.applicationsUnknown === undefined && u.role === undefined && u.functionKind === undefined && u.entity === undefined &&
    u.qualityKind === undefined && u.email === undefined && u.copyFrom === undefined;
}

/** "I read « colindoss » as Colindos": a near miss kept in the request is said. */
function noteGuessed(d: Draft, guessed: readonly { text: string; code: string }[]): void {
  const kept = guessed.filter((g) => d.chosen.includes(g.code));
  if (kept.length > 0) note(d, { key: 'applicationReadAs', params: { items: kept.map((g) => ({ text: g.text, names: namesOf(d, g.code) })) } });
}

function yesOrNo(d: Draft, answer: 'yes' | 'no', expecting: Slot | null): boolean {
  switch (expecting) {
    case 'confirm':
      if (answer === 'yes') d.confirmed = true;
      else d.cancelRequested = true;
      return true;
    case 'confirmPerson':
      if (answer === 'yes') d.personConfirmed = true;
      else Object.assign(d, clearSlot(d, 'niss'));
      return true;
    case 'activateQuality':
      if (answer === 'yes') d.activateQuality = true;
      else {
        const quality = d.quality!;
        note(d, { key: 'qualityNotActivated', params: { quality: quality.names } });
        if (d.qualities.length > 1) Object.assign(d, { quality: null });
        else d.cancelRequested = true;
      }
      return true;
    case 'endDate':
      if (answer === 'no') Object.assign(d, { endDate: null, endDateAsked: true });
      return answer === 'no';
    default:
      return false;
  }
}

/**
 * A message that gave the slot asked nothing: a numbered choice is taken, else what was wrong is said.
 */
function answer(d: Draft, u: Said, slot: Slot | null): void {
  if (u.nissError || u.dateError) return;
  // "nein" to a choice: none of those offered; asked again, with the way out.
  if (u.declined) {
    note(d, { key: 'choiceDeclined' });
    return;
  }
  const picked = <T>(options: readonly T[]): T[] | undefined => {
    const all = (u.numbers ?? []).map((n) => options[n - 1]);
    return all.length > 0 && all.every((o) => o !== undefined) ? (all as T[]) : undefined;
  };
  switch (slot) {
    case null:
      return;
    case 'entity': {
      const entity = picked(d.entities)?.[0];
      if (entity) Object.assign(d, { entity });
      else if (!u.entityAmbiguous) note(d, { key: 'invalidChoice' });
      return;
    }
    case 'quality': {
      const quality = picked(offeredQualities(d))?.[0];
      if (quality) Object.assign(d, withQuality(d, quality));
      else note(d, { key: 'invalidChoice' });
      return;
    }
    case 'activateQuality':
    case 'confirmPerson':
    case 'confirm':
      note(d, { key: 'yesNoExpected' });
      return;
    case 'niss': {
      // "1" with no list of names shown (a list's number is picked before): a number too short to be a NISS.
      if (u.numbers) {
        note(d, { key: 'nissInvalid', params: { problem: 'length', length: String(u.numbers.join('')).length, digits: null } });
        nissOutcome(d, false, true);
      }
      return;
    }
    case 'language':
      if (u.languageChosen && d.newUser) d.newUser.language = u.languageChosen;
      else note(d, { key: 'languageInvalid' });
      return;
    case 'email':
      note(d, { key: 'emailInvalid' });
      return;
    case 'applications': {
      const chosen = picked(d.applications);
      if (chosen) d.chosen = chosen.map((a) => a.code);
      // "14" where fewer are listed: said back as a name that is no application, with the nearest ones.
      else if (u.numbers) note(d, unknownApplications(d, u.numbers.filter((n) => !d.applications[n - 1]).map(String)));
      else if (!u.applicationsAmbiguous && !u.applicationsUnknown) note(d, { key: 'invalidChoice' });
      return;
    }
    case 'role':
      note(d, { key: 'roleInvalid' });
      return;
    case 'function':
      note(d, { key: 'functionInvalid' });
      return;
    case 'startDate':
    case 'endDate':
      note(d, { key: 'dateInvalid', params: { problem: 'invalid', startDate: slot === 'endDate' ? d.startDate : null, which: slot } });
      return;
    default:
      return;
  }
}

/** Everything a message can change, as one comparable string. */
function progressKey(c: GrantContext): string {
  return JSON.stringify([
    c.entity?.id, c.quality?.id, c.activateQuality, c.niss, c.personConfirmed, c.newUser, c.chosen, c.role, c.functionCode,
    c.startDate, c.endDate, c.endDateAsked, c.confirmed, c.cancelRequested, c.copyFrom,
  ]);
}

/** Three answers in a row to the same question that move nothing: offer help or a way out. */
function countFailure(d: Draft, c: GrantContext, before: string, expecting: Slot | null): void {
  if (!expecting) return;
  if (progressKey(d) !== before) {
    d.failures = { slot: null, count: 0 };
    return;
  }
  const count = c.failures.slot === expecting ? c.failures.count + 1 : 1;
  d.failures = { slot: expecting, count };
  if (count >= 3) {
    note(d, { key: 'stuck', params: { slot: expecting } });
    d.failures = { slot: expecting, count: 0 };
  }
}
