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
