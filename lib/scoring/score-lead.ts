import { SCORE_PARTS, type Activity, type LeadScore, type ScoredLead, type ScoreReason, type ScoringModel } from '../model';
import { toCompiledModel, type CompiledModel } from './compile';
import type { CriterionHit } from './criterion-hit';
import { evaluateEngagement } from './engagement';
import { evaluateFit } from './fit';
import { gradeFor } from './grade';
import { evaluateQualification } from './qualification';

const clamp = (n: number) => Math.min(100, Math.max(0, n));
// Half away from zero, so a penalty rounds like the bonus of the same size (−2.5 → −3, 2.5 → 3).
const round = (n: number) => Math.sign(n) * Math.round(Math.abs(n));
const PART_NAMES = { fit: 'Fit', engagement: 'Engagement', qualification: 'Qualification' } as const;

/** Every criterion the lead matches, unweighted, in a fixed order (fit, engagement, qualification). */
export function evaluateLead(
  lead: ScoredLead,
  activities: readonly Activity[],
  model: ScoringModel | CompiledModel,
  now: number,
): CriterionHit[] {
  const m = toCompiledModel(model);
  const hits: CriterionHit[] = [];
  evaluateFit(lead, m, hits);
  evaluateEngagement(activities, m, now, hits);
  evaluateQualification(lead, m, hits);
  return hits;
}

/**
 * Hits → score. Each hit becomes a reason worth its points × the part's share, rounded to a
 * whole point so the card shows what is summed. A part whose reasons exceed its share of 100
 * gets one negative "capped" reason, so a lead can't max out on e-mail volume alone. The total
 * is the exact sum of the reasons, clamped to 0–100; sub-scores are the unweighted sums, clamped.
 */
export function scoreFromHits(hits: readonly CriterionHit[], model: ScoringModel | CompiledModel, now: number): LeadScore {
  const m = toCompiledModel(model);
  const reasons: ScoreReason[] = [];
  const parts = { fit: 0, engagement: 0, qualification: 0 };
  for (const part of SCORE_PARTS) {
    let raw = 0;
    let weighted = 0;
    for (const hit of hits) {
      if (hit.part !== part) continue;
      raw += hit.points;
      const points = round((hit.points * m.weights[part]) / m.weightSum);
      if (points === 0) continue; // also −0
      reasons.push({ criterion: hit.criterion, label: hit.label, points, part });
      weighted += points;
    }
    parts[part] = clamp(round(raw));
    const max = round((100 * m.weights[part]) / m.weightSum);
    if (weighted > max) {
      reasons.push({ criterion: `${part}.cap`, label: `${PART_NAMES[part]} above its maximum`, points: max - weighted, part });
    }
  }
  const total = clamp(reasons.reduce((sum, r) => sum + r.points, 0));
  return {
    total,
    ...parts,
    grade: gradeFor(total, m.model.grades),
    reasons,
    scoredAt: now,
    modelVersion: m.model.version,
  };
}

/**
 * The lead's score under `model` at `now`: fit, engagement and qualification sub-scores (0–100),
 * the weighted total (0–100), its grade, and every reason that added or removed points.
 * Pure and deterministic. Pass a `compileModel` result when scoring many leads; a raw model is
 * compiled once and cached per model object. `activities` are the lead's own.
 */
export function scoreLead(
  lead: ScoredLead,
  activities: readonly Activity[],
  model: ScoringModel | CompiledModel,
  now: number,
): LeadScore {
  const m = toCompiledModel(model);
  return scoreFromHits(evaluateLead(lead, activities, m, now), m, now);
}
