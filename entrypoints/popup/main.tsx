import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider, type Translate } from '../../components/i18n';
import { PopupApp, sendFirstRequestsEarly } from '../../components/popup/PopupApp';
import './style.css';

const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs.map(String)) || key;
document.documentElement.lang = browser.i18n.getUILanguage();
sendFirstRequestsEarly(window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider t={t}>
      <PopupApp now={() => Date.now()} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
    </I18nProvider>
  </StrictMode>,
);
