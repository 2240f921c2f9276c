import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_MODEL, type EngagementDecay, type ScoringModel } from '../../../lib/model';
import { decayFactor, scoreLead } from '../../../lib/scoring';
import { makeActivity, makeLead, NOW } from './lead-factory';

const withDecay = (decay: EngagementDecay): ScoringModel => ({
  ...DEFAULT_SCORING_MODEL,
  engagement: { ...DEFAULT_SCORING_MODEL.engagement, decay },
});

describe('decayFactor', () => {
  it.each([
    [{ kind: 'halfLife', days: 30 } as const, 0, 1],
    [{ kind: 'halfLife', days: 30 } as const, 30, 0.5],
    [{ kind: 'halfLife', days: 30 } as const, 60, 0.25],
    [{ kind: 'halfLife', days: 7 } as const, 7, 0.5],
    [{ kind: 'halfLife', days: 30 } as const, -2, 1],
    [{ kind: 'window', days: 14 } as const, 0, 1],
    [{ kind: 'window', days: 14 } as const, 14, 1],
    [{ kind: 'window', days: 14 } as const, 14.01, 0],
    [{ kind: 'window', days: 14 } as const, 90, 0],
  ])('%o at %d days → %d', (decay, age, factor) => {
    expect(decayFactor(decay, age)).toBe(factor);
  });
});

// Default: engagement weight 35 of 100, half-life 30 days, replied 30 points (cap 60).
describe('hand-computed engagement (default model)', () => {
  it.each([
    {
      name: 'a reply today counts in full',
      activities: [makeActivity('replied', 0)],
      engagement: 30,
      reasons: [{ criterion: 'engagement.replied', label: 'Replied today', points: 11 }], // 30 × .35 = 10.5
    },
    {
      name: 'a reply exactly one half-life old gives half points',
      activities: [makeActivity('replied', 30)],
      engagement: 15,
      reasons: [{ criterion: 'engagement.replied', label: 'Replied 30 days ago', points: 5 }], // 15 × .35 = 5.25
    },
    {
      name: 'two replies sum, labelled with the latest',
      activities: [makeActivity('replied', 30), makeActivity('replied', 0)],
      engagement: 45,
      reasons: [{ criterion: 'engagement.replied', label: 'Replied ×2, latest today', points: 16 }], // 45 × .35 = 15.75
    },
    {
      name: 'a type is capped: five e-mails today give 30, not 50',
      activities: [0, 0, 0, 0, 0].map((d) => makeActivity('email_received', d)),
      engagement: 30,
      reasons: [{ criterion: 'engagement.email_received', label: 'E-mail from them ×5, latest today', points: 11 }],
    },
    {
      name: 'bookkeeping activities score nothing',
      activities: [makeActivity('field_updated', 0), makeActivity('qualification_changed', 0), makeActivity('won', 0)],
      engagement: 0,
      reasons: [],
    },
    {
      name: 'types come in model order',
      activities: [makeActivity('note_added', 1), makeActivity('touch_logged', 2), makeActivity('captured', 3)],
      engagement: 14, // 2·2^(−1/30) + 8·2^(−2/30) + 5·2^(−3/30) = 1.95 + 7.64 + 4.67
      reasons: [
        { criterion: 'engagement.touch_logged', label: 'Call or meeting 2 days ago', points: 3 },
        { criterion: 'engagement.captured', label: 'Captured 3 days ago', points: 2 },
        { criterion: 'engagement.note_added', label: 'Note added 1 day ago', points: 1 },
      ],
    },
  ])('$name', ({ activities, engagement, reasons }) => {
    const score = scoreLead(makeLead(), activities, DEFAULT_SCORING_MODEL, NOW);
    expect(score.engagement).toBe(engagement);
    expect(score.reasons).toEqual(reasons.map((r) => ({ ...r, part: 'engagement' })));
    expect(score.total).toBe(reasons.reduce((sum, r) => sum + r.points, 0));
  });
});

describe('window model', () => {
  const model = withDecay({ kind: 'window', days: 14 });

  it.each([
    [0, 30],
    [14, 30],
    [15, 0],
    [200, 0],
  ])('a reply %d days old gives %d engagement', (daysAgo, engagement) => {
    const score = scoreLead(makeLead(), [makeActivity('replied', daysAgo)], model, NOW);
    expect(score.engagement).toBe(engagement);
  });

  it('counts only activities inside the window', () => {
    const activities = [makeActivity('replied', 3), makeActivity('replied', 40)];
    const score = scoreLead(makeLead(), activities, model, NOW);
    expect(score.reasons).toEqual([
      { criterion: 'engagement.replied', label: 'Replied 3 days ago', points: 11, part: 'engagement' },
    ]);
  });
});

it('treats an activity from the future (clock skew) as happening now', () => {
  const score = scoreLead(makeLead(), [makeActivity('replied', -1)], DEFAULT_SCORING_MODEL, NOW);
  expect(score.engagement).toBe(30);
  expect(score.reasons[0]?.label).toBe('Replied today');
});
