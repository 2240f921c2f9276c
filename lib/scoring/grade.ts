import type { LeadScore, ScoringModel } from '../model';

export type Grade = LeadScore['grade'];

/** Best first. */
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

/** The grade of a total: A at or above the A threshold, and so on; below C is D. */
export function gradeFor(total: number, thresholds: ScoringModel['grades']): Grade {
  if (total >= thresholds.A) return 'A';
  if (total >= thresholds.B) return 'B';
  if (total >= thresholds.C) return 'C';
  return 'D';
}

/** Positive when `to` is a better grade than `from`, negative when worse, 0 when equal. */
export function compareGrades(from: Grade, to: Grade): number {
  return GRADES.indexOf(from) - GRADES.indexOf(to);
}
