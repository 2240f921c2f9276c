import { COLUMN_ALIASES } from './column-aliases';
import { COLUMN_SETS } from './column-sets';
import { isPipewellHeader } from './csv-columns-pipewell';
import type { ImportTarget } from './import-targets';
import { normaliseLabel } from './normalise-label';

/**
 * How an import reads a file: a full Pipewell export is restored as it is (`pipewell`);
 * anything else has one target per column, in header order.
 */
export type ColumnMapping = { mode: 'pipewell' } | { mode: 'columns'; targets: ImportTarget[] };

// CRM headers first: "Lead Status" is a stage in both HubSpot and Salesforce files.
const KNOWN_HEADERS: ReadonlyMap<string, ImportTarget> = (() => {
  const known = new Map<string, ImportTarget>();
  for (const set of Object.values(COLUMN_SETS)) {
    for (const column of set.columns) {
      const key = normaliseLabel(column.header);
      if (column.target !== 'ignore' && !known.has(key)) known.set(key, column.target);
    }
  }
  for (const [target, aliases] of Object.entries(COLUMN_ALIASES) as [ImportTarget, readonly string[]][]) {
    for (const alias of [target, ...aliases]) {
      const key = normaliseLabel(alias);
      if (!known.has(key)) known.set(key, target);
    }
  }
  return known;
})();

/** The target a single header suggests, or `ignore`. */
export function suggestTarget(header: string): ImportTarget {
  return KNOWN_HEADERS.get(normaliseLabel(header)) ?? 'ignore';
}

/*
 * Stage is the one target several columns may share: HubSpot says how far a contact got in
 * "Lifecycle Stage" but that it was lost only in "Lead Status" (mapped-row.ts weighs them).
 */
const SHARED_TARGETS = new Set<ImportTarget>(['stage']);

/**
 * A first mapping for the user to confirm. Each target goes to the first column that names it;
 * a later column naming the same target is ignored ("Email" wins over "E-post"), except stage.
 */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  if (isPipewellHeader(headers)) return { mode: 'pipewell' };
  const taken = new Set<ImportTarget>();
  const targets = headers.map((header) => {
    const target = suggestTarget(header);
    if (target === 'ignore' || (taken.has(target) && !SHARED_TARGETS.has(target))) return 'ignore';
    taken.add(target);
    return target;
  });
  return { mode: 'columns', targets };
}
