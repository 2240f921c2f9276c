import { z } from 'zod';

export const ActivityType = z.enum([
  'captured',
  'merged',
  'profile_viewed',
  'email_received',
  'email_sent',
  'replied',
  'stage_changed',
  'note_added',
  'qualification_changed',
  'touch_logged',
  'field_updated',
  'won',
  'lost',
  'archived',
  'reopened',
  'snoozed',
]);
export type ActivityType = z.infer<typeof ActivityType>;

/** Activities that count as a touch for staleness (a done interaction, not a bookkeeping change). */
export const TOUCH_TYPES: ReadonlySet<ActivityType> = new Set<ActivityType>([
  'captured',
  'merged',
  'profile_viewed',
  'email_received',
  'email_sent',
  'replied',
  'stage_changed',
  'note_added',
  'qualification_changed',
  'touch_logged',
  'won',
  'lost',
]);

export const Activity = z.object({
  id: z.string().min(1).max(64),
  leadId: z.string().min(1).max(64),
  type: ActivityType,
  at: z.number().int(),
  /** Unique when present: makes a repeated event (retried capture, same e-mail seen twice) a no-op. */
  dedupeKey: z.string().max(300).optional(),
  summary: z.string().max(500).default(''),
  data: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).optional(),
});
export type Activity = z.infer<typeof Activity>;
