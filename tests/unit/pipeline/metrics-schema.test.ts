import { describe, expect, it } from 'vitest';
import { computeMetrics, Figure, MoneyFigure, PipelineMetrics } from '../../../lib/pipeline';

describe('metrics schemas (snapshots are validated when read back)', () => {
  it.each([
    [{ value: 1.5 }, true],
    [{ value: null, reason: 'not enough data: x' }, true],
    [{ value: Number.NaN }, false],
    [{ value: Number.POSITIVE_INFINITY }, false],
    [{ value: null }, false], // a missing figure must say why
    [{ value: null, reason: '' }, false],
  ])('Figure %j valid: %s', (figure, ok) => {
    expect(Figure.safeParse(figure).success).toBe(ok);
  });

  it.each([
    [{ value: { EUR: 1, USD: 2 } }, true],
    [{ value: {} }, true],
    [{ value: { eur: 1 } }, false],
    [{ value: { EUR: Number.NEGATIVE_INFINITY } }, false],
    [{ value: 3 }, false], // a money figure is never one number across currencies
  ])('MoneyFigure %j valid: %s', (figure, ok) => {
    expect(MoneyFigure.safeParse(figure).success).toBe(ok);
  });

  it('rejects a snapshot with a NaN inside', () => {
    const good = computeMetrics([], {}, 0, { days: 7 });
    expect(PipelineMetrics.safeParse(good).success).toBe(true);
    expect(PipelineMetrics.safeParse({ ...good, winRate: { value: Number.NaN } }).success).toBe(false);
  });
});
