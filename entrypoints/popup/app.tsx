import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider, type Translate } from '../../components/i18n';
import { PopupApp, sendFirstRequestsEarly } from '../../components/popup/PopupApp';

/** React's popup, rendered into `root` once its code has loaded; `onCommitted` retires the first paint. */
export function mountPopup(root: HTMLElement, t: Translate, onCommitted: (boardDrawn: boolean) => void): void {
  sendFirstRequestsEarly(window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <I18nProvider t={t}>
        <PopupApp now={() => Date.now()} onOpenOptions={() => void browser.runtime.openOptionsPage()} onCommitted={onCommitted} />
      </I18nProvider>
    </StrictMode>,
  );
}
