import { randomBytes } from 'node:crypto';
import type { Db } from './db';

export interface PendingFile {
  id: string;
  managerId: number;
  conversationId: string;
  fileName: string;
  mimeType: string;
  content: Buffer;
  expiresAt: number;
}

/** An offer not answered within this time is forgotten; Teams' card then gets "expired". */
export const PENDING_FILE_TTL_MS = 60 * 60_000;
/** An export larger than this is not offered (Teams takes far more; a directory export is ~100 kB per 1,000 people). */
export const PENDING_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** Offers kept per manager: asking again and again does not fill the database. */
const PER_MANAGER = 5;

/** Files offered with a Teams file-consent card, waiting for the user's answer. */
export class PendingFilesRepo {
  private readonly insertStmt;
  private readonly getStmt;
  private readonly takeStmt;
  private readonly pruneStmt;
  private readonly trimStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO pending_files (id, manager_id, conversation_id, file_name, mime_type, content, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.getStmt = db.prepare(`SELECT * FROM pending_files WHERE id = ? AND expires_at > ?`);
    this.takeStmt = db.prepare(`DELETE FROM pending_files WHERE id = ?`);
    this.pruneStmt = db.prepare(`DELETE FROM pending_files WHERE expires_at <= ?`);
    this.trimStmt = db.prepare(
      `DELETE FROM pending_files WHERE manager_id = ? AND id NOT IN (SELECT id FROM pending_files WHERE manager_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
    );
  }

  /** Keeps a file for a later answer; returns its id. Expired offers and a manager's oldest beyond the limit go. */
  offer(file: Omit<PendingFile, 'id' | 'expiresAt'>, now: number): string {
    if (file.content.length > PENDING_FILE_MAX_BYTES) throw new RangeError('file too large to offer');
    const id = randomBytes(16).toString('hex');
    this.db.transaction(() => {
      this.pruneStmt.run(now);
      this.insertStmt.run(id, file.managerId, file.conversationId, file.fileName, file.mimeType, file.content, now, now + PENDING_FILE_TTL_MS);
      this.trimStmt.run(file.managerId, file.managerId, PER_MANAGER);
    })();
    return id;
  }

  /** The file still waiting under this id (unexpired), or undefined. */
  get(id: string, now: number): PendingFile | undefined {
    const row = this.getStmt.get(id, now) as
      | { id: string; manager_id: number; conversation_id: string; file_name: string; mime_type: string; content: Buffer; expires_at: number }
      | undefined;
    return (
      row && { id: row.id, managerId: row.manager_id, conversationId: row.conversation_id, fileName: row.file_name, mimeType: row.mime_type, content: row.content, expiresAt: row.expires_at }
    );
  }

  /** Forgets an answered offer; false if another answer took it first. */
  take(id: string): boolean {
    return this.takeStmt.run(id).changes === 1;
  }

  prune(now: number): number {
    return this.pruneStmt.run(now).changes;
  }
}
