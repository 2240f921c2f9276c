export { openPipewellDb } from './open';
export { createRepository } from './repository';
export type { BackupContent, LeadChange, LeadWithTimes, Repository, UpsertResult } from './repository';
export { activitiesFromTimes, timesOf, type ActivityTimes } from './activity-times';
export { groupByLead } from './lead-activities';
export { bookScoreOf, BUCKETS, bucketOf } from './score-book';
export { DB_NAME, DB_VERSION, DB_WRITTEN_CHANNEL } from './schema';
export type { MetaRow, SnapshotRow } from './schema';
