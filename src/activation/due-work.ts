import type { AccessRepo } from '../store/access.repo';
import type { RevocationRepo } from '../store/revocation.repo';

/** What the activation scheduler runs when due: anything with a next time and a way to apply it. */
export interface DueWork {
  activateDue(now: number): { grants: number; functions: number; notifications: number };
  nextDueAt(): number | null;
}

/**
 * Grants and functions becoming active, and revocations taking effect, on one timer: both follow
 * the portal's delay, and both are announced through the same outbox.
 */
export function accessChanges(access: AccessRepo, revocations: RevocationRepo): DueWork {
  return {
    activateDue(now) {
      const on = access.activateDue(now);
      const off = revocations.applyDue(now);
      return {
        grants: on.grants + off.grants,
        functions: on.functions + off.functions,
        notifications: on.notifications + off.notifications,
      };
    },
    nextDueAt() {
      const times = [access.nextDueAt(), revocations.nextDueAt()].filter((t): t is number => t !== null);
      return times.length === 0 ? null : Math.min(...times);
    },
  };
}
