import type { ColumnMapping, CsvTable } from '../../lib/io';
import { MAX_CHUNK_ROWS, MAX_SENT_CELL, type RowProblem } from '../../lib/messaging/protocol/io';

/** One `io.planImport` message's worth of rows; `firstRow` numbers rows as the file does (header = 1). */
export interface ImportChunk {
  firstRow: number;
  rows: string[][];
  problems: RowProblem[];
}

export interface ChunkLimits {
  maxRows?: number;
  /** Characters of cell text per chunk: keeps a message of long notes well under the runtime's limit. */
  maxChars?: number;
}

/**
 * A parsed file cut into message-sized chunks, always at least one. Cells of ignored columns
 * travel empty (their content is not needed, so a huge one costs nothing); a mapped cell longer
 * than any field can be is replaced by a problem for its row, which the plan then rejects.
 */
export function* chunkTable(table: CsvTable, mapping: ColumnMapping, limits: ChunkLimits = {}): Generator<ImportChunk> {
  // Small chunks keep each message (checked, then copied) a short task on the page.
  const maxRows = Math.min(limits.maxRows ?? 1_000, MAX_CHUNK_ROWS);
  const maxChars = limits.maxChars ?? 4_000_000;
  const ignored = new Set(mapping.mode === 'columns' ? mapping.targets.flatMap((t, i) => (t === 'ignore' ? [i] : [])) : []);
  const problems = new Map(table.problems.map((p) => [p.row, p.reason]));
  let chunk: ImportChunk = { firstRow: 2, rows: [], problems: [] };
  let chars = 0;
  for (const [i, cells] of table.rows.entries()) {
    const row = i + 2;
    if (chunk.rows.length >= maxRows || (chars >= maxChars && chunk.rows.length > 0)) {
      yield chunk;
      chunk = { firstRow: row, rows: [], problems: [] };
      chars = 0;
    }
    let reason = problems.get(row);
    const sent = cells.map((cell, column) => {
      if (ignored.has(column)) return '';
      if (cell.length > MAX_SENT_CELL) {
        reason ??= `the cell in column “${table.headers[column] ?? column + 1}” has ${cell.length.toLocaleString('en')} characters; the limit is ${MAX_SENT_CELL.toLocaleString('en')}`;
        return '';
      }
      chars += cell.length;
      return cell;
    });
    chunk.rows.push(sent);
    if (reason) chunk.problems.push({ row, reason });
  }
  yield chunk;
}
