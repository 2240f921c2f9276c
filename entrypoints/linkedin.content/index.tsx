import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/overlay/overlay.css';
import { linkedInDriver } from '../../lib/content/linkedin-driver';
import { createOverlay } from '../../lib/content/mount-overlay';
import { watchPageViews } from '../../lib/content/page-watch';
import { runPageView } from '../../lib/content/session';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    const overlay = createOverlay(ctx);
    watchPageViews(ctx, window, (view) => runPageView(view, document, linkedInDriver, overlay));
  },
});
