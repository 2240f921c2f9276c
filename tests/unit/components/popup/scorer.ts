import type { BackgroundContext } from '../../../../lib/background/context';

/** A stand-in scorer: a lead's score is its deal value in thousands, so the order is easy to predict. */
export const scoreByValue: BackgroundContext['score'] = (lead) => {
  const total = Math.min(100, (lead.dealValue ?? 0) / 1000);
  return { total, fit: total, engagement: 0, qualification: 0, grade: total >= 50 ? 'A' : 'C', reasons: [{ criterion: 'test.value', label: 'Deal value', points: total, part: 'fit' }], scoredAt: 0, modelVersion: 1 };
};
