import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBadgeRefresher } from '../lib/background/badge';
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
  // The badge is not kept across browser restarts: recount whenever the worker starts.
  void background.ready.then(() => refreshBadge(background.ctx));
});
