import type { ColumnMapping, CsvTable, OnProgress } from '../../lib/io';
import type { MessageName, RequestOf, ResponseOf } from '../../lib/messaging/protocol';
import type { PlanProgress, RowProblem } from '../../lib/messaging/protocol/io';
import { chunkTable, type ChunkLimits, type ImportChunk } from './import-chunks';

/** `send` from the messaging client, or a test harness's `call`. */
export type Call = <N extends MessageName>(name: N, data: RequestOf<N>) => Promise<ResponseOf<N>>;

/** A whole file's plan: the last chunk's counts with every chunk's rejected rows and warnings. */
export type ImportCheck = PlanProgress;

/**
 * Sends a parsed file to the background chunk by chunk; resolves with the plan's summary.
 * After the first chunk (whose answer names the plan) one chunk is always on its way while
 * the background plans the one before: the page's share of the work overlaps the background's.
 */
export async function planInChunks(
  call: Call,
  table: CsvTable,
  mapping: ColumnMapping,
  onProgress?: OnProgress,
  limits?: ChunkLimits,
): Promise<ImportCheck> {
  const rejected: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const send = ({ rows, ...chunk }: ImportChunk, planId?: string) =>
    call('io.planImport', { planId, headers: table.headers, mapping, ...chunk, rows: JSON.stringify(rows) });
  const take = (answer: PlanProgress, chunk: ImportChunk) => {
    rejected.push(...answer.rejected);
    warnings.push(...answer.warnings);
    onProgress?.({ done: chunk.firstRow - 2 + chunk.rows.length, total: table.rows.length });
    return answer;
  };
  const chunks = chunkTable(table, mapping, limits);
  const first = chunks.next().value!;
  let last = take(await send(first), first);
  let ahead: { chunk: ImportChunk; answer: Promise<PlanProgress> } | undefined;
  for (const chunk of chunks) {
    const answer = send(chunk, last.planId);
    // Awaited in turn below; until then a failure must not count as unhandled.
    answer.catch(() => undefined);
    if (ahead) last = take(await ahead.answer, ahead.chunk);
    ahead = { chunk, answer };
  }
  if (ahead) last = take(await ahead.answer, ahead.chunk);
  return { ...last, rejected, warnings };
}
