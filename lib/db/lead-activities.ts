import type { IDBPTransaction } from 'idb';
import type { Activity } from '../model';
import { byTime } from './activity-batches';
import { parseActivityRows } from './rows';
import type { LeadStore, PipewellDb } from './schema';

/** A transaction over a lead's stores (see LEAD_STORES). */
export type LeadTx<Mode extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<PipewellDb, LeadStore[], Mode>;

/**
 * A lead's activities, oldest first, read inside the caller's transaction: its rows (the
 * `leadAt` index orders them) and its activities in batches, merged in the same order.
 */
export async function activitiesIn(tx: LeadTx, leadId: string): Promise<Activity[]> {
  const range = IDBKeyRange.bound([leadId, -Infinity], [leadId, Infinity]);
  const [rows, batches] = await Promise.all([
    tx.objectStore('activities').index('leadAt').getAll(range),
    tx.objectStore('activityBatches').index('leadIds').getAll(leadId),
  ]);
  if (batches.length === 0) return parseActivityRows(rows);
  const batched = batches.flatMap((batch) => batch.activities.filter((a) => a.leadId === leadId));
  return parseActivityRows([...rows, ...batched].sort(byTime));
}

/** Activities grouped by lead id, in the order given. */
export function groupByLead(activities: readonly Activity[]): Map<string, Activity[]> {
  const byLead = new Map<string, Activity[]>();
  for (const activity of activities) {
    const list = byLead.get(activity.leadId);
    if (list) list.push(activity);
    else byLead.set(activity.leadId, [activity]);
  }
  return byLead;
}
