import { browser } from 'wxt/browser';

/** Under Chrome's 30 s: an extension API call resets the timer that stops an idle worker. */
const NUDGE_MS = 20_000;

/**
 * Keeps the worker awake until `done` settles, for work no message is waiting on (moving an
 * import's leads into rows): Chrome stops a worker after 30 s without an event or an extension
 * API call, whatever IndexedDB is doing. Work cut short this way is picked up at the next start.
 */
export function keepAwakeUntil(done: Promise<unknown>): void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), NUDGE_MS);
  void done.finally(() => clearInterval(timer));
}
