import type { Db } from './db';
import { isLocale, type Locale } from '../domain/locale';

/** What a manager chose once and Sésame keeps: for now, the language to speak to them. */
export class PreferencesRepo {
  private readonly localeStmt;
  private readonly setLocaleStmt;

  constructor(db: Db) {
    this.localeStmt = db.prepare(`SELECT locale FROM managers WHERE id = ?`);
    this.setLocaleStmt = db.prepare(`UPDATE managers SET locale = ? WHERE id = ? AND locale IS NOT ?`);
  }

  localeOf(managerId: number): Locale | undefined {
    const row = this.localeStmt.get(managerId) as { locale: string | null } | undefined;
    return isLocale(row?.locale) ? row.locale : undefined;
  }

  setLocale(managerId: number, locale: Locale): void {
    this.setLocaleStmt.run(locale, managerId, locale);
  }
}
