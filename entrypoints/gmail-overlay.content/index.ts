import { defineContentScript } from 'wxt/utils/define-content-script';
import { isOverlayRunning, markOverlayRunning } from '../../lib/content/bootstrap';
import { createOverlay } from '../../lib/content/create-overlay';
import { createGmailDriver } from '../../lib/content/gmail-driver';
import { watchPageViews } from '../../lib/content/page-watch';
import { runPageView } from '../../lib/content/session';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // Injected by the background when the bootstrap script sees a page that can show a card.
  registration: 'runtime',
  // WXT's extra `window.postMessage` would wake the page's own message listeners on every load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (isOverlayRunning(window)) return;
    markOverlayRunning(window);
    const overlay = createOverlay(ctx.signal);
    const driver = createGmailDriver(() => overlay.store.get().ignoreDomains);
    watchPageViews(ctx, window, (view) => runPageView(view, document, driver, overlay));
  },
});
