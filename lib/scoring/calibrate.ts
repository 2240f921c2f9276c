import type { Lead, ScoringModel } from '../model';
import { rocAuc } from './auc';
import { toCompiledModel, type CompiledModel } from './compile';
import { listCriteria } from './criteria';
import { GRADES, type Grade } from './grade';
import { activitiesOf, type ActivitiesByLead } from './lead-activities';
import { criterionLifts, type CriterionLift } from './lift';
import { evaluateLead, scoreFromHits } from './score-lead';
import { suggestChanges, type Suggestion, type SuggestionOptions } from './suggestions';

export interface CalibrationOptions extends Partial<SuggestionOptions> {
  /** Fewest closed leads before the report says anything (default 20). */
  minClosed?: number;
}

export interface GradeWinRate {
  grade: Grade;
  leads: number;
  won: number;
  lost: number;
  winRate: number | null;
}

export interface CalibrationReport {
  enoughData: boolean;
  message: string;
  closed: number;
  won: number;
  lost: number;
  /** A–D, each with the count behind its win rate; empty when there is not enough data. */
  grades: GradeWinRate[];
  /** How well the total separates won from lost (0.5 = chance, 1 = perfect); null without data. */
  auc: number | null;
  criteria: CriterionLift[];
  suggestions: Suggestion[];
}

const DEFAULTS = { minClosed: 20, minGroup: 5, zThreshold: 2.58, minDifference: 0.1 };

/**
 * How well the model predicted closed deals (status won or lost; others are ignored), and
 * which criteria to raise or lower.
 *
 * Each lead is scored as the model would have scored it just before it closed: at `closedAt`
 * (else `now`), from activities strictly before then. Scoring at close, not at `now`, keeps a
 * deal closed last year from looking disengaged merely because time passed, and drops the
 * closing stage change itself. BANT answers and fields are as stored now: history of those
 * isn't kept, so an answer changed after closing can flatter the model.
 */
export function calibrate(
  closedLeads: readonly Lead[],
  activitiesByLead: ActivitiesByLead,
  model: ScoringModel | CompiledModel,
  now: number,
  options: CalibrationOptions = {},
): CalibrationReport {
  const settings = { ...DEFAULTS, ...options };
  const closed = closedLeads.filter((l) => l.status === 'won' || l.status === 'lost');
  const won = closed.filter((l) => l.status === 'won').length;
  const base = { closed: closed.length, won, lost: closed.length - won, grades: [], auc: null, criteria: [], suggestions: [] };
  if (closed.length < settings.minClosed) {
    const message = `Only ${closed.length} closed leads; calibration needs at least ${settings.minClosed}.`;
    return { ...base, enoughData: false, message };
  }
  if (won === 0 || won === closed.length) {
    return { ...base, enoughData: false, message: `Calibration needs both won and lost leads (won ${won}, lost ${base.lost}).` };
  }
  const m = toCompiledModel(model);
  const outcomes = closed.map((lead) => lead.status === 'won');
  const scored = closed.map((lead) => {
    const asOf = Math.min(lead.closedAt ?? now, now);
    const activities = activitiesOf(activitiesByLead, lead.id).filter((a) => a.at < asOf);
    const hits = evaluateLead(lead, activities, m, asOf);
    return { score: scoreFromHits(hits, m, asOf), matched: new Set(hits.map((h) => h.criterion)) };
  });
  const grades = GRADES.map((grade): GradeWinRate => {
    const inGrade = outcomes.filter((_, i) => scored[i]?.score.grade === grade);
    const gradeWon = inGrade.filter(Boolean).length;
    const leads = inGrade.length;
    return { grade, leads, won: gradeWon, lost: leads - gradeWon, winRate: leads ? gradeWon / leads : null };
  });
  const criteria = criterionLifts(listCriteria(m.model), scored.map((s) => s.matched), outcomes);
  return {
    ...base,
    enoughData: true,
    message: `Scored ${closed.length} closed leads (${won} won, ${base.lost} lost) as of their close.`,
    grades,
    auc: rocAuc(scored.map((s) => s.score.total), outcomes) ?? null,
    criteria,
    suggestions: suggestChanges(criteria, settings),
  };
}
