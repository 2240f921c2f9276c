import { z } from 'zod';
import { IMPORT_TARGETS } from '../../io/import-targets';
import { LeadQuery } from '../../model';

/**
 * Longest text one message carries. Longer answers (a large export or backup) come in parts
 * through `io.nextPart`; a longer backup goes up in parts through `io.upload`. Chrome refuses
 * runtime messages over 64 MiB, and JSON escaping can nearly double a CSV or JSON text.
 */
export const MAX_PART_CHARS = 8_000_000;
/** Most rows in one `io.planImport` chunk. */
export const MAX_CHUNK_ROWS = 10_000;
/** Longest cell a chunk carries: the largest cell any import reads (a full Pipewell row's JSON). */
export const MAX_SENT_CELL = 100_000;
export const MAX_COLUMNS = 500;
/** Longest JSON text of one chunk's rows: the most a runtime message can carry. */
export const MAX_CHUNK_TEXT = 64 * 1024 * 1024;

/** Where a part may end: never between the halves of a surrogate pair (an emoji, a rare CJK character). */
export function partEnd(text: string, offset: number, max = MAX_PART_CHARS): number {
  const end = Math.min(text.length, offset + max);
  const code = text.charCodeAt(end - 1);
  return end < text.length && code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

const transferId = z.string().min(1).max(64);
const count = z.number().int().min(0);

export const ColumnSetId = z.enum(['hubspot', 'pipedrive', 'salesforce', 'pipewell']);

export const RowProblem = z.object({ row: z.number().int().min(1), reason: z.string().max(2000) });
export type RowProblem = z.infer<typeof RowProblem>;

export const ColumnMapping = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('pipewell') }),
  z.object({ mode: z.literal('columns'), targets: z.array(z.enum(IMPORT_TARGETS)).max(MAX_COLUMNS) }),
]);

/** A lead list's filters and sort, without paging: "the current view" of an export. */
export const ExportQuery = LeadQuery.omit({ offset: true, limit: true });
export type ExportQueryInput = z.input<typeof ExportQuery>;

/** Text that may continue: `more` names the rest, to fetch with `io.nextPart`. */
const Part = { text: z.string(), more: transferId.nullable() };

/**
 * One chunk's rows, the cells of each row in file order. They travel as JSON text and are
 * parsed with this schema on arrival (lib/background/io-plan.ts): one string is checked and
 * copied between the page and the worker much faster than tens of thousands of small ones.
 */
export const ChunkRows = z.array(z.array(z.string().max(MAX_SENT_CELL)).max(MAX_COLUMNS)).max(MAX_CHUNK_ROWS);

/** How an import stands after a chunk; counts cover every chunk so far, lists only this one. */
export const PlanProgress = z.object({
  planId: transferId,
  rows: count,
  newLeads: count,
  merged: count,
  /** Rows of a person an earlier row (or chunk) already named. */
  repeats: count,
  rejectedCount: count,
  warningCount: count,
  rejected: z.array(RowProblem),
  warnings: z.array(RowProblem),
});
export type PlanProgress = z.infer<typeof PlanProgress>;

export const RestoreSummary = z.object({
  leads: count,
  activities: count,
  snapshots: count,
  exportedAt: z.string(),
  restored: z.boolean(),
});
export type RestoreSummary = z.infer<typeof RestoreSummary>;

export const ioProtocol = {
  /** Leads as CSV in a column set: every lead, or those a query matches in its order. */
  'io.exportCsv': {
    request: z.object({ columnSet: ColumnSetId, query: ExportQuery.optional() }),
    response: z.object({ filename: z.string(), count, ...Part }),
  },
  /** The whole database as a JSON backup (leads, activities, snapshots, settings, scoring model). */
  'io.backup': {
    request: z.object({}),
    response: z.object({ filename: z.string(), leads: count, activities: count, skipped: count, ...Part }),
  },
  /** The next part of a long export or backup. */
  'io.nextPart': {
    request: z.object({ id: transferId }),
    response: z.object(Part),
  },
  /** Sends a part of a long text (a backup to restore); the first part has no id. */
  'io.upload': {
    request: z.object({ id: transferId.optional(), text: z.string().max(MAX_PART_CHARS) }),
    response: z.object({ id: transferId, chars: count }),
  },
  /** Whether a plan or upload is still held (the page asks while the user reads a summary). */
  'io.keepAlive': {
    request: z.object({ id: transferId }),
    response: z.object({ alive: z.boolean() }),
  },
  /**
   * Plans one chunk of a parsed CSV; the first chunk (no `planId`) starts a plan. Rows are
   * numbered as in the file (the header row is 1): `firstRow` is this chunk's first. `rows` is
   * the JSON text of the chunk's rows (`ChunkRows`). Nothing is written until `io.commitImport`.
   */
  'io.planImport': {
    request: z.object({
      planId: transferId.optional(),
      headers: z.array(z.string().max(1000)).min(1).max(MAX_COLUMNS),
      mapping: ColumnMapping,
      firstRow: z.number().int().min(2),
      rows: z.string().max(MAX_CHUNK_TEXT),
      problems: z.array(RowProblem).max(MAX_CHUNK_ROWS).default([]),
    }),
    response: PlanProgress,
  },
  /** Writes a plan whole (new leads, merges, their activities) in one transaction, or nothing. */
  'io.commitImport': {
    request: z.object({ planId: transferId }),
    response: z.object({ created: count, merged: count }),
  },
  /**
   * Replaces the whole database with a backup (its text, or an upload's id), in one
   * transaction. `dryRun` validates and counts without writing.
   */
  'io.restore': {
    request: z
      .object({ text: z.string().max(MAX_PART_CHARS).optional(), uploadId: transferId.optional(), dryRun: z.boolean().default(false) })
      .refine((r) => (r.text === undefined) !== (r.uploadId === undefined), { message: 'give the text or an upload id', path: ['text'] }),
    response: RestoreSummary,
  },
} as const;
