import Papa from 'papaparse';
import { DEFAULT_STAGES, type Lead, type Stage } from '../model';
import type { CellValue, ColumnSetId } from './column-set';
import { COLUMN_SETS } from './column-sets';

export interface ExportCsvOptions {
  /** The user's pipeline; CRM stage and status columns are computed from it. */
  stages?: readonly Stage[];
}

// Excel opens a CSV without a byte-order mark in the local ANSI code page: "Åsa" turns to "Ã…sa".
const UTF8_BOM = '\uFEFF';

/**
 * Leads as CSV in one column set: UTF-8 with a byte-order mark, CRLF line ends (RFC 4180),
 * cells quoted where needed, text cells formula-guarded, numbers written bare.
 */
export function exportCsv(leads: readonly Lead[], columnSet: ColumnSetId, options: ExportCsvOptions = {}): string {
  const set = COLUMN_SETS[columnSet];
  const ctx = { stages: options.stages ?? DEFAULT_STAGES };
  const data = leads.map((lead) => set.columns.map((column) => toCell(column.value(lead, ctx), set.guard)));
  const csv = Papa.unparse({ fields: set.columns.map((column) => column.header), data }, { newline: '\r\n' });
  // papaparse ends a header-only file with a line break and a file with rows without one.
  return `${UTF8_BOM}${csv}${csv.endsWith('\r\n') ? '' : '\r\n'}`;
}

function toCell(value: CellValue, guard: (cell: string) => string): string | number {
  if (value === undefined) return '';
  return typeof value === 'number' ? value : guard(value);
}
