import { browser } from 'wxt/browser';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

/**
 * Asks for the optional `notifications` permission. Call it first thing in a click handler:
 * the browser only shows the prompt during the user's gesture.
 */
export async function requestNotificationPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request(NOTIFICATIONS);
  } catch {
    return false;
  }
}

/** Gives the permission back when the user turns reminders off: keep only what a feature uses. */
export async function releaseNotificationPermission(): Promise<void> {
  try {
    await browser.permissions.remove(NOTIFICATIONS);
  } catch {
    // Nothing to give back (never granted, or the browser refuses to drop it): the setting is off either way.
  }
}
