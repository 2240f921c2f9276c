import type { ColumnMapping, CsvTable, OnProgress } from '../../lib/io';
import type { MessageName, RequestOf, ResponseOf } from '../../lib/messaging/protocol';
import type { PlanProgress, RowProblem } from '../../lib/messaging/protocol/io';
import { chunkTable, type ChunkLimits } from './import-chunks';

/** `send` from the messaging client, or a test harness's `call`. */
export type Call = <N extends MessageName>(name: N, data: RequestOf<N>) => Promise<ResponseOf<N>>;

/** A whole file's plan: the last chunk's counts with every chunk's rejected rows and warnings. */
export type ImportCheck = PlanProgress;

/** Sends a parsed file to the background chunk by chunk; resolves with the plan's summary. */
export async function planInChunks(
  call: Call,
  table: CsvTable,
  mapping: ColumnMapping,
  onProgress?: OnProgress,
  limits?: ChunkLimits,
): Promise<ImportCheck> {
  let last: PlanProgress | undefined;
  const rejected: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  for (const chunk of chunkTable(table, mapping, limits)) {
    last = await call('io.planImport', { planId: last?.planId, headers: table.headers, mapping, ...chunk });
    rejected.push(...last.rejected);
    warnings.push(...last.warnings);
    onProgress?.({ done: chunk.firstRow - 2 + chunk.rows.length, total: table.rows.length });
  }
  return { ...last!, rejected, warnings };
}
