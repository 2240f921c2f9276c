import type { Lead } from '../model';
import { addMonthsUtc } from './utc-days';

export interface RetentionItem {
  lead: Lead;
  /** When the lead closed: `closedAt`, else its last stage change, else its last update. */
  closedAt: number;
  /** closedAt + retentionMonths calendar months (UTC, end-of-month clamped). */
  deleteAt: number;
  /** deleteAt has passed: the lead goes at the next clean-up. */
  due: boolean;
}

/**
 * Archived and lost leads whose retention runs out by `now + horizonMs`, soonest first.
 * With the default horizon of 0 that is exactly what a clean-up at `now` deletes; a wider
 * horizon answers "what will go, and when". Won and open leads are kept whatever their age.
 */
export function retentionDue(
  leads: readonly Lead[],
  retentionMonths: number,
  now: number,
  horizonMs = 0,
): RetentionItem[] {
  // Never shorter than a month: a zero or broken setting must not delete everything closed.
  const months = Math.max(1, Math.floor(Number.isFinite(retentionMonths) ? retentionMonths : 1));
  const items: RetentionItem[] = [];
  for (const lead of leads) {
    if (lead.status !== 'archived' && lead.status !== 'lost') continue;
    const closedAt = lead.closedAt ?? lastStageChange(lead) ?? lead.updatedAt;
    const deleteAt = addMonthsUtc(closedAt, months);
    if (deleteAt <= now + Math.max(0, horizonMs)) items.push({ lead, closedAt, deleteAt, due: deleteAt <= now });
  }
  return items.sort((a, b) => a.deleteAt - b.deleteAt || (a.lead.id < b.lead.id ? -1 : a.lead.id > b.lead.id ? 1 : 0));
}

function lastStageChange(lead: Lead): number | undefined {
  let last: number | undefined;
  for (const change of lead.stageHistory) if (last === undefined || change.at > last) last = change.at;
  return last;
}
