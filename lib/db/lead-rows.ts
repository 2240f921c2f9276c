import type { Activity, Lead } from '../model';
import { type ActivityTimes, activitiesFromTimes, addTimes, isActivityTimes, timesOf } from './activity-times';
import { activitiesIn, type LeadTx } from './lead-activities';
import { parseLeadRow } from './rows';
import type { LeadRow } from './schema';

/** A stored lead with the times of its activities; none on a row no version-3 write has touched yet. */
export interface LeadWithTimes {
  lead: Lead;
  activityTimes: ActivityTimes | undefined;
}

/**
 * The row that stores `lead` with `times` (a lead read through its schema carries none). The
 * score is stored without its reasons, a third of an imported row: `lead.get` scores the lead
 * again for them (leads.ts), as it does after a re-score, and nothing else shows them.
 */
export function rowOf(lead: Lead, times: ActivityTimes): LeadRow {
  if (!lead.score?.reasons.length) return { ...lead, activityTimes: times };
  return { ...lead, score: { ...lead.score, reasons: [] }, activityTimes: times };
}

/** Rows that read as leads, each with its activity times (undefined on a row written before them). */
export function withTimes(rows: readonly LeadRow[]): LeadWithTimes[] {
  const items: LeadWithTimes[] = [];
  for (const row of rows) {
    const lead = parseLeadRow(row);
    if (lead) items.push({ lead, activityTimes: isActivityTimes(row.activityTimes) ? row.activityTimes : undefined });
  }
  return items;
}

/** The times a lead's row gets when `adding` is logged: from its stored times, else from its history. */
export async function timesAfter(tx: LeadTx, leadId: string, stored: LeadRow | undefined, adding: readonly Activity[]): Promise<ActivityTimes> {
  if (stored && isActivityTimes(stored.activityTimes)) return addTimes(stored.activityTimes, adding);
  return timesOf([...(await activitiesIn(tx, leadId)), ...adding]);
}

/**
 * A stored lead's activities as scoring reads them: stand-ins made from the times on its row
 * (no read), or its real activities when the row has no times yet. Only for scoring a bulk write.
 */
export async function scoredHistory(tx: LeadTx, row: LeadRow): Promise<Activity[]> {
  return isActivityTimes(row.activityTimes) ? activitiesFromTimes(row.id, row.activityTimes) : activitiesIn(tx, row.id);
}
