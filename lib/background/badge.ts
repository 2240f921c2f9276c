import { browser } from 'wxt/browser';
import { reviewQueue } from '../pipeline';
import type { BackgroundContext } from './context';

/** Amber-700: white badge text on it passes WCAG AA contrast. */
export const BADGE_COLOR = '#b45309';
/** Writes from one capture or one review action arrive in bursts: recount once they settle. */
export const BADGE_DEBOUNCE_MS = 300;

/** Leads to review now: stale or overdue and not snoozed (the same rule as the review queue). */
export async function countToReview(ctx: BackgroundContext): Promise<number> {
  const settings = await ctx.settings();
  return reviewQueue(await ctx.repo.allLeads(), settings.stages, ctx.now()).length;
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Sets the icon's badge (and its tooltip, which screen readers announce) to the true count. */
export async function refreshBadge(ctx: BackgroundContext): Promise<number> {
  const count = await countToReview(ctx);
  const button = toolbarButton();
  await button.setBadgeText({ text: count ? (count > 99 ? '99+' : String(count)) : '' });
  if (count) await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
  const label = browser.i18n.getMessage(count ? 'badgeTitle' : 'extName', [String(count)]);
  await button.setTitle({ title: label || 'Pipewell' });
  return count;
}

/**
 * A debounced `refreshBadge` for `StartOptions.onLeadsChanged`: every write anywhere (a capture
 * on a page, an edit in the popup) brings the badge up to date without waiting for the alarm.
 */
export function createBadgeRefresher(delayMs = BADGE_DEBOUNCE_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (ctx: BackgroundContext): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      refreshBadge(ctx).catch((error: unknown) => console.error('[pipewell] badge refresh failed', error));
    }, delayMs);
  };
}
