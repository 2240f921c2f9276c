import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_MODEL, ScoringModel } from '../../../lib/model';
import { listCriteria } from '../../../lib/scoring';

const variant = (change: (m: ScoringModel) => unknown) => ScoringModel.safeParse(change(structuredClone(DEFAULT_SCORING_MODEL)));

describe('ScoringModel', () => {
  it('accepts the default model', () => {
    expect(ScoringModel.parse(DEFAULT_SCORING_MODEL)).toEqual(DEFAULT_SCORING_MODEL);
  });

  it('gives every default criterion a stable id prefixed with its part', () => {
    const criteria = listCriteria(DEFAULT_SCORING_MODEL);
    expect(new Set(criteria.map((c) => c.id)).size).toBe(criteria.length);
    for (const c of criteria) expect(c.id.startsWith(`${c.part}.`)).toBe(true);
    expect(criteria.map((c) => c.id)).toEqual(expect.arrayContaining([
      'fit.seniority.clevel', 'fit.seniority.vp', 'fit.seniority.head', 'fit.seniority.director', 'fit.seniority.manager',
      'fit.seniority.ic', 'fit.email.free', 'engagement.replied', 'qualification.budget.yes', 'qualification.timing.no',
    ]));
  });

  it('scores every engagement activity type the issue lists', () => {
    expect(DEFAULT_SCORING_MODEL.engagement.activities.map((a) => a.type).sort()).toEqual([
      'captured', 'email_received', 'email_sent', 'merged', 'note_added', 'profile_viewed', 'replied', 'stage_changed', 'touch_logged',
    ]);
  });

  it.each([
    ['a repeated criterion id', (m: ScoringModel) => { m.fit.company.id = 'fit.seniority.vp'; return m; }, /ids repeat/],
    ['two criteria for one activity type', (m: ScoringModel) => {
      m.engagement.activities.push({ id: 'engagement.again', label: 'Again', points: 1, type: 'replied' });
      return m;
    }, /One criterion per activity type/],
    ['an id the cap reason uses', (m: ScoringModel) => { m.fit.company.id = 'fit.cap'; return m; }, /Reserved/],
    ['thresholds out of order', (m: ScoringModel) => ({ ...m, grades: { A: 40, B: 50, C: 30 } }), /fall from A to C/],
    ['all weights zero', (m: ScoringModel) => ({ ...m, weights: { fit: 0, engagement: 0, qualification: 0 } }), /weight/],
    ['points beyond ±100', (m: ScoringModel) => { m.fit.company.points = 150; return m; }, /100/],
    ['an "in" rule with one string', (m: ScoringModel) => ({
      ...m, fit: { ...m.fit, custom: [{ id: 'fit.custom.x', label: 'X', points: 5, field: 'title', operator: 'in', value: 'CEO' }] },
    }), /./],
    ['a "gte" rule with text', (m: ScoringModel) => ({
      ...m, fit: { ...m.fit, custom: [{ id: 'fit.custom.x', label: 'X', points: 5, field: 'dealValue', operator: 'gte', value: 'big' }] },
    }), /./],
    ['a zero-day half-life', (m: ScoringModel) => ({ ...m, engagement: { ...m.engagement, decay: { kind: 'halfLife', days: 0 } } }), /./],
  ])('rejects %s', (_name, change, message) => {
    const result = variant(change);
    expect(result.success).toBe(false);
    expect(result.error?.message).toMatch(message);
  });
});
