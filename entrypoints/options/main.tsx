import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { I18nProvider, type Translate } from '../../components/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';
import './style.css';

const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs.map(String)) || key;
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider t={t}>
      <OptionsApp newId={() => crypto.randomUUID().slice(0, 8)} />
    </I18nProvider>
  </StrictMode>,
);
