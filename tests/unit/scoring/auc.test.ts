import { describe, expect, it } from 'vitest';
import { rocAuc } from '../../../lib/scoring';

describe('rocAuc (Mann–Whitney, ties count half)', () => {
  it.each([
    { name: 'perfect separation', scores: [1, 2, 8, 9], won: [false, false, true, true], auc: 1 },
    { name: 'reversed', scores: [8, 9, 1, 2], won: [false, false, true, true], auc: 0 },
    { name: 'all tied', scores: [5, 5, 5, 5], won: [true, false, true, false], auc: 0.5 },
    // Won {3, 5} vs lost {1, 3}: (3>1) 1 + (3=3) ½ + (5>1) 1 + (5>3) 1 = 3.5 of 4.
    { name: 'one tie', scores: [3, 5, 1, 3], won: [true, true, false, false], auc: 0.875 },
    // Won {2} vs lost {1, 2, 2, 3}: 1 + ½ + ½ + 0 = 2 of 4.
    { name: 'ties across a run', scores: [2, 1, 2, 2, 3], won: [true, false, false, false, false], auc: 0.5 },
  ])('$name → $auc', ({ scores, won, auc }) => {
    expect(rocAuc(scores, won)).toBeCloseTo(auc, 12);
  });

  it('is undefined when a class is empty', () => {
    expect(rocAuc([1, 2], [true, true])).toBeUndefined();
    expect(rocAuc([], [])).toBeUndefined();
  });

  it('does not depend on input order', () => {
    const scores = [10, 40, 40, 70, 20, 90, 40];
    const won = [false, true, false, true, false, true, true];
    const order = [6, 2, 0, 5, 3, 1, 4];
    expect(rocAuc(order.map((i) => scores[i] ?? 0), order.map((i) => won[i] ?? false))).toBe(rocAuc(scores, won));
  });
});
