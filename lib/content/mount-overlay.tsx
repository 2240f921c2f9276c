import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider, type Translate } from '../../components/i18n';
import { OverlayApp } from '../../components/overlay/OverlayApp';
import { send } from '../messaging/client';
import { DEFAULT_SETTINGS } from '../model';
import { createOverlayStore, type Overlay } from './overlay-store';
import { capturePerson, saveCompany } from './session';

const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs.map(String)) || key;

/**
 * The one `<pipewell-overlay>` shadow host. React mounts only when the page first shows a
 * person, and the host leaves the page whenever no one is shown.
 */
export function createOverlay(ctx: ContentScriptContext): Overlay {
  const store = createOverlayStore({
    url: '',
    people: [],
    stages: DEFAULT_SETTINGS.stages,
    defaultCurrency: DEFAULT_SETTINGS.defaultCurrency,
    ignoreDomains: DEFAULT_SETTINGS.ignoreDomains,
    dismissed: false,
  });
  let ui: Awaited<ReturnType<typeof createShadowRootUi<Root>>> | undefined;
  let queue = Promise.resolve();
  let settings: Promise<void> | undefined;

  /** Settings load once, on the first page that can show a card (never on other pages). */
  function ensureSettings(): Promise<void> {
    settings ??= send('settings.get', {})
      .then(({ settings: s }) => store.set({ stages: s.stages, defaultCurrency: s.defaultCurrency, ignoreDomains: s.ignoreDomains }))
      .catch((error: unknown) => {
        settings = undefined;
        throw error;
      });
    return settings;
  }

  async function show() {
    ui ??= await createShadowRootUi<Root>(ctx, {
      name: 'pipewell-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <I18nProvider t={t}>
            <OverlayApp
              store={store}
              now={() => Date.now()}
              onCapture={(view, q) => void capturePerson(store, view, q)}
              onSaveCompany={(view) => void saveCompany(store, view)}
              onOpenLead={(id) => void send('ui.openLead', { id })}
              onDismiss={() => store.set({ dismissed: true })}
            />
          </I18nProvider>,
        );
        return root;
      },
      onRemove: (root) => root?.unmount(),
    });
    if (!ui.mounted) ui.mount();
  }

  const wanted = () => store.get().people.length > 0 && !store.get().dismissed;
  // Mounting is async (the shadow root loads its CSS); changes queue so the last state wins.
  store.subscribe(() => {
    queue = queue.then(async () => {
      if (wanted() && !ui?.mounted) await show();
      if (!wanted() && ui?.mounted) ui.remove();
    }).catch((error: unknown) => console.error('[pipewell] overlay', error));
  });
  return { store, ensureSettings };
}
