import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_MODEL, LeadScore, type ScoringModel } from '../../../lib/model';
import { compileModel, gradeFor, isQualified, scoreLead } from '../../../lib/scoring';
import { makeActivity, makeBant, makeLead, NOW } from './lead-factory';

/** Round weights so the hand computation is easy: fit ×0.5, engagement ×0.3, qualification ×0.2. */
const model: ScoringModel = { ...DEFAULT_SCORING_MODEL, version: 7, weights: { fit: 50, engagement: 30, qualification: 20 } };

describe('BANT points (default model: qualification ×0.25)', () => {
  it.each([
    { yes: [], no: [], qualification: 0, reasons: {} },
    { yes: ['budget'], no: [], qualification: 25, reasons: { 'qualification.budget.yes': 6 } }, // 6.25
    {
      yes: ['budget', 'authority', 'need', 'timing'], no: [], qualification: 100,
      reasons: { 'qualification.budget.yes': 6, 'qualification.authority.yes': 6, 'qualification.need.yes': 6, 'qualification.timing.yes': 6 },
    },
    {
      yes: ['budget', 'need'], no: ['timing'], qualification: 40, // 25 + 25 − 10
      reasons: { 'qualification.budget.yes': 6, 'qualification.need.yes': 6, 'qualification.timing.no': -3 }, // −2.5 rounds away from 0
    },
    { yes: [], no: ['need'], qualification: 0, reasons: { 'qualification.need.no': -5 } },
  ] as const)('yes $yes, no $no → qualification $qualification', ({ yes, no, qualification, reasons }) => {
    const score = scoreLead(makeLead({ bant: makeBant(yes, no) }), [], DEFAULT_SCORING_MODEL, NOW);
    expect(score.qualification).toBe(qualification);
    expect(Object.fromEntries(score.reasons.map((r) => [r.criterion, r.points]))).toEqual(reasons);
  });
});

describe('isQualified', () => {
  it.each([
    [['budget', 'authority', 'need'], 3, true],
    [['budget', 'authority'], 3, false],
    [['budget', 'authority', 'need'], 4, false],
    [['need'], 1, true],
    [[], 1, false],
    [['budget', 'authority', 'need', 'timing'], 4, true],
  ] as const)('%o yes with minimum %d → %s', (yes, minYes, qualified) => {
    expect(isQualified(makeLead({ bant: makeBant(yes) }), minYes)).toBe(qualified);
  });
});

describe('grades at thresholds', () => {
  it.each([
    [100, 'A'], [70, 'A'], [69, 'B'], [50, 'B'], [49, 'C'], [30, 'C'], [29, 'D'], [0, 'D'],
  ] as const)('%d → %s with A 70 / B 50 / C 30', (total, grade) => {
    expect(gradeFor(total, DEFAULT_SCORING_MODEL.grades)).toBe(grade);
  });

  it('uses the thresholds the user set', () => {
    const grades = { A: 90, B: 60, C: 60 };
    expect([95, 90, 89, 60, 59].map((t) => gradeFor(t, grades))).toEqual(['A', 'A', 'B', 'B', 'D']);
  });
});

describe('combined score', () => {
  it('adds weighted reasons from all three parts (hand-computed)', () => {
    const lead = makeLead({
      title: 'VP Sales', company: 'Acme AB', email: 'anna@gmail.com', bant: makeBant(['budget', 'authority'], ['timing']),
    });
    const score = scoreLead(lead, [makeActivity('replied', 3), makeActivity('replied', 40)], model, NOW);
    // fit: 35 + 10 − 25 = 20 → ×0.5: 17.5→18, 5, −12.5→−13 (half away from zero)
    // engagement: 30·2^(−3/30) + 30·2^(−40/30) = 27.99 + 11.91 = 39.90 → ×0.3 = 11.97→12
    // qualification: 25 + 25 − 10 = 40 → ×0.2: 5, 5, −2
    expect(score).toEqual({
      total: 30,
      fit: 20,
      engagement: 40,
      qualification: 40,
      grade: 'C', // exactly at the C threshold
      reasons: [
        { criterion: 'fit.seniority.vp', label: 'VP title', points: 18, part: 'fit' },
        { criterion: 'fit.company', label: 'Company known', points: 5, part: 'fit' },
        { criterion: 'fit.email.free', label: 'Free-mail address', points: -13, part: 'fit' },
        { criterion: 'engagement.replied', label: 'Replied ×2, latest 3 days ago', points: 12, part: 'engagement' },
        { criterion: 'qualification.budget.yes', label: 'Budget confirmed', points: 5, part: 'qualification' },
        { criterion: 'qualification.authority.yes', label: 'Decision maker', points: 5, part: 'qualification' },
        { criterion: 'qualification.timing.no', label: 'Wrong timing', points: -2, part: 'qualification' },
      ],
      scoredAt: NOW,
      modelVersion: 7,
    });
    expect(LeadScore.parse(score)).toEqual(score);
  });

  it('caps a part at its share of 100 with a visible reason', () => {
    const capped: ScoringModel = {
      ...model,
      fit: { ...model.fit, custom: [{ id: 'fit.custom.big', label: 'Big', points: 100, field: 'name', operator: 'exists' }] },
    };
    const score = scoreLead(makeLead({ title: 'CEO' }), [], capped, NOW);
    // fit 40 + 100 = 140 → 100; weighted 20 + 50 = 70, capped to 50 by a −20 reason.
    expect(score.fit).toBe(100);
    expect(score.reasons.at(-1)).toEqual({ criterion: 'fit.cap', label: 'Fit above its maximum', points: -20, part: 'fit' });
    expect(score.total).toBe(50);
  });

  it('clamps the total to 0–100 while the reasons keep their sum', () => {
    const lead = makeLead({ email: 'x@gmail.com', title: 'Intern', bant: makeBant([], ['budget', 'need']) });
    const score = scoreLead(lead, [], model, NOW);
    expect(score.reasons.reduce((s, r) => s + r.points, 0)).toBeLessThan(0);
    expect(score.total).toBe(0);
    expect(score.grade).toBe('D');
  });

  it('gives the same score for a compiled and a raw model', () => {
    const lead = makeLead({ title: 'Försäljningschef', industry: 'IT Services and IT Consulting' });
    const activities = [makeActivity('email_received', 5)];
    expect(scoreLead(lead, activities, compileModel(model), NOW)).toEqual(scoreLead(lead, activities, model, NOW));
  });

  it('refuses an invalid model', () => {
    const broken = { ...model, grades: { A: 30, B: 50, C: 70 } };
    expect(() => scoreLead(makeLead(), [], broken, NOW)).toThrow(/Grade thresholds/);
  });
});
