import { z } from 'zod';
import { BANT_KEYS, type Lead } from './lead';
import { ActivityType } from './activity';

export const SCORE_PARTS = ['fit', 'engagement', 'qualification'] as const;
export const ScorePart = z.enum(SCORE_PARTS);
export type ScorePart = z.infer<typeof ScorePart>;

/** Points are on the part's own 0–100 scale; the part weight scales them into the total. */
const Points = z.number().finite().min(-100).max(100);
const Keyword = z.string().trim().min(1).max(100);

/** Every criterion has a stable id: calibration reports and patches criteria by id. */
export const ScoringCriterion = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_.-]*$/i).max(80),
  label: z.string().trim().min(1).max(80),
  points: Points,
});
export type ScoringCriterion = z.infer<typeof ScoringCriterion>;

/** Matches when any keyword is in the text, after the `unless` phrases are masked out. */
export const KeywordCriterion = ScoringCriterion.extend({
  keywords: z.array(Keyword).max(400),
  unless: z.array(Keyword).max(100).optional(),
});
export type KeywordCriterion = z.infer<typeof KeywordCriterion>;

/** Matches a company-size text whose head count (band midpoint) is within min–max. */
export const SizeCriterion = ScoringCriterion.extend({
  min: z.number().int().min(0),
  max: z.number().int().min(0).optional(),
});
export type SizeCriterion = z.infer<typeof SizeCriterion>;

export const FreeMailCriterion = ScoringCriterion.extend({
  domains: z.array(z.string().trim().toLowerCase().min(2).max(100)).max(500),
});
export type FreeMailCriterion = z.infer<typeof FreeMailCriterion>;

export const EngagementType = ActivityType.extract([
  'captured', 'merged', 'profile_viewed', 'email_received', 'email_sent', 'replied', 'stage_changed',
  'note_added', 'touch_logged',
]);
export type EngagementType = z.infer<typeof EngagementType>;

/** Points per activity of `type`, faded by age; `cap` bounds the sum so one chatty type can't fill the part. */
export const ActivityCriterion = ScoringCriterion.extend({
  type: EngagementType,
  cap: z.number().min(0).max(100).optional(),
});
export type ActivityCriterion = z.infer<typeof ActivityCriterion>;

export const EngagementDecay = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('halfLife'), days: z.number().positive().max(3650) }),
  z.object({ kind: z.literal('window'), days: z.number().positive().max(3650) }),
]);
export type EngagementDecay = z.infer<typeof EngagementDecay>;

export const BantCriterion = ScoringCriterion.extend({
  key: z.enum(BANT_KEYS),
  answer: z.enum(['yes', 'no']),
});
export type BantCriterion = z.infer<typeof BantCriterion>;

export const RULE_FIELDS = [
  'name', 'email', 'title', 'company', 'companyDomain', 'industry', 'companySize', 'location', 'headline',
  'website', 'linkedinUrl', 'phone', 'address', 'source', 'stageId', 'currency', 'tags', 'dealValue',
] as const;
export const RuleField = z.enum(RULE_FIELDS);
export type RuleField = z.infer<typeof RuleField>;

/** What scoring reads of a lead (its activities aside): the rule fields, BANT and the id. */
export const SCORED_FIELDS = ['id', 'bant', ...RULE_FIELDS] as const;
export type ScoredLead = Pick<Lead, (typeof SCORED_FIELDS)[number]>;

/** The part of `lead` that scoring reads: what the score book keeps to re-score without the row. */
export function scoredPart(lead: ScoredLead): ScoredLead {
  const part: Record<string, unknown> = {};
  for (const key of SCORED_FIELDS) if (lead[key] !== undefined) part[key] = lead[key];
  return part as ScoredLead;
}

const RuleBase = ScoringCriterion.extend({ field: RuleField });

/** A user's own fit rule: `field operator value` adds `points` when true. */
export const CustomRule = z.discriminatedUnion('operator', [
  RuleBase.extend({ operator: z.enum(['equals', 'contains', 'startsWith']), value: z.string().trim().min(1).max(200) }),
  RuleBase.extend({ operator: z.literal('in'), value: z.array(z.string().trim().min(1).max(200)).min(1).max(200) }),
  RuleBase.extend({ operator: z.literal('exists') }),
  RuleBase.extend({ operator: z.enum(['gte', 'lte']), value: z.number().finite() }),
]);
export type CustomRule = z.infer<typeof CustomRule>;
export type RuleOperator = CustomRule['operator'];

const Weight = z.number().finite().min(0).max(100);
const Threshold = z.number().finite().min(0).max(100);

export const ScoringModel = z
  .object({
    /** Goes up with every change, so a lead scored by an older model is known to be stale. */
    version: z.number().int().min(1),
    /** Relative: each part's share of the total is its weight over the sum of weights. */
    weights: z.object({ fit: Weight, engagement: Weight, qualification: Weight }),
    /** Lowest total for each grade; below C is D. */
    grades: z.object({ A: Threshold, B: Threshold, C: Threshold }),
    fit: z.object({
      /** Ordered from most senior: the first tier whose keywords match the title counts. */
      seniority: z.array(KeywordCriterion).max(30),
      company: ScoringCriterion,
      businessEmail: ScoringCriterion,
      freeMail: FreeMailCriterion,
      /** In each list the first matching entry counts. */
      industries: z.array(KeywordCriterion).max(50),
      companySizes: z.array(SizeCriterion).max(20),
      locations: z.array(KeywordCriterion).max(50),
      /** Every matching rule counts. */
      custom: z.array(CustomRule).max(100),
    }),
    engagement: z.object({ decay: EngagementDecay, activities: z.array(ActivityCriterion).max(20) }),
    qualification: z.object({ bant: z.array(BantCriterion).max(8) }),
  })
  .superRefine((model, ctx) => {
    const { fit, engagement, qualification } = model;
    if (model.weights.fit + model.weights.engagement + model.weights.qualification <= 0) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'At least one weight must be above 0' });
    }
    if (!(model.grades.A >= model.grades.B && model.grades.B >= model.grades.C)) {
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'Grade thresholds must fall from A to C' });
    }
    const ids = [
      ...fit.seniority, fit.company, fit.businessEmail, fit.freeMail, ...fit.industries, ...fit.companySizes,
      ...fit.locations, ...fit.custom, ...engagement.activities, ...qualification.bant,
    ].map((c) => c.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length) ctx.addIssue({ code: 'custom', message: `Criterion ids repeat: ${repeated.join(', ')}` });
    // Scoring names a part's cap reason `<part>.cap`; a criterion with that id would be confused with it.
    const reserved = ids.filter((id) => /^(fit|engagement|qualification)\.cap$/.test(id));
    if (reserved.length) ctx.addIssue({ code: 'custom', message: `Reserved criterion id: ${reserved.join(', ')}` });
    const types = engagement.activities.map((a) => a.type);
    if (new Set(types).size !== types.length) {
      ctx.addIssue({ code: 'custom', path: ['engagement'], message: 'One criterion per activity type' });
    }
  });
export type ScoringModel = z.infer<typeof ScoringModel>;

/** The model a new install starts with (defined beside the keyword tables it is built from). */
export { DEFAULT_SCORING_MODEL } from '../scoring/default-model';
