import { sendUnchecked } from '../messaging/unchecked';
import type { LeadSummary, Qualification } from '../messaging/protocol';
import type { Prospect } from '../model';
import { type Overlay, type OverlayStore, type PersonView, personKey } from './overlay-store';
import { observeSettled, type PageView } from './page-watch';

/** What a site contributes to the shared overlay session. */
export interface SiteDriver {
  /** Whether the card belongs on this URL at all (profile, thread, …). */
  isCardPage(url: string): boolean;
  detect(doc: Document, url: string): Prospect[];
  /**
   * Detection reads the user's settings (Gmail's ignore list), so they load first. Otherwise
   * the card draws without them: only the qualification form needs them, and loads them itself.
   */
  detectionNeedsSettings?: boolean;
  /** Engagement to log once the page's people are known (profile view, e-mails in a thread). */
  afterLookup?(doc: Document, url: string, known: LeadSummary[], signal: AbortSignal): void;
}

const SETTLE_MS = 400;

/** Runs one page view: detect, look up in one batch, render; again when the page settles. */
export function runPageView(view: PageView, doc: Document, driver: SiteDriver, { store, ensureSettings }: Overlay): void {
  if (!driver.isCardPage(view.url)) {
    store.set({ url: view.url, people: [], error: undefined, dismissed: false });
    return;
  }
  store.set({ url: view.url, people: [], error: undefined, dismissed: false });
  let signature = '';
  const refresh = async () => {
    if (view.signal.aborted) return;
    if (driver.detectionNeedsSettings) await ensureSettings().catch(() => undefined);
    const prospects = driver.detect(doc, view.url);
    const next = prospects.map((p) => `${personKey(p)}|${p.name}|${p.title ?? ''}|${p.company ?? ''}`).join('\n');
    if (next === signature) return;
    signature = next;
    try {
      const people = await lookUp(prospects);
      if (view.signal.aborted) return;
      store.set({ people, error: undefined });
      const known = people.flatMap((p) => (p.known ? [p.known] : []));
      driver.afterLookup?.(doc, view.url, known, view.signal);
    } catch (error) {
      if (!view.signal.aborted) store.set({ error: messageOf(error) });
    }
  };
  void refresh();
  observeSettled(doc.body, view.signal, SETTLE_MS, () => void refresh());
}

/** One `lead.lookup` for every person on the page. */
export async function lookUp(prospects: Prospect[]): Promise<PersonView[]> {
  const keys = prospects.map(personKey).filter((k): k is string => k !== undefined);
  const { matches } = keys.length ? await sendUnchecked('lead.lookup', { identities: keys }) : { matches: {} };
  return Promise.all(
    prospects.map(async (prospect, i) => {
      const key = personKey(prospect) ?? `${prospect.kind}:${prospect.name}#${i}`;
      if (prospect.kind === 'company') {
        const { leads } = await sendUnchecked('company.leads', { name: prospect.companyFacts?.name ?? prospect.name });
        return { key, prospect, companyLeads: leads };
      }
      return { key, prospect, known: matches[key] };
    }),
  );
}

/** Saves a company page's facts onto the leads there and shows who they are. */
export async function saveCompany(store: OverlayStore, view: PersonView): Promise<void> {
  store.set({ savingKey: view.key, error: undefined });
  try {
    const { updated, leads } = await sendUnchecked('company.capture', { prospect: view.prospect });
    const people = store.get().people.map((p) => (p.key === view.key ? { ...p, companyLeads: leads, companySaved: updated } : p));
    store.set({ people, savingKey: undefined });
  } catch (error) {
    store.set({ savingKey: undefined, error: messageOf(error) });
  }
}

/** Captures a person with their qualification, then shows them as known. */
export async function capturePerson(store: OverlayStore, person: PersonView, qualification: Qualification): Promise<void> {
  const url = store.get().url;
  store.set({ savingKey: person.key, error: undefined });
  try {
    await sendUnchecked('lead.capture', { captureId: crypto.randomUUID(), prospect: person.prospect, qualification });
    const people = await lookUp(store.get().people.map((p) => p.prospect));
    if (store.get().url === url) store.set({ people, savingKey: undefined });
  } catch (error) {
    store.set({ savingKey: undefined, error: messageOf(error) });
  }
}

/** The text of a failure, for the card's error line. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
