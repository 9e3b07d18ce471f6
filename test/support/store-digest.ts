import { createHash } from 'node:crypto';
import type { Db } from '../../src/store/db';

/** Every table of the schema, in a stable order (migrations bookkeeping excluded). */
export function tableNames(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map(
    (r) => r.name,
  );
}

export interface DigestOptions {
  /** Tables left out (e.g. conversations, which a legitimate turn changes). */
  exclude?: readonly string[];
  /** Columns replaced by a placeholder: times differ between two runs of the same story. */
  volatileColumns?: readonly string[];
}

export const TIME_COLUMNS = ['at', 'created_at', 'updated_at', 'requested_at', 'active_at', 'activated_at', 'revoked_at', 'next_attempt_at', 'sent_at'];

/** The store's content as plain rows, per table, for deep comparison. */
export function storeRows(db: Db, options: DigestOptions = {}): Record<string, unknown[]> {
  const volatile = new Set(options.volatileColumns ?? []);
  const out: Record<string, unknown[]> = {};
  for (const t of tableNames(db)) {
    if (options.exclude?.includes(t)) continue;
    // Table names come from sqlite_schema, never from input.
    const rows = db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Record<string, unknown>[];
    out[t] = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, volatile.has(k) ? '<volatile>' : v])));
  }
  return out;
}

/** One hash for the whole store: equal digests, equal content. */
export function storeDigest(db: Db, options: DigestOptions = {}): string {
  return createHash('sha256').update(JSON.stringify(storeRows(db, options))).digest('hex');
}
