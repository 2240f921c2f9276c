import { Activity, Lead } from '../model';
import type { ReviewState } from '../pipeline/staleness';

/**
 * Rows are parsed when read: data outlives code. A row that no longer parses is reported and
 * skipped rather than crashing every list that would include it.
 */
export function parseLeadRow(row: unknown): Lead | undefined {
  if (row === undefined) return undefined;
  const parsed = Lead.safeParse(row);
  if (parsed.success) return parsed.data;
  console.warn('[pipewell] skipped an unreadable lead row', parsed.error.issues[0]);
  return undefined;
}

export function parseActivityRow(row: unknown): Activity | undefined {
  if (row === undefined) return undefined;
  const parsed = Activity.safeParse(row);
  if (parsed.success) return parsed.data;
  console.warn('[pipewell] skipped an unreadable activity row', parsed.error.issues[0]);
  return undefined;
}

export function parseLeadRows(rows: unknown[]): Lead[] {
  return rows.map(parseLeadRow).filter((lead): lead is Lead => lead !== undefined);
}

export function parseActivityRows(rows: unknown[]): Activity[] {
  return rows.map(parseActivityRow).filter((a): a is Activity => a !== undefined);
}

/** The five fields a review count reads, checked alone: a tenth of a whole lead's parse. */
const ReviewStateRow = Lead.pick({ status: true, stageId: true, nextStepAt: true, lastTouchAt: true, snoozedUntil: true });

/** Each row's review state; a row whose state does not parse is skipped, as above. */
export function parseReviewStates(rows: unknown[]): ReviewState[] {
  const states: ReviewState[] = [];
  for (const row of rows) {
    const parsed = ReviewStateRow.safeParse(row);
    if (parsed.success) states.push(parsed.data);
    else console.warn('[pipewell] skipped an unreadable lead row', parsed.error.issues[0]);
  }
  return states;
}
