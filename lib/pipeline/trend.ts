import type { Figure, MoneyFigure, PipelineMetrics } from './metrics-schema';
import { DAY_MS, utcDayIndex } from './utc-days';

/** 'YYYY-MM-DD' of `now` in UTC: the key of the day's metrics snapshot (one per UTC day). */
export function snapshotKey(now: number): string {
  return new Date(utcDayIndex(now) * DAY_MS).toISOString().slice(0, 10);
}

const SCALAR = {
  openDeals: (m) => m.openDeals,
  winRate: (m) => m.winRate,
  salesCycleDays: (m) => m.salesCycleDays,
  newLeadsPerWeek: (m) => m.newLeads.perWeek,
} satisfies Record<string, (m: PipelineMetrics) => Figure>;

const MONEY = {
  pipelineValue: (m) => m.pipelineValue,
  averageDealSize: (m) => m.averageDealSize,
  salesVelocity: (m) => m.salesVelocity,
  weightedForecast: (m) => m.weightedForecast,
} satisfies Record<string, (m: PipelineMetrics) => MoneyFigure>;

export type ScalarMetric = keyof typeof SCALAR;
export type MoneyMetric = keyof typeof MONEY;
export type SeriesMetric = ScalarMetric | MoneyMetric;
export const SERIES_METRICS = [...Object.keys(SCALAR), ...Object.keys(MONEY)] as SeriesMetric[];

/** A chart wider than ten years of days is a caller's bug; this keeps it from allocating forever. */
export const MAX_SERIES_DAYS = 3660;

export interface SeriesPoint {
  key: string;
  /** 00:00 UTC of the day. */
  at: number;
  /** null: no snapshot that day, or the figure had no value (a gap in the chart). */
  value: number | null;
}

export interface SeriesOptions {
  /** Required for money metrics: amounts are charted one currency at a time. */
  currency?: string;
  /** The series' last day; defaults to the newest snapshot's day. */
  now?: number;
}

/**
 * One point per UTC day for the `days` days ending on the last day, oldest first, so a
 * small chart has an even time axis. When a day has several snapshots the latest wins.
 */
export function metricSeries(
  snapshots: readonly PipelineMetrics[],
  metric: SeriesMetric,
  days: number,
  options: SeriesOptions = {},
): SeriesPoint[] {
  const count = Number.isFinite(days) ? Math.min(MAX_SERIES_DAYS, Math.max(0, Math.floor(days))) : 0;
  const anchor = options.now ?? snapshots.reduce((max, s) => Math.max(max, s.at), -Infinity);
  if (count === 0 || !Number.isFinite(anchor)) return [];
  const lastDay = utcDayIndex(anchor);
  const byDay = new Map<number, PipelineMetrics>();
  for (const s of snapshots) {
    const day = utcDayIndex(s.at);
    if (day > lastDay || day <= lastDay - count) continue;
    const kept = byDay.get(day);
    if (!kept || s.at >= kept.at) byDay.set(day, s);
  }
  const points: SeriesPoint[] = [];
  for (let day = lastDay - count + 1; day <= lastDay; day++) {
    const snapshot = byDay.get(day);
    const at = day * DAY_MS;
    points.push({ key: snapshotKey(at), at, value: snapshot ? valueOf(snapshot, metric, options.currency) : null });
  }
  return points;
}

function valueOf(m: PipelineMetrics, metric: SeriesMetric, currency: string | undefined): number | null {
  if (isScalar(metric)) return SCALAR[metric](m).value;
  const money = MONEY[metric](m).value;
  if (money === null || currency === undefined || !Object.hasOwn(money, currency)) return null;
  return money[currency] ?? null;
}

function isScalar(metric: SeriesMetric): metric is ScalarMetric {
  return Object.hasOwn(SCALAR, metric);
}
