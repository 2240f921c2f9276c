import { z } from 'zod';
import type { SnapshotRow } from '../db';
import { type MetricTrend, METRICS_PERIODS, type MetricsPeriodDays, SERIES_DAYS } from '../messaging/protocol/pipeline';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import type { Lead, Settings } from '../model';
import { computeMetrics, DAY_MS, metricSeries, PipelineMetrics, SERIES_METRICS, snapshotKey } from '../pipeline';
import type { BackgroundContext } from './context';
import type { Job } from './jobs';

/** A stored snapshot holds the figures of every period the panel offers, keyed by days. */
const SnapshotMetrics = z.partialRecord(z.enum(['30', '90', '365']), PipelineMetrics);
type SnapshotMetrics = z.infer<typeof SnapshotMetrics>;

function metricsFor(leads: readonly Lead[], settings: Settings, now: number, days: number): PipelineMetrics {
  return computeMetrics(leads, {}, now, { days }, settings.stages, { weeklyTarget: settings.weeklyNewLeadTarget });
}

async function writeSnapshot(ctx: BackgroundContext, leads: readonly Lead[], now: number): Promise<SnapshotRow> {
  const settings = await ctx.settings();
  const metrics: SnapshotMetrics = {};
  for (const days of METRICS_PERIODS) metrics[`${days}`] = metricsFor(leads, settings, now, days);
  const row = { day: snapshotKey(now), at: now, metrics };
  await ctx.repo.putSnapshot(row);
  return row;
}

async function hasSnapshotFor(ctx: BackgroundContext, now: number): Promise<boolean> {
  const day = snapshotKey(now);
  return (await ctx.repo.listSnapshots(day)).some((row) => row.day === day);
}

/** `pipeline.snapshot`: today's figures, stored now. */
export async function takeSnapshot(ctx: BackgroundContext): Promise<ResponseOf<'pipeline.snapshot'>> {
  const row = await writeSnapshot(ctx, await ctx.repo.allLeads(), ctx.now());
  return { day: row.day, at: row.at };
}

/** The hourly job: today's snapshot, unless there is one already (alarms may fire late or often). */
export const snapshotJob: Job = {
  name: 'pipeline-snapshot',
  periodInMinutes: 60,
  run: async (ctx) => {
    const now = ctx.now();
    if (!(await hasSnapshotFor(ctx, now))) await writeSnapshot(ctx, await ctx.repo.allLeads(), now);
  },
};

/**
 * A stored row's figures for one period. Rows are data that outlive code: one that does not
 * parse is skipped; a bare PipelineMetrics (another writer's shape) counts for its own period.
 */
function periodOf(row: SnapshotRow, days: MetricsPeriodDays): PipelineMetrics | undefined {
  const keyed = SnapshotMetrics.safeParse(row.metrics);
  if (keyed.success) return keyed.data[`${days}`];
  const bare = PipelineMetrics.safeParse(row.metrics);
  return bare.success && bare.data.periodDays === days ? bare.data : undefined;
}

function trends(snapshots: PipelineMetrics[], current: PipelineMetrics): MetricTrend[] {
  const all = [...snapshots, current];
  const options = { now: current.at };
  const series: MetricTrend[] = [];
  for (const metric of SERIES_METRICS) {
    const figure = metric === 'newLeadsPerWeek' ? current.newLeads.perWeek : current[metric];
    const value = figure.value;
    if (value === null || typeof value === 'number') {
      series.push({ metric, points: metricSeries(all, metric, SERIES_DAYS, options).map((p) => p.value) });
      continue;
    }
    for (const currency of Object.keys(value).slice(0, 10)) {
      series.push({ metric, currency, points: metricSeries(all, metric, SERIES_DAYS, { ...options, currency }).map((p) => p.value) });
    }
  }
  return series;
}

/**
 * `pipeline.metrics`: the period's figures as of now, and each figure's daily trend. Runs in
 * the background whatever the pipeline's size; it also stores today's snapshot if missing,
 * so trends start on the first day the panel is opened even if no alarm has fired yet.
 */
export async function pipelineMetrics(
  ctx: BackgroundContext,
  { days }: ParsedRequestOf<'pipeline.metrics'>,
): Promise<ResponseOf<'pipeline.metrics'>> {
  const now = ctx.now();
  const [leads, settings] = await Promise.all([ctx.repo.allLeads(), ctx.settings()]);
  const metrics = metricsFor(leads, settings, now, days);
  if (!(await hasSnapshotFor(ctx, now))) await writeSnapshot(ctx, leads, now);
  const rows = await ctx.repo.listSnapshots(snapshotKey(now - (SERIES_DAYS - 1) * DAY_MS));
  const today = snapshotKey(now);
  // Today's point is the figures just computed, not an older snapshot from this morning.
  const stored = rows.filter((row) => row.day !== today).map((row) => periodOf(row, days));
  const snapshots = stored.filter((m): m is PipelineMetrics => m !== undefined && m.at <= now);
  return { metrics, series: trends(snapshots, metrics), snapshotDays: snapshots.length + 1 };
}
