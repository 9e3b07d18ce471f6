import type { Db } from './db';

/** Which sent message carries a conversation's card for a slot of a request (to update it in place). */
export class CardMessagesRepo {
  private readonly rememberStmt;
  private readonly findStmt;
  private readonly forgetStmt;
  private readonly latestStmt;
  private readonly doneStmt;

  constructor(db: Db) {
    this.rememberStmt = db.prepare(
      `INSERT INTO card_messages (conversation_id, marker, slot, activity_id, activity, at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (conversation_id, marker, slot) DO UPDATE SET activity_id = excluded.activity_id, activity = excluded.activity, at = excluded.at`,
    );
    this.findStmt = db.prepare(`SELECT activity_id, activity FROM card_messages WHERE conversation_id = ? AND marker = ? AND slot = ?`);
    this.forgetStmt = db.prepare(`DELETE FROM card_messages WHERE at < ?`);
    this.latestStmt = db.prepare(
      `SELECT marker, activity_id, activity FROM card_messages WHERE conversation_id = ? AND slot = ? AND marker LIKE ? ESCAPE '\\' ORDER BY at DESC, rowid DESC LIMIT 1`,
    );
    this.doneStmt = db.prepare(`DELETE FROM card_messages WHERE conversation_id = ? AND marker = ? AND slot = ?`);
  }

  remember(conversationId: string, marker: string, slot: string, activityId: string, activity: unknown, now = Date.now()): void {
    this.rememberStmt.run(conversationId, marker, slot, activityId, JSON.stringify(activity), now);
  }

  find(conversationId: string, marker: string, slot: string): { activityId: string; activity: Record<string, unknown> } | undefined {
    const row = this.findStmt.get(conversationId, marker, slot) as { activity_id: string; activity: string } | undefined;
    return row && { activityId: row.activity_id, activity: JSON.parse(row.activity) as Record<string, unknown> };
  }

  /** The card last remembered in a conversation whose marker begins with `markerPrefix` (one manager's requests). */
  latest(conversationId: string, markerPrefix: string, slot: string): { marker: string; activityId: string; activity: Record<string, unknown> } | undefined {
    const like = `${markerPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const row = this.latestStmt.get(conversationId, slot, like) as { marker: string; activity_id: string; activity: string } | undefined;
    return row && { marker: row.marker, activityId: row.activity_id, activity: JSON.parse(row.activity) as Record<string, unknown> };
  }

  /** A card whose request is decided: it is not followed any more. */
  forget(conversationId: string, marker: string, slot: string): void {
    this.doneStmt.run(conversationId, marker, slot);
  }

  prune(olderThan: number): number {
    return this.forgetStmt.run(olderThan).changes;
  }
}
