import type { Activity } from '../model';
import type { ActivityBatchRow } from './schema';

/**
 * Activities per batch record. A record costs IndexedDB about the same with one activity or a
 * hundred, so an import of 50,000 leads writes 500 records instead of 50,000; a lead's history
 * read through a batch reads its hundred, which stays cheap.
 */
export const ACTIVITY_BATCH_SIZE = 100;

/**
 * `activities` as batch records (the store gives each its id), each lead's together as far as
 * they go: a lead's history then comes from one batch or few.
 */
export function packActivities(activities: readonly Activity[]): ActivityBatchRow[] {
  const byLead = [...activities].sort((a, b) => (a.leadId < b.leadId ? -1 : a.leadId > b.leadId ? 1 : 0));
  const batches: ActivityBatchRow[] = [];
  for (let start = 0; start < byLead.length; start += ACTIVITY_BATCH_SIZE) {
    const part = byLead.slice(start, start + ACTIVITY_BATCH_SIZE);
    batches.push({ leadIds: [...new Set(part.map((a) => a.leadId))], activities: part });
  }
  return batches;
}

/** Activities with a dedupe key stay rows (their key's index keeps them unique); the rest may be batched. */
export function splitByDedupeKey(activities: readonly Activity[]): { keyed: Activity[]; keyless: Activity[] } {
  const keyed: Activity[] = [];
  const keyless: Activity[] = [];
  for (const activity of activities) (activity.dedupeKey === undefined ? keyless : keyed).push(activity);
  return { keyed, keyless };
}

/** The batch without the activities of `leadIds`; undefined when nothing is left of it. */
export function withoutLeads(batch: ActivityBatchRow, leadIds: ReadonlySet<string>): ActivityBatchRow | undefined {
  const activities = batch.activities.filter((a) => !leadIds.has(a.leadId));
  if (activities.length === 0) return undefined;
  return { ...batch, leadIds: batch.leadIds.filter((id) => !leadIds.has(id)), activities };
}

/** Oldest first, as the `leadAt` index orders a lead's rows (by time, then id). */
export function byTime(a: Activity, b: Activity): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
