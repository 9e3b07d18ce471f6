/** The outcome of a command run under a request key: `replayed` when it had already run. */
export type Replayable<R> = R & { replayed: boolean };

export interface IdempotentCommand<R> {
  /** The outcome recorded under the request key (bound to the manager), if it ran before. */
  recorded: () => R | undefined;
  /** Checks that need no transaction (authorization, existence): a refusal is audited and kept. */
  check: () => void;
  /** Runs `work` in the command's one transaction (durable: it changes access). */
  transaction: <T>(work: () => T) => T;
  /** Does the work and records its outcome under the key, in that transaction. */
  execute: () => R;
}

/**
 * Idempotent replay, the same for every command: a key that ran returns its recorded outcome and
 * writes nothing; asked again inside the transaction, since two deliveries may race past the first look.
 */
export function runOnce<R extends object>(c: IdempotentCommand<R>): Replayable<R> {
  const before = c.recorded();
  if (before) return { ...before, replayed: true };
  c.check();
  return c.transaction((): Replayable<R> => {
    const raced = c.recorded();
    if (raced) return { ...raced, replayed: true };
    return { ...c.execute(), replayed: false };
  });
}
