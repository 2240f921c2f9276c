import { browser } from 'wxt/browser';
import { countToReview as countOf, REVIEW_FIELDS } from '../pipeline';
import type { BackgroundContext } from './context';

/** Amber-700: white badge text on it passes WCAG AA contrast. */
export const BADGE_COLOR = '#b45309';
/** Writes from one capture or one review action arrive in bursts: recount once they settle. */
export const BADGE_DEBOUNCE_MS = 300;

/**
 * Set in `storage.session` once the badge is counted. That storage, like the badge, lasts for
 * the browser session and is emptied when the extension reloads; it outlives the worker.
 */
const BADGE_COUNTED_KEY = 'badgeCountedAt';

/** Leads to review now: stale or overdue and not snoozed (the same rule as the review queue). */
export async function countToReview(ctx: BackgroundContext): Promise<number> {
  const settings = await ctx.settings();
  return countOf(await ctx.repo.allLeadFields(REVIEW_FIELDS), settings.stages, ctx.now());
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
  await browser.storage.session?.set({ [BADGE_COUNTED_KEY]: ctx.now() });
  return count;
}

/**
 * Whether a starting worker must count the badge: only at the session's first start (the
 * browser's, or the extension's after a reload). A worker woken later, for a popup or a page,
 * finds the badge as it left it, kept current by every write and the hourly alarm; counting
 * again would read every lead while the popup waits for its first ones.
 */
export async function badgeNeedsCount(): Promise<boolean> {
  const session = browser.storage.session;
  if (!session) return true;
  const stored = await session.get(BADGE_COUNTED_KEY);
  return stored[BADGE_COUNTED_KEY] === undefined;
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
