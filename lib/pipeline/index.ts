/** The pipeline library: pure functions of (leads, settings, now). */
export { computeMetrics, type MetricsOptions, type MetricsPeriod } from './metrics';
export * from './metrics-schema';
export { findBottleneck, MIN_BOTTLENECK_SAMPLES } from './bottleneck';
export { metricSeries, snapshotKey, SERIES_METRICS, MAX_SERIES_DAYS } from './trend';
export type { SeriesMetric, ScalarMetric, MoneyMetric, SeriesPoint, SeriesOptions } from './trend';
export { countToReview, isStale, isOverdue, isSnoozed, reviewQueue, REVIEW_FIELDS, type ReviewItem, type ReviewState } from './staleness';
export { nextReviewDue, isReviewDue, scheduleKept, GRACE_DAYS, type ScheduleKept } from './review-schedule';
export { retentionDue, type RetentionItem } from './retention';
export { DAY_MS } from './utc-days';
