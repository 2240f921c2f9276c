import type { ScorePart } from '../model';

/**
 * A criterion that matched a lead, with its points before weighting (on its part's 0–100
 * scale). Zero-point criteria still produce hits: calibration measures them too.
 */
export interface CriterionHit {
  readonly criterion: string;
  readonly part: ScorePart;
  readonly label: string;
  readonly points: number;
}
