import type { Hygiene, HygieneCadence } from '../model';
import { DAY_MS, utcDayIndex, weekdayOfDay } from './utc-days';

/*
 * When the hygiene review is due. Everything is in UTC days: a review falls due at 00:00 UTC
 * of its day, so the schedule does not move when the user travels or the clocks change.
 */

/** Days a review may slip past its cadence and still count as "kept". */
export const GRACE_DAYS = 2;
const CADENCE_DAYS: Record<HygieneCadence, number> = { weekly: 7, biweekly: 14, monthly: 31 };

type Schedule = Pick<Hygiene, 'cadence' | 'day'>;

/**
 * Epoch ms (00:00 UTC) of the next review due.
 * - weekly: the first weekday `day` (0 = Sunday) after the last review's day;
 * - biweekly: 14 days after the last review, moved to the nearest weekday `day` (at most
 *   3 days either way), so an early or late review shifts the rhythm instead of cramming
 *   the next one in;
 * - monthly: the first day-of-month `day` (1–28) after the last review's day.
 * With no review yet, the first scheduled day from today on (today included) is due.
 */
export function nextReviewDue(hygiene: Schedule, lastReviewAt: number | undefined, now: number): number {
  const today = utcDayIndex(now);
  if (hygiene.cadence === 'monthly') {
    const from = lastReviewAt === undefined ? today : utcDayIndex(lastReviewAt) + 1;
    return nextDayOfMonth(from, Math.min(28, Math.max(1, hygiene.day)));
  }
  const weekday = ((hygiene.day % 7) + 7) % 7;
  if (lastReviewAt === undefined) return nextWeekday(today, weekday) * DAY_MS;
  const lastDay = utcDayIndex(lastReviewAt);
  if (hygiene.cadence === 'weekly') return nextWeekday(lastDay + 1, weekday) * DAY_MS;
  return nextWeekday(lastDay + 14 - 3, weekday) * DAY_MS;
}

/** Whether a review is due at `now`. */
export function isReviewDue(hygiene: Schedule, lastReviewAt: number | undefined, now: number): boolean {
  return now >= nextReviewDue(hygiene, lastReviewAt, now);
}

export interface ScheduleKept {
  /** The newest review is no older than the cadence (7, 14 or 31 days) plus GRACE_DAYS. */
  kept: boolean;
  /** Whole days since the newest review; null when there has been none. */
  daysSinceLastReview: number | null;
}

/** Whether the user kept the schedule; `reviews` need not be sorted. */
export function scheduleKept(reviews: readonly number[], hygiene: Schedule, now: number): ScheduleKept {
  if (reviews.length === 0) return { kept: false, daysSinceLastReview: null };
  const last = reviews.reduce((a, b) => Math.max(a, b));
  const elapsed = Math.max(0, now - last);
  return {
    kept: elapsed <= (CADENCE_DAYS[hygiene.cadence] + GRACE_DAYS) * DAY_MS,
    daysSinceLastReview: Math.floor(elapsed / DAY_MS),
  };
}

/** The first day index ≥ `from` falling on `weekday`. */
function nextWeekday(from: number, weekday: number): number {
  return from + ((weekday - weekdayOfDay(from) + 7) % 7);
}

/** Epoch ms of the first day ≥ day index `from` whose day of month is `dom` (≤ 28, so every month has it). */
function nextDayOfMonth(from: number, dom: number): number {
  const d = new Date(from * DAY_MS);
  const candidate = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), dom);
  return candidate >= from * DAY_MS ? candidate : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, dom);
}
