import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ActivityType,
  DEFAULT_SCORING_MODEL,
  LeadScore,
  type Activity,
  type BantAnswer,
  type Lead,
  type ScoringModel,
} from '../../../lib/model';
import { compileModel, evaluateLead, listCriteria, scoreLead, setCriterionPoints } from '../../../lib/scoring';
import { DAY, makeLead, NOW } from './lead-factory';

const CRITERIA = listCriteria(DEFAULT_SCORING_MODEL);
const TITLES = ['VD', 'Försäljningschef', 'VP Sales', 'Head of Growth', 'Geschäftsführer', 'Chef de projet', 'Intern'];
const DOMAINS = ['gmail.com', 'hotmail.se', 'acme.se', 'web.de', 'live.nation.com'];

const text = (samples: string[]) => fc.option(fc.oneof(fc.constantFrom(...samples), fc.string({ maxLength: 40 })), { nil: undefined });
const answer = fc.constantFrom<BantAnswer>('unknown', 'yes', 'no');

const leadArb: fc.Arbitrary<Lead> = fc
  .record({
    title: text(TITLES),
    headline: text(['VP Sales at Acme']),
    company: text(['Acme AB', '  ']),
    email: fc.option(fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom(...DOMAINS)).map(([l, d]) => `${l}@${d}`), { nil: undefined }),
    industry: text(['Software Development', 'Higher Education', 'Retail']),
    companySize: text(['2-10', '51-200 employees', '10,001+ employees', '201–500']),
    location: text(['Stockholm, Sweden', 'Berlin', 'Oslo']),
    dealValue: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
    tags: fc.array(fc.constantFrom('hot', 'event', 'partner'), { maxLength: 3 }),
    bant: fc.record({ budget: answer, authority: answer, need: answer, timing: answer }).map((a) => ({
      budget: { answer: a.budget, note: '' }, authority: { answer: a.authority, note: '' },
      need: { answer: a.need, note: '' }, timing: { answer: a.timing, note: '' },
    })),
  })
  .map((fields) => makeLead(fields));

const activityArb = fc
  .record({ type: fc.constantFrom(...ActivityType.options), daysAgo: fc.double({ min: -3, max: 400, noNaN: true }) })
  .map(({ type, daysAgo }, ): Activity => ({ id: 'a', leadId: 'lead-1', type, at: Math.round(NOW - daysAgo * DAY), summary: '' }));
const activitiesArb = fc.array(activityArb, { maxLength: 12 });

/** Any valid model: random weights, thresholds, decay and points for every criterion of the default. */
const modelArb = (points = fc.integer({ min: -100, max: 100 })): fc.Arbitrary<ScoringModel> =>
  fc
    .record({
      weights: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 })),
      grades: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }).map((g) => g.sort((a, b) => b - a)),
      decay: fc.record({ kind: fc.constantFrom('halfLife' as const, 'window' as const), days: fc.integer({ min: 1, max: 365 }) }),
      points: fc.array(points, { minLength: CRITERIA.length, maxLength: CRITERIA.length }),
    })
    .map(({ weights: [fit, engagement, qualification], grades: [A = 0, B = 0, C = 0], decay, points: p }) => {
      let model: ScoringModel = {
        ...DEFAULT_SCORING_MODEL,
        weights: { fit, engagement, qualification },
        grades: { A, B, C },
        engagement: { ...DEFAULT_SCORING_MODEL.engagement, decay },
      };
      CRITERIA.forEach((c, i) => (model = setCriterionPoints(model, c.id, p[i] ?? 0)));
      return model;
    });

const anyModel = fc.oneof(fc.constant(DEFAULT_SCORING_MODEL), modelArb());

describe('scoring invariants', () => {
  it('keeps every score in 0–100 and returns a valid LeadScore', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, anyModel, (lead, activities, model) => {
        const score = scoreLead(lead, activities, model, NOW);
        for (const value of [score.total, score.fit, score.engagement, score.qualification]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(LeadScore.safeParse(score).success).toBe(true);
      }),
    );
  });

  it('makes the reasons add up to the total before clamping', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, anyModel, (lead, activities, model) => {
        const score = scoreLead(lead, activities, model, NOW);
        const sum = score.reasons.reduce((s, r) => s + r.points, 0);
        expect(score.total).toBe(Math.min(100, Math.max(0, sum)));
        for (const reason of score.reasons) {
          expect(Number.isInteger(reason.points)).toBe(true);
          expect(reason.points).not.toBe(0);
        }
      }),
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, anyModel, (lead, activities, model) => {
        const first = scoreLead(lead, activities, model, NOW);
        expect(scoreLead(structuredClone(lead), structuredClone(activities), structuredClone(model), NOW)).toEqual(first);
        expect(scoreLead(lead, activities, compileModel(model), NOW)).toEqual(first);
      }),
    );
  });

  it('never lowers a score when a matching positive rule is added', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, anyModel, fc.integer({ min: 1, max: 100 }), (lead, activities, model, points) => {
        const before = scoreLead(lead, activities, model, NOW);
        const rule = { id: 'fit.custom.named', label: 'Has a name', points, field: 'name', operator: 'exists' } as const;
        const richer = { ...model, fit: { ...model.fit, custom: [...model.fit.custom, rule] } };
        const after = scoreLead(lead, activities, richer, NOW);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(after.fit).toBeGreaterThanOrEqual(before.fit);
      }),
    );
  });

  it('never lowers a score when a criterion is worth more', () => {
    const criterion = fc.constantFrom(...CRITERIA.map((c) => c.id));
    fc.assert(
      fc.property(leadArb, activitiesArb, anyModel, criterion, fc.integer({ min: 0, max: 50 }), (lead, activities, model, id, extra) => {
        const current = listCriteria(model).find((c) => c.id === id)?.points ?? 0;
        const raised = setCriterionPoints(model, id, Math.min(100, current + extra));
        expect(scoreLead(lead, activities, raised, NOW).total).toBeGreaterThanOrEqual(scoreLead(lead, activities, model, NOW).total);
      }),
    );
  });

  it('never weighs an older activity more than a newer one', () => {
    const engagementType = fc.constantFrom(...DEFAULT_SCORING_MODEL.engagement.activities.map((a) => a.type));
    fc.assert(
      fc.property(
        leadArb, activitiesArb, anyModel, engagementType, fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }),
        (lead, others, model, type, newerAge, gap) => {
          const at = (age: number): Activity => ({ id: 'x', leadId: lead.id, type, at: Math.round(NOW - age * DAY), summary: '' });
          const weight = (age: number) => {
            const hits = evaluateLead(lead, [...others, at(age)], compileModel(model), NOW);
            return Math.abs(hits.find((h) => h.criterion === `engagement.${type}`)?.points ?? 0);
          };
          expect(weight(newerAge + gap)).toBeLessThanOrEqual(weight(newerAge));
        },
      ),
    );
  });

  it('never scores a lead higher for an older activity when activities earn points', () => {
    fc.assert(
      fc.property(leadArb, activitiesArb, modelArb(fc.integer({ min: 0, max: 100 })), fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }),
        (lead, activities, model, shift, gap) => {
          const aged = (days: number) => activities.map((a) => ({ ...a, at: Math.round(a.at - days * DAY) }));
          const newer = scoreLead(lead, aged(shift), model, NOW);
          const older = scoreLead(lead, aged(shift + gap), model, NOW);
          expect(older.engagement).toBeLessThanOrEqual(newer.engagement);
          expect(older.total).toBeLessThanOrEqual(newer.total);
        }),
    );
  });
});
