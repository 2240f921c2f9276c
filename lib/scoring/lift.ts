import type { ScorePart } from '../model';
import type { CriterionInfo } from './criteria';

export interface WinCount {
  leads: number;
  won: number;
  /** won / leads; null when there are no leads. */
  winRate: number | null;
}

/** How a criterion's leads fared against the rest. */
export interface CriterionLift {
  criterion: string;
  label: string;
  part: ScorePart;
  points: number;
  matching: WinCount;
  other: WinCount;
  /** Matching leads' win rate over the overall win rate (1 = average); null when none match. */
  lift: number | null;
  /** Matching minus other win rate; null when either group is empty. */
  difference: number | null;
  /** Two-proportion z statistic of `difference` (pooled); null when it is undefined. */
  z: number | null;
}

const count = (leads: number, won: number): WinCount => ({ leads, won, winRate: leads ? won / leads : null });

/**
 * The lift of every criterion. `matched[i]` holds the criterion ids lead i matched (zero-point
 * criteria included, so a criterion worth nothing today can still show it should be worth more).
 */
export function criterionLifts(
  criteria: readonly CriterionInfo[],
  matched: readonly ReadonlySet<string>[],
  won: readonly boolean[],
): CriterionLift[] {
  const total = won.length;
  const totalWon = won.filter(Boolean).length;
  return criteria.map((c) => {
    let leads = 0;
    let wins = 0;
    matched.forEach((ids, i) => {
      if (!ids.has(c.id)) return;
      leads += 1;
      if (won[i]) wins += 1;
    });
    const matching = count(leads, wins);
    const other = count(total - leads, totalWon - wins);
    const overall = total ? totalWon / total : 0;
    const lift = matching.winRate === null || overall === 0 ? null : matching.winRate / overall;
    const difference = matching.winRate === null || other.winRate === null ? null : matching.winRate - other.winRate;
    const spread = Math.sqrt(overall * (1 - overall) * (1 / (matching.leads || 1) + 1 / (other.leads || 1)));
    const z = difference === null || spread === 0 ? null : difference / spread;
    return { criterion: c.id, label: c.label, part: c.part, points: c.points, matching, other, lift, difference, z };
  });
}
