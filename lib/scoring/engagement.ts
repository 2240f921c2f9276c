import type { Activity, EngagementDecay } from '../model';
import type { CompiledModel } from './compile';
import type { CriterionHit } from './criterion-hit';

const DAY_MS = 86_400_000;

/**
 * How much of an activity's points remain at `ageDays`: halved every half-life, or all of them
 * inside the window and none after it (the window's last day still counts). A timestamp in
 * the future (another device's clock) counts as now.
 */
export function decayFactor(decay: EngagementDecay, ageDays: number): number {
  const age = Math.max(0, ageDays);
  if (decay.kind === 'halfLife') return Math.pow(0.5, age / decay.days);
  return age <= decay.days ? 1 : 0;
}

function ago(ageMs: number): string {
  const days = Math.floor(Math.max(0, ageMs) / DAY_MS);
  return days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
}

/**
 * Engagement: what the lead did. One hit per activity type: the faded points of all its
 * activities, capped, labelled with the count and the latest ("Replied ×2, latest 3 days ago").
 * Appends to `out`, in model order so every lead's reasons come in the same order.
 */
export function evaluateEngagement(activities: readonly Activity[], m: CompiledModel, now: number, out: CriterionHit[]): void {
  const { decay } = m.model.engagement;
  // Flat per-type tallies: this loop runs for every activity of every lead on a re-score.
  const size = m.activities.length;
  const counts = new Array<number>(size).fill(0);
  const points = new Array<number>(size).fill(0);
  const latest = new Array<number>(size).fill(-Infinity);
  for (const activity of activities) {
    const i = m.activityIndex.get(activity.type);
    if (i === undefined) continue;
    const criterion = m.activities[i];
    if (!criterion) continue;
    const factor = decayFactor(decay, (now - activity.at) / DAY_MS);
    if (factor <= 0) continue;
    counts[i] = (counts[i] ?? 0) + 1;
    points[i] = (points[i] ?? 0) + criterion.points * factor;
    latest[i] = Math.max(latest[i] ?? -Infinity, activity.at);
  }
  m.activities.forEach((criterion, i) => {
    const count = counts[i] ?? 0;
    if (count === 0) return;
    const cap = criterion.cap ?? Infinity;
    const capped = Math.max(-cap, Math.min(cap, points[i] ?? 0));
    const when = ago(now - (latest[i] ?? now));
    const label = count === 1 ? `${criterion.label} ${when}` : `${criterion.label} ×${count}, latest ${when}`;
    out.push({ criterion: criterion.id, part: 'engagement', label, points: capped });
  });
}
