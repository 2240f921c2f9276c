import { sendUnchecked } from '../messaging/unchecked';
import { detectLinkedIn, linkedInPageKind } from '../sites/linkedin';
import type { Overlay } from './overlay-store';
import type { PageView } from './page-watch';
import { runSearchView } from './search-badges';
import { runPageView, type SiteDriver } from './session';

/** LinkedIn in the shared overlay session: profiles and company pages get the card. */
export const linkedInDriver: SiteDriver = {
  isCardPage: (url) => {
    const kind = linkedInPageKind(url);
    return kind === 'profile' || kind === 'company';
  },
  detect: (doc, url) => detectLinkedIn(doc, url),
  afterLookup(_doc, url, known) {
    // Visiting a known lead's profile is engagement; the background keeps it to once a day.
    const lead = known[0];
    if (linkedInPageKind(url) !== 'profile' || !lead) return;
    void sendUnchecked('activity.profileViewed', { linkedinUrl: url, url }).catch(() => undefined);
  },
};

/** One LinkedIn page view: search results get row badges, profiles and companies the card. */
export function runLinkedInView(view: PageView, doc: Document, overlay: Overlay): void {
  if (linkedInPageKind(view.url) === 'search-people') {
    overlay.store.set({ url: view.url, people: [], error: undefined });
    runSearchView(view, doc);
  } else {
    runPageView(view, doc, linkedInDriver, overlay);
  }
}
