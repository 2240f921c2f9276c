import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, type Lead } from '../../../lib/model';
import { computeMetrics, type PipelineMetrics } from '../../../lib/pipeline';
import { ago, historyOf, makeLead, NOW, path } from './lead-factory';

const run = (leads: Lead[], days: number, weeklyTarget?: number): PipelineMetrics =>
  computeMetrics(leads, historyOf(leads), NOW, { days }, DEFAULT_STAGES, weeklyTarget === undefined ? {} : { weeklyTarget });

const won = (id: string, daysAgo: number): Lead =>
  makeLead({ id, status: 'won', dealValue: 100, createdAt: ago(40), stageHistory: path(['new', 40], ['won', daysAgo]) });

describe('the period', () => {
  it.each([
    // closed days ago, counted in a 30-day period
    [0, true],
    [29.9, true],
    [30, false], // the period is (now − 30 d, now]
    [-1, false], // a close after `now` is not in the period yet
  ])('a win %d days ago counts: %s', (daysAgo, counted) => {
    expect(run([won('w', daysAgo)], 30).winRate.value).toBe(counted ? 1 : null);
  });

  it.each([
    // days, leads created 1, 8 and 15 days ago, target, perWeek, ofTarget
    [7, 7, 1, 1, 1, 1],
    [14, 7, 2, 1, 1, 1],
    [28, 7, 3, 0.75, 4, 0.1875],
    [14, 5, 3, 1.5, 0, null], // target 0 means no target
  ])('new leads over %i days: %i-day spacing', (days, spacing, count, perWeek, target, ofTarget) => {
    const leads = [1, 1 + spacing, 1 + 2 * spacing].map((n) => makeLead({ id: `n${n}`, createdAt: ago(n) }));
    const { newLeads } = run(leads, days, target);
    expect(newLeads.count).toBe(count);
    expect(newLeads.perWeek).toEqual({ value: perWeek });
    expect(newLeads.ofTarget.value).toBe(ofTarget);
    expect(newLeads.target).toBe(target === 0 ? null : target);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('a period of %d days is empty, not an error', (days) => {
    const m = run([won('w', 1), makeLead({ id: 'n', createdAt: ago(1) })], days, 10);
    expect(m.periodDays).toBe(0);
    expect(m.winRate.value).toBeNull();
    expect(m.newLeads.perWeek).toEqual({ value: null, reason: 'not enough data: the period is empty' });
    expect(m.newLeads.ofTarget.value).toBeNull();
  });
});
