import type { Lead, Stage } from '../model';
import type { ImportTarget } from './import-targets';

export type ColumnSetId = 'hubspot' | 'pipedrive' | 'salesforce' | 'pipewell';

/** A number is written as a number and never guarded; text goes through the set's guard. */
export type CellValue = string | number | undefined;

export interface ExportContext {
  /** The user's pipeline, in order: CRM stage vocabularies are computed from it. */
  stages: readonly Stage[];
}

export interface Column {
  header: string;
  value: (lead: Lead, ctx: ExportContext) => CellValue;
  /** What this header fills when a file with it is imported back (see column-mapping.ts). */
  target: ImportTarget;
}

export interface ColumnSet {
  id: ColumnSetId;
  label: string;
  columns: readonly Column[];
  /** Neutralises formula-like text cells (formula-guard.ts). */
  guard: (cell: string) => string;
}
