import { browser } from 'wxt/browser';
import { nextReviewDue } from '../pipeline';
import { refreshBadge } from './badge';
import type { BackgroundContext } from './context';
import { lastReview } from './hygiene';
import type { Job } from './jobs';

/** Meta key holding the due date (epoch ms) the last notification was shown for. */
export const NOTIFIED_KEY = 'hygieneNotifiedFor';
export const NOTIFICATION_ID = 'pipewell-review';

/*
 * Chrome's basic notification needs an image. The extension ships no icon files yet
 * (2026-11), so this is a 48×48 indigo square; swap in the real icon when one exists.
 */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAOklEQVR42u3OMQ0AAAgDsMnixz2qcEE4mlRA0zWvREhISEhISEhISEhISEhISEhISEhISEhISEjozgIuOm2m3GzRKwAAAABJRU5ErkJggg==';

/** `notifications` is optional: asked for only when the user turns the reminder on. */
async function mayNotify(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/**
 * Shows "N leads to review" once per due period: when a review is due, the user asked for
 * reminders, there is something to review, and this due date has not been announced yet.
 */
export async function notifyIfDue(ctx: BackgroundContext, count: number): Promise<boolean> {
  const { hygiene } = await ctx.settings();
  if (!hygiene.notify || count === 0) return false;
  const now = ctx.now();
  const dueAt = nextReviewDue(hygiene, lastReview(hygiene), now);
  if (now < dueAt || (await ctx.repo.getMeta(NOTIFIED_KEY)) === dueAt) return false;
  if (!(await mayNotify())) return false;
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: ICON,
    title: browser.i18n.getMessage('notifyReviewTitle') || 'Pipewell',
    message: browser.i18n.getMessage('notifyReviewMessage', [String(count)]) || `${count} leads to review`,
  });
  await ctx.repo.putMeta(NOTIFIED_KEY, dueAt);
  return true;
}

/** Hourly: the badge shows the true count even when nothing was written (leads age into staleness). */
export const hygieneJob: Job = {
  name: 'hygiene',
  periodInMinutes: 60,
  run: async (ctx) => {
    await notifyIfDue(ctx, await refreshBadge(ctx));
  },
};
