import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/overlay/overlay.css';
import { createGmailDriver } from '../../lib/content/gmail-driver';
import { createOverlay } from '../../lib/content/mount-overlay';
import { watchPageViews } from '../../lib/content/page-watch';
import { runPageView } from '../../lib/content/session';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    const overlay = createOverlay(ctx);
    const driver = createGmailDriver(() => overlay.store.get().ignoreDomains);
    watchPageViews(ctx, window, (view) => runPageView(view, document, driver, overlay));
  },
});
