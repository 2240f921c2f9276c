import type { ScorePart, ScoringCriterion, ScoringModel } from '../model';

export interface CriterionInfo {
  readonly id: string;
  readonly label: string;
  readonly part: ScorePart;
  readonly points: number;
}

/** Every criterion of a model, in model order, with the part it scores. */
export function listCriteria(model: ScoringModel): CriterionInfo[] {
  const { fit, engagement, qualification } = model;
  const info = (part: ScorePart) => (c: ScoringCriterion): CriterionInfo =>
    ({ id: c.id, label: c.label, part, points: c.points });
  return [
    ...[...fit.seniority, fit.company, fit.businessEmail, fit.freeMail, ...fit.industries, ...fit.companySizes,
      ...fit.locations, ...fit.custom].map(info('fit')),
    ...engagement.activities.map(info('engagement')),
    ...qualification.bant.map(info('qualification')),
  ];
}

/**
 * A copy of the model with one criterion's points changed (version unchanged: the caller
 * decides whether this is a new model). The same model object when no criterion has that id.
 */
export function setCriterionPoints(model: ScoringModel, id: string, points: number): ScoringModel {
  if (!listCriteria(model).some((c) => c.id === id)) return model;
  const set = <T extends ScoringCriterion>(c: T): T => (c.id === id ? { ...c, points } : c);
  const { fit, engagement, qualification } = model;
  return {
    ...model,
    fit: {
      ...fit,
      seniority: fit.seniority.map(set),
      company: set(fit.company),
      businessEmail: set(fit.businessEmail),
      freeMail: set(fit.freeMail),
      industries: fit.industries.map(set),
      companySizes: fit.companySizes.map(set),
      locations: fit.locations.map(set),
      custom: fit.custom.map(set),
    },
    engagement: { ...engagement, activities: engagement.activities.map(set) },
    qualification: { ...qualification, bant: qualification.bant.map(set) },
  };
}
