import { browser } from 'wxt/browser';
import { nextReviewDue } from '../pipeline';
import { refreshBadge } from './badge';
import type { BackgroundContext } from './context';
import { lastReview } from './hygiene';
import type { Job } from './jobs';

/** Meta key holding the due date (epoch ms) the last notification was shown for. */
export const NOTIFIED_KEY = 'hygieneNotifiedFor';
export const NOTIFICATION_ID = 'pipewell-review';

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
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage('notifyReviewTitle') || 'Pipewell',
    message: browser.i18n.getMessage('notifyReviewMessage', [String(count)]) || `${count} leads to review`,
  });
  await ctx.repo.putMeta(NOTIFIED_KEY, dueAt);
  listenForReviewClicks();
  return true;
}

let listening = false;

/**
 * A click on the reminder opens the review. The API exists only once the optional permission
 * is granted, so this runs at worker start (when granted) and after showing a notification.
 */
export function listenForReviewClicks(): void {
  if (listening || !browser.notifications?.onClicked) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION_ID) return;
    void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}#/review` });
    void browser.notifications.clear(id);
  });
}

/** Hourly: the badge shows the true count even when nothing was written (leads age into staleness). */
export const hygieneJob: Job = {
  name: 'hygiene',
  periodInMinutes: 60,
  run: async (ctx) => {
    await notifyIfDue(ctx, await refreshBadge(ctx));
  },
};
