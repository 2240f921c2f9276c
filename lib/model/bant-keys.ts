import type { Bant } from './lead';

/** The four BANT parts, in the order the qualification card asks them (no zod: content scripts use it). */
export const BANT_KEYS = ['budget', 'authority', 'need', 'timing'] as const;
export type BantKey = (typeof BANT_KEYS)[number];

export const BANT_ANSWERS = ['unknown', 'yes', 'no'] as const;

export const emptyBant = (): Bant => ({
  budget: { answer: 'unknown', note: '' },
  authority: { answer: 'unknown', note: '' },
  need: { answer: 'unknown', note: '' },
  timing: { answer: 'unknown', note: '' },
});
