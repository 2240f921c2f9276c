import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../lib/model';
import { computeMetrics, PipelineMetrics } from '../../../lib/pipeline';
import { ago, historyOf, makeLead, NOW, path } from './lead-factory';

/*
 * The hand-computed pipeline (NOW = 2025-06-30, period 30 days → closes in (d30, now]).
 *   A open  proposal     EUR 1000  new 40 → contacted 30 → qualified 20 → proposal 10
 *   B open  new          USD  500  new 5
 *   C open  negotiation  EUR  —    new 60 → contacted 50 → negotiation 20
 *   D won                EUR 2000  new 25 → proposal 15 → won 5        (cycle 20 d)
 *   E won                USD  300  new 12 → won 2                      (cycle 10 d)
 *   F lost               EUR  800  new 50 → contacted 40 → lost 10
 *   G won long ago       EUR 5000  new 200 → won 100                   (outside period)
 *   H archived           EUR  900  new 90 → contacted 80, closedAt 70
 *   I reopened, open     EUR  400  new 45 → lost 20 → contacted 8, stale closedAt 20
 */
const leads = [
  makeLead({ id: 'A', dealValue: 1000, createdAt: ago(40), stageHistory: path(['new', 40], ['contacted', 30], ['qualified', 20], ['proposal', 10]) }),
  makeLead({ id: 'B', dealValue: 500, currency: 'USD', createdAt: ago(5), stageHistory: path(['new', 5]) }),
  makeLead({ id: 'C', createdAt: ago(60), stageHistory: path(['new', 60], ['contacted', 50], ['negotiation', 20]) }),
  makeLead({ id: 'D', status: 'won', dealValue: 2000, createdAt: ago(25), closedAt: ago(5), stageHistory: path(['new', 25], ['proposal', 15], ['won', 5]) }),
  makeLead({ id: 'E', status: 'won', dealValue: 300, currency: 'USD', createdAt: ago(12), closedAt: ago(2), stageHistory: path(['new', 12], ['won', 2]) }),
  makeLead({ id: 'F', status: 'lost', dealValue: 800, createdAt: ago(50), closedAt: ago(10), stageHistory: path(['new', 50], ['contacted', 40], ['lost', 10]) }),
  makeLead({ id: 'G', status: 'won', dealValue: 5000, createdAt: ago(200), closedAt: ago(100), stageHistory: path(['new', 200], ['won', 100]) }),
  makeLead({ id: 'H', status: 'archived', dealValue: 900, createdAt: ago(90), closedAt: ago(70), stageHistory: path(['new', 90], ['contacted', 80]) }),
  makeLead({ id: 'I', dealValue: 400, createdAt: ago(45), closedAt: ago(20), stageHistory: path(['new', 45], ['lost', 20], ['contacted', 8]) }),
];
const m = computeMetrics(leads, historyOf(leads), NOW, { days: 30 }, DEFAULT_STAGES, { weeklyTarget: 10 });

describe('computeMetrics on the hand-computed pipeline', () => {
  it.each([
    ['open deals: A, B, C, I (archived H is not open)', m.openDeals, { value: 4 }],
    ['pipeline value per currency; C has no value', m.pipelineValue, { value: { EUR: 1400, USD: 500 } }],
    ['weighted forecast: 1000×0.5 + 400×0.1 | 500×0.05', m.weightedForecast, { value: { EUR: 540, USD: 25 } }],
    ['average deal size of deals won in the period', m.averageDealSize, { value: { EUR: 2000, USD: 300 } }],
    ['win rate: D, E won; F lost; G outside; I reopened', m.winRate, { value: 2 / 3 }],
    ['sales cycle: (20 + 10) / 2 days', m.salesCycleDays, { value: 15 }],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('computes sales velocity per currency: open deals in it × avg × win rate / cycle', () => {
    if (m.salesVelocity.value === null) throw new Error('velocity should be known');
    // EUR: A, C, I open → 3 × 2000 × 2/3 / 15; USD: B → 1 × 300 × 2/3 / 15.
    expect(m.salesVelocity.value.EUR).toBeCloseTo(4000 / 15, 9);
    expect(m.salesVelocity.value.USD).toBeCloseTo(200 / 15, 9);
    expect(Object.keys(m.salesVelocity.value).sort()).toEqual(['EUR', 'USD']);
  });

  it.each([
    // stage, entered, converted
    ['new', 9, 8], // all but B; I counts: new → lost → contacted reaches a later open stage
    ['contacted', 5, 2], // A, C move on; F lost, H archived, I still there
    ['qualified', 1, 1],
    ['proposal', 2, 1], // D won, A still there
    ['negotiation', 1, 0],
  ])('stage conversion for %s: %i entered, %i converted', (stageId, entered, converted) => {
    const row = m.stageConversion.find((r) => r.stageId === stageId);
    expect(row).toEqual({ stageId, entered, converted, rate: { value: converted / entered } });
  });

  it('lists conversion and time rows for open stages only, in pipeline order', () => {
    const order = ['new', 'contacted', 'qualified', 'proposal', 'negotiation'];
    expect(m.stageConversion.map((r) => r.stageId)).toEqual(order);
    expect(m.timeInStage.map((r) => r.stageId)).toEqual(order);
  });

  it.each([
    // new: A10 B5(open, to now) C10 D10 E10 F10 G100 H10 I25 → sorted 5,10,10,10,10,10,10,25,100
    ['new', 9, 10],
    // contacted: A10 C30 F30 H10 (to closedAt 70) I8 (to now) → 8,10,10,30,30
    ['contacted', 5, 10],
    ['qualified', 1, 10],
    ['proposal', 2, 10], // A 10 (to now), D 10
    ['negotiation', 1, 20], // C, to now
  ])('median time in %s over %i leads is %d days', (stageId, samples, medianDays) => {
    expect(m.timeInStage.find((r) => r.stageId === stageId)).toEqual({ stageId, samples, medianDays: { value: medianDays } });
  });

  it('names the bottleneck: new and contacted tie at 10 days, contacted converts worse (2/5 < 8/9)', () => {
    expect(m.bottleneck).toEqual({ value: 'contacted', rule: 'longest-median-time-in-stage', medianDays: 10, samples: 5 });
  });

  it('counts new leads per week against the target: B, D, E in 30 days', () => {
    expect(m.newLeads.count).toBe(3);
    expect(m.newLeads.target).toBe(10);
    expect(m.newLeads.perWeek.value).toBeCloseTo(0.7, 12);
    expect(m.newLeads.ofTarget.value).toBeCloseTo(0.07, 12);
  });

  it('is JSON-serialisable and passes its own schema', () => {
    const roundTrip: unknown = JSON.parse(JSON.stringify(m));
    expect(PipelineMetrics.parse(roundTrip)).toEqual(m);
    expect(m.at).toBe(NOW);
    expect(m.periodDays).toBe(30);
  });

  it('prefers the stageHistory argument over the lead’s own history', () => {
    const only = [makeLead({ id: 'X', stageHistory: path(['new', 10]) })];
    const other = computeMetrics(only, { X: path(['new', 10], ['contacted', 4]) }, NOW, { days: 30 });
    expect(other.stageConversion[0]).toMatchObject({ stageId: 'new', entered: 1, converted: 1 });
  });

  it('is deterministic: lead order does not change the result', () => {
    const reversed = computeMetrics([...leads].reverse(), historyOf(leads), NOW, { days: 30 }, DEFAULT_STAGES, { weeklyTarget: 10 });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(m));
  });
});
