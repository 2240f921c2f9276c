import { z } from 'zod';
import { HygieneCadence, Lead } from '../../model';

const id = z.string().min(1).max(64);
const epoch = z.number().int().min(0).max(8.64e15);
const reason = z.string().trim().min(1).max(200);

/** One lead the review walks: why it is there and how long it has been left alone. */
export const ReviewEntry = z.object({
  lead: Lead,
  stale: z.boolean(),
  overdue: z.boolean(),
  daysIdle: z.number().int().min(0),
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** Where the clean-up habit stands; the health panel and the review header show it. */
export const HygieneStatus = z.object({
  /** Leads to review now (stale or overdue, not snoozed): the badge shows this number. */
  toReview: z.number().int().min(0),
  stale: z.number().int().min(0),
  overdue: z.number().int().min(0),
  /** A scheduled review's day has come and no review was recorded since. */
  due: z.boolean(),
  nextDueAt: epoch,
  lastReviewAt: epoch.nullable(),
  daysSinceLastReview: z.number().int().min(0).nullable(),
  /** The newest review is no older than the cadence plus a short grace period. */
  kept: z.boolean(),
  cadence: HygieneCadence,
});
export type HygieneStatus = z.infer<typeof HygieneStatus>;

/** A closed lead that retention will delete, and when. */
export const RetentionEntry = z.object({
  id,
  name: z.string(),
  company: z.string().optional(),
  status: z.enum(['archived', 'lost']),
  closedAt: epoch,
  deleteAt: epoch,
});
export type RetentionEntry = z.infer<typeof RetentionEntry>;

export const BulkAction = z.enum(['archive', 'lost', 'snooze', 'touch']);
export type BulkAction = z.infer<typeof BulkAction>;

const BulkRequest = z
  .object({
    ids: z.array(id).min(1).max(500),
    action: BulkAction,
    reason: reason.optional(),
    days: z.number().int().min(1).max(365).optional(),
    note: z.string().max(2000).optional(),
  })
  .refine((r) => (r.action !== 'archive' && r.action !== 'lost') || r.reason !== undefined, {
    message: 'archive and lost need a reason',
    path: ['reason'],
  })
  .refine((r) => r.action !== 'snooze' || r.days !== undefined, { message: 'snooze needs days', path: ['days'] });

export const hygieneProtocol = {
  /** The leads to review, most valuable first. */
  'hygiene.queue': {
    request: z.object({ limit: z.number().int().min(1).max(500).default(200) }),
    response: z.object({ items: z.array(ReviewEntry), total: z.number().int().min(0) }),
  },
  'hygiene.status': {
    request: z.object({}),
    response: HygieneStatus,
  },
  /** Records a finished review (now) and answers the new status. */
  'hygiene.finish': {
    request: z.object({}),
    response: HygieneStatus,
  },
  /** Archived and lost leads that retention deletes within `horizonDays`, soonest first. */
  'hygiene.retention': {
    request: z.object({ horizonDays: z.number().int().min(0).max(3660).default(30) }),
    response: z.object({ retentionMonths: z.number().int(), items: z.array(RetentionEntry) }),
  },
  /** One action on many leads in one transaction: every lead changes, or none does. */
  'hygiene.bulk': {
    request: BulkRequest,
    response: z.object({ updated: z.number().int().min(0) }),
  },
} as const;
