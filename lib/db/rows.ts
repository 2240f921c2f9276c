import type { z } from 'zod';
import { Activity, Lead } from '../model';

/**
 * Rows are parsed when read: data outlives code. A row that no longer parses is reported and
 * skipped rather than crashing every list that would include it.
 */
export function parseLeadRow(row: unknown): Lead | undefined {
  if (row === undefined) return undefined;
  const parsed = Lead.safeParse(row);
  if (parsed.success) return parsed.data;
  console.warn('[pipewell] skipped an unreadable lead row', parsed.error.issues[0]);
  return undefined;
}

export function parseActivityRow(row: unknown): Activity | undefined {
  if (row === undefined) return undefined;
  const parsed = Activity.safeParse(row);
  if (parsed.success) return parsed.data;
  console.warn('[pipewell] skipped an unreadable activity row', parsed.error.issues[0]);
  return undefined;
}

export function parseLeadRows(rows: unknown[]): Lead[] {
  return rows.map(parseLeadRow).filter((lead): lead is Lead => lead !== undefined);
}

export function parseActivityRows(rows: unknown[]): Activity[] {
  return rows.map(parseActivityRow).filter((a): a is Activity => a !== undefined);
}

const picks = new Map<string, z.ZodType>();

/**
 * Each row's `fields` alone, checked alone: a fraction of a whole lead's parse, for reads that
 * sum or count over every lead. A row whose fields do not parse is skipped, as above.
 */
export function parseLeadFields<K extends keyof Lead>(rows: unknown[], fields: readonly K[]): Pick<Lead, K>[] {
  const key = fields.join(',');
  let schema = picks.get(key);
  if (!schema) {
    schema = Lead.pick(Object.fromEntries(fields.map((field) => [field, true])) as never);
    picks.set(key, schema);
  }
  const picked: Pick<Lead, K>[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) picked.push(parsed.data as Pick<Lead, K>);
    else console.warn('[pipewell] skipped an unreadable lead row', parsed.error.issues[0]);
  }
  return picked;
}
