import type { Lead, Stage } from '../model';
import { DAY_MS } from './utc-days';

/** What the three facts below read of a lead (the badge counts from these alone). */
export const REVIEW_FIELDS = ['status', 'stageId', 'nextStepAt', 'lastTouchAt', 'snoozedUntil'] as const;
export type ReviewState = Pick<Lead, (typeof REVIEW_FIELDS)[number]>;

/*
 * Hygiene (issue 7). Three separate facts about an open lead:
 * - stale: its last touch is older than its stage's idle days, unless a next step is still
 *   scheduled in the future (the user has a plan; waiting for it is not neglect);
 * - overdue: its next step's date has come and gone (a flag of its own, not staleness);
 * - snoozed: hidden from the review until `snoozedUntil`, whatever the other two say.
 */

/** Open, in an open stage, untouched for longer than the stage allows, and no next step ahead. */
export function isStale(lead: ReviewState, stages: readonly Stage[], now: number): boolean {
  if (lead.status !== 'open') return false;
  // An unknown stage (deleted from the settings) has no idle limit to break.
  const stage = stages.find((s) => s.id === lead.stageId);
  if (!stage || stage.kind !== 'open') return false;
  if (lead.nextStepAt !== undefined && lead.nextStepAt > now) return false;
  return now - lead.lastTouchAt > stage.idleDays * DAY_MS;
}

/** Open, with a next step whose date is not in the future any more. */
export function isOverdue(lead: ReviewState, now: number): boolean {
  return lead.status === 'open' && lead.nextStepAt !== undefined && lead.nextStepAt <= now;
}

export function isSnoozed(lead: ReviewState, now: number): boolean {
  return lead.snoozedUntil !== undefined && lead.snoozedUntil > now;
}

export interface ReviewItem {
  lead: Lead;
  stale: boolean;
  overdue: boolean;
  /** Whole days since the last touch (0 for a touch in the future). */
  daysIdle: number;
}

/**
 * Leads that need a look: stale or overdue, and not snoozed. Most valuable first: deal
 * value descending (compared as plain numbers across currencies: the order is a triage
 * hint, not a sum), leads without a value after those with one; then score descending;
 * then the longest untouched; then id, so equal leads keep a stable order.
 */
export function reviewQueue(leads: readonly Lead[], stages: readonly Stage[], now: number): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const lead of leads) {
    if (isSnoozed(lead, now)) continue;
    const stale = isStale(lead, stages, now);
    const overdue = isOverdue(lead, now);
    if (!stale && !overdue) continue;
    items.push({ lead, stale, overdue, daysIdle: Math.floor(Math.max(0, now - lead.lastTouchAt) / DAY_MS) });
  }
  return items.sort(byReviewPriority);
}

/** How many of `leads` `reviewQueue` would list. */
export function countToReview(leads: readonly ReviewState[], stages: readonly Stage[], now: number): number {
  let count = 0;
  for (const lead of leads) if (!isSnoozed(lead, now) && (isStale(lead, stages, now) || isOverdue(lead, now))) count += 1;
  return count;
}

function byReviewPriority(a: ReviewItem, b: ReviewItem): number {
  return (
    (b.lead.dealValue ?? -1) - (a.lead.dealValue ?? -1) ||
    (b.lead.score?.total ?? -1) - (a.lead.score?.total ?? -1) ||
    a.lead.lastTouchAt - b.lead.lastTouchAt ||
    (a.lead.id < b.lead.id ? -1 : a.lead.id > b.lead.id ? 1 : 0)
  );
}
