import { emptyBant, identityKeys, type IdentityKey, type Lead, type Stage } from '../model';
import type { ColumnMapping } from './column-mapping';
import { isPipewellHeader } from './csv-columns-pipewell';
import type { CsvTable, RowProblem } from './csv-parse';
import { fillGaps, patchFromLead, type LeadPatch } from './lead-patch';
import { readMappedRow } from './mapped-row';
import { readPipewellRow } from './pipewell-row';
import { yieldToEventLoop, type OnProgress } from './progress';
import { fail, ok, type Result } from './result';
import type { RowOutcome } from './row-outcome';

/** The leads already stored, by identity key (`email:…`, `linkedin:…`) → lead id. */
export type ExistingLeads = { identities: ReadonlyMap<string, string> } | ((key: IdentityKey) => string | undefined);

export interface PlanOptions {
  now: number;
  newId: () => string;
  stages: readonly Stage[];
  defaultCurrency: string;
  /** Where a row without a (known) stage goes; the first open stage by default. */
  defaultStageId?: string;
  /** Rows between two yields to the event loop. */
  rowsPerChunk?: number;
  onProgress?: OnProgress;
}

/** What an import would do; nothing is written until the background commits it whole. */
export interface ImportPlan {
  newLeads: Lead[];
  /** Known leads and what the file says about them; applied with the capture merge rules. */
  merges: { leadId: string; fields: LeadPatch }[];
  rejected: RowProblem[];
  warnings: RowProblem[];
}

type Slot = { kind: 'new'; index: number } | { kind: 'merge'; index: number };

/**
 * Plans an import of a parsed CSV. Rows of a person already stored (same lower-cased email,
 * else same LinkedIn profile) become merges; two rows of one person in the file become one
 * lead. Row numbers count the header as row 1. Yields to the event loop every chunk.
 */
export async function planImport(
  table: CsvTable,
  mapping: ColumnMapping,
  existing: ExistingLeads,
  options: PlanOptions,
): Promise<Result<ImportPlan>> {
  const checked = checkPlan(table, mapping, options);
  if (!checked.ok) return checked;
  const defaultStage = checked.data;
  const readRow = (cells: readonly string[]): RowOutcome<LeadPatch | Lead> =>
    mapping.mode === 'pipewell'
      ? readPipewellRow(cells)
      : readMappedRow(cells, { headers: table.headers, targets: mapping.targets, stages: options.stages });
  const lookup = typeof existing === 'function' ? existing : (key: IdentityKey) => existing.identities.get(key);
  const plan: ImportPlan = { newLeads: [], merges: [], rejected: [], warnings: [] };
  const slots = new Map<string, Slot>();
  const mergeIndex = new Map<string, number>();
  const problems = new Map(table.problems.map((p) => [p.row, p.reason]));
  const total = table.rows.length;
  const chunk = Math.max(1, options.rowsPerChunk ?? 1000);

  for (const [i, cells] of table.rows.entries()) {
    if (i > 0 && i % chunk === 0) {
      options.onProgress?.({ done: i, total });
      await yieldToEventLoop();
    }
    const row = i + 2;
    const problem = problems.get(row) ?? raggedness(cells, table.headers.length);
    const outcome = problem ? { ok: false as const, reason: problem } : readRow(cells);
    if (!outcome.ok) {
      plan.rejected.push({ row, reason: outcome.reason });
      continue;
    }
    for (const message of outcome.warnings) plan.warnings.push({ row, reason: message });
    const value = outcome.value;
    const keys = [...new Set([...('identities' in value ? (value.identities as IdentityKey[]) : []), ...identityKeys(value)])];
    const slot = findSlot(keys, slots, lookup, (leadId) => {
      const index = mergeIndex.get(leadId) ?? plan.merges.push({ leadId, fields: {} }) - 1;
      mergeIndex.set(leadId, index);
      return index;
    });
    if (slot?.kind === 'new') {
      plan.newLeads[slot.index] = fillGaps(plan.newLeads[slot.index]!, toPatch(value));
    } else if (slot?.kind === 'merge') {
      const merge = plan.merges[slot.index]!;
      merge.fields = fillGaps(merge.fields, toPatch(value));
    } else if (!value.name) {
      plan.rejected.push({ row, reason: 'no name: fill in the name, or the first and last name' });
      continue;
    } else {
      const lead = 'id' in value ? value : newLead(value as LeadPatch & { name: string }, defaultStage, options);
      plan.newLeads.push(lead);
    }
    const target = slot ?? { kind: 'new' as const, index: plan.newLeads.length - 1 };
    for (const key of keys) if (!slots.has(key)) slots.set(key, target);
  }
  options.onProgress?.({ done: total, total });
  return ok(plan);
}

function checkPlan(table: CsvTable, mapping: ColumnMapping, options: PlanOptions): Result<Stage> {
  if (mapping.mode === 'pipewell' && !isPipewellHeader(table.headers)) {
    return fail('This file is not a full Pipewell export (its header row differs); map its columns instead.');
  }
  if (mapping.mode === 'columns') {
    if (mapping.targets.length !== table.headers.length) return fail('The mapping does not match the file’s columns.');
    if (!mapping.targets.some((t) => t === 'name' || t === 'firstName' || t === 'lastName')) {
      return fail('Choose the column that holds the name (or the first and last name columns).');
    }
  }
  const stage = options.defaultStageId
    ? options.stages.find((s) => s.id === options.defaultStageId)
    : options.stages.find((s) => s.kind === 'open');
  return stage ? ok(stage) : fail('No stage to put imported leads in: check the pipeline stages in the settings.');
}

function raggedness(cells: readonly string[], width: number): string | undefined {
  return cells.length === width ? undefined : `ragged row: it has ${cells.length} cells, the header row has ${width}`;
}

/** In-file slots first, then stored leads, key by key: the email decides before the LinkedIn URL. */
function findSlot(
  keys: readonly IdentityKey[],
  slots: ReadonlyMap<string, Slot>,
  lookup: (key: IdentityKey) => string | undefined,
  mergeSlot: (leadId: string) => number,
): Slot | undefined {
  for (const key of keys) {
    const slot = slots.get(key);
    if (slot) return slot;
    const leadId = lookup(key);
    if (leadId) return { kind: 'merge', index: mergeSlot(leadId) };
  }
  return undefined;
}

function toPatch(value: LeadPatch | Lead): LeadPatch {
  return 'id' in value ? patchFromLead(value) : value;
}

function newLead(patch: LeadPatch & { name: string }, defaultStage: Stage, options: PlanOptions): Lead {
  const byStatus = patch.status === 'won' || patch.status === 'lost' ? options.stages.find((s) => s.kind === patch.status) : undefined;
  const stage = options.stages.find((s) => s.id === patch.stageId) ?? byStatus ?? defaultStage;
  const status = patch.status ?? stage.kind;
  const { stageId: _stageId, status: _status, ...fields } = patch;
  return {
    ...fields,
    id: options.newId(),
    identities: identityKeys(patch),
    source: 'import',
    stageId: stage.id,
    stageHistory: [{ stageId: stage.id, at: options.now }],
    status,
    bant: emptyBant(),
    currency: patch.currency ?? options.defaultCurrency,
    notes: patch.notes ?? '',
    tags: patch.tags ?? [],
    editedFields: [],
    createdAt: options.now,
    updatedAt: options.now,
    lastTouchAt: options.now,
    closedAt: status === 'won' || status === 'lost' ? options.now : undefined,
  };
}
