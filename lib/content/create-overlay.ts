import { sendUnchecked } from '../messaging/unchecked';
import { CARD_CSS } from './card/card-css';
import { type CardActions, createProspectCard, type ProspectCard } from './card/prospect-card';
import { createOverlayHost } from './overlay-host';
import { createOverlayStore, type Overlay } from './overlay-store';
import { capturePerson, messageOf, saveCompany } from './session';

/**
 * The page card's state and its one `<pipewell-overlay>` host. The card is drawn only while
 * the page shows someone and the user has not dismissed it; the host leaves the page otherwise.
 * `signal` is the content script's lifetime: when it ends, the card goes.
 */
export function createOverlay(signal: AbortSignal): Overlay {
  // Until the settings load, the form offers no stage and no currency: the background then
  // uses the user's defaults.
  const store = createOverlayStore({ url: '', people: [], stages: [], defaultCurrency: '', ignoreDomains: [], dismissed: false });
  const host = createOverlayHost(CARD_CSS);
  let card: ProspectCard | undefined;
  let settings: Promise<void> | undefined;

  /** Settings load once, on the first page that can show a card (never on other pages). */
  function ensureSettings(): Promise<void> {
    settings ??= sendUnchecked('settings.get', {})
      .then(({ settings: s }) => store.set({ stages: s.stages, defaultCurrency: s.defaultCurrency, ignoreDomains: s.ignoreDomains }))
      .catch((error: unknown) => {
        settings = undefined;
        throw error;
      });
    return settings;
  }

  const actions: CardActions = {
    // The form waits for the settings; if they cannot load, it offers none (see above).
    beforeQualify: () => ensureSettings().catch(() => undefined),
    capture: (view, qualification) => void capturePerson(store, view, qualification),
    saveCompany: (view) => void saveCompany(store, view),
    openLead: (id) => void sendUnchecked('ui.openLead', { id }).catch((error: unknown) => store.set({ error: messageOf(error) })),
    close: () => store.set({ dismissed: true }),
  };

  store.subscribe(() => {
    const state = store.get();
    if (signal.aborted || state.dismissed || state.people.length === 0) {
      // A card shown again starts fresh (no half-filled form from an earlier page).
      card = undefined;
      host.hide();
      return;
    }
    card ??= createProspectCard(actions);
    host.show(card.element);
    card.update(state, Date.now());
  });
  signal.addEventListener('abort', () => host.hide(), { once: true });
  return { store, ensureSettings };
}
