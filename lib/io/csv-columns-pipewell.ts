/*
 * The full Pipewell set: every field of a lead (lib/model/lead.ts), one column each, headed by
 * its path in the Lead schema, so that export → import gives back the same leads.
 * - text: formula-guarded with guardPipewellCell, which marks every guarded cell, and only those,
 *   with a leading `'`; import strips it only when the header row is exactly this set's.
 * - number, time: written bare and never guarded, since "-3" is a number, not a formula. Times
 *   are ISO 8601 UTC with milliseconds, readable in a spreadsheet and exact (epoch milliseconds
 *   outside the years 1970–9999).
 * - json: structured fields (stage history, tags, score, …) as JSON; it starts with `[` or `{`.
 * An empty cell is an absent field: an empty optional string does not survive the trip.
 */
import type { Lead } from '../model';
import { guardPipewellCell } from './formula-guard';
import type { Column, ColumnSet } from './column-set';
import type { ImportTarget } from './import-targets';

export type PipewellKind = 'text' | 'number' | 'time' | 'json';

const BANT_COLUMNS = ['budget', 'authority', 'need', 'timing'].flatMap((part) => [
  [`bant.${part}.answer`, 'text'],
  [`bant.${part}.note`, 'text'],
]) as [string, PipewellKind][];

/** Path in the Lead → kind; the order is the file's column order and its signature. */
export const PIPEWELL_FIELDS: readonly (readonly [string, PipewellKind])[] = [
  ['id', 'text'], ['name', 'text'], ['email', 'text'], ['linkedinUrl', 'text'], ['title', 'text'],
  ['company', 'text'], ['companyDomain', 'text'], ['industry', 'text'], ['companySize', 'text'],
  ['companyLinkedinUrl', 'text'], ['location', 'text'], ['phone', 'text'], ['website', 'text'],
  ['headline', 'text'], ['address', 'text'], ['identities', 'json'], ['source', 'text'],
  ['sourceUrl', 'text'], ['stageId', 'text'], ['stageHistory', 'json'], ['status', 'text'],
  ['lostReason', 'text'], ...BANT_COLUMNS, ['dealValue', 'number'], ['currency', 'text'],
  ['nextStep', 'text'], ['nextStepAt', 'time'], ['notes', 'text'], ['tags', 'json'],
  ['editedFields', 'json'], ['createdAt', 'time'], ['updatedAt', 'time'], ['lastTouchAt', 'time'],
  ['closedAt', 'time'], ['snoozedUntil', 'time'], ['score', 'json'],
];

export const PIPEWELL_HEADERS: readonly string[] = PIPEWELL_FIELDS.map(([path]) => path);

/** Each column's path split once: 50,000 leads × 53 columns would split it 2.6 million times. */
export const PIPEWELL_PATHS: readonly (readonly string[])[] = PIPEWELL_FIELDS.map(([path]) => path.split('.'));

/** True when the header row is exactly the full Pipewell set's: only then is the guard undone. */
export function isPipewellHeader(headers: readonly string[]): boolean {
  return headers.length === PIPEWELL_HEADERS.length && headers.every((h, i) => h === PIPEWELL_HEADERS[i]);
}

/** The value at a path of a lead (`['bant', 'need', 'note']`). */
function readPath(lead: Lead, keys: readonly string[]): unknown {
  let value: unknown = lead;
  for (const key of keys) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

const MAX_ISO_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function encodeTime(ms: number): string | number {
  return ms >= 0 && ms <= MAX_ISO_MS ? new Date(ms).toISOString() : ms;
}

function encode(value: unknown, kind: PipewellKind): string | number | undefined {
  if (value === undefined) return undefined;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'time') return encodeTime(value as number);
  if (kind === 'number') return value as number;
  return String(value);
}

// The lead fields a person can be found by when this file is mapped by hand instead.
const PLAIN_TARGETS = new Set<string>([
  'name', 'email', 'linkedinUrl', 'title', 'company', 'companyDomain', 'industry', 'companySize',
  'companyLinkedinUrl', 'location', 'phone', 'website', 'headline', 'address', 'dealValue',
  'currency', 'status', 'lostReason', 'nextStep', 'notes',
]);

const columns: Column[] = PIPEWELL_FIELDS.map(([path, kind], i) => {
  const keys = PIPEWELL_PATHS[i] ?? [path];
  return {
    header: path,
    target: (PLAIN_TARGETS.has(path) ? path : path === 'stageId' ? 'stage' : 'ignore') as ImportTarget,
    value: (lead: Lead) => encode(readPath(lead, keys), kind),
  };
});

export const PIPEWELL_COLUMNS: ColumnSet = {
  id: 'pipewell',
  label: 'Pipewell (every field, re-importable)',
  guard: guardPipewellCell,
  columns,
};
