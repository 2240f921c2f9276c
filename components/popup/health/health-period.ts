import { type MetricsPeriodDays, METRICS_PERIODS } from '../../../lib/messaging/protocol/pipeline';
import { readCache } from '../local-cache';
import { sendEarly } from '../early-requests';

const PERIOD_KEY = 'pipewell:health-period';

/** The period the health panel showed last (30 days the first time). */
export function savedPeriod(): MetricsPeriodDays {
  const saved = Number(globalThis.localStorage?.getItem(PERIOD_KEY));
  return METRICS_PERIODS.find((d) => d === saved) ?? 30;
}

export function savePeriod(days: MetricsPeriodDays): void {
  globalThis.localStorage?.setItem(PERIOD_KEY, String(days));
}

/** Before the panel's first render: with nothing cached, its figures are asked for at once. */
export function sendHealthEarly(): void {
  const days = savedPeriod();
  if (readCache('pipeline.metrics', String(days)) === undefined) sendEarly('pipeline.metrics', { days });
}
