import type { ScorePart, ScoringModel } from '../model';
import { listCriteria, setCriterionPoints } from './criteria';
import type { CriterionLift } from './lift';

/** A change to one criterion's points; applySuggestion turns it into a new model. */
export interface Suggestion {
  criterion: string;
  label: string;
  part: ScorePart;
  direction: 'raise' | 'lower';
  from: number;
  to: number;
  /** Why, with the counts behind it. */
  reason: string;
}

export interface SuggestionOptions {
  /** Fewest leads on each side (matching / not) before a criterion is judged. */
  minGroup: number;
  /** |z| a difference must reach to count as real rather than noise. */
  zThreshold: number;
  /** Smallest win-rate difference worth acting on. */
  minDifference: number;
}

const STEP = 10;
const percent = (rate: number | null) => `${Math.round((rate ?? 0) * 100)}%`;

/** New points for a criterion that predicts wins: stop penalising it, or give it half again as much. */
function raised(points: number): number {
  if (points < 0) return 0;
  if (points === 0) return STEP;
  return Math.min(100, Math.max(points + 5, Math.round(points * 1.5)));
}

/**
 * Raise criteria whose leads win clearly more often (significant and large enough); lower
 * positive criteria whose leads win no more often than the rest (halve them, or to 0 when
 * they clearly win less); make a zero-point criterion negative when its leads clearly lose.
 * Strongest evidence first.
 */
export function suggestChanges(lifts: readonly CriterionLift[], options: SuggestionOptions): Suggestion[] {
  const out: { z: number; suggestion: Suggestion }[] = [];
  for (const l of lifts) {
    if (l.z === null || l.difference === null) continue;
    if (l.matching.leads < options.minGroup || l.other.leads < options.minGroup) continue;
    const clearlyWins = l.z >= options.zThreshold && l.difference >= options.minDifference;
    const clearlyLoses = l.z <= -options.zThreshold && l.difference <= -options.minDifference;
    let to = l.points;
    if (clearlyWins) to = raised(l.points);
    else if (l.points > 0 && l.difference <= 0) to = clearlyLoses ? 0 : Math.round(l.points / 2);
    else if (l.points === 0 && clearlyLoses) to = -STEP;
    if (to === l.points) continue;
    const reason =
      `Won ${percent(l.matching.winRate)} of ${l.matching.leads} leads matching it, ` +
      `${percent(l.other.winRate)} of ${l.other.leads} others`;
    const direction = to > l.points ? 'raise' : 'lower';
    out.push({ z: Math.abs(l.z), suggestion: { criterion: l.criterion, label: l.label, part: l.part, direction, from: l.points, to, reason } });
  }
  out.sort((a, b) => b.z - a.z || (a.suggestion.criterion < b.suggestion.criterion ? -1 : 1));
  return out.map((o) => o.suggestion);
}

/**
 * The model with the suggestion applied and its version bumped (every lead then needs a
 * re-score). The same model object when the criterion no longer exists.
 */
export function applySuggestion(model: ScoringModel, suggestion: Pick<Suggestion, 'criterion' | 'to'>): ScoringModel {
  if (!listCriteria(model).some((c) => c.id === suggestion.criterion)) return model;
  const points = Math.min(100, Math.max(-100, suggestion.to));
  return { ...setCriterionPoints(model, suggestion.criterion, points), version: model.version + 1 };
}
