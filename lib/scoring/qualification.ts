import { BANT_KEYS, type Lead } from '../model';
import type { CompiledModel } from './compile';
import type { CriterionHit } from './criterion-hit';

/** Qualified: at least `minYes` of Budget, Authority, Need and Timing are "yes" (settings.qualifiedMinYes). */
export function isQualified(lead: Pick<Lead, 'bant'>, minYes: number): boolean {
  return BANT_KEYS.filter((key) => lead.bant[key].answer === 'yes').length >= minYes;
}

/** Qualification: points for each BANT answer the model has a criterion for ("unknown" has none). Appends to `out`. */
export function evaluateQualification(lead: Pick<Lead, 'bant'>, m: CompiledModel, out: CriterionHit[]): void {
  for (const c of m.bant) {
    if (lead.bant[c.key].answer === c.answer) out.push({ criterion: c.id, part: 'qualification', label: c.label, points: c.points });
  }
}
