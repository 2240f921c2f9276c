import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES, emptyBant, LeadStatus, type Lead } from '../../../lib/model';
import { computeMetrics, DAY_MS, PipelineMetrics } from '../../../lib/pipeline';
import { historyOf, NOW } from './lead-factory';

const time = fc.integer({ min: NOW - 800 * DAY_MS, max: NOW + 30 * DAY_MS });
const stageId = fc.constantFrom(...DEFAULT_STAGES.map((s) => s.id), 'deleted-stage');
// Extreme but schema-valid values: sums of these overflow to Infinity unless guarded.
const dealValue = fc.option(fc.oneof(fc.constant(0), fc.constant(Number.MAX_VALUE), fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), fc.integer({ min: 0, max: 1e6 })), { nil: undefined });

const lead: fc.Arbitrary<Lead> = fc
  .record({
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('constructor', '__proto__', 'toString')),
    stageId,
    stageHistory: fc.array(fc.record({ stageId, at: time }), { minLength: 1, maxLength: 6 }),
    status: fc.constantFrom(...LeadStatus.options),
    dealValue,
    currency: fc.constantFrom('EUR', 'USD', 'SEK'),
    createdAt: time,
    lastTouchAt: time,
    closedAt: fc.option(time, { nil: undefined }),
  })
  .map((r) => ({
    ...r,
    name: 'x',
    identities: [],
    source: 'manual' as const,
    bant: emptyBant(),
    notes: '',
    tags: [],
    editedFields: [],
    updatedAt: r.createdAt,
  }));

/** Every number anywhere in the result. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

describe('computeMetrics on arbitrary leads', () => {
  it('never yields NaN or ±Infinity, and always passes its schema', () => {
    fc.assert(
      fc.property(
        fc.array(lead, { maxLength: 40 }),
        fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double()),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        (leads, days, weeklyTarget) => {
          const metrics = computeMetrics(leads, {}, NOW, { days }, DEFAULT_STAGES, weeklyTarget === undefined ? {} : { weeklyTarget });
          expect(numbersIn(metrics).every(Number.isFinite)).toBe(true);
          expect(PipelineMetrics.safeParse(metrics).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps rates in [0, 1] and never counts more conversions than entries', () => {
    fc.assert(
      fc.property(fc.array(lead, { maxLength: 40 }), (leads) => {
        const m = computeMetrics(leads, historyOf(leads), NOW, { days: 90 });
        if (m.winRate.value !== null) expect(m.winRate.value).toBeGreaterThanOrEqual(0);
        if (m.winRate.value !== null) expect(m.winRate.value).toBeLessThanOrEqual(1);
        for (const row of m.stageConversion) expect(row.converted).toBeLessThanOrEqual(row.entered);
        expect(m.openDeals.value).toBeLessThanOrEqual(leads.length);
      }),
      { numRuns: 200 },
    );
  });
});
