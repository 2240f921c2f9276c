/**
 * Calendar arithmetic for the pipeline, all in UTC: the same lead data gives the same
 * figures and the same review dates whatever time zone the browser runs in.
 */

export const DAY_MS = 86_400_000;

/** Whole UTC days since 1970-01-01 (negative before it). */
export function utcDayIndex(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, for a UTC day index (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayIndex: number): number {
  return (((dayIndex + 4) % 7) + 7) % 7;
}

/** Elapsed days between two instants, as a fraction; never negative. */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, to - from) / DAY_MS;
}

/**
 * `ms` plus `months` calendar months in UTC, keeping the time of day. A day that does not
 * exist in the target month is clamped to its last day (31 Jan + 1 month = 28/29 Feb),
 * so a retention period never overshoots into the month after.
 */
export function addMonthsUtc(ms: number, months: number): number {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
