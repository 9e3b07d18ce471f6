import type { CatalogOf, NoticeOf } from './types';

/**
 * Columns of the user exports: the person as the portal lists them, then one access per row (the
 * application and its qualité, its dates, the function it goes with), so each date has its cell.
 */
export const EXPORT_COLUMNS = [
  'lastName', 'firstName', 'title', 'username', 'type', 'niss', 'status', 'email', 'language',
  'quality', 'application', 'accessStatus', 'requestedAt', 'activeSince', 'pendingUntil', 'function', 'functionStart', 'functionEnd',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The words of the user exports (CSV, Excel): column headers, cell values, the sheet and file names. */
export interface ExportMessageParams {
  column: { column: ExportColumn };
  personType: { type: 'USER' | 'COLLABORATOR' };
  userStatus: { status: 'invited' | 'active' | 'disabled' };
  accessStatus: { status: 'pending' | 'active' };
  exportSheet: void;
  exportFileBase: void;
}

export type ExportCatalog = CatalogOf<ExportMessageParams>;
export type ExportNotice = NoticeOf<ExportMessageParams>;
