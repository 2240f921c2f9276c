import { send } from '../messaging/client';
import { detectLinkedIn, linkedInPageKind } from '../sites/linkedin';
import type { SiteDriver } from './session';

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
    void send('activity.profileViewed', { linkedinUrl: url, url }).catch(() => undefined);
  },
};
