import { describe, expect, it } from 'vitest';
import { DAY_MS, retentionDue } from '../../../lib/pipeline';
import { addMonthsUtc } from '../../../lib/pipeline/utc-days';
import { makeLead } from './lead-factory';

const at = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const now = at('2026-03-01');

const leads = [
  makeLead({ id: 'lost-feb15', status: 'lost', createdAt: at('2024-12-01'), closedAt: at('2025-02-15') }),
  makeLead({ id: 'archived-no-close', status: 'archived', createdAt: at('2025-01-01'), stageHistory: [{ stageId: 'new', at: at('2025-01-01') }, { stageId: 'contacted', at: at('2025-02-28') }] }),
  makeLead({ id: 'archived-boundary', status: 'archived', createdAt: at('2025-01-01'), closedAt: at('2025-03-01') }),
  makeLead({ id: 'lost-next-day', status: 'lost', createdAt: at('2025-01-01'), closedAt: at('2025-03-02') }),
  makeLead({ id: 'lost-april', status: 'lost', createdAt: at('2025-01-01'), closedAt: at('2025-04-10') }),
  makeLead({ id: 'won-old', status: 'won', createdAt: at('2019-01-01'), closedAt: at('2020-01-01') }),
  makeLead({ id: 'open-old', createdAt: at('2019-01-01') }),
];

describe('retentionDue with 12 months, now 2026-03-01', () => {
  it('lists archived and lost leads whose time is up, soonest first; won and open stay', () => {
    expect(retentionDue(leads, 12, now).map((i) => [i.lead.id, day(i.closedAt), day(i.deleteAt), i.due])).toEqual([
      ['lost-feb15', '2025-02-15', '2026-02-15', true],
      ['archived-no-close', '2025-02-28', '2026-02-28', true], // last stage change stands in for closedAt
      ['archived-boundary', '2025-03-01', '2026-03-01', true], // goes at deleteAt itself
    ]);
  });

  it.each([
    [0, ['lost-feb15', 'archived-no-close', 'archived-boundary']],
    [1, ['lost-feb15', 'archived-no-close', 'archived-boundary', 'lost-next-day']],
    [45, ['lost-feb15', 'archived-no-close', 'archived-boundary', 'lost-next-day', 'lost-april']],
  ])('with a %i-day horizon shows what goes next', (days, ids) => {
    const items = retentionDue(leads, 12, now, days * DAY_MS);
    expect(items.map((i) => i.lead.id)).toEqual(ids);
    expect(items.filter((i) => !i.due).every((i) => i.deleteAt > now)).toBe(true);
  });

  it.each([
    [0, 5], // a broken setting counts as 1 month, never "delete everything"
    [1, 5],
    [24, 0],
  ])('retentionMonths %i → %i leads due', (months, count) => {
    expect(retentionDue(leads, months, now)).toHaveLength(count);
  });
});

describe('addMonthsUtc', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', 120, '2035-03-31'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(day(addMonthsUtc(at(from), months))).toBe(to);
  });

  it('keeps the time of day', () => {
    expect(addMonthsUtc(Date.parse('2025-01-31T13:45:00Z'), 1)).toBe(Date.parse('2025-02-28T13:45:00Z'));
  });
});
