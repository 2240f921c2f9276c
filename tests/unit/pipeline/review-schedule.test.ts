import { describe, expect, it } from 'vitest';
import type { Hygiene } from '../../../lib/model';
import { DAY_MS, isReviewDue, nextReviewDue, scheduleKept } from '../../../lib/pipeline';

const at = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const plan = (cadence: Hygiene['cadence'], day: number) => ({ cadence, day });

describe('nextReviewDue (UTC days; due at 00:00 UTC)', () => {
  it.each([
    // cadence, day, last review, now, due
    ['weekly', 1, '2025-12-22T10:00:00Z', '2025-12-23', '2025-12-29'], // Mon → next Mon
    ['weekly', 1, '2025-12-24', '2025-12-25', '2025-12-29'], // Wed → Mon
    ['weekly', 1, '2025-12-29T09:00:00Z', '2025-12-30', '2026-01-05'], // across the year end
    ['weekly', 1, '2025-12-28T23:59:59Z', '2025-12-28T23:59:59Z', '2025-12-29'], // calendar-anchored: Sunday's review leaves Monday due
    ['weekly', 0, '2025-12-27', '2025-12-27', '2025-12-28'], // Sunday = 0
    ['weekly', 1, undefined, '2025-12-31', '2026-01-05'], // never reviewed: the next Monday
    ['weekly', 1, undefined, '2025-12-29T15:00:00Z', '2025-12-29'], // never reviewed, today is the day: due today
    ['biweekly', 1, '2025-12-22', '2025-12-23', '2026-01-05'], // Mon + 14
    ['biweekly', 1, '2025-12-24', '2025-12-25', '2026-01-05'], // Wed + 14 = Wed 7 Jan → nearest Mon is 2 days before
    ['biweekly', 1, '2025-12-26', '2025-12-27', '2026-01-12'], // Fri + 14 = Fri 9 Jan → nearest Mon is 3 days after
    ['biweekly', 1, '2025-12-18', '2025-12-19', '2025-12-29'], // Thu + 14 = Thu 1 Jan → nearest Mon is 3 days before
    ['biweekly', 1, undefined, '2026-01-02', '2026-01-05'],
    ['monthly', 28, '2025-12-28T10:00:00Z', '2025-12-29', '2026-01-28'], // across the year end
    ['monthly', 28, '2025-12-29', '2025-12-30', '2026-01-28'],
    ['monthly', 1, '2025-12-15', '2025-12-16', '2026-01-01'],
    ['monthly', 1, '2025-12-31', '2025-12-31', '2026-01-01'], // calendar-anchored
    ['monthly', 1, '2026-01-01T08:00:00Z', '2026-01-02', '2026-02-01'],
    ['monthly', 28, '2024-01-31', '2024-02-01', '2024-02-28'], // across a short month's end
    ['monthly', 28, '2024-02-28', '2024-02-29', '2024-03-28'],
    ['monthly', 15, undefined, '2025-12-15T12:00:00Z', '2025-12-15'],
    ['monthly', 15, undefined, '2025-12-16', '2026-01-15'],
  ] as const)('%s on %i, last %s, now %s → %s', (cadence, day, last, now, due) => {
    expect(new Date(nextReviewDue(plan(cadence, day), last === undefined ? undefined : at(last), at(now))).toISOString().slice(0, 10)).toBe(due);
    expect(nextReviewDue(plan(cadence, day), last === undefined ? undefined : at(last), at(now)) % DAY_MS).toBe(0);
  });

  it.each([
    ['2025-12-28T23:59:59.999Z', false],
    ['2025-12-29T00:00:00Z', true],
    ['2026-01-20', true],
  ])('isReviewDue at %s after a weekly Monday review on 22 Dec: %s', (now, due) => {
    expect(isReviewDue(plan('weekly', 1), at('2025-12-22T10:00:00Z'), at(now))).toBe(due);
  });
});

describe('scheduleKept: newest review within cadence + 2 days of grace', () => {
  const now = at('2026-01-31');
  it.each([
    // cadence, reviews (days before now), kept, days since
    ['weekly', [9], true, 9],
    ['weekly', [9.0001], false, 9],
    ['weekly', [10, 30], false, 10],
    ['weekly', [30, 2, 16], true, 2], // unsorted: the newest counts
    ['biweekly', [16], true, 16],
    ['biweekly', [17], false, 17],
    ['monthly', [33], true, 33],
    ['monthly', [34], false, 34],
    ['weekly', [-1], true, 0], // a review stamped in the future (clock skew) is today's
    ['monthly', [], false, null],
  ] as const)('%s, reviews %j days ago → kept %s', (cadence, daysAgo, kept, days) => {
    const reviews = daysAgo.map((d) => now - d * DAY_MS);
    expect(scheduleKept(reviews, plan(cadence, 1), now)).toEqual({ kept, daysSinceLastReview: days });
  });
});
