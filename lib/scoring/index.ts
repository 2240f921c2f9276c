/**
 * Lead scoring: pure functions of (lead, activities, model, now). See score-lead.ts for how
 * the parts combine, calibrate.ts for how closed deals feed back.
 */
export { scoreLead, evaluateLead, scoreFromHits } from './score-lead';
export { compileModel, isCompiledModel, toCompiledModel, type CompiledModel } from './compile';
export type { CriterionHit } from './criterion-hit';
export { isQualified } from './qualification';
export { decayFactor } from './engagement';
export { gradeFor, compareGrades, GRADES, type Grade } from './grade';
export { listCriteria, setCriterionPoints, type CriterionInfo } from './criteria';
export { previewModelChange, type ModelChangePreview, type GradeMove } from './preview';
export { calibrate, type CalibrationOptions, type CalibrationReport, type GradeWinRate } from './calibrate';
export type { CriterionLift, WinCount } from './lift';
export { applySuggestion, type Suggestion } from './suggestions';
export { rocAuc } from './auc';
export { activitiesOf, type ActivitiesByLead } from './lead-activities';
export { parseCompanySize } from './company-size';
