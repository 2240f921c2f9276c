import { Lead } from '../model';
import { unguardPipewellCell } from './formula-guard';
import { PIPEWELL_FIELDS, PIPEWELL_PATHS, type PipewellKind } from './csv-columns-pipewell';
import type { RowOutcome } from './row-outcome';

/*
 * Above every field limit of the Lead schema (notes: 20,000) with room for the JSON columns,
 * yet low enough that a runaway cell is refused before JSON.parse sees it.
 */
const MAX_PIPEWELL_CELL = 100_000;

/** A row of a full Pipewell export back to the lead it was, or why not. */
export function readPipewellRow(cells: readonly string[]): RowOutcome<Lead> {
  const draft: Record<string, unknown> = {};
  for (const [i, [path, kind]] of PIPEWELL_FIELDS.entries()) {
    const cell = cells[i] ?? '';
    if (cell.length > MAX_PIPEWELL_CELL) {
      return { ok: false, reason: `the cell in column “${path}” has ${cell.length.toLocaleString('en')} characters; the limit is ${MAX_PIPEWELL_CELL.toLocaleString('en')}` };
    }
    if (cell === '') continue;
    const value = decode(cell, kind);
    if (value === undefined) return { ok: false, reason: `column “${path}”: “${preview(cell)}” is not a valid ${kind}` };
    writePath(draft, PIPEWELL_PATHS[i] ?? [path], value);
  }
  const parsed = Lead.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `column “${issue?.path.join('.') || 'row'}”: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, value: parsed.data, warnings: [] };
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function decode(cell: string, kind: PipewellKind): unknown {
  if (kind === 'text') return unguardPipewellCell(cell);
  if (kind === 'number') return NUMBER.test(cell) ? Number(cell) : undefined;
  if (kind === 'time') {
    if (/^-?\d+$/.test(cell)) return Number(cell);
    return ISO_UTC.test(cell) && !Number.isNaN(Date.parse(cell)) ? Date.parse(cell) : undefined;
  }
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return undefined;
  }
}

function writePath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1] ?? ''] = value;
}

function preview(cell: string): string {
  return cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
}
