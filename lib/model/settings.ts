import { z } from 'zod';
import { DEFAULT_STAGES, Stage } from './stage';
import { DEFAULT_QUALIFIED_MIN_YES } from './stage-defaults';

export const HygieneCadence = z.enum(['weekly', 'biweekly', 'monthly']);
export type HygieneCadence = z.infer<typeof HygieneCadence>;

export const Hygiene = z.object({
  cadence: HygieneCadence,
  /** 0 = Sunday … 6 = Saturday for weekly/biweekly; 1–28 = day of month for monthly. */
  day: z.number().int().min(0).max(28),
  notify: z.boolean(),
  /** Times of finished reviews, newest last (capped). */
  reviews: z.array(z.number().int()).max(200),
});
export type Hygiene = z.infer<typeof Hygiene>;

/** User preferences; kept in the database so a backup carries them. */
export const Settings = z.object({
  stages: z.array(Stage).min(2).max(30),
  lostReasons: z.array(z.string().trim().min(1).max(80)).max(50),
  archiveReasons: z.array(z.string().trim().min(1).max(80)).max(50),
  /** A lead is qualified when at least this many BANT parts are "yes". */
  qualifiedMinYes: z.number().int().min(1).max(4),
  /** Domains whose people are never prospects (the user's own company). */
  ignoreDomains: z.array(z.string().trim().toLowerCase().min(1).max(200)).max(200),
  defaultCurrency: z.string().regex(/^[A-Z]{3}$/),
  weeklyNewLeadTarget: z.number().int().min(0).max(10_000),
  retentionMonths: z.number().int().min(1).max(120),
  hygiene: Hygiene,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  stages: DEFAULT_STAGES,
  lostReasons: ['No budget', 'Chose a competitor', 'No decision', 'Bad timing', 'Not a fit'],
  archiveReasons: ['Not interested', 'Unresponsive', 'Wrong person', 'Duplicate'],
  qualifiedMinYes: DEFAULT_QUALIFIED_MIN_YES,
  ignoreDomains: [],
  defaultCurrency: 'EUR',
  weeklyNewLeadTarget: 10,
  retentionMonths: 12,
  hygiene: { cadence: 'weekly', day: 1, notify: false, reviews: [] },
};
