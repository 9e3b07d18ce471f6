import ExcelJS from 'exceljs';
import type { Locale } from '../domain/locale';
import { PEOPLE_COLUMNS, type PeopleColumn } from '../../dialogs/messages/people.catalog';
import { PEOPLE_MESSAGES } from '../../dialogs/messages/people';
import type { PeopleView, PersonView } from './find-people';
import { formatNiss } from '../domain/niss';

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
export function exportColumns(view: Pick<PeopleView, 'nissShown'>): PeopleColumn[] {
  return PEOPLE_COLUMNS.filter((c) => c !== 'niss' || view.nissShown);
}

function cells(p: PersonView, columns: PeopleColumn[], locale: Locale): string[] {
  const m = PEOPLE_MESSAGES[locale];
  return columns.map((c) => {
    switch (c) {
      case 'lastName': return p.lastName;
      case 'firstName': return p.firstName;
      case 'username': return p.username;
      case 'type': return m.personType({ type: p.type });
      case 'niss': return p.niss === null ? '' : formatNiss(p.niss);
      case 'status': return m.userStatus({ status: p.status });
      case 'applications': return p.applications.join(', ');
      case 'email': return p.email;
      case 'language': return p.language.toUpperCase();
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

export function toCsv(view: PeopleView, locale: Locale): Buffer {
  const columns = exportColumns(view);
  const m = PEOPLE_MESSAGES[locale];
  const lines = [columns.map((c) => m.column({ column: c })), ...view.items.map((p) => cells(p, columns, locale))];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvField).join(';')).join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(view: PeopleView, locale: Locale): Promise<Buffer> {
  const columns = exportColumns(view);
  const m = PEOPLE_MESSAGES[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sésame';
  const sheet = workbook.addWorksheet(m.exportSheet());
  sheet.columns = columns.map((c) => ({ header: m.column({ column: c }), key: c, width: c === 'applications' ? 40 : 22 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Every value is written as text: a NISS keeps its leading zero, nothing is read as a formula.
  for (const p of view.items) sheet.addRow(cells(p, columns, locale).map((v) => neutralize(v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The user list as a file to send (chat attachment) or write (CLI). */
export async function exportPeople(view: PeopleView, format: ExportFormat, locale: Locale, now = new Date()): Promise<ExportFile> {
  const stamp = now.toISOString().slice(0, 10);
  const fileName = `${PEOPLE_MESSAGES[locale].exportFileBase()}-${stamp}.${format}`;
  const buffer = format === 'csv' ? toCsv(view, locale) : await toXlsx(view, locale);
  return { buffer, fileName, mimeType: MIME[format] };
}
