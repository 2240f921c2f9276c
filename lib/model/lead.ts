import { z } from 'zod';
import { BANT_ANSWERS } from './bant-keys';
import { MAX_FIELD } from './prospect-limits';

export { BANT_KEYS, type BantKey, emptyBant } from './bant-keys';

export const BantAnswer = z.enum(BANT_ANSWERS);
export type BantAnswer = z.infer<typeof BantAnswer>;

export const BantPart = z.object({
  answer: BantAnswer.default('unknown'),
  note: z.string().max(300).default(''),
});
export type BantPart = z.infer<typeof BantPart>;

export const Bant = z.object({
  budget: BantPart,
  authority: BantPart,
  need: BantPart,
  timing: BantPart,
});
export type Bant = z.infer<typeof Bant>;

export const LeadStatus = z.enum(['open', 'won', 'lost', 'archived']);
export type LeadStatus = z.infer<typeof LeadStatus>;

export const LeadSource = z.enum(['linkedin', 'gmail', 'manual', 'import']);
export type LeadSource = z.infer<typeof LeadSource>;

export const StageChange = z.object({
  stageId: z.string().min(1),
  at: z.number().int().nonnegative(),
});
export type StageChange = z.infer<typeof StageChange>;

export const ScoreReason = z.object({
  /** Stable id of the criterion (e.g. `fit.seniority.vp`), for calibration. */
  criterion: z.string(),
  label: z.string(),
  points: z.number(),
  part: z.enum(['fit', 'engagement', 'qualification']),
});
export type ScoreReason = z.infer<typeof ScoreReason>;

export const LeadScore = z.object({
  total: z.number().min(0).max(100),
  fit: z.number().min(0).max(100),
  engagement: z.number().min(0).max(100),
  qualification: z.number().min(0).max(100),
  grade: z.enum(['A', 'B', 'C', 'D']),
  reasons: z.array(ScoreReason),
  scoredAt: z.number().int(),
  modelVersion: z.number().int(),
});
export type LeadScore = z.infer<typeof LeadScore>;

const field = (max = MAX_FIELD) => z.string().max(max).optional();

/** The person and company fields a capture or the user can fill. */
export const LeadFields = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().max(254).optional(),
  linkedinUrl: field(300),
  title: field(200),
  company: field(200),
  companyDomain: field(200),
  industry: field(200),
  companySize: field(60),
  companyLinkedinUrl: field(300),
  location: field(200),
  phone: field(60),
  website: field(300),
  headline: field(300),
  address: field(300),
});
export type LeadFields = z.infer<typeof LeadFields>;
export const LEAD_FIELD_KEYS = Object.keys(LeadFields.shape) as (keyof LeadFields)[];

export const Lead = LeadFields.extend({
  id: z.string().min(1).max(64),
  /** `email:<addr>` and `linkedin:<url>` keys; indexed (multiEntry) for lookups. */
  identities: z.array(z.string()),
  source: LeadSource,
  sourceUrl: field(2000),
  stageId: z.string().min(1),
  stageHistory: z.array(StageChange).min(1),
  status: LeadStatus,
  lostReason: field(200),
  bant: Bant,
  dealValue: z.number().nonnegative().finite().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  nextStep: field(300),
  nextStepAt: z.number().int().optional(),
  notes: z.string().max(20_000).default(''),
  tags: z.array(z.string().max(60)).max(50).default([]),
  /** Fields the user changed by hand: a later capture never overwrites them. */
  editedFields: z.array(z.string()).default([]),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  lastTouchAt: z.number().int(),
  closedAt: z.number().int().optional(),
  snoozedUntil: z.number().int().optional(),
  score: LeadScore.optional(),
});
export type Lead = z.infer<typeof Lead>;
