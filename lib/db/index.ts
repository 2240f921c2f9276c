export { openPipewellDb } from './open';
export { createRepository } from './repository';
export type { BackupContent, LeadChange, LeadWithTimes, Repository, UpsertResult } from './repository';
export { activitiesFromTimes, timesOf, type ActivityTimes } from './activity-times';
export { groupByLead } from './lead-activities';
export { DB_NAME, DB_VERSION } from './schema';
export type { MetaRow, SnapshotRow } from './schema';
