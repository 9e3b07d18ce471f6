import type { ActivationService } from '../services/activation.service';
import type { DeactivationService } from '../services/deactivation.service';

/** What the activation scheduler runs when due: anything with a next time and a way to apply it. */
export interface DueWork {
  activateDue(now: number): { grants: number; functions: number; notifications: number };
  nextDueAt(): number | null;
}

/**
 * Grants and functions becoming active, and revocations taking effect, on one timer: both follow
 * the portal's delay, and both are announced through the same outbox.
 */
export function accessChanges(activation: ActivationService, deactivation: DeactivationService): DueWork {
  return {
    activateDue(now) {
      const on = activation.activateDue(now);
      const off = deactivation.applyDue(now);
      return {
        grants: on.grants + off.grants,
        functions: on.functions + off.functions,
        notifications: on.notifications + off.notifications,
      };
    },
    nextDueAt() {
      const times = [activation.nextDueAt(), deactivation.nextDueAt()].filter((t): t is number => t !== null);
      return times.length === 0 ? null : Math.min(...times);
    },
  };
}
