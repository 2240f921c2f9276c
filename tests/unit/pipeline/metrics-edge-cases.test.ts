import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type Lead } from '../../../lib/model';
import { computeMetrics, DAY_MS, type PipelineMetrics } from '../../../lib/pipeline';
import { ago, historyOf, makeLead, NOW, path } from './lead-factory';

const run = (leads: Lead[], days = 30, weeklyTarget?: number): PipelineMetrics =>
  computeMetrics(leads, historyOf(leads), NOW, { days }, DEFAULT_STAGES, weeklyTarget === undefined ? {} : { weeklyTarget });

const won = (id: string, value: number | undefined, currency: string, createdDaysAgo: number, wonDaysAgo: number): Lead =>
  makeLead({
    id,
    status: 'won',
    currency,
    createdAt: ago(createdDaysAgo),
    closedAt: ago(wonDaysAgo),
    stageHistory: path(['new', createdDaysAgo], ['won', wonDaysAgo]),
    ...(value === undefined ? {} : { dealValue: value }),
  });
const lost = (id: string, lostDaysAgo: number): Lead =>
  makeLead({ id, status: 'lost', createdAt: ago(60), closedAt: ago(lostDaysAgo), stageHistory: path(['new', 60], ['lost', lostDaysAgo]) });
const open = (id: string, value: number | undefined, currency = 'EUR', stageId = 'new'): Lead =>
  makeLead({ id, currency, stageHistory: path([stageId, 3]), ...(value === undefined ? {} : { dealValue: value }) });

describe('empty pipeline', () => {
  const m = run([], 30, 10);
  it.each([
    ['openDeals', m.openDeals, { value: 0 }],
    ['pipelineValue', m.pipelineValue, { value: null, reason: 'not enough data: no open deal has a value' }],
    ['weightedForecast', m.weightedForecast, { value: null, reason: 'not enough data: no open deal has a value' }],
    ['averageDealSize', m.averageDealSize, { value: null, reason: 'not enough data: no deals won in the period' }],
    ['winRate', m.winRate, { value: null, reason: 'not enough data: no deals closed in the period' }],
    ['salesCycleDays', m.salesCycleDays, { value: null, reason: 'not enough data: no deals won in the period' }],
    ['salesVelocity', m.salesVelocity, { value: null, reason: 'not enough data: no deals closed in the period' }],
    ['bottleneck', m.bottleneck, { value: null, reason: 'not enough data: no stage has 3 or more leads with a measured stay' }],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('has empty conversion and time rows, and zero new leads', () => {
    expect(m.stageConversion.every((r) => r.entered === 0 && r.rate.value === null)).toBe(true);
    expect(m.timeInStage.every((r) => r.samples === 0 && r.medianDays.value === null)).toBe(true);
    expect(m.newLeads).toEqual({ count: 0, perWeek: { value: 0 }, target: 10, ofTarget: { value: 0 } });
  });
});

describe('edge cases give "not enough data", never NaN', () => {
  it.each([
    ['no closed deals', [open('a', 100), open('b', 50)], { winRate: null, salesCycleDays: null, averageDealSize: null, salesVelocity: null }],
    ['only losses', [open('a', 100), lost('l', 3)], { winRate: 0, salesCycleDays: null, averageDealSize: null, salesVelocity: null }],
    ['wins without values', [open('a', 100), won('w', undefined, 'EUR', 20, 10), lost('l', 3)], { winRate: 0.5, salesCycleDays: 10, averageDealSize: null, salesVelocity: null }],
    ['open deals without values', [open('a', undefined), won('w', 100, 'EUR', 20, 10)], { winRate: 1, salesCycleDays: 10, averageDealSize: { EUR: 100 }, salesVelocity: { EUR: 10 } }],
  ])('%s', (_name, leads, expected) => {
    const m = run(leads);
    expect({
      winRate: m.winRate.value,
      salesCycleDays: m.salesCycleDays.value,
      averageDealSize: m.averageDealSize.value,
      salesVelocity: m.salesVelocity.value,
    }).toEqual(expected);
  });

  it('says why a wins-without-values average is missing', () => {
    expect(run([won('w', undefined, 'EUR', 20, 10)]).averageDealSize).toEqual({
      value: null,
      reason: 'not enough data: no deal won in the period has a value',
    });
  });

  it('leaves open deals without a value out of pipeline value instead of counting them as 0', () => {
    const m = run([open('a', undefined), open('b', 0), open('c', 70)]);
    expect(m.openDeals).toEqual({ value: 3 });
    expect(m.pipelineValue).toEqual({ value: { EUR: 70 } });
  });
});

describe('mixed currencies are kept apart', () => {
  const m = run([
    open('e1', 100, 'EUR', 'proposal'),
    open('e2', 300, 'EUR', 'negotiation'),
    open('s1', 1000, 'SEK', 'new'),
    won('we', 200, 'EUR', 11, 1),
    won('ws1', 5000, 'SEK', 11, 1),
    won('ws2', 7000, 'SEK', 11, 1),
  ]);
  it.each([
    ['pipelineValue', m.pipelineValue.value, { EUR: 400, SEK: 1000 }],
    ['weightedForecast', m.weightedForecast.value, { EUR: 100 * 0.5 + 300 * 0.75, SEK: 1000 * 0.05 }],
    ['averageDealSize', m.averageDealSize.value, { EUR: 200, SEK: 6000 }],
    // 10-day cycle, win rate 1: EUR 2 × 200 / 10, SEK 1 × 6000 / 10
    ['salesVelocity', m.salesVelocity.value, { EUR: 40, SEK: 600 }],
  ])('%s per currency', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('gives no velocity for a currency nothing was won in, even with open deals in it', () => {
    const v = run([open('u', 500, 'USD'), won('w', 100, 'EUR', 11, 1)]).salesVelocity;
    expect(v).toEqual({ value: { EUR: 0 } });
  });
});

describe('deals reopened after loss: only the latest close counts', () => {
  const base = { createdAt: ago(50), dealValue: 100 } as const;
  it.each([
    // name, lead, won, lost, open deals
    ['lost then reopened: open now, the loss is undone', makeLead({ id: 'r', ...base, closedAt: ago(20), stageHistory: path(['new', 50], ['lost', 20], ['contacted', 10]) }), 0, 0, 1],
    ['lost, reopened, won: one win', makeLead({ id: 'r', ...base, status: 'won', closedAt: ago(20), stageHistory: path(['new', 50], ['lost', 20], ['contacted', 10], ['won', 5]) }), 1, 0, 0],
    ['lost, reopened, lost again: one loss', makeLead({ id: 'r', ...base, status: 'lost', stageHistory: path(['new', 50], ['lost', 40], ['contacted', 30], ['lost', 5]) }), 0, 1, 0],
    ['lost twice in a row: closed at the first', makeLead({ id: 'r', ...base, status: 'lost', stageHistory: path(['new', 50], ['lost', 40], ['lost', 5]) }), 0, 0, 0],
    ['open status in a won stage counts as won', makeLead({ id: 'r', ...base, stageHistory: path(['new', 50], ['won', 5]) }), 1, 0, 0],
  ])('%s', (_name, lead, wonCount, lostCount, openDeals) => {
    const m = run([lead]);
    expect(m.openDeals.value).toBe(openDeals);
    const closed = wonCount + lostCount;
    expect(m.winRate.value).toBe(closed === 0 ? null : wonCount / closed);
  });

  it('measures a reopened win from creation to the final win', () => {
    const lead = makeLead({ id: 'r', ...base, status: 'won', stageHistory: path(['new', 50], ['lost', 40], ['contacted', 30], ['won', 5]) });
    expect(run([lead], 30).salesCycleDays).toEqual({ value: 45 });
  });
});

describe('zero-day cycles: the cycle is reported as is, velocity floors it at 1 day', () => {
  it.each([
    // won after (days), reported cycle, EUR velocity with one open deal and win rate 1
    [0, 0, 100],
    [0.5, 0.5, 100],
    [1, 1, 100],
    [4, 4, 25],
  ])('won %d days after creation', (cycle, reported, velocity) => {
    const w = makeLead({ id: 'w', status: 'won', dealValue: 100, createdAt: ago(5), stageHistory: [{ stageId: 'won', at: ago(5) + cycle * DAY_MS }] });
    const m = run([open('o', 999), w]);
    expect(m.salesCycleDays).toEqual({ value: reported });
    expect(m.salesVelocity).toEqual({ value: { EUR: velocity } });
  });
});

describe('stages missing from the settings', () => {
  it('keep an open lead open but forecast nothing for it, and get no conversion row', () => {
    const ghost = makeLead({ id: 'g', dealValue: 100, stageHistory: path(['deleted-stage', 5]) });
    const m = run([ghost]);
    expect(m.openDeals).toEqual({ value: 1 });
    expect(m.pipelineValue).toEqual({ value: { EUR: 100 } });
    expect(m.weightedForecast).toEqual({ value: { EUR: 0 } });
    expect(m.stageConversion.some((r) => r.stageId === 'deleted-stage')).toBe(false);
  });
});
