import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';

export default defineBackground(() => {
  const background = startBackground({});
  // Listeners are registered synchronously so the event that woke the worker is not lost.
  browser.runtime.onMessage.addListener(background.listener);
  browser.alarms.onAlarm.addListener((alarm) => void background.jobs.onAlarm(alarm));
  void background.jobs.schedule(browser.alarms);
});
