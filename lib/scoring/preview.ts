import type { Lead, ScoringModel } from '../model';
import { toCompiledModel, type CompiledModel } from './compile';
import { compareGrades, type Grade } from './grade';
import { activitiesOf, type ActivitiesByLead } from './lead-activities';
import { scoreLead } from './score-lead';

export interface GradeMove {
  leadId: string;
  name: string;
  from: Grade;
  to: Grade;
  fromScore: number;
  toScore: number;
}

export interface ModelChangePreview {
  /** Leads whose grade gets better, worse, or stays. */
  up: number;
  down: number;
  same: number;
  /** The leads that change grade, in input order. */
  moves: GradeMove[];
}

/**
 * What a model edit would do before it is saved ("14 leads move up a grade, 3 down"): every
 * lead scored under both models at the same `now`.
 */
export function previewModelChange(
  leads: readonly Lead[],
  activitiesByLead: ActivitiesByLead,
  oldModel: ScoringModel | CompiledModel,
  newModel: ScoringModel | CompiledModel,
  now: number,
): ModelChangePreview {
  const before = toCompiledModel(oldModel);
  const after = toCompiledModel(newModel);
  const preview: ModelChangePreview = { up: 0, down: 0, same: 0, moves: [] };
  for (const lead of leads) {
    const activities = activitiesOf(activitiesByLead, lead.id);
    const from = scoreLead(lead, activities, before, now);
    const to = scoreLead(lead, activities, after, now);
    const change = compareGrades(from.grade, to.grade);
    if (change === 0) {
      preview.same += 1;
      continue;
    }
    if (change > 0) preview.up += 1;
    else preview.down += 1;
    preview.moves.push({
      leadId: lead.id, name: lead.name, from: from.grade, to: to.grade, fromScore: from.total, toScore: to.total,
    });
  }
  return preview;
}
