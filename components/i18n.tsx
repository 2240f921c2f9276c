import { createContext, type ReactNode, useContext } from 'react';

type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

const I18nContext = createContext<Translate>((key) => key);

/** Supplies the translate function (the browser's i18n in the extension, a table in tests). */
export function I18nProvider({ t, children }: { t: Translate; children: ReactNode }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext);
}
