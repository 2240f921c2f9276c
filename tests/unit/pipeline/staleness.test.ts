import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type Lead } from '../../../lib/model';
import { countToReview, DAY_MS, isOverdue, isStale, reviewQueue } from '../../../lib/pipeline';
import { ago, makeLead, NOW, path } from './lead-factory';

// 'contacted' allows 10 idle days in DEFAULT_STAGES.
const contacted = (over: Partial<Lead> = {}): Lead =>
  makeLead({ id: 'x', createdAt: ago(60), stageHistory: path(['new', 60], ['contacted', 40]), ...over });

describe('staleness and overdue next steps', () => {
  it.each([
    // name, lead, stale, overdue, in review
    ['fresh: touched 5 days ago', contacted({ lastTouchAt: ago(5) }), false, false, false],
    ['exactly at the limit is not yet stale', contacted({ lastTouchAt: ago(10) }), false, false, false],
    ['stale: touched 11 days ago', contacted({ lastTouchAt: ago(11) }), true, false, true],
    ['a future next step keeps it fresh', contacted({ lastTouchAt: ago(30), nextStepAt: NOW + DAY_MS }), false, false, false],
    ['once the next step passes: stale and overdue', contacted({ lastTouchAt: ago(30), nextStepAt: ago(1) }), true, true, true],
    ['overdue next step on a recent touch: overdue only', contacted({ lastTouchAt: ago(1), nextStepAt: ago(2) }), false, true, true],
    ['a next step due right now is overdue', contacted({ lastTouchAt: ago(1), nextStepAt: NOW }), false, true, true],
    ['snoozed: still stale, hidden from review', contacted({ lastTouchAt: ago(30), snoozedUntil: NOW + 1 }), true, false, false],
    ['snooze ended: back in review', contacted({ lastTouchAt: ago(30), snoozedUntil: NOW }), true, false, true],
    ['won is never stale or overdue', contacted({ status: 'won', stageId: 'won', lastTouchAt: ago(400), nextStepAt: ago(300) }), false, false, false],
    ['lost is never stale or overdue', contacted({ status: 'lost', stageId: 'lost', lastTouchAt: ago(400), nextStepAt: ago(300) }), false, false, false],
    ['archived is never stale', contacted({ status: 'archived', lastTouchAt: ago(400) }), false, false, false],
    ['open status in a won stage is not stale', contacted({ stageId: 'won', lastTouchAt: ago(400) }), false, false, false],
    ['a stage missing from the settings has no limit', contacted({ stageId: 'deleted', lastTouchAt: ago(400) }), false, false, false],
    ['new allows 7 days: 8 days idle is stale', contacted({ stageId: 'new', lastTouchAt: ago(8) }), true, false, true],
  ])('%s', (_name, lead, stale, overdue, inReview) => {
    expect(isStale(lead, DEFAULT_STAGES, NOW)).toBe(stale);
    expect(isOverdue(lead, NOW)).toBe(overdue);
    expect(reviewQueue([lead], DEFAULT_STAGES, NOW).length).toBe(inReview ? 1 : 0);
    // The badge's count reads only the review fields, and must agree with the queue.
    const { status, stageId, nextStepAt, lastTouchAt, snoozedUntil } = lead;
    expect(countToReview([{ status, stageId, nextStepAt, lastTouchAt, snoozedUntil }], DEFAULT_STAGES, NOW)).toBe(inReview ? 1 : 0);
  });
});

describe('reviewQueue', () => {
  const stale = (id: string, over: Partial<Lead>) => contacted({ id, lastTouchAt: ago(20), ...over });
  const score = (total: number) => ({ total, fit: 0, engagement: 0, qualification: 0, grade: 'C' as const, reasons: [], scoredAt: 0, modelVersion: 1 });
  const leads = [
    stale('no-value', {}),
    stale('small', { dealValue: 100 }),
    stale('big-usd', { dealValue: 5000, currency: 'USD' }),
    stale('mid-low-score', { dealValue: 1000, score: score(20) }),
    stale('mid-high-score', { dealValue: 1000, score: score(80) }),
    stale('mid-high-score-older', { dealValue: 1000, score: score(80), lastTouchAt: ago(25) }),
    stale('zero', { dealValue: 0 }),
    contacted({ id: 'fresh', dealValue: 9999, lastTouchAt: ago(1) }),
    contacted({ id: 'overdue', dealValue: 50, lastTouchAt: ago(1), nextStepAt: ago(3) }),
  ];

  it('orders by value, then score, then oldest touch; values without currency conversion', () => {
    expect(reviewQueue(leads, DEFAULT_STAGES, NOW).map((i) => i.lead.id)).toEqual([
      'big-usd',
      'mid-high-score-older',
      'mid-high-score',
      'mid-low-score',
      'small',
      'overdue',
      'zero',
      'no-value',
    ]);
  });

  it('has as many items as countToReview counts', () => {
    expect(countToReview(leads, DEFAULT_STAGES, NOW)).toBe(8);
  });

  it('gives each lead its flags and whole days idle', () => {
    const items = reviewQueue(leads, DEFAULT_STAGES, NOW);
    expect(items.find((i) => i.lead.id === 'overdue')).toMatchObject({ stale: false, overdue: true, daysIdle: 1 });
    expect(items.find((i) => i.lead.id === 'mid-high-score-older')).toMatchObject({ stale: true, overdue: false, daysIdle: 25 });
  });

  it('counts a touch in the future as 0 days idle', () => {
    const lead = contacted({ lastTouchAt: NOW + 5 * DAY_MS, nextStepAt: ago(1) });
    expect(reviewQueue([lead], DEFAULT_STAGES, NOW)[0]?.daysIdle).toBe(0);
  });
});
