import ExcelJS from 'exceljs';
import type { Locale } from '../domain/locale';
import { EXPORT_COLUMNS, type ExportColumn } from '../i18n/export.catalog';
import { messages } from '../i18n/say';
import type { Store } from '../store/store';
import type { PeopleFilter } from '../store/directory.repo';
import type { PeopleView } from './find-people.service';
import { exportRows, type ExportRow } from '../people/export-rows';
import { formatNiss } from '../domain/niss';
import { formatDate, formatDateTime, spreadsheetDate, spreadsheetDateFormat } from '../domain/dates';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  buffer: Buffer;
  fileName: string;
  mimeType: string;
}

const MIME: Record<ExportFormat, string> = {
  // Excel opens a UTF-8 CSV with a BOM correctly; ';' is the list separator of Belgian locales.
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Columns for this export: the NISS only when the reader's role may see it. */
export function exportColumns(view: Pick<PeopleView, 'nissShown'>): ExportColumn[] {
  return EXPORT_COLUMNS.filter((c) => c !== 'niss' || view.nissShown);
}

/** A cell: text, or a moment (ms) or a day (YYYY-MM-DD) that each format writes its own way. */
type Cell = string | { at: number } | { day: string };

function cells(r: ExportRow, columns: ExportColumn[], locale: Locale): Cell[] {
  const m = messages('export', locale);
  const p = r.person;
  const at = (t: number | null): Cell => (t === null ? '' : { at: t });
  const day = (d: string | null): Cell => (d === null ? '' : { day: d });
  return columns.map((c): Cell => {
    switch (c) {
      case 'lastName': return p.lastName;
      case 'firstName': return p.firstName;
      case 'title': return p.title ?? '';
      case 'username': return p.username;
      case 'type': return m.personType({ type: p.type });
      case 'niss': return p.niss === null ? '' : formatNiss(p.niss);
      case 'status': return m.userStatus({ status: p.status });
      case 'email': return p.email;
      case 'language': return p.language.toUpperCase();
      case 'quality': return r.quality?.[locale] ?? '';
      case 'application': return r.application?.[locale] ?? '';
      case 'accessStatus': return r.accessStatus === null ? '' : m.accessStatus({ status: r.accessStatus });
      case 'requestedAt': return at(r.requestedAt);
      case 'activeSince': return at(r.activeSince);
      case 'pendingUntil': return at(r.pendingUntil);
      case 'function': return r.function?.[locale] ?? '';
      case 'functionStart': return day(r.functionStart);
      case 'functionEnd': return day(r.functionEnd);
    }
  });
}

/** A spreadsheet runs a cell starting with = + - @ as a formula: such text is prefixed with '. */
export function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const v = neutralize(value);
  return /[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: ExportRow[], columns: ExportColumn[], locale: Locale): Buffer {
  const m = messages('export', locale);
  // Dates as the chat writes them (Europe/Brussels), so the file reads the same as the conversation.
  const text = (c: Cell) => (typeof c === 'string' ? c : 'at' in c ? formatDateTime(c.at, locale) : formatDate(c.day, locale));
  const lines = [columns.map((c) => m.column({ column: c })), ...rows.map((r) => cells(r, columns, locale).map(text))];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvField).join(';')).join('\r\n')}\r\n`, 'utf8');
}

const WIDTHS: Partial<Record<ExportColumn, number>> = { application: 30, quality: 30, function: 34, email: 30, status: 26 };

export async function toXlsx(rows: ExportRow[], columns: ExportColumn[], locale: Locale): Promise<Buffer> {
  const m = messages('export', locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sésame';
  const sheet = workbook.addWorksheet(m.exportSheet());
  sheet.columns = columns.map((c) => ({ header: m.column({ column: c }), key: c, width: WIDTHS[c] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const withTime = spreadsheetDateFormat(locale, true);
  const dateOnly = spreadsheetDateFormat(locale, false);
  for (const r of rows) {
    const row = sheet.addRow([]);
    cells(r, columns, locale).forEach((c, i) => {
      const cell = row.getCell(i + 1);
      // Text stays text (a NISS keeps its leading zero, nothing runs as a formula); dates are real
      // dates, so a column sorts and filters by date.
      if (typeof c === 'string') cell.value = neutralize(c);
      else {
        cell.value = spreadsheetDate('at' in c ? c.at : c.day);
        cell.numFmt = 'at' in c ? withTime : dateOnly;
      }
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The user list as a file to send (chat attachment) or write (CLI): one row per access, names in
 * the reader's language. `scope` is the entity (and qualité) the list was taken in.
 */
export async function exportPeople(
  store: Store,
  scope: Pick<PeopleFilter, 'entityId' | 'qualityId'>,
  view: PeopleView,
  format: ExportFormat,
  locale: Locale,
  now = new Date(),
): Promise<ExportFile> {
  const stamp = now.toISOString().slice(0, 10);
  const fileName = `${messages('export', locale).exportFileBase()}-${stamp}.${format}`;
  const rows = exportRows(store, scope, view);
  const columns = exportColumns(view);
  const buffer = format === 'csv' ? toCsv(rows, columns, locale) : await toXlsx(rows, columns, locale);
  return { buffer, fileName, mimeType: MIME[format] };
}
