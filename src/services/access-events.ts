/** What a committed command changed, for those who act on it (the activation timer, the invitation mails). */
export interface AccessChange {
  kind: 'granted' | 'revoked' | 'functionEnded' | 'removed' | 'external';
  managerId?: number;
  userId?: number;
}

export type AccessListener = (change: AccessChange) => void;

/**
 * "Access changed": emitted by the services after the commit, never for a command refused, failed
 * or replayed (a bulk run says it once, at its end, even when a line failed: the others committed).
 * Listeners: the activation timer (it may move earlier) and the invitation mails (a new user).
 * A listener's error is its own: it never undoes or fails the command.
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
