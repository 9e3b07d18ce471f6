import type { Attachment } from 'botbuilder';
import type { Store } from '../store/store';
import type { Locale, Names } from '../domain/locale';
import type { Quality } from '../store/catalog.repo';
import type { User } from '../store/people.repo';
import { ForbiddenError, type Action } from '../domain/authorization';
import { ConflictError } from '../store/errors';
import { formatNiss } from '../domain/niss';
import { checkPersonName, type NameCheck } from '../domain/person-name';
import { findAllPeople, findPeople } from '../people/find-people';
import { exportPeople } from '../people/export';
import { executeBulkGrantStepwise, planBulkGrant, type BulkPlan } from '../people/bulk-grant';
import { PENDING_FILE_MAX_BYTES } from '../store/pending-files.repo';
import { say } from '../i18n/say';
import { fileConsentCard, offersFiles } from './file-consent';
import { auditFor } from '../people/audit-view';
import { personLabel, visibleUserByNiss } from '../people/visibility';
import { asksNextPage, type Intent, type PeopleQuery } from '../../dialogs/understanding/intent';
import { pickMany, pickOne, yesNo } from '../../dialogs/understanding/parse';
import { understand, type Vocabulary } from '../../dialogs/understanding/understand';
import { catalogOptionOf } from './grant-actors';
import type { ChatRefusal, ImpossibleReason, ListFilters } from '../i18n/manage.catalog';
import type { AnyPrompt, AnyView, Said } from '../../dialogs/view';

/** Bump when PeopleState changes shape: an older saved state is then dropped. */
export const PEOPLE_FLOW_VERSION = 1;
export const PAGE_SIZE = 10;
/** A bulk grant of more people than this tells how far it got every PROGRESS_EVERY people. */
export const PROGRESS_ABOVE = 10;
const PROGRESS_EVERY = 10;

type PeopleIntent = Exclude<Intent, { kind: 'diagnose' } | { kind: 'guide' }>;
type Asking = 'entity' | 'quality' | 'revokeWhich' | 'endDate' | 'identifier' | 'name' | 'bulkApplications' | 'confirm' | 'page';

/** A people-management request in progress; plain JSON, saved with the conversation. */
export interface PeopleState {
  managerId: number;
  task: PeopleIntent;
  entityId: number | null;
  qualityId: number | null;
  asking: Asking | null;
  offset: number;
  seq: number;
  startedAt: number;
}

export interface FlowTurn {
  managerId: number;
  conversationId: string;
  text: string;
  intent: Intent | undefined;
  now: number;
  locale: Locale;
  /** 'msteams': an export is offered with a file-consent card. */
  channelId?: string | undefined;
  /** Sends a notice at once, while the turn still runs (bulk progress). */
  progress?: (notice: Said) => Promise<void>;
}

export interface FlowStep<S> {
  state: S | null;
  view: AnyView;
  /** False: the message is not for this flow (another request); the caller ends it and reads the message again. */
  consumed: boolean;
}

const chat = (n: Extract<Said, { chat: unknown }>['chat']): Said => ({ chat: n });
const people = (n: Extract<Said, { people: unknown }>['people']): Said => ({ people: n });
const yesNoChoices: AnyPrompt['choices'] = [{ label: { key: 'yes' }, value: { key: 'yes' } }, { label: { key: 'no' }, value: { key: 'no' } }];
/** The grant dialog's sentence for a refused name: the same rule, said the same way. */
const nameRefused = (r: Extract<NameCheck, { ok: false }>): Said => ({ key: 'nameInvalid', params: { problems: r.problems, forbidden: r.forbidden, max: r.max } });
const personName = (u: User) => personLabel(u);

const REFUSALS: readonly ChatRefusal[] = ['viewUsers', 'viewNiss', 'revokeAccess', 'designateManager', 'grantAccess', 'viewAudit', 'diagnose'];
const refusalOf = (action: Action): ChatRefusal => ((REFUSALS as readonly string[]).includes(action) ? (action as ChatRefusal) : 'other');

/**
 * Finding people (with pages), exports, taking access away, designations, bulk grants and the
 * audit log, as one conversation flow beside the grant dialog. It asks what is missing (entity,
 * qualité, which access, a date, an identifier), shows a summary before any change, and lets
 * the store decide who may do what: a refusal is said plainly, and the store audits it.
 */
export class PeopleFlow {
  constructor(
    private readonly store: Store,
    private readonly options: { activationDelayMs: number },
  ) {}

  /** What the message reader needs to know about this store: entities, qualité kinds, applications. */
  vocabulary(): Vocabulary {
    const { qualityKinds, applications } = catalogOptionOf(this.store);
    return { entities: this.store.catalog.entities().map((e) => ({ id: e.id, name: e.name, inami: e.inami })), qualityKinds, applications };
  }

  async start(intent: PeopleIntent, turn: FlowTurn, seq: number): Promise<FlowStep<PeopleState>> {
    const entity = 'entity' in intent ? intent.entity : intent.kind === 'list' || intent.kind === 'export' ? intent.query.entity : undefined;
    const state: PeopleState = { managerId: turn.managerId, task: intent, entityId: entity ?? null, qualityId: null, asking: null, offset: 0, seq, startedAt: turn.now };
    return this.advance(state, turn, []);
  }

  async step(state: PeopleState, turn: FlowTurn): Promise<FlowStep<PeopleState>> {
    const { text, intent } = turn;
    const s: PeopleState = { ...state, task: { ...state.task } as PeopleIntent };
    switch (s.asking) {
      case 'page': {
        if (asksNextPage(text)) return this.advance({ ...s, offset: s.offset + PAGE_SIZE }, turn, []);
        if (intent?.kind === 'export' && (s.task.kind === 'list' || s.task.kind === 'export')) {
          const query = hasCriteria(intent.query) ? intent.query : s.task.query;
          return this.advance({ ...s, task: { kind: 'export', format: intent.format, query }, offset: 0 }, turn, []);
        }
        return this.notMine(s);
      }
      case 'entity': {
        if (intent) return this.notMine(s);
        const picked = pickOne(text, this.entityOptions(turn.managerId).map((e) => ({ id: e.id, labels: [e.name, e.inami] })));
        if (!picked.ok) return this.ask(s, [{ key: 'invalidChoice' }]);
        return this.advance({ ...s, entityId: picked.id }, turn, []);
      }
      case 'quality': {
        if (intent) return this.notMine(s);
        const qualities = this.store.catalog.qualitiesOfEntity(s.entityId!);
        const picked = pickOne(text, qualities.map((q) => ({ id: q.id, labels: [q.kind, ...Object.values(q.names)] })));
        if (!picked.ok) return this.ask(s, [{ key: 'invalidChoice' }]);
        return this.advance({ ...s, qualityId: picked.id }, turn, []);
      }
      case 'revokeWhich': {
        if (intent) return this.notMine(s);
        const held = this.heldIn(s);
        const picked = pickMany(text, held.map((a) => ({ id: a.code, labels: [a.code, ...Object.values(a.names)] })));
        if (picked.ids.length === 0) return this.ask(s, [{ key: 'invalidChoice' }]);
        return this.advance({ ...s, task: { ...(s.task as Extract<PeopleIntent, { kind: 'revoke' }>), applications: picked.ids } }, turn, []);
      }
      case 'endDate': {
        if (intent) return this.notMine(s);
        const u = understand(text, this.vocabulary(), { expecting: 'endDate', now: turn.now, locale: turn.locale });
        const endDate = u.endDate ?? u.startDate;
        if (!endDate) return this.ask(s, [chat({ key: 'badEndDate' })]);
        return this.advance({ ...s, task: { ...(s.task as Extract<PeopleIntent, { kind: 'endFunction' }>), endDate } }, turn, []);
      }
      case 'identifier':
      case 'name': {
        if (intent) return this.notMine(s);
        const value = text.trim().slice(0, 200);
        if (!value) return this.ask(s, []);
        const task = s.task as Extract<PeopleIntent, { kind: 'designate' }>;
        if (s.asking === 'identifier') return this.advance({ ...s, task: { ...task, identifier: value.split(/\s+/)[0]! } }, turn, []);
        const name = checkPersonName(value, 'managerName');
        if (!name.ok) return this.ask(s, [nameRefused(name)]);
        return this.advance({ ...s, task: { ...task, name: name.name } }, turn, []);
      }
      case 'bulkApplications': {
        if (intent) return this.notMine(s);
        const u = understand(text, this.vocabulary(), { expecting: 'applications', now: turn.now, locale: turn.locale });
        const applications = u.applications?.add ?? [];
        if (applications.length === 0) return this.ask(s, [{ key: 'invalidChoice' }]);
        return this.advance({ ...s, task: { ...(s.task as Extract<PeopleIntent, { kind: 'bulk' }>), applications } }, turn, []);
      }
      case 'confirm': {
        const answer = yesNo(text);
        if (answer === 'yes') return this.execute(s, turn);
        if (answer === 'no') return this.end([chat({ key: 'sideCancelled' })]);
        if (intent) return this.notMine(s);
        return this.ask(s, [chat({ key: 'yesOrNo' })]);
      }
      default:
        return this.notMine(s);
    }
  }

  /** The prompt of a saved state, to show it again (a card clicked too late). */
  promptOf(state: PeopleState): AnyPrompt | null {
    return state.asking ? this.promptFor(state) : null;
  }

  private notMine(state: PeopleState): FlowStep<PeopleState> {
    return { state, view: view([], null), consumed: false };
  }

  private end(notices: Said[], attachments?: Attachment[]): FlowStep<PeopleState> {
    return { state: null, view: { ...view(notices, null), ...(attachments ? { attachments } : {}) }, consumed: true };
  }

  private ask(state: PeopleState, notices: Said[]): FlowStep<PeopleState> {
    return { state, view: view(notices, this.promptFor(state)), consumed: true };
  }

  private asking(state: PeopleState, asking: Asking, notices: Said[]): FlowStep<PeopleState> {
    const next = { ...state, asking };
    return { state: next, view: view(notices, this.promptFor(next)), consumed: true };
  }

  /** Entities the manager holds a role in; all of them for the helpdesk. The store decides what they may do there. */
  private entityOptions(managerId: number) {
    const roles = this.store.people.rolesOf(managerId);
    const all = this.store.catalog.entities();
    if (roles.some((r) => r.role === 'HELPDESK')) return all;
    return all.filter((e) => roles.some((r) => r.entityId === e.id));
  }

  /** A GA limited to one qualité works within it. */
  private limitedQuality(managerId: number, entityId: number): number | null {
    const roles = this.store.people.rolesOf(managerId).filter((r) => r.entityId === entityId || r.role === 'HELPDESK');
    if (roles.length === 0 || roles.some((r) => r.qualityId === null)) return null;
    return roles[0]!.qualityId;
  }

  private qualityByKind(entityId: number, kind: string | undefined): Quality | undefined {
    return kind ? this.store.catalog.qualitiesOfEntity(entityId).find((q) => q.kind === kind) : undefined;
  }

  /** The person the request is about, only if the manager may see them (src/people/visibility.ts). */
  private userOf(state: PeopleState): User | undefined {
    const niss = 'niss' in state.task ? state.task.niss : null;
    return niss ? visibleUserByNiss(this.store, state.managerId, niss).user : undefined;
  }

  /** A NISS of someone who is no user of the manager's entities: named to nobody but the helpdesk. */
  private hiddenNiss(state: PeopleState): boolean {
    const niss = 'niss' in state.task ? state.task.niss : null;
    return niss ? visibleUserByNiss(this.store, state.managerId, niss).hidden : false;
  }

  /** Applications the person holds in the entity (or the chosen qualité), with their qualité. */
  private heldIn(state: PeopleState): { code: string; names: Names; qualityId: number }[] {
    const user = this.userOf(state);
    if (!user || state.entityId === null) return [];
    const out: { code: string; names: Names; qualityId: number }[] = [];
    for (const q of this.store.catalog.qualitiesOfEntity(state.entityId)) {
      if (state.qualityId !== null && q.id !== state.qualityId) continue;
      for (const code of this.store.directory.heldApplications(user.id, q.id)) {
        const app = this.store.catalog.applicationByCode(code);
        if (app && !out.some((o) => o.code === code)) out.push({ code, names: app.names, qualityId: q.id });
      }
    }
    return out;
  }

  private names(code: string): Names {
    return this.store.catalog.applicationByCode(code)?.names ?? { fr: code, nl: code, de: code, en: code };
  }

  private entityName(id: number | null): string {
    return (id !== null && this.store.catalog.entityById(id)?.name) || '';
  }

  /** What is missing is asked, in order; once nothing is, the list is shown or the summary asks for confirmation. */
  private advance(state: PeopleState, turn: FlowTurn, notices: Said[]): FlowStep<PeopleState> | Promise<FlowStep<PeopleState>> {
    const s = { ...state, asking: null };
    const { managerId } = turn;
    const task = s.task;
    try {
      if (task.kind === 'audit') return this.audit(task, managerId);
      const user = this.userOf(s);
      if ('niss' in task && task.niss && task.kind !== 'designate' && !user) {
        const key = this.hiddenNiss(s) ? 'notYourUser' : 'unknownPerson';
        return this.end([...notices, chat({ key, params: { niss: formatNiss(task.niss) } })]);
      }
      if (s.entityId === null) {
        const options = this.entityOptions(managerId);
        const theirs = user ? options.filter((e) => this.store.helpdesk.membershipsInEntity(user.id, e.id).length > 0) : [];
        if (options.length === 1) s.entityId = options[0]!.id;
        else if (theirs.length === 1) s.entityId = theirs[0]!.id;
        else if (options.length === 0) return this.end([...notices, chat({ key: 'refused', params: { action: 'other' } })]);
        else return this.asking(s, 'entity', notices);
      }
      const entityId = s.entityId;
      const entity = this.entityName(entityId);
      switch (task.kind) {
        case 'list':
        case 'export': {
          if (s.qualityId === null) s.qualityId = this.qualityByKind(entityId, task.query.qualityKind)?.id ?? this.limitedQuality(managerId, entityId);
          return task.kind === 'list' ? this.page(s, task.query, turn, notices) : this.export(s, task, turn, notices);
        }
        case 'revoke': {
          if (!user) return this.end(notices);
          if (s.qualityId === null) s.qualityId = this.qualityByKind(entityId, task.qualityKind)?.id ?? this.limitedQuality(managerId, entityId);
          const held = this.heldIn(s);
          if (task.applications.length === 0) {
            if (held.length === 0) return this.end([...notices, chat({ key: 'nothingToRevoke', params: { person: personName(user), entity } })]);
            return this.asking(s, 'revokeWhich', notices);
          }
          const inScope = held.filter((h) => task.applications.includes(h.code));
          const memberships = this.store.helpdesk.membershipsInEntity(user.id, entityId);
          const qualityId = inScope[0]?.qualityId ?? s.qualityId ?? memberships[0];
          if (qualityId === undefined) return this.end([...notices, chat({ key: 'notMember', params: { person: personName(user), entity } })]);
          s.qualityId = qualityId;
          this.store.access.authorize(managerId, ['revokeAccess'], { entityId, qualityId }, turn.now);
          return this.asking(s, 'confirm', notices);
        }
        case 'endFunction': {
          if (!user) return this.end(notices);
          const qualities = new Set(this.store.catalog.qualitiesOfEntity(entityId).map((q) => q.id));
          const fn = this.store.people.functionsOfUser(user.id).find((f) => qualities.has(f.qualityId) && (s.qualityId === null || f.qualityId === s.qualityId));
          if (!fn) return this.end([...notices, chat({ key: 'noFunction', params: { person: personName(user), entity } })]);
          s.qualityId = fn.qualityId;
          this.store.access.authorize(managerId, ['revokeAccess'], { entityId, qualityId: fn.qualityId }, turn.now);
          if (!task.endDate) return this.asking(s, 'endDate', notices);
          return this.asking(s, 'confirm', notices);
        }
        case 'removeUser': {
          if (!user) return this.end(notices);
          if (this.store.helpdesk.membershipsInEntity(user.id, entityId).length === 0) {
            return this.end([...notices, chat({ key: 'notMember', params: { person: personName(user), entity } })]);
          }
          if (s.qualityId === null) s.qualityId = this.qualityByKind(entityId, task.qualityKind)?.id ?? this.limitedQuality(managerId, entityId);
          this.store.access.authorize(managerId, ['revokeAccess'], { entityId, ...(s.qualityId !== null ? { qualityId: s.qualityId } : {}) }, turn.now);
          return this.asking(s, 'confirm', notices);
        }
        case 'designate': {
          this.store.access.authorize(managerId, ['designateManager'], { entityId }, turn.now);
          if (s.qualityId === null && task.role === 'GA') s.qualityId = this.qualityByKind(entityId, task.qualityKind)?.id ?? null;
          if (!task.name && task.niss) {
            const named = visibleUserByNiss(this.store, managerId, task.niss).user;
            if (named) s.task = { ...task, name: `${named.firstName} ${named.lastName}` };
          }
          const t = s.task as typeof task;
          // A name from the message or from an older user row meets the same rule as a typed one.
          const name = t.name === null ? null : checkPersonName(t.name, 'managerName');
          if (name && !name.ok) {
            s.task = { ...t, name: null };
            return this.asking(s, 'name', [...notices, nameRefused(name)]);
          }
          if (!t.name) return this.asking(s, 'name', notices);
          if (!t.identifier) return this.asking(s, 'identifier', notices);
          return this.asking(s, 'confirm', notices);
        }
        case 'bulk': {
          if (task.applications.length === 0) return this.asking(s, 'bulkApplications', notices);
          if (s.qualityId === null) {
            const fitting = this.store.catalog.qualitiesOfEntity(entityId).filter((q) => {
              const codes = new Set(this.store.catalog.applicationsForKind(q.kind).map((a) => a.code));
              return task.applications.every((c) => codes.has(c));
            });
            const hinted = fitting.find((q) => q.kind === task.qualityKind);
            const limited = this.limitedQuality(managerId, entityId);
            const chosen = hinted ?? fitting.find((q) => q.id === limited) ?? (fitting.length === 1 ? fitting[0] : undefined);
            if (fitting.length === 0) return this.end([...notices, chat({ key: 'impossible', params: { reason: 'applicationNotInEntity' } })]);
            if (!chosen) return this.asking(s, 'quality', notices);
            s.qualityId = chosen.id;
          }
          const plan = this.plan(s, turn);
          const lines: Said[] = plan.lines.map((l) =>
            people({
              key: 'bulkLine',
              params: { line: l.line, input: l.input, person: l.person, outcome: l.outcome, applications: l.applications.map((c) => this.names(c)), ...(l.account ? { account: l.account } : {}) },
            }),
          );
          if (plan.summary.ok === 0) return this.end([...notices, ...lines, chat({ key: 'bulkNothingToDo' })]);
          return this.asking(s, 'confirm', [...notices, ...lines]);
        }
      }
    } catch (err) {
      return this.end([...notices, ...explain(err)]);
    }
  }

  private plan(s: PeopleState, turn: FlowTurn): BulkPlan {
    const task = s.task as Extract<PeopleIntent, { kind: 'bulk' }>;
    return planBulkGrant(this.store, turn.managerId, s.qualityId!, task.applications, task.inputs, new Date(turn.now));
  }

  private filters(query: PeopleQuery): ListFilters {
    return {
      application: query.application ? this.names(query.application) : null,
      status: query.status ?? null,
      lastName: query.lastName ?? null,
      firstName: query.firstName ?? null,
      username: query.username ?? null,
      collaborators: query.collaborators ?? false,
    };
  }

  private filterOf(s: PeopleState, query: PeopleQuery) {
    return {
      entityId: s.entityId!,
      ...(s.qualityId !== null ? { qualityId: s.qualityId } : {}),
      ...(query.application ? { application: query.application } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.lastName ? { lastName: query.lastName } : {}),
      ...(query.firstName ? { firstName: query.firstName } : {}),
      ...(query.username ? { username: query.username } : {}),
      ...(query.collaborators ? { type: 'COLLABORATOR' as const } : {}),
    };
  }

  private page(s: PeopleState, query: PeopleQuery, turn: FlowTurn, notices: Said[]): FlowStep<PeopleState> {
    const found = findPeople(this.store, turn.managerId, this.filterOf(s, query), { offset: s.offset, limit: PAGE_SIZE });
    const entity = this.entityName(s.entityId);
    const quality = s.qualityId !== null ? this.store.catalog.qualityById(s.qualityId)?.names ?? null : null;
    const filters = this.filters(query);
    if (found.total === 0) return this.end([...notices, chat({ key: 'listNone', params: { entity, filters } })]);
    if (found.items.length === 0) return { state: { ...s, asking: 'page', offset: Math.max(0, s.offset - PAGE_SIZE) }, view: view([...notices, chat({ key: 'listEnd' })], null), consumed: true };
    const shown: Said[] = [
      chat({ key: 'listHeader', params: { entity, quality, filters, from: s.offset + 1, to: s.offset + found.items.length, total: found.total } }),
      chat({
        key: 'listLines',
        params: {
          people: found.items.map((p) => ({
            name: `${p.title ? `${p.title} ` : ''}${p.firstName} ${p.lastName}`, username: p.username, niss: p.niss ? formatNiss(p.niss) : null,
            status: p.status, applications: p.applications.map((c) => this.names(c)[turn.locale]),
          })),
        },
      }),
      ...(found.nissShown ? [] : [chat({ key: 'listNissHidden' })]),
      chat({ key: s.offset + found.items.length < found.total ? 'listMore' : 'listEnd' }),
    ];
    // The list stays open: "next 10" pages on, "export" sends the same list as a file.
    return { state: { ...s, asking: 'page' }, view: view([...notices, ...shown], null), consumed: true };
  }

  /**
   * The list as a file in the chat: a data: URL is what Web Chat and the Emulator take as an
   * attachment; Teams takes none, so there the file is offered with a consent card and kept
   * until the manager answers (file-consent.ts).
   */
  private async export(s: PeopleState, task: Extract<PeopleIntent, { kind: 'export' }>, turn: FlowTurn, notices: Said[]): Promise<FlowStep<PeopleState>> {
    const filter = this.filterOf(s, task.query);
    const all = findAllPeople(this.store, turn.managerId, filter);
    const file = await exportPeople(this.store, filter, all, task.format, turn.locale, new Date(turn.now));
    const contentType = file.mimeType.split(';')[0]!;
    const ready = chat({ key: 'exportReady', params: { fileName: file.fileName, count: all.items.length, nissHidden: !all.nissShown } });
    if (offersFiles(turn.channelId)) {
      if (file.buffer.length > PENDING_FILE_MAX_BYTES) return this.end([...notices, chat({ key: 'exportTooLarge' })]);
      const id = this.store.pendingFiles.offer(
        { managerId: turn.managerId, conversationId: turn.conversationId, fileName: file.fileName, mimeType: file.mimeType, content: file.buffer },
        turn.now,
      );
      const description = say('manage', { key: 'fileConsentDescription', params: { count: all.items.length } }, turn.locale);
      return this.end([...notices, ready, chat({ key: 'exportTeams' })], [fileConsentCard(file.fileName, file.buffer.length, description, id)]);
    }
    const attachment: Attachment = { contentType, name: file.fileName, contentUrl: `data:${contentType};base64,${file.buffer.toString('base64')}` };
    return this.end([...notices, ready], [attachment]);
  }

  private audit(task: Extract<PeopleIntent, { kind: 'audit' }>, managerId: number): FlowStep<PeopleState> {
    const application = task.applications[0];
    const entries = auditFor(this.store, managerId, { niss: task.niss, ...(application ? { application } : {}), limit: 20 });
    const user = visibleUserByNiss(this.store, managerId, task.niss).user;
    const niss = formatNiss(task.niss);
    const names = application ? this.names(application) : null;
    if (entries.length === 0) return this.end([chat({ key: 'auditNone', params: { niss, application: names } })]);
    const nameOf = (channelId: string | null) => (channelId ? this.store.people.managerByChannelUserId(channelId)?.name ?? channelId : null);
    return this.end([
      chat({ key: 'auditHeader', params: { niss, person: user ? personName(user) : null, application: names } }),
      chat({
        key: 'auditLines',
        params: {
          lines: entries.map((e) => ({
            at: Date.parse(e.at), action: e.action, by: e.by === 'system' ? null : e.byName ?? e.by, onBehalfOf: nameOf(e.onBehalfOf), refused: e.outcome === 'refused',
          })),
        },
      }),
    ]);
  }

  private async execute(s: PeopleState, turn: FlowTurn): Promise<FlowStep<PeopleState>> {
    const { managerId, conversationId, now } = turn;
    // The manager is part of the key, as for a grant: another person's request in this conversation id is another key.
    const key = `${conversationId}#${managerId}#people${s.seq}@${s.startedAt}`;
    const task = s.task;
    try {
      switch (task.kind) {
        case 'revoke':
        case 'endFunction':
        case 'removeUser': {
          const user = this.userOf(s)!;
          const base = { idempotencyKey: key, managerId, conversationId, userId: user.id };
          const person = personName(user);
          if (task.kind === 'revoke') {
            const r = this.store.revocations.execute({ ...base, kind: 'revokeApplications', qualityId: s.qualityId!, applicationCodes: task.applications }, now);
            this.store.onGranted?.();
            return this.end([
              people({
                key: 'revocationScheduled',
                params: {
                  person, effectiveAt: r.effectiveAt,
                  applications: r.grants.filter((g) => !g.cancelled).map((g) => this.names(g.applicationCode)),
                  cancelled: r.grants.filter((g) => g.cancelled).map((g) => this.names(g.applicationCode)),
                  notHeld: r.notHeld.map((c) => this.names(c)),
                },
              }),
            ]);
          }
          if (task.kind === 'endFunction') {
            const fn = this.store.people.functionsOfUser(user.id).find((f) => f.qualityId === s.qualityId)!;
            const r = this.store.revocations.execute({ ...base, kind: 'endFunction', qualityId: s.qualityId!, functionCode: fn.functionCode, endDate: task.endDate! }, now);
            this.store.onGranted?.();
            const names = this.store.catalog.functions().find((f) => f.code === fn.functionCode)?.names ?? this.names(fn.functionCode);
            return this.end([people({ key: 'functionEndScheduled', params: { person, fn: names, endDate: task.endDate!, effectiveAt: r.effectiveAt } })]);
          }
          const r = this.store.revocations.execute({ ...base, kind: 'removeUser', entityId: s.entityId!, ...(s.qualityId !== null ? { qualityId: s.qualityId } : {}) }, now);
          this.store.onGranted?.();
          return this.end([people({ key: 'removalScheduled', params: { person, entity: this.entityName(s.entityId), effectiveAt: r.effectiveAt } })]);
        }
        case 'designate': {
          const d = { role: task.role, entityId: s.entityId!, qualityId: s.qualityId, channelUserId: task.identifier! };
          const aad = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(task.identifier!) ? task.identifier!.toLowerCase() : null;
          const params = { name: task.name!, role: task.role, entity: this.entityName(s.entityId), remove: task.remove };
          if (task.remove) {
            const r = this.store.designations.remove(managerId, d, now);
            return this.end([chat({ key: 'designated', params: { ...params, changed: r.changed } })]);
          }
          const r = this.store.designations.designate(managerId, { ...d, channelUserId: aad ?? task.identifier!, name: task.name!, aadObjectId: aad }, now);
          return this.end([chat({ key: 'designated', params: { ...params, changed: r.changed } })]);
        }
        case 'bulk': {
          const plan = this.plan(s, turn);
          const progress = turn.progress;
          const onProgress =
            progress && plan.summary.ok > PROGRESS_ABOVE
              ? (done: number, total: number) => (done % PROGRESS_EVERY === 0 && done < total ? progress(chat({ key: 'bulkProgress', params: { done, total } })) : undefined)
              : undefined;
          const results = await executeBulkGrantStepwise(this.store, plan, { idempotencyKey: key, conversationId, ...(onProgress ? { onProgress } : {}) });
          const names = plan.applicationCodes.map((c) => this.names(c));
          const lines = results.map((r) =>
            people({
              key: 'bulkResult',
              params: { person: r.person.replace(/ \([^)]*\)$/, ''), input: formatNissLoose(r.input), ok: r.ok, activeAt: r.grants.length ? Math.max(...r.grants.map((g) => g.activeAt)) : null, applications: names },
            }),
          );
          return this.end([...lines, chat({ key: 'bulkDone', params: { ok: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length } })]);
        }
        default:
          return this.end([]);
      }
    } catch (err) {
      return this.end(explain(err));
    }
  }

  private promptFor(s: PeopleState): AnyPrompt | null {
    const { managerId } = s;
    const p = (slot: string, message: Said, choices: AnyPrompt['choices'] = [], multiple = false): AnyPrompt => ({ slot: `people.${slot}`, message, choices, multiple });
    const user = this.userOf(s);
    const person = user ? personName(user) : '';
    const task = s.task;
    switch (s.asking) {
      case 'entity': {
        const what = task.kind === 'removeUser' || task.kind === 'endFunction' ? 'revoke' : task.kind;
        return p('entity', chat({ key: 'askEntityFor', params: { what } }), this.entityOptions(managerId).map((e) => ({
          label: { key: 'entityLabel', params: { entity: e.name, inami: e.inami } }, value: { literal: e.inami },
        })));
      }
      case 'quality':
        return p('quality', chat({ key: 'askQualityFor', params: { entity: this.entityName(s.entityId) } }),
          this.store.catalog.qualitiesOfEntity(s.entityId!).map((q) => ({ label: { names: q.names }, value: { literal: q.kind } })));
      case 'revokeWhich':
        return p('revokeWhich', chat({ key: 'askRevokeWhich', params: { person } }),
          this.heldIn(s).map((a) => ({ label: { names: a.names }, value: { literal: a.code } })), true);
      case 'endDate': {
        const fn = user && this.store.people.functionsOfUser(user.id).find((f) => f.qualityId === s.qualityId);
        const names = fn ? this.store.catalog.functions().find((f) => f.code === fn.functionCode)?.names ?? this.names(fn.functionCode) : this.names('?');
        return p('endDate', chat({ key: 'askEndDate', params: { person, fn: names } }));
      }
      case 'identifier':
        return p('identifier', chat({ key: 'askIdentifier', params: { name: (task as Extract<PeopleIntent, { kind: 'designate' }>).name ?? '' } }));
      case 'name':
        return p('name', chat({ key: 'askManagerName' }));
      case 'bulkApplications':
        return p('bulkApplications', chat({ key: 'askBulkApplications' }));
      case 'confirm':
        return p('confirm', this.summary(s, person), yesNoChoices);
      default:
        return null;
    }
  }

  private summary(s: PeopleState, person: string): Said {
    const task = s.task;
    const entity = this.entityName(s.entityId);
    const delayMs = this.options.activationDelayMs;
    switch (task.kind) {
      case 'revoke':
        return chat({ key: 'confirmRevoke', params: { person, entity, applications: task.applications.map((c) => this.names(c)), delayMs } });
      case 'endFunction': {
        const user = this.userOf(s)!;
        const fn = this.store.people.functionsOfUser(user.id).find((f) => f.qualityId === s.qualityId);
        const names = fn ? this.store.catalog.functions().find((f) => f.code === fn.functionCode)?.names ?? this.names(fn.functionCode) : this.names('?');
        return chat({ key: 'confirmEndFunction', params: { person, fn: names, endDate: task.endDate ?? '' } });
      }
      case 'removeUser': {
        const quality = s.qualityId !== null ? this.store.catalog.qualityById(s.qualityId)?.names ?? null : null;
        return chat({ key: 'confirmRemoveUser', params: { person, entity, quality, delayMs } });
      }
      case 'designate':
        return chat({ key: 'confirmDesignate', params: { name: task.name ?? '', identifier: task.identifier ?? '', role: task.role, entity, remove: task.remove } });
      case 'bulk': {
        const plan = this.plan(s, { managerId: s.managerId, conversationId: '', text: '', intent: undefined, now: s.startedAt, locale: 'fr' });
        return people({
          key: 'bulkSummary',
          params: {
            ok: plan.summary.ok, alreadyHolds: plan.summary.alreadyHolds, invalid: plan.summary.invalidNiss, unknown: plan.summary.unknownUser,
            duplicate: plan.summary.duplicate, applications: plan.applicationCodes.map((c) => this.names(c)),
          },
        });
      }
      default:
        return { literal: '' };
    }
  }
}

/** A NISS as the manager reads it best; anything else as typed. */
function formatNissLoose(input: string): string {
  const digits = input.replace(/\D/g, '');
  return digits.length === 11 ? formatNiss(digits) : input;
}

function hasCriteria(q: PeopleQuery): boolean {
  return Object.keys(q).length > 0;
}

function view(notices: Said[], prompt: AnyPrompt | null): AnyView {
  return { notices, prompt, done: null, locale: null };
}

/** A refusal or an impossible order, as the manager should read it. */
export function explain(err: unknown): Said[] {
  if (err instanceof ForbiddenError) return [chat({ key: 'refused', params: { action: refusalOf(err.action) } })];
  if (err instanceof ConflictError) {
    const reason: ImpossibleReason =
      err.reason === 'unknownApplication' || err.reason === 'applicationNotInQuality' || err.reason === 'unknownQuality' || err.reason === 'unknownUser' || err.reason === 'invalidRole'
        ? err.reason
        : 'other';
    return [chat({ key: 'impossible', params: { reason } })];
  }
  throw err;
}

