import { send } from '../messaging/client';
import { detectGmail, detectSelfEmail, extractThreadMessages, gmailPageKind } from '../sites/gmail';
import type { SiteDriver } from './session';

/** Gmail in the shared overlay session: an open thread gets the card; lists get nothing. */
export function createGmailDriver(ignoreDomains: () => string[]): SiteDriver {
  return {
    isCardPage: (url) => gmailPageKind(url) === 'thread',
    detect: (doc, url) => detectGmail(doc, url, { ignoreDomains: ignoreDomains() }),
    afterLookup(doc, url, known) {
      if (known.length === 0) return;
      const selfEmail = detectSelfEmail(doc);
      const messages = extractThreadMessages(doc, url, { selfEmail });
      if (messages.length === 0) return;
      void send('activity.emails', { messages, selfEmail, threadUrl: url }).catch(() => undefined);
    },
  };
}
