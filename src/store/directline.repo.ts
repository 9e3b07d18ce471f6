import type { Db } from './db';

export interface LoggedActivity {
  seq: number;
  activity: Record<string, unknown>;
}

/** Direct Line conversations and their activity logs; the seq of an activity is its watermark. */
export class DirectLineRepo {
  private readonly createStmt;
  private readonly ownerStmt;
  private readonly lastSeqStmt;
  private readonly appendStmt;
  private readonly afterStmt;
  private readonly byIdStmt;
  private readonly pruneActivitiesStmt;
  private readonly pruneConversationsStmt;

  constructor(private readonly db: Db) {
    this.createStmt = db.prepare(`INSERT OR IGNORE INTO directline_conversations (id, user_id, created_at) VALUES (?, ?, ?)`);
    this.ownerStmt = db.prepare(`SELECT user_id FROM directline_conversations WHERE id = ?`);
    this.lastSeqStmt = db.prepare(`SELECT coalesce(max(seq), 0) AS seq FROM directline_activities WHERE conversation_id = ?`);
    this.appendStmt = db.prepare(
      `INSERT INTO directline_activities (conversation_id, seq, activity_id, activity, at) VALUES (?, ?, ?, ?, ?)`,
    );
    this.afterStmt = db.prepare(
      `SELECT seq, activity FROM directline_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
    );
    this.pruneActivitiesStmt = db.prepare(`DELETE FROM directline_activities WHERE at < ?`);
    this.pruneConversationsStmt = db.prepare(
      `DELETE FROM directline_conversations WHERE created_at < ?
         AND NOT EXISTS (SELECT 1 FROM directline_activities a WHERE a.conversation_id = directline_conversations.id)`,
    );
    this.byIdStmt = db.prepare(
      `SELECT activity FROM directline_activities WHERE conversation_id = ? AND activity_id = ? ORDER BY seq DESC LIMIT 1`,
    );
  }

  /** Creates the conversation for this user; false when it exists already (owned by whoever made it). */
  create(id: string, userId: string, now = Date.now()): boolean {
    return this.createStmt.run(id, userId, now).changes === 1;
  }

  owner(id: string): string | undefined {
    return (this.ownerStmt.get(id) as { user_id: string } | undefined)?.user_id;
  }

  /**
   * Appends an activity; `build` receives its seq (to name a new activity after it) and returns the
   * activity to store. One transaction, so two writers never get the same seq.
   */
  append(conversationId: string, build: (seq: number) => Record<string, unknown>, now = Date.now()): LoggedActivity {
    return this.db.transaction(() => {
      const seq = (this.lastSeqStmt.get(conversationId) as { seq: number }).seq + 1;
      const activity = build(seq);
      this.appendStmt.run(conversationId, seq, String(activity.id), JSON.stringify(activity), now);
      return { seq, activity };
    })();
  }

  after(conversationId: string, watermark: number, limit = 500): LoggedActivity[] {
    return (this.afterStmt.all(conversationId, watermark, limit) as { seq: number; activity: string }[]).map((r) => ({
      seq: r.seq,
      activity: JSON.parse(r.activity) as Record<string, unknown>,
    }));
  }

  lastSeq(conversationId: string): number {
    return (this.lastSeqStmt.get(conversationId) as { seq: number }).seq;
  }

  /** The latest version of an activity (an update appends it again). */
  activity(conversationId: string, activityId: string): Record<string, unknown> | undefined {
    const row = this.byIdStmt.get(conversationId, activityId) as { activity: string } | undefined;
    return row && (JSON.parse(row.activity) as Record<string, unknown>);
  }

  /** Forgets what was said before `before`, and the conversations left empty: the log is not an archive. */
  prune(before: number): { activities: number; conversations: number } {
    return this.db.transaction(() => ({
      activities: this.pruneActivitiesStmt.run(before).changes,
      conversations: this.pruneConversationsStmt.run(before).changes,
    }))();
  }
}
