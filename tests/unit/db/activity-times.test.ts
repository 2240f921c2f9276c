import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activitiesFromTimes, timesOf } from '../../../lib/db';
import { addTimes } from '../../../lib/db/activity-times';
import { byTime } from '../../../lib/db/activity-batches';
import { type Activity, ActivityType, DEFAULT_SCORING_MODEL, type ScoringModel } from '../../../lib/model';
import { listCriteria, scoreLead, setCriterionPoints } from '../../../lib/scoring';
import { DAY, makeLead, NOW } from '../scoring/lead-factory';

const lead = makeLead({ title: 'VP Sales', email: 'anna@acme.se', company: 'Acme AB' });
const ENGAGEMENT = listCriteria(DEFAULT_SCORING_MODEL).filter((c) => c.part === 'engagement');

// Every type, any age from a few days ahead (another device's clock) to two years back, ties included.
const activitiesArb = fc
  .array(
    fc.record({
      type: fc.constantFrom(...ActivityType.options),
      daysAgo: fc.oneof(fc.double({ min: -3, max: 730, noNaN: true }), fc.constantFrom(0, 1, 7)),
    }),
    { maxLength: 40 },
  )
  .map((list) => list.map(({ type, daysAgo }, i): Activity => ({ id: `a${i}`, leadId: lead.id, type, at: Math.round(NOW - daysAgo * DAY), summary: 'x' })));

/** Models that differ where engagement is concerned: decay kind and length, weights, points and caps. */
const modelArb: fc.Arbitrary<ScoringModel> = fc
  .record({
    decay: fc.record({ kind: fc.constantFrom('halfLife' as const, 'window' as const), days: fc.double({ min: 0.5, max: 400, noNaN: true }) }),
    weight: fc.integer({ min: 1, max: 100 }),
    points: fc.array(fc.integer({ min: -100, max: 100 }), { minLength: ENGAGEMENT.length, maxLength: ENGAGEMENT.length }),
    cap: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .map(({ decay, weight, points, cap }) => {
    let model: ScoringModel = {
      ...DEFAULT_SCORING_MODEL,
      weights: { ...DEFAULT_SCORING_MODEL.weights, engagement: weight },
      engagement: { decay, activities: DEFAULT_SCORING_MODEL.engagement.activities.map((a) => ({ ...a, cap: cap ?? a.cap })) },
    };
    ENGAGEMENT.forEach((c, i) => (model = setCriterionPoints(model, c.id, points[i] ?? 0)));
    return model;
  });

describe('activity times on a lead row', () => {
  it('score every lead exactly as its activities do, read oldest first as the database reads them', () => {
    fc.assert(
      fc.property(activitiesArb, modelArb, (activities, model) => {
        const history = [...activities].sort(byTime);
        const fromTimes = activitiesFromTimes(lead.id, timesOf(activities));
        expect(scoreLead(lead, fromTimes, model, NOW)).toEqual(scoreLead(lead, history, model, NOW));
      }),
      { numRuns: 500 },
    );
  });

  it('come out the same whether kept up write by write or built at once', () => {
    fc.assert(
      fc.property(activitiesArb, fc.nat(40), (activities, cut) => {
        const stepwise = addTimes(timesOf(activities.slice(0, cut)), activities.slice(cut));
        expect(stepwise).toEqual(timesOf(activities));
      }),
    );
  });

  it('are added to without changing the times they came from', () => {
    const before = timesOf([{ type: 'replied', at: 5 }]);
    const after = addTimes(before, [{ type: 'replied', at: 3 }, { type: 'captured', at: 9 }]);
    expect(before).toEqual({ replied: [5] });
    expect(after).toEqual({ replied: [3, 5], captured: [9] });
  });
});
