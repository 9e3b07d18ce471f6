/** Why the store refused an order, in terms the conversation can explain to the manager. */
export type ConflictReason =
  | 'nissExists'
  | 'usernameTaken'
  | 'qualityInactive'
  | 'unknownQuality'
  | 'unknownUser'
  | 'unknownApplication'
  | 'applicationNotInQuality'
  | 'unknownFunction'
  | 'invalidRole';

export class ConflictError extends Error {
  constructor(readonly reason: ConflictReason, detail = '') {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'ConflictError';
  }
}

/** What kind of database failure an error is, for a precise answer to the user; undefined if not one. */
export function storeProblem(err: unknown): 'busy' | 'full' | 'readonly' | 'other' | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_READONLY')) return 'readonly';
  return 'other';
}
