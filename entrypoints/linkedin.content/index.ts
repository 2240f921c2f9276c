import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBootstrap } from '../../lib/content/bootstrap';
import { LINKEDIN_CARD_PAGE_MATCHES, linkedInPageKind } from '../../lib/sites/linkedin/pages';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  // A page loaded at a card URL gets the overlay from the manifest: this script stays out.
  excludeMatches: LINKEDIN_CARD_PAGE_MATCHES,
  // WXT's extra `window.postMessage` would wake the page's own message listeners on every load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startBootstrap(ctx, window, 'linkedin', (url) => linkedInPageKind(url) !== 'other');
  },
});
