import { z } from 'zod';

/*
 * The shape of computeMetrics' result. Daily snapshots are stored and read back through
 * these schemas, so a figure that is not a finite number cannot slip into storage:
 * zod 4's z.number() already rejects NaN and ±Infinity.
 */

/** A number, or no number and the reason why ("not enough data: …"). */
export const Figure = z.union([
  z.object({ value: z.number() }),
  z.object({ value: z.null(), reason: z.string().min(1) }),
]);
export type Figure = z.infer<typeof Figure>;

const Currency = z.string().regex(/^[A-Z]{3}$/);

/** Money per currency (ISO code → amount); amounts in different currencies are never added. */
export const MoneyFigure = z.union([
  z.object({ value: z.record(Currency, z.number()) }),
  z.object({ value: z.null(), reason: z.string().min(1) }),
]);
export type MoneyFigure = z.infer<typeof MoneyFigure>;

export const StageConversion = z.object({
  stageId: z.string(),
  /** Leads whose history ever entered the stage. */
  entered: z.number().int().nonnegative(),
  /** Of those, leads that afterwards reached a later open stage or a won stage. */
  converted: z.number().int().nonnegative(),
  rate: Figure,
});
export type StageConversion = z.infer<typeof StageConversion>;

export const StageTime = z.object({
  stageId: z.string(),
  /** Leads with a measured stay in the stage (one sample per lead, its stays summed). */
  samples: z.number().int().nonnegative(),
  medianDays: Figure,
});
export type StageTime = z.infer<typeof StageTime>;

export const BOTTLENECK_RULE = 'longest-median-time-in-stage';

export const Bottleneck = z.union([
  z.object({
    /** The stage id. */
    value: z.string(),
    rule: z.literal(BOTTLENECK_RULE),
    medianDays: z.number(),
    samples: z.number().int(),
  }),
  z.object({ value: z.null(), reason: z.string().min(1) }),
]);
export type Bottleneck = z.infer<typeof Bottleneck>;

export const NewLeads = z.object({
  /** Leads created in the period. */
  count: z.number().int().nonnegative(),
  perWeek: Figure,
  /** The user's weekly target, when one is set (0 counts as no target). */
  target: z.number().nullable(),
  /** perWeek / target: 1 means exactly on target. */
  ofTarget: Figure,
});
export type NewLeads = z.infer<typeof NewLeads>;

export const PipelineMetrics = z.object({
  /** The `now` the figures were computed for (epoch ms). */
  at: z.number().int(),
  periodDays: z.number(),
  openDeals: Figure,
  pipelineValue: MoneyFigure,
  averageDealSize: MoneyFigure,
  winRate: Figure,
  salesCycleDays: Figure,
  /** Value per day, per currency. */
  salesVelocity: MoneyFigure,
  weightedForecast: MoneyFigure,
  /** Open stages, in pipeline order. */
  stageConversion: z.array(StageConversion),
  /** Open stages, in pipeline order. */
  timeInStage: z.array(StageTime),
  bottleneck: Bottleneck,
  newLeads: NewLeads,
});
export type PipelineMetrics = z.infer<typeof PipelineMetrics>;
