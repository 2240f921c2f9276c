import { z } from 'zod';
import { BANT_KEYS } from './lead';
import { ActivityType } from './activity';
import { seniorityKeywords, seniorityUnless } from '../scoring/seniority';
import { FREE_MAIL_DOMAINS } from '../scoring/email-domain';
import {
  LOW_FIT_INDUSTRY_KEYWORDS,
  NORDIC_LOCATION_KEYWORDS,
  TARGET_INDUSTRY_KEYWORDS,
} from '../scoring/market-keywords';

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
    const types = engagement.activities.map((a) => a.type);
    if (new Set(types).size !== types.length) {
      ctx.addIssue({ code: 'custom', path: ['engagement'], message: 'One criterion per activity type' });
    }
  });
export type ScoringModel = z.infer<typeof ScoringModel>;

const tier = (id: string, label: string, points: number, name: Parameters<typeof seniorityKeywords>[0]) => ({
  id: `fit.seniority.${id}`,
  label,
  points,
  keywords: seniorityKeywords(name),
  unless: seniorityUnless(name),
});

const act = (type: EngagementType, label: string, points: number, cap: number) =>
  ({ id: `engagement.${type}`, label, points, type, cap });

const bant = (key: (typeof BANT_KEYS)[number], answer: 'yes' | 'no', label: string, points: number) =>
  ({ id: `qualification.${key}.${answer}`, label, points, key, answer });

/**
 * A B2B default: decision makers at 50–5,000-person software buyers in the Nordics, who
 * answer e-mails and have confirmed BANT. Seniority and replies weigh most; a free-mail
 * address costs about as much as a VP title earns. Engagement halves every 30 days.
 */
export const DEFAULT_SCORING_MODEL: ScoringModel = {
  version: 1,
  weights: { fit: 40, engagement: 35, qualification: 25 },
  grades: { A: 70, B: 50, C: 30 },
  fit: {
    seniority: [
      tier('clevel', 'C-level or founder title', 40, 'clevel'),
      tier('vp', 'VP title', 35, 'vp'),
      tier('head', 'Head-of title', 30, 'head'),
      tier('director', 'Director title', 30, 'director'),
      tier('manager', 'Manager title', 20, 'manager'),
      tier('ic', 'Individual contributor title', 5, 'ic'),
      tier('junior', 'Intern or student title', -15, 'junior'),
    ],
    company: { id: 'fit.company', label: 'Company known', points: 10 },
    businessEmail: { id: 'fit.email.business', label: 'Business e-mail address', points: 10 },
    freeMail: { id: 'fit.email.free', label: 'Free-mail address', points: -25, domains: [...FREE_MAIL_DOMAINS] },
    industries: [
      { id: 'fit.industry.target', label: 'Target industry', points: 10, keywords: [...TARGET_INDUSTRY_KEYWORDS] },
      { id: 'fit.industry.low', label: 'Low-budget industry', points: -10, keywords: [...LOW_FIT_INDUSTRY_KEYWORDS] },
    ],
    companySizes: [
      { id: 'fit.size.micro', label: '1–10 employees', points: -5, min: 0, max: 10 },
      { id: 'fit.size.small', label: '11–50 employees', points: 5, min: 11, max: 50 },
      { id: 'fit.size.mid', label: '51–200 employees', points: 10, min: 51, max: 200 },
      { id: 'fit.size.upper', label: '201–1,000 employees', points: 15, min: 201, max: 1000 },
      { id: 'fit.size.large', label: '1,001–5,000 employees', points: 10, min: 1001, max: 5000 },
      { id: 'fit.size.enterprise', label: 'Over 5,000 employees', points: 5, min: 5001 },
    ],
    locations: [
      { id: 'fit.location.nordic', label: 'In the Nordics', points: 5, keywords: [...NORDIC_LOCATION_KEYWORDS] },
    ],
    custom: [],
  },
  engagement: {
    decay: { kind: 'halfLife', days: 30 },
    activities: [
      act('replied', 'Replied', 30, 60),
      act('email_received', 'E-mail from them', 10, 30),
      act('touch_logged', 'Call or meeting', 8, 24),
      act('stage_changed', 'Moved stage', 10, 30),
      act('captured', 'Captured', 5, 5),
      act('merged', 'Seen again', 3, 6),
      act('email_sent', 'E-mail sent', 3, 9),
      act('profile_viewed', 'Profile viewed', 3, 9),
      act('note_added', 'Note added', 2, 6),
    ],
  },
  qualification: {
    bant: [
      bant('budget', 'yes', 'Budget confirmed', 25), bant('budget', 'no', 'No budget', -15),
      bant('authority', 'yes', 'Decision maker', 25), bant('authority', 'no', 'Not the decision maker', -10),
      bant('need', 'yes', 'Need confirmed', 25), bant('need', 'no', 'No need', -20),
      bant('timing', 'yes', 'Timing confirmed', 25), bant('timing', 'no', 'Wrong timing', -10),
    ],
  },
};
