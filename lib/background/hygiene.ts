import type { HygieneStatus } from '../messaging/protocol/hygiene';
import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import type { Hygiene, Lead } from '../model';
import { nextReviewDue, type ReviewItem, reviewQueue, scheduleKept } from '../pipeline';
import type { BackgroundContext } from './context';

/** Settings keep this many finished reviews (the schema's cap), newest last. */
const MAX_REVIEWS = 200;

/** The newest finished review, or undefined before the first. */
export function lastReview(hygiene: Pick<Hygiene, 'reviews'>): number | undefined {
  return hygiene.reviews.length ? Math.max(...hygiene.reviews) : undefined;
}

async function queueNow(ctx: BackgroundContext): Promise<{ items: ReviewItem[]; hygiene: Hygiene; now: number }> {
  const settings = await ctx.settings();
  const now = ctx.now();
  const leads: Lead[] = await ctx.repo.allLeads();
  return { items: reviewQueue(leads, settings.stages, now), hygiene: settings.hygiene, now };
}

function describe(items: ReviewItem[], hygiene: Hygiene, now: number): HygieneStatus {
  const last = lastReview(hygiene);
  const nextDueAt = nextReviewDue(hygiene, last, now);
  const kept = scheduleKept(hygiene.reviews, hygiene, now);
  return {
    toReview: items.length,
    stale: items.filter((item) => item.stale).length,
    overdue: items.filter((item) => item.overdue).length,
    due: now >= nextDueAt,
    nextDueAt,
    lastReviewAt: last ?? null,
    daysSinceLastReview: kept.daysSinceLastReview,
    kept: kept.kept,
    cadence: hygiene.cadence,
  };
}

/** `hygiene.queue`: stale and overdue leads, most valuable first. */
export async function hygieneQueue(
  ctx: BackgroundContext,
  { limit }: ParsedRequestOf<'hygiene.queue'>,
): Promise<ResponseOf<'hygiene.queue'>> {
  const { items } = await queueNow(ctx);
  return { items: items.slice(0, limit), total: items.length };
}

/** `hygiene.status`: the count to review and whether the schedule is being kept. */
export async function hygieneStatus(ctx: BackgroundContext): Promise<ResponseOf<'hygiene.status'>> {
  const { items, hygiene, now } = await queueNow(ctx);
  return describe(items, hygiene, now);
}

/** `hygiene.finish`: records a review at `now`, which starts the next due period. */
export async function finishReview(ctx: BackgroundContext): Promise<ResponseOf<'hygiene.finish'>> {
  const settings = await ctx.settings();
  const reviews = [...settings.hygiene.reviews, ctx.now()].slice(-MAX_REVIEWS);
  await ctx.saveSettings({ ...settings, hygiene: { ...settings.hygiene, reviews } });
  return hygieneStatus(ctx);
}
