import type { Activity, ActivityType } from '../model';

/**
 * When each type of activity happened to a lead, oldest first: everything engagement scoring
 * reads of an activity (lib/scoring/engagement.ts reads `type` and `at`, nothing else). Kept
 * on the lead's row, so re-scoring every lead reads the leads and none of their activities.
 */
export type ActivityTimes = Partial<Record<ActivityType, number[]>>;

/** The times of `activities`, by type, oldest first. */
export function timesOf(activities: readonly Pick<Activity, 'type' | 'at'>[]): ActivityTimes {
  return addTimes({}, activities);
}

/** `times` with `activities` added; `times` is left as it was. */
export function addTimes(times: ActivityTimes, activities: readonly Pick<Activity, 'type' | 'at'>[]): ActivityTimes {
  const next: ActivityTimes = { ...times };
  const touched = new Set<ActivityType>();
  for (const { type, at } of activities) {
    if (!touched.has(type)) {
      touched.add(type);
      next[type] = [...(times[type] ?? [])];
    }
    next[type]!.push(at);
  }
  for (const type of touched) next[type]!.sort((a, b) => a - b);
  return next;
}

/**
 * Stand-ins for a lead's activities, as scoring reads them: per type oldest first, which is the
 * order the lead's own history is read in (the `leadAt` index), so every sum adds up in the same
 * order and gives the same score to the last bit (tests/unit/db/activity-times.test.ts).
 */
export function activitiesFromTimes(leadId: string, times: ActivityTimes): Activity[] {
  const out: Activity[] = [];
  for (const [type, ats] of Object.entries(times) as [ActivityType, number[]][]) {
    for (const at of ats) out.push({ id: '', leadId, type, at, summary: '' });
  }
  return out;
}

/** Whether a stored value reads as activity times (rows written before version 3 lack them). */
export function isActivityTimes(value: unknown): value is ActivityTimes {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((list) => Array.isArray(list) && list.every((at) => typeof at === 'number'));
}
