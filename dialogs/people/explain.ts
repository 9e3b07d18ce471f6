import { ForbiddenError, type Action } from '../../src/domain/authorization';
import type { ChatRefusal, ImpossibleReason, ManagerRole } from '../../src/i18n/manage.catalog';
import type { Said } from '../view';

/** The designation a refusal is about: its role, whether it takes the role away, and the role as typed. */
export interface Designation { role: ManagerRole; remove: boolean; said?: string }

const REFUSALS: readonly ChatRefusal[] = ['viewUsers', 'viewNiss', 'revokeAccess', 'designateManager', 'grantAccess', 'viewAudit', 'diagnose'];
const IMPOSSIBLE: readonly ImpossibleReason[] = ['unknownApplication', 'applicationNotInQuality', 'unknownQuality', 'unknownUser', 'invalidRole'];

/** The sentence for an action refused: the action named when there is one for it. */
const refusalOf = (action: Action | string): ChatRefusal => ((REFUSALS as readonly string[]).includes(action) ? (action as ChatRefusal) : 'other');

/**
 * A refusal or an impossible order, as the manager should read it; anything else is thrown again.
 * An impossible order is the store's ConflictError, known by its name and reason: dialogs import no store.
 */
export function explain(err: unknown, designation?: Designation): Said[] {
  // A designation refused is said with the role asked, in the manager's words too: never as "access managers" in general.
  if (err instanceof ForbiddenError && designation) return [{ chat: { key: 'refused', params: { action: 'designateManager', designation } } }];
  if (err instanceof ForbiddenError) return [{ chat: { key: 'refused', params: { action: refusalOf(err.action) } } }];
  const conflict = err instanceof Error && err.name === 'ConflictError' ? (err as Error & { reason?: string }).reason : undefined;
  if (conflict !== undefined) {
    const reason = (IMPOSSIBLE as readonly string[]).includes(conflict) ? (conflict as ImpossibleReason) : 'other';
    return [{ chat: { key: 'impossible', params: { reason } } }];
  }
  throw err;
}

/** As explain, for a dialog, which cannot throw: any other failure is a technical error, said as such. */
export function failureNotices(err: unknown, designation?: Designation): Said[] {
  try {
    return explain(err, designation);
  } catch {
    return [{ key: 'technicalError' }];
  }
}
