import { defineContentScript } from 'wxt/utils/define-content-script';
import { isOverlayRunning, markOverlayRunning } from '../../lib/content/bootstrap';
import { createOverlay } from '../../lib/content/create-overlay';
import { runLinkedInView } from '../../lib/content/linkedin-driver';
import { watchPageViews } from '../../lib/content/page-watch';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  // Injected by the background when the bootstrap script sees a page that can show a card.
  registration: 'runtime',
  // WXT's extra `window.postMessage` would wake the page's own message listeners on every load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (isOverlayRunning(window)) return;
    markOverlayRunning(window);
    const overlay = createOverlay(ctx.signal);
    watchPageViews(ctx, window, (view) => runLinkedInView(view, document, overlay));
  },
});
