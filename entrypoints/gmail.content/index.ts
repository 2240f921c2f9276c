import { defineContentScript } from 'wxt/utils/define-content-script';
import { startBootstrap } from '../../lib/content/bootstrap';
import { gmailPageKind } from '../../lib/sites/gmail/pages';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // WXT's extra `window.postMessage` would wake the page's own message listeners on every load.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startBootstrap(ctx, window, 'gmail', (url) => gmailPageKind(url) === 'thread');
  },
});
