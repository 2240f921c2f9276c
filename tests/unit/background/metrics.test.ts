import { describe, expect, it } from 'vitest';
import { snapshotJob } from '../../../lib/background/metrics';
import { SERIES_DAYS } from '../../../lib/messaging/protocol/pipeline';
import { DAY_MS } from '../../../lib/pipeline';
import { anna, captureId, createHarness } from './harness';

type Harness = Awaited<ReturnType<typeof createHarness>>;

/** A captured lead with a deal value. */
async function seed(h: Harness, slug: string, dealValue: number, currency = 'EUR') {
  const prospect = { ...anna, name: `Lead ${slug}`, linkedinUrl: `https://www.linkedin.com/in/${slug}/` };
  const { lead } = await h.call('lead.capture', { captureId: captureId(), prospect, qualification: { dealValue, currency } });
  return lead.id;
}

/** Four EUR deals and one SEK deal; ten days later two EUR deals are won and one lost. */
async function seededPipeline() {
  const h = await createHarness();
  const [a, b, c] = [await seed(h, 'a', 1000), await seed(h, 'b', 3000), await seed(h, 'c', 500)];
  await seed(h, 'd', 2000);
  await seed(h, 'e', 7000, 'SEK');
  h.advance(10 * DAY_MS);
  await h.call('lead.move', { id: a, stageId: 'won' });
  await h.call('lead.move', { id: b, stageId: 'won' });
  await h.call('lead.move', { id: c, stageId: 'lost', reason: 'No budget' });
  return h;
}

describe('pipeline.metrics', () => {
  it('computes the DESIGN.md figures for the period over the stored leads', async () => {
    const h = await seededPipeline();
    const { metrics } = await h.call('pipeline.metrics', { days: 30 });
    expect(metrics.openDeals).toEqual({ value: 2 });
    expect(metrics.pipelineValue).toEqual({ value: { EUR: 2000, SEK: 7000 } });
    expect(metrics.averageDealSize).toEqual({ value: { EUR: 2000 } });
    expect(metrics.winRate.value).toBeCloseTo(2 / 3);
    expect(metrics.salesCycleDays).toEqual({ value: 10 });
    // 1 open EUR deal × 2000 × 2/3 / 10 days
    expect(metrics.salesVelocity.value).toEqual({ EUR: expect.closeTo(1000 / 7.5, 6) });
    expect(metrics.weightedForecast).toEqual({ value: { EUR: 100, SEK: 350 } });
    expect(metrics.newLeads).toMatchObject({ count: 5, target: 10 });
  });

  it('answers "not enough data" with a reason, never NaN, for an empty pipeline', async () => {
    const h = await createHarness();
    const { metrics, series } = await h.call('pipeline.metrics', { days: 90 });
    expect(metrics.winRate).toEqual({ value: null, reason: expect.stringMatching(/^not enough data/) });
    expect(metrics.salesVelocity.value).toBeNull();
    expect(JSON.stringify({ metrics, series })).not.toMatch(/NaN|Infinity/);
    expect(series.find((s) => s.metric === 'winRate')?.points).toHaveLength(SERIES_DAYS);
  });

  it('stores today’s snapshot on first use and draws each day’s figure into the trend', async () => {
    const h = await seededPipeline();
    const first = await h.call('pipeline.metrics', { days: 30 });
    expect(first.snapshotDays).toBe(1);
    h.advance(DAY_MS);
    await h.call('lead.move', { id: (await h.repo.allLeads()).find((l) => l.name === 'Lead d')!.id, stageId: 'won' });
    const next = await h.call('pipeline.metrics', { days: 30 });
    expect(next.snapshotDays).toBe(2);
    const openDeals = next.series.find((s) => s.metric === 'openDeals')!.points;
    expect(openDeals.slice(-3)).toEqual([null, 2, 1]);
    const value = next.series.find((s) => s.metric === 'pipelineValue' && s.currency === 'SEK')!.points;
    expect(value.slice(-2)).toEqual([7000, 7000]);
    expect(next.series.some((s) => s.metric === 'pipelineValue' && s.currency === 'EUR')).toBe(false);
  });

  it('keeps each period’s figures apart in a snapshot', async () => {
    const h = await seededPipeline();
    await h.call('pipeline.snapshot', {});
    h.advance(40 * DAY_MS);
    const thirty = await h.call('pipeline.metrics', { days: 30 });
    const year = await h.call('pipeline.metrics', { days: 365 });
    expect(thirty.metrics.winRate.value).toBeNull();
    expect(year.metrics.winRate.value).toBeCloseTo(2 / 3);
    expect(thirty.series.find((s) => s.metric === 'winRate')!.points.at(-41)).toBeCloseTo(2 / 3);
  });

  it('skips a stored snapshot that does not parse', async () => {
    const h = await seededPipeline();
    await h.repo.putSnapshot({ day: '2026-11-11', at: Date.UTC(2026, 10, 11), metrics: { 30: { openDeals: NaN } } });
    const { series, snapshotDays } = await h.call('pipeline.metrics', { days: 30 });
    expect(snapshotDays).toBe(1);
    expect(series.find((s) => s.metric === 'openDeals')!.points.filter((p) => p !== null)).toEqual([2]);
  });
});

describe('snapshot job', () => {
  it('writes today’s snapshot once, whatever the number of runs', async () => {
    const h = await seededPipeline();
    await snapshotJob.run(h.ctx);
    const [row] = await h.repo.listSnapshots('0000');
    await h.call('lead.move', { id: (await h.repo.allLeads())[0]!.id, stageId: 'lost' });
    await snapshotJob.run(h.ctx);
    expect(await h.repo.listSnapshots('0000')).toEqual([row]);
    h.advance(DAY_MS);
    await snapshotJob.run(h.ctx);
    expect((await h.repo.listSnapshots('0000')).map((r) => r.day)).toEqual(['2026-11-12', '2026-11-13']);
  });

  it('pipeline.snapshot replaces the day’s snapshot with the figures as they are now', async () => {
    const h = await seededPipeline();
    await snapshotJob.run(h.ctx);
    h.advance(60_000);
    const { day, at } = await h.call('pipeline.snapshot', {});
    const rows = await h.repo.listSnapshots('0000');
    expect(rows.map((r) => [r.day, r.at])).toEqual([[day, at]]);
  });
});
