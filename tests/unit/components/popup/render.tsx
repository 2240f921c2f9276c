import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing';
import { I18nProvider, type MessageKey, type Translate } from '../../../../components/i18n';
import en from '../../../../public/_locales/en/messages.json';
import { clearCacheMemory } from '../../../../components/popup/local-cache';
import type { createHarness } from '../../background/harness';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// happy-dom lays nothing out; the virtual list reads its viewport from clientWidth/Height.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 560 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 480 });

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** The English messages with Chrome's placeholder rules, so tests read what users read. */
export const t: Translate = (key: MessageKey, ...subs) => {
  const entry = (en as Record<string, Entry>)[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => String(subs[Number(n) - 1] ?? ''));
  });
};

/** Answers the popup's messages with the harness's real handlers (fakeBrowser calls onMessage listeners). */
export function connect(h: Awaited<ReturnType<typeof createHarness>>): void {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => h.raw(message));
}

export async function mount(ui: ReactNode) {
  clearCacheMemory();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<I18nProvider t={t}>{ui}</I18nProvider>));
  return {
    host,
    get: <T extends Element = HTMLElement>(testId: string) => host.querySelector<T & Element>(`[data-testid="${testId}"]`),
    all: (testId: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)],
    unmount: async () => {
      await act(async () => root.unmount());
      host.remove();
    },
  };
}

/** Retries `check` while React and fake-indexeddb settle; fails with the last error after ~2 s. */
export async function waitFor<T>(check: () => T | Promise<T>): Promise<T> {
  let last: unknown;
  for (let i = 0; i < 200; i++) {
    try {
      return await check();
    } catch (error) {
      last = error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
  throw last;
}

export async function click(element: Element | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
}

export async function press(element: Element | null, key: string) {
  if (!element) throw new Error('nothing to press on');
  await act(async () => element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
}

/** Sets a field's value the way typing does, so React's onChange sees it. */
export async function type(element: Element | null, value: string) {
  if (!element) throw new Error('nothing to type into');
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
