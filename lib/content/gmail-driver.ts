import { sendUnchecked } from '../messaging/unchecked';
import { detectGmail, detectSelfEmail, extractThreadMessages, gmailPageKind } from '../sites/gmail';
import { companyDomainOf } from '../sites/gmail/free-mail';
import type { SiteDriver } from './session';

/**
 * The user's own company is not a prospect: its domain joins the ignore list by default
 * (a free-mail address has no company domain, so nothing is added for it).
 */
function ownDomains(doc: Document): string[] {
  const self = detectSelfEmail(doc);
  const domain = self && companyDomainOf(self);
  return domain ? [domain] : [];
}

/** Gmail in the shared overlay session: an open thread gets the card; lists get nothing. */
export function createGmailDriver(ignoreDomains: () => string[]): SiteDriver {
  return {
    isCardPage: (url) => gmailPageKind(url) === 'thread',
    detectionNeedsSettings: true,
    detect: (doc, url) => detectGmail(doc, url, { ignoreDomains: [...ignoreDomains(), ...ownDomains(doc)] }),
    afterLookup(doc, url, known) {
      if (known.length === 0) return;
      const selfEmail = detectSelfEmail(doc);
      const messages = extractThreadMessages(doc, url, { selfEmail });
      if (messages.length === 0) return;
      void sendUnchecked('activity.emails', { messages, selfEmail, threadUrl: url }).catch(() => undefined);
    },
  };
}
