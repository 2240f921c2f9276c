/*
 * CSV injection: Excel, LibreOffice and Google Sheets run a cell that starts with one of these
 * as a formula (OWASP "CSV Injection"). A leading apostrophe makes them show it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/*
 * A sign followed only by digits, spaces and number or phone punctuation cannot spell a function,
 * a cell reference or a DDE target, so it is data, not a payload: "-42" and "+46 70 123 45 67"
 * reach the CRM as they are instead of with a stray apostrophe.
 */
const INERT_NUMBER = /^[+-][\d ()./+-]*\d[\d ()./+-]*$/;

/** A text cell made safe to open in a spreadsheet: formula-like text gets a leading `'`. */
export function guardCell(cell: string): string {
  return needsGuard(cell) ? `'${cell}` : cell;
}

/**
 * The Pipewell set's guard also prefixes text that already starts with `'`, so that every
 * guarded cell, and only those, starts with `'` and `unguardPipewellCell` can undo it exactly.
 */
export function guardPipewellCell(cell: string): string {
  return cell.startsWith("'") || needsGuard(cell) ? `'${cell}` : cell;
}

/** Reverses `guardPipewellCell`; only for files whose header row is the Pipewell set's. */
export function unguardPipewellCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

function needsGuard(cell: string): boolean {
  return FORMULA_START.test(cell) && !INERT_NUMBER.test(cell);
}
