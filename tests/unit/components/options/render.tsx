import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import en from '../../../../public/_locales/en/messages.json';
import { I18nProvider, type MessageKey, type Translate } from '../../../../components/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** English messages with $1…$9 filled in, as chrome.i18n would. */
export const t: Translate = (key: MessageKey, ...subs) => {
  const entry = en[key] as { message: string; placeholders?: Record<string, { content: string }> };
  return entry.message.replace(/\$([A-Z0-9_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return String(subs[Number(content.slice(1)) - 1] ?? '');
  });
};

/** Renders into a fresh container inside act(); `unmount` cleans up. */
export async function render(ui: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<I18nProvider t={t}>{ui}</I18nProvider>));
  return {
    container,
    rerender: (next: ReactNode) => act(async () => root.render(<I18nProvider t={t}>{next}</I18nProvider>)),
    unmount: () => act(async () => root.unmount()).then(() => container.remove()),
  };
}

/** Types into a React-controlled input or select, as a user would. */
export async function typeInto(element: Element | null, value: string) {
  if (!element) throw new Error('no such element');
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function click(element: Element | null | undefined) {
  if (!element) throw new Error('no such element');
  await act(async () => (element as HTMLElement).click());
}

/** The button whose text or accessible label is `name`. */
export function button(container: Element, name: string | RegExp): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
}
