import type { Db } from './db';
import type { Locale } from '../domain/locale';

/** One manager's state in a conversation: two people writing in one conversation id never share it. */
export interface ConversationRow {
  id: string;
  managerId: number;
  reference: unknown | null;
  locale: Locale;
  snapshot: unknown | null;
  machineVersion: number;
  version: number;
}

export interface TurnCommit {
  conversationId: string;
  /** Whose turn it was: the state, the reference and the remembered replies are theirs. */
  managerId: number;
  /** The version read at the start of the turn; a different one on disk means a stale writer. */
  expectedVersion: number;
  snapshot: unknown;
  machineVersion: number;
  locale: Locale;
  reference: unknown;
  activityId: string | undefined;
  replies: unknown[];
}

export class StaleConversationError extends Error {
  constructor(conversationId: string) {
    super(`conversation ${conversationId} was changed by another turn`);
    this.name = 'StaleConversationError';
  }
}

export class ConversationsRepo {
  private readonly getStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly processedStmt;
  private readonly rememberStmt;
  private readonly pruneStmt;
  private readonly referenceStmt;
  private readonly countStmt;

  constructor(private readonly db: Db) {
    this.getStmt = db.prepare(
      `SELECT id, manager_id, reference, locale, snapshot, machine_version, version FROM conversations WHERE id = ? AND manager_id = ?`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO conversations (id, manager_id, reference, locale, snapshot, machine_version, version, updated_at)
       VALUES (@id, @managerId, @reference, @locale, @snapshot, @machineVersion, 1, @now)
       ON CONFLICT (id, manager_id) DO NOTHING`,
    );
    this.updateStmt = db.prepare(
      `UPDATE conversations SET reference = @reference, locale = @locale, snapshot = @snapshot,
         machine_version = @machineVersion, version = version + 1, updated_at = @now
       WHERE id = @id AND manager_id = @managerId AND version = @expectedVersion`,
    );
    this.processedStmt = db.prepare(
      `SELECT replies FROM processed_activities WHERE conversation_id = ? AND manager_id = ? AND activity_id = ?`,
    );
    this.rememberStmt = db.prepare(
      `INSERT OR IGNORE INTO processed_activities (conversation_id, manager_id, activity_id, replies, at) VALUES (?, ?, ?, ?, ?)`,
    );
    this.pruneStmt = db.prepare(`DELETE FROM processed_activities WHERE at < ?`);
    this.referenceStmt = db.prepare(`SELECT reference, locale FROM conversations WHERE id = ? AND manager_id = ?`);
    this.countStmt = db.prepare(`SELECT count(*) AS n FROM conversations`);
  }

  get(id: string, managerId: number): ConversationRow | undefined {
    const row = this.getStmt.get(id, managerId) as
      | { id: string; manager_id: number; reference: string | null; locale: Locale; snapshot: string | null; machine_version: number; version: number }
      | undefined;
    if (!row) return undefined;
    return {
      id: row.id,
      managerId: row.manager_id,
      reference: row.reference === null ? null : JSON.parse(row.reference),
      locale: row.locale,
      snapshot: row.snapshot === null ? null : JSON.parse(row.snapshot),
      machineVersion: row.machine_version,
      version: row.version,
    };
  }

  /**
   * Replies already given to this manager's activity, if it was processed before (a redelivery).
   * Another sender reusing the ids gets nothing here: their replies are never someone else's.
   */
  processedReplies(conversationId: string, managerId: number, activityId: string): unknown[] | undefined {
    const row = this.processedStmt.get(conversationId, managerId, activityId) as { replies: string } | undefined;
    return row && (JSON.parse(row.replies) as unknown[]);
  }

  /** Saves the settled snapshot and the replies of the activity in one transaction; refuses a stale writer. */
  commitTurn(c: TurnCommit, now = Date.now()): number {
    return this.db.transaction(() => {
      const params = {
        id: c.conversationId,
        managerId: c.managerId,
        reference: JSON.stringify(c.reference),
        locale: c.locale,
        snapshot: JSON.stringify(c.snapshot),
        machineVersion: c.machineVersion,
        expectedVersion: c.expectedVersion,
        now,
      };
      const written =
        c.expectedVersion === 0 ? this.insertStmt.run(params).changes : this.updateStmt.run(params).changes;
      if (written === 0) throw new StaleConversationError(c.conversationId);
      if (c.activityId) this.rememberStmt.run(c.conversationId, c.managerId, c.activityId, JSON.stringify(c.replies), now);
      return c.expectedVersion + 1;
    })();
  }

  /** Where this manager's notices for the conversation go: the reference of their own last turn in it. */
  reference(conversationId: string, managerId: number): { reference: unknown; locale: Locale } | undefined {
    const row = this.referenceStmt.get(conversationId, managerId) as { reference: string | null; locale: Locale } | undefined;
    if (!row || row.reference === null) return undefined;
    return { reference: JSON.parse(row.reference), locale: row.locale };
  }

  pruneProcessed(olderThan: number): number {
    return this.pruneStmt.run(olderThan).changes;
  }

  count(): number {
    return (this.countStmt.get() as { n: number }).n;
  }
}
