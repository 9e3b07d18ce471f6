import type { Db } from './db';

export interface PersonalChat {
  conversationId: string;
  reference: unknown;
}

/** Where each manager can be reached one to one, per channel. */
export class PersonalChatsRepo {
  private readonly getStmt;
  private readonly upsertStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare(`SELECT conversation_id, reference FROM personal_chats WHERE manager_id = ? AND channel_id = ?`);
    this.upsertStmt = db.prepare(
      `INSERT INTO personal_chats (manager_id, channel_id, conversation_id, reference, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (manager_id, channel_id) DO UPDATE SET conversation_id = excluded.conversation_id,
         reference = excluded.reference, updated_at = excluded.updated_at`,
    );
  }

  get(managerId: number, channelId: string): PersonalChat | undefined {
    const row = this.getStmt.get(managerId, channelId) as { conversation_id: string; reference: string } | undefined;
    return row && { conversationId: row.conversation_id, reference: JSON.parse(row.reference) as unknown };
  }

  remember(managerId: number, channelId: string, conversationId: string, reference: unknown, now = Date.now()): void {
    this.upsertStmt.run(managerId, channelId, conversationId, JSON.stringify(reference), now);
  }
}
