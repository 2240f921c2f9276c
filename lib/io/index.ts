export type { Result } from './result';
export type { Progress, OnProgress } from './progress';
export { decodeText, checkText, type TextInput } from './text-encoding';
export { guardCell, guardPipewellCell, unguardPipewellCell } from './formula-guard';
export { parseCsv, parseCsvChunked, type CsvTable, type RowProblem, type BytesSource, type ChunkOptions } from './csv-parse';
export type { ColumnSetId, ColumnSet, Column } from './column-set';
export { COLUMN_SETS } from './column-sets';
export { PIPEWELL_HEADERS, isPipewellHeader } from './csv-columns-pipewell';
export { exportCsv, type ExportCsvOptions } from './csv-export';
export { IMPORT_TARGETS, type ImportTarget } from './import-targets';
export { autoMapColumns, suggestTarget, type ColumnMapping } from './column-mapping';
export { LeadPatch } from './lead-patch';
export { planImport, type ImportPlan, type PlanOptions, type ExistingLeads } from './import-plan';
export { exportBackup, parseBackup, BACKUP_FORMAT, BackupSnapshot, type Backup, type BackupData } from './backup';
export { migrateBackup, BACKUP_VERSION } from './backup-migrations';
export {
  standingOf,
  hubspotLifecycle,
  hubspotLeadStatus,
  salesforceLeadStatus,
  pipedriveDealStatus,
  resolveStageValue,
  type Standing,
} from './crm-stage-vocabulary';
