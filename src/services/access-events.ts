/** What a committed command changed, for those who act on it (the activation timer, the invitation mails). */
export interface AccessChange {
  kind: 'granted' | 'revoked' | 'functionEnded' | 'removed' | 'external';
  managerId?: number;
  userId?: number;
}

export type AccessListener = (change: AccessChange) => void;

/**
 * "Access changed": emitted by the services after the commit (a rolled-back command emits nothing
 * that did not happen, though a failed one still wakes the timer: it is harmless and covers a partial
 * bulk run). A listener's error is its own: it never undoes or fails the command.
 */
export class AccessEvents {
  private readonly listeners = new Set<AccessListener>();

  on(listener: AccessListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: AccessChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch {
        // A listener's failure is not the command's.
      }
    }
  }
}
