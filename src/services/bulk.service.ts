import type { Store } from '../store/store';
import { isVisibleTo } from '../people/visibility';
import type { GrantResult } from '../store/access.repo';
import { checkNiss, formatNiss } from '../domain/niss';
import { ForbiddenError } from '../domain/authorization';
import { ConflictError } from '../store/errors';
import { servicesOf } from './index';

export interface BulkInputLine {
  /** 1-based line number in what the manager sent (CSV header included). */
  line: number;
  input: string;
}

export type BulkOutcome = 'invalidNiss' | 'unknownUser' | 'duplicate' | 'alreadyHolds' | 'ok';

export interface BulkPlanLine extends BulkInputLine {
  outcome: BulkOutcome;
  niss: string | null;
  userId: number | null;
  person: string | null;
  /** ok: the applications to grant; alreadyHolds: those already held (all of them). */
  applications: string[];
  /** The account when it cannot use an access yet (users.status): the line says so. */
  account?: 'invited' | 'disabled';
}

export interface BulkPlan {
  managerId: number;
  qualityId: number;
  applicationCodes: string[];
  lines: BulkPlanLine[];
  summary: Record<BulkOutcome, number>;
}

export interface BulkLineResult {
  line: number;
  input: string;
  person: string;
  ok: boolean;
  /** The grants of this person (new or already held), or the reason it failed. */
  grants: GrantResult['grants'];
  failure: 'forbidden' | 'conflict' | 'error' | null;
}

const NISS_HEADER = /^(niss|insz|enss|rijksregisternummer|numéro national|national number)$/i;

/**
 * NISS numbers from a message or a CSV file: one per line, or separated by commas/semicolons/
 * spaces in a message; in a CSV with a header, the column named NISS (or INSZ, ENSS).
 */
export function parseNissList(text: string): BulkInputLine[] {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const sep = rows.some((r) => r.includes(';')) ? ';' : ',';
  const header = rows[0]?.split(sep).map((c) => c.trim().replace(/^"|"$/g, '')) ?? [];
  const column = header.findIndex((h) => NISS_HEADER.test(h));
  const out: BulkInputLine[] = [];
  rows.forEach((row, i) => {
    if (column >= 0) {
      if (i === 0) return;
      const cell = row.split(sep)[column]?.trim().replace(/^"|"$/g, '') ?? '';
      if (cell !== '') out.push({ line: i + 1, input: cell });
      return;
    }
    // A message: "85.07.30-033.28" and "85 07 30 033 28" are one number; "85073003328 90041212377" are two.
    for (const part of row.split(/[;,\t]/).map((p) => p.trim()).filter(Boolean)) {
      const words = part.split(/\s+/);
      const several = words.length > 1 && part.replace(/\D/g, '').length > 11 && words.every((w) => w.replace(/\D/g, '').length >= 11);
      for (const input of several ? words : [part]) out.push({ line: i + 1, input });
    }
  });
  return out;
}

const emptySummary = (): Record<BulkOutcome, number> => ({ invalidNiss: 0, unknownUser: 0, duplicate: 0, alreadyHolds: 0, ok: 0 });

/**
 * Validates each line (valid NISS? known user? already listed? already holds everything?)
 * without writing anything. The manager must be allowed to grant in the qualité.
 */
export async function planBulkGrant(
  store: Store,
  managerId: number,
  qualityId: number,
  applicationCodes: string[],
  lines: BulkInputLine[],
  now = new Date(),
): Promise<BulkPlan> {
  const quality = store.catalog.qualityById(qualityId);
  if (!quality) throw new ConflictError('unknownQuality', String(qualityId));
  servicesOf(store).authorizer.authorize(managerId, ['grantAccess'], { entityId: quality.entityId, qualityId });
  const kindApps = new Set(store.catalog.applicationsForKind(quality.kind).map((a) => a.code));
  for (const code of applicationCodes) {
    if (!store.catalog.applicationByCode(code)) throw new ConflictError('unknownApplication', code);
    if (!kindApps.has(code)) throw new ConflictError('applicationNotInQuality', code);
  }
  const seen = new Set<string>();
  const summary = emptySummary();
  const planned = lines.map((l): BulkPlanLine => {
    const base = { ...l, niss: null, userId: null, person: null, applications: [] as string[] };
    const check = checkNiss(l.input, now);
    if (!check.ok) return { ...base, outcome: 'invalidNiss' };
    if (seen.has(check.niss)) return { ...base, niss: check.niss, outcome: 'duplicate' };
    seen.add(check.niss);
    const user = store.people.userByNiss(check.niss);
    if (!user) return { ...base, niss: check.niss, outcome: 'unknownUser' };
    // Someone who is no user of the manager's entities is added without being named (src/people/visibility.ts).
    const person = isVisibleTo(store, managerId, user.id) ? `${user.firstName} ${user.lastName}` : formatNiss(check.niss);
    const held = new Set(store.directory.heldApplications(user.id, qualityId));
    const missing = applicationCodes.filter((c) => !held.has(c));
    if (missing.length === 0) return { ...base, niss: check.niss, userId: user.id, person, outcome: 'alreadyHolds', applications: applicationCodes };
    const account = user.status === 'active' ? {} : { account: user.status };
    return { ...base, niss: check.niss, userId: user.id, person, outcome: 'ok', applications: missing, ...account };
  });
  for (const p of planned) summary[p.outcome] += 1;
  return { managerId, qualityId, applicationCodes, lines: planned, summary };
}

/**
 * Executes a confirmed plan: one grant order per person, each idempotent under the confirmation's
 * key, so confirming twice or resuming after a crash grants nothing twice. One line failing does
 * not stop the others; each gets its result line. The progress callback is awaited after each
 * person: a chat sends "12/40" between grants, so the manager reads it while the run goes on.
 * Each grant is its own transaction; "access changed" is said once, at the end, even after a failure.
 */
export async function executeBulkGrant(
  store: Store,
  plan: BulkPlan,
  options: { idempotencyKey: string; conversationId: string | null; onProgress?: (done: number, total: number) => void | Promise<void> },
): Promise<BulkLineResult[]> {
  const todo = plan.lines.filter((l) => l.outcome === 'ok');
  const results: BulkLineResult[] = [];
  try {
    for (const [i, l] of todo.entries()) {
      results.push(await grantLine(store, plan, l, options));
      await options.onProgress?.(i + 1, todo.length);
    }
  } finally {
    servicesOf(store).events.emit({ kind: 'granted', managerId: plan.managerId });
  }
  return results;
}

/** One person's grant under `<key>:<niss>`; a refusal or conflict becomes their failed line. */
async function grantLine(store: Store, plan: BulkPlan, l: BulkPlanLine, options: { idempotencyKey: string; conversationId: string | null }): Promise<BulkLineResult> {
  const person = `${l.person} (${formatNiss(l.niss!)})`;
  try {
    const r = await servicesOf(store).grants.execute({
      idempotencyKey: `${options.idempotencyKey}:${l.niss}`,
      managerId: plan.managerId,
      conversationId: options.conversationId,
      qualityId: plan.qualityId,
      activateQuality: false,
      user: { existingUserId: l.userId! },
      applicationCodes: plan.applicationCodes,
      fn: null,
    }, Date.now(), { announce: false });
    return { line: l.line, input: l.input, person, ok: true, grants: r.grants, failure: null };
  } catch (err) {
    const failure = err instanceof ForbiddenError ? 'forbidden' : err instanceof ConflictError ? 'conflict' : 'error';
    return { line: l.line, input: l.input, person, ok: false, grants: [], failure };
  }
}
