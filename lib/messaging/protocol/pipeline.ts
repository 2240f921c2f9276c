import { z } from 'zod';
import { PipelineMetrics, SERIES_METRICS, type SeriesMetric } from '../../pipeline';

/** The periods the health panel offers, in days. */
export const METRICS_PERIODS = [30, 90, 365] as const;
export type MetricsPeriodDays = (typeof METRICS_PERIODS)[number];
export const MetricsPeriodDays = z.union([z.literal(30), z.literal(90), z.literal(365)]);

/** Days of history each sparkline shows (the last eight weeks). */
export const SERIES_DAYS = 56;

/** One figure's daily values, oldest first (null: no snapshot that day); money one currency at a time. */
export const MetricTrend = z.object({
  metric: z.enum(SERIES_METRICS as [SeriesMetric, ...SeriesMetric[]]),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  points: z.array(z.number().nullable()).max(SERIES_DAYS),
});
export type MetricTrend = z.infer<typeof MetricTrend>;

export const pipelineProtocol = {
  /** The health figures for a period, with each figure's trend from the daily snapshots. */
  'pipeline.metrics': {
    request: z.object({ days: MetricsPeriodDays }),
    response: z.object({
      metrics: PipelineMetrics,
      series: z.array(MetricTrend).max(200),
      /** Days in the trend window that have a stored snapshot. */
      snapshotDays: z.number().int().nonnegative(),
    }),
  },
  /** Stores today's snapshot now (replacing one taken earlier today). */
  'pipeline.snapshot': {
    request: z.object({}),
    response: z.object({ day: z.string(), at: z.number().int() }),
  },
} as const;
