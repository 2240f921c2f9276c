import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeNeedsCount, createBadgeRefresher } from '../lib/background/badge';
import { listenForReviewClicks } from '../lib/background/hygiene-job';
import { startBackground } from '../lib/background/start';

export default defineBackground(() => {
  const refreshBadge = createBadgeRefresher();
  const background = startBackground({ onLeadsChanged: refreshBadge });
  // Listeners are registered synchronously so the event that woke the worker is not lost.
  browser.runtime.onMessage.addListener(background.listener);
  browser.alarms.onAlarm.addListener((alarm) => void background.jobs.onAlarm(alarm));
  void background.jobs.schedule(browser.alarms);
  listenForReviewClicks();
  // The badge is not kept across browser restarts: count it at the session's first start.
  void background.ready.then(async () => {
    if (await badgeNeedsCount()) refreshBadge(background.ctx);
  });
});
