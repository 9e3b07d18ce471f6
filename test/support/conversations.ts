import type { Sesame } from '../../src/app';
import { todayInBrussels } from '../../src/domain/dates';
import { ChatClient, startTestSesame, tempDir, testConfig } from './harness';
import { expectSteps, type Step } from './chat-steps';

/**
 * Multi-turn conversations over HTTP against the real server and store, each checked in what the
 * manager reads, in the grants and functions tables, and in the audit log (what was written, exactly).
 */

export const MARIE = '85073003328';
export const JAN = '90041212377';
export const ELS = '78110324621';
export const NATHALIE = '82022116865';
export const LUCAS = '01091504506';

// Relative dates are read on the server's clock, in Brussels: the expected ones are computed the same way.
const [Y, M, D] = todayInBrussels().split('-').map(Number) as [number, number, number];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const NEXT_MONTH = M === 12 ? { y: Y + 1, m: 1 } : { y: Y, m: M + 1 };
export const dayOfNextMonth = (d: number) => iso(NEXT_MONTH.y, NEXT_MONTH.m, d);
export const inDays = (n: number) => new Date(Date.UTC(Y, M - 1, D + n)).toISOString().slice(0, 10);
/** A date as managers type it: 2026-12-01 → 01-12-2026. */
export const ddmmyyyy = (isoDate: string) => isoDate.split('-').reverse().join('-');

export type Lang = 'fr' | 'nl' | 'de' | 'en';
export const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** A date's day and month in words, without its year: "3 mars", "3. März" (`dot`). */
const dayAndMonth = (isoDate: string, lang: Lang, dot = '') => `${Number(isoDate.slice(8))}${dot} ${MONTHS[lang][Number(isoDate.slice(5, 7)) - 1]!}`;

/** A day already past this year, within the last three months (this month's 1st, or yesterday on the 1st or on 1 January). */
export const PAST_DAY = inDays(-1).slice(0, 4) === inDays(0).slice(0, 4) && inDays(0).slice(8) !== '01' ? `${inDays(0).slice(0, 8)}01` : inDays(-1);
/** PAST_DAY said without its year, as a manager would: refused as past, never moved a year ahead. */
export const pastDayWords = (lang: Lang, dot = '') => dayAndMonth(PAST_DAY, lang, dot);

/** A start 40 or 41 days ahead (never the 1st), so that its month's 1st, said as an end, comes before it. */
export const RANGE_START = inDays(40).endsWith('-01') ? inDays(41) : inDays(40);
export const rangeWords = (lang: Lang) => ({ day: Number(RANGE_START.slice(8)), month: MONTHS[lang][Number(RANGE_START.slice(5, 7)) - 1]! });

/** The next 1 March and the end of the June after it, as "vanaf 1 maart tot eind juni" means them (1 March not yet past, else next year's). */
const MARCH_YEAR = `${Y}-03-01` > todayInBrussels() ? Y : Y + 1;
export const NEXT_MARCH_1 = iso(MARCH_YEAR, 3, 1);
export const JUNE_30_AFTER = iso(MARCH_YEAR, 6, 30);

/**
 * demo: Co-RAE at IRIS and RAE at Sainte-Anne; oneEntity: RAE at Sainte-Anne only; gaInami: GA of IRIS's
 * INAMI qualité only; irisRae: RAE at IRIS only (a second manager of the same hospital).
 */
export type Manager = 'demo' | 'oneEntity' | 'gaInami' | 'irisRae';
const FROM: Record<Manager, string> = { demo: 'demo-manager', oneEntity: 'one-entity', gaInami: 'ga-inami', irisRae: 'iris-rae' };

/** A step said by one manager; `as` switches to another one (each in their own conversation unless `shared`). */
export interface TurnStep extends Step { as?: Manager }

export interface AuditRow { action: string; outcome: 'ok' | 'refused'; by?: Manager; niss?: string | null; application?: string | null; details?: Record<string, unknown> }

export interface Conversation {
  name: string;
  locale?: string;
  manager?: Manager;
  /** Both managers write in one conversation id (a shared chat) rather than each in their own. */
  shared?: boolean;
  /** Data the conversation needs beyond the demo's (a second user of a surname), written before anything else. */
  setup?: (sesame: Sesame) => void;
  /** Conversations run first by the demo manager (e.g. to give an access), whose audit rows are not counted. */
  before?: string[][];
  steps: TurnStep[];
  grants: { niss: string; application: string }[];
  /** endDate: the store's (exclusive) end date; status: checked when given. */
  functions?: { niss: string; function: string; startDate: string; endDate: string | null; status?: 'pending' | 'active' | 'ended' }[];
  /** Every audit row the conversation writes, exactly; left out only by the older tables written before audit was checked. */
  audit?: AuditRow[];
  /** What else the store must hold afterwards (a membership kept, a role left). */
  check?: (sesame: Sesame) => void;
}

/** Conversations in one language: `inLocale('nl-BE')({ … })`; a conversation may still name another locale. */
export const inLocale = (locale: string) => (c: Conversation): Conversation => ({ locale, ...c });

export const step = (text: string, slot: string | null, ...says: (string | RegExp)[]): TurnStep => ({ text, slot, says });
/** A step with what must be said and what must never be ("which entity?" when the request is no grant, "not understood"). */
export const stepNever = (text: string, slot: string | null, says: string[], never: string[] = []): TurnStep => ({ text, slot, says, never });
/** The grant's first questions, in the four languages: never asked when a message is another request. */
export const NEVER_A_GRANT = ['Pour quelle entité', 'Voor welke entiteit', 'Für welche Einrichtung', 'Which entity', 'Quelle qualité', 'Welke hoedanigheid', 'Welche Eigenschaft',
  'Which capacity', 'Quelles applications', 'Welke toepassingen', 'Welche Anwendungen', 'Which applications'];
export const as = (manager: Manager, s: TurnStep): TurnStep => ({ ...s, as: manager });
export const granted = (niss: string, application: string, by: Manager = 'demo'): AuditRow => ({ action: 'grantAccess', outcome: 'ok', by, niss, application });

/** Jan becomes a specialist doctor's collaborator (with Colindos at IRIS) from HELD_FROM: a function held, of one kind. */
export const HELD_FROM = inDays(14);
export const JAN_SPECIALIST_COLLABORATOR = [`donne Colindos à ${JAN} pour IRIS, qualité hôpital, collaborateur d'un médecin spécialiste, à partir du ${ddmmyyyy(HELD_FROM)}`, 'oui'];
export const JAN_HOLDS_SPECIALIST = { niss: JAN, function: 'COLLAB_SPECIALIST', startDate: HELD_FROM, endDate: null };
/**
 * Hospiliss asked for Jan, who holds JAN_SPECIALIST_COLLABORATOR, then confirmed: the access is
 * given with the function he holds, unchanged; one audit row, the grant (no function written).
 */
export const HOSPILISS_WITH_HELD_FUNCTION: Pick<Conversation, 'before' | 'grants' | 'functions' | 'audit'> = {
  before: [JAN_SPECIALIST_COLLABORATOR],
  grants: [{ niss: JAN, application: 'COLINDOS' }, { niss: JAN, application: 'HOSPILISS' }],
  functions: [JAN_HOLDS_SPECIALIST],
  audit: [granted(JAN, 'HOSPILISS')],
};

/** The demo manager activates IRIS's INAMI qualité by giving Jan Chapter IV there. */
export const ACTIVATE_INAMI = ['bonjour', '2', '2', 'oui', JAN, 'oui', 'chapitre 4', 'oui'];

/**
 * The demo's users each belong to one entity, where a request naming them is put (said) when no entity is named. This makes one
 * of them a user of the other entity too (its hospital qualité), so that the entity is asked as for anyone of several entities.
 */
export const inBothEntities = (niss: string) => (sesame: Sesame): void => {
  const { people, catalog } = sesame.store;
  const u = people.userByNiss(niss)!;
  for (const inami of ['710087-50', '710338-90']) {
    const hospital = catalog.qualitiesOfEntity(catalog.entityByInami(inami)!.id).find((q) => q.kind === 'HOSPITAL')!;
    people.addMembership(u.id, hospital.id);
  }
};

/** The store holds exactly these grants and functions, in any order. */
export function expectStoreHolds(sesame: Sesame, grants: Conversation['grants'], functions: NonNullable<Conversation['functions']> = []): void {
  const held = sesame.store.access.listGrants().map((g) => ({ niss: g.niss, application: g.application }));
  expect(held).toEqual(expect.arrayContaining(grants));
  expect(held).toHaveLength(grants.length);
  const withStatus = functions.some((f) => f.status !== undefined);
  const fns = sesame.store.access.listFunctions().map((f) => ({ niss: f.niss, function: f.function, startDate: f.startDate, endDate: f.endDate, ...(withStatus ? { status: f.status } : {}) }));
  expect(fns).toEqual(expect.arrayContaining(functions));
  expect(fns).toHaveLength(functions.length);
}

/** Runs each conversation as one jest test, with a fresh server and store; at least `atLeast` in each language of `langs`. */
export function describeConversations(title: string, langs: string | string[], conversations: Conversation[], atLeast = 10): void {
  describe(title, () => {
    let tmp: ReturnType<typeof tempDir>;
    let sesame: Sesame;

    beforeEach(async () => {
      tmp = tempDir();
      sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
      const { people, catalog } = sesame.store;
      const anne = catalog.entityByInami('710338-90')!;
      const iris = catalog.entityByInami('710087-50')!;
      const inami = catalog.qualitiesOfEntity(iris.id).find((q) => q.kind === 'INAMI_CARE')!;
      people.addRole(people.addManager({ channelUserId: FROM.oneEntity, name: 'Anne Manager' }).id, 'RAE', anne.id);
      people.addRole(people.addManager({ channelUserId: FROM.gaInami, name: 'Gaëlle GA' }).id, 'GA', iris.id, inami.id);
      people.addRole(people.addManager({ channelUserId: FROM.irisRae, name: 'Iris Rae' }).id, 'RAE', iris.id);
    });
    afterEach(async () => {
      await sesame.close();
      tmp.cleanup();
    });

    it(`has at least ${atLeast} conversations in ${[langs].flat().join(', ')}`, () => {
      for (const lang of [langs].flat()) expect(conversations.filter((c) => c.name.startsWith(`${lang}:`)).length).toBeGreaterThanOrEqual(atLeast);
    });

    it.each(conversations)('$name', async ({ name, locale, manager = 'demo', shared = false, setup, before = [], steps, grants, functions = [], audit, check }) => {
      setup?.(sesame);
      for (const [i, texts] of before.entries()) await new ChatClient(() => sesame.url, `before-${i}`).walk(texts);
      const firstNew = Math.max(0, ...sesame.store.audit.list().map((a) => a.id)) + 1;
      const chats = new Map<Manager, ChatClient>();
      const chatOf = (m: Manager) => {
        if (!chats.has(m)) chats.set(m, new ChatClient(() => sesame.url, shared ? `conv-${name}` : `conv-${name}-${m}`, { from: FROM[m], ...(locale ? { locale } : {}) }));
        return chats.get(m)!;
      };
      for (const s of steps) await expectSteps(chatOf(s.as ?? manager), [s]);

      expectStoreHolds(sesame, grants, functions);
      check?.(sesame);

      // The invitation mailed at start-up to the demo's invited user is the system's, not the conversation's.
      if (!audit) return;
      const rows = sesame.store.audit.list().filter((a) => a.id >= firstNew && a.action !== 'issueInvitation');
      const byOf = (id: string) => (Object.entries(FROM).find(([, v]) => v === id)?.[0] ?? id) as Manager;
      const read = rows.map((r) => ({ action: r.action, outcome: r.outcome, by: byOf(r.by), niss: r.niss, application: r.application, details: r.details }));
      const wanted = audit.map((a) => expect.objectContaining({ ...a, by: a.by ?? manager, ...(a.details ? { details: expect.objectContaining(a.details) } : {}) }));
      expect(read).toEqual(expect.arrayContaining(wanted));
      expect(read).toHaveLength(audit.length);
    });
  });
}
