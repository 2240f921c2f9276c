export { openPipewellDb } from './open';
export { createRepository } from './repository';
export type { BackupContent, LeadChange, Repository, UpsertResult } from './repository';
export { DB_NAME, DB_VERSION } from './schema';
export type { MetaRow, SnapshotRow } from './schema';
