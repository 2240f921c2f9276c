import { defineContentScript } from 'wxt/utils/define-content-script';
import { isOverlayRunning, markOverlayRunning } from '../../lib/content/bootstrap';
import { createOverlay } from '../../lib/content/create-overlay';
import { runLinkedInView } from '../../lib/content/linkedin-driver';
import { watchPageViews } from '../../lib/content/page-watch';
import { LINKEDIN_CARD_PAGE_MATCHES } from '../../lib/sites/linkedin/pages';

export default defineContentScript({
  // Loaded at a card URL, the page gets this script straight away; on any other LinkedIn page
  // the bootstrap script asks the background to inject it once the app navigates to one.
  matches: LINKEDIN_CARD_PAGE_MATCHES,
  // WXT's extra `window.postMessage` would wake the page's own message listeners on every load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (isOverlayRunning(window)) return;
    markOverlayRunning(window);
    const overlay = createOverlay(ctx.signal);
    watchPageViews(ctx, window, (view) => runLinkedInView(view, document, overlay));
  },
});
