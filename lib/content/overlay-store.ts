import type { LeadSummary } from '../messaging/protocol';
import type { Prospect, Stage } from '../model';

export interface PersonView {
  key: string;
  prospect: Prospect;
  known?: LeadSummary;
  /** For a company page: the leads already there, and how many gained its facts on save. */
  companyLeads?: LeadSummary[];
  companySaved?: number;
}

export interface OverlayState {
  /** The page view this state belongs to: a late answer for an older view is dropped. */
  url: string;
  people: PersonView[];
  stages: Stage[];
  defaultCurrency: string;
  /** The user's ignore list (their own company's domain, …): never prospects. */
  ignoreDomains: string[];
  savingKey?: string;
  error?: string;
  dismissed: boolean;
}

/** A tiny external store for the overlay (React reads it with useSyncExternalStore). */
export function createOverlayStore(initial: OverlayState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch: Partial<OverlayState>) {
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type OverlayStore = ReturnType<typeof createOverlayStore>;

/** The identity a page person is looked up by: email first, else the profile URL. */
export function personKey(prospect: Prospect): string | undefined {
  return prospect.email ?? prospect.linkedinUrl;
}

/** The overlay as a page session sees it: its state and the one-time settings load. */
export interface Overlay {
  store: OverlayStore;
  ensureSettings: () => Promise<void>;
}
