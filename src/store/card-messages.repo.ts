import type { Db } from './db';

/** Which sent message carries a conversation's card for a slot of a request (to update it in place). */
export class CardMessagesRepo {
  private readonly rememberStmt;
  private readonly findStmt;
  private readonly forgetStmt;

  constructor(db: Db) {
    this.rememberStmt = db.prepare(
      `INSERT INTO card_messages (conversation_id, marker, slot, activity_id, activity, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id, marker, slot) DO UPDATE SET activity_id = excluded.activity_id, activity = excluded.activity, at = excluded.at`,
    );
    this.findStmt = db.prepare(`SELECT activity_id, activity FROM card_messages WHERE conversation_id = ? AND marker = ? AND slot = ?`);
    this.forgetStmt = db.prepare(`DELETE FROM card_messages WHERE at < ?`);
  }

  remember(conversationId: string, marker: string, slot: string, activityId: string, activity: unknown, now = Date.now()): void {
    this.rememberStmt.run(conversationId, marker, slot, activityId, JSON.stringify(activity), now);
  }

  find(conversationId: string, marker: string, slot: string): { activityId: string; activity: Record<string, unknown> } | undefined {
    const row = this.findStmt.get(conversationId, marker, slot) as { activity_id: string; activity: string } | undefined;
    return row && { activityId: row.activity_id, activity: JSON.parse(row.activity) as Record<string, unknown> };
  }

  prune(olderThan: number): number {
    return this.forgetStmt.run(olderThan).changes;
  }
}
