import { describe, expect, it } from 'vitest';
import { computeMetrics, metricSeries, snapshotKey, type PipelineMetrics } from '../../../lib/pipeline';

const at = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

describe('snapshotKey', () => {
  it.each([
    ['2025-12-31T23:59:59.999Z', '2025-12-31'],
    ['2026-01-01T00:00:00.000Z', '2026-01-01'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
    ['1969-12-31T23:00:00Z', '1969-12-31'],
  ])('%s → %s', (iso, key) => {
    expect(snapshotKey(at(iso))).toBe(key);
  });
});

/** A real (empty-pipeline) snapshot with some figures replaced. */
const snap = (iso: string, over: Partial<PipelineMetrics> = {}): PipelineMetrics => ({
  ...computeMetrics([], {}, at(iso), { days: 30 }),
  ...over,
});

describe('metricSeries', () => {
  const snapshots = [
    snap('2026-01-01T08:00:00Z', { winRate: { value: 0.2 }, pipelineValue: { value: { EUR: 100 } } }),
    snap('2026-01-03T08:00:00Z', { winRate: { value: 0.3 }, pipelineValue: { value: { EUR: 300, USD: 7 } } }),
    snap('2026-01-03T20:00:00Z', { winRate: { value: 0.35 }, pipelineValue: { value: { EUR: 350 } } }),
    snap('2025-12-01T08:00:00Z', { winRate: { value: 0.9 } }),
  ];

  it('gives one point per UTC day, oldest first, the day’s latest snapshot, null for gaps', () => {
    expect(metricSeries(snapshots, 'winRate', 3)).toEqual([
      { key: '2026-01-01', at: at('2026-01-01'), value: 0.2 },
      { key: '2026-01-02', at: at('2026-01-02'), value: null },
      { key: '2026-01-03', at: at('2026-01-03'), value: 0.35 },
    ]);
  });

  it.each([
    ['winRate', {}, 4, [null, 0.2, null, 0.35]],
    ['pipelineValue', { currency: 'EUR' }, 3, [100, null, 350]],
    ['pipelineValue', { currency: 'USD' }, 3, [null, null, null]], // the day's latest has no USD
    ['pipelineValue', {}, 3, [null, null, null]], // money needs a currency
    ['salesCycleDays', {}, 2, [null, null]], // figures without a value are gaps
    ['openDeals', {}, 1, [0]],
    ['newLeadsPerWeek', {}, 1, [0]],
    ['winRate', { now: at('2026-01-05T10:00:00Z') }, 3, [0.35, null, null]], // anchored at `now`
    ['winRate', { now: at('2026-01-02') }, 2, [0.2, null]], // snapshots after `now` are left out
    ['winRate', {}, 0, []],
    ['winRate', {}, -3, []],
  ] as const)('%s %j over %i days', (metric, options, days, values) => {
    expect(metricSeries(snapshots, metric, days, options).map((p) => p.value)).toEqual(values);
  });

  it('is empty without snapshots unless anchored by now', () => {
    expect(metricSeries([], 'winRate', 7)).toEqual([]);
    expect(metricSeries([], 'winRate', 2, { now: at('2026-01-02') })).toEqual([
      { key: '2026-01-01', at: at('2026-01-01'), value: null },
      { key: '2026-01-02', at: at('2026-01-02'), value: null },
    ]);
  });

  it('caps an absurd window', () => {
    expect(metricSeries(snapshots, 'winRate', 1e9)).toHaveLength(3660);
    expect(metricSeries(snapshots, 'winRate', 1e9).at(-1)?.at).toBe(at('2026-01-03'));
  });
});
