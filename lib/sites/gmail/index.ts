import type { Prospect } from '../../model/prospect';
import { readThread } from './messages';
import { prospectsFromMessages, type ProspectOptions } from './participants';
import { selfEmails } from './self';

export { gmailPageKind, threadKey, type GmailPageKind } from './pages';
export { extractThreadMessages, type ThreadMessage, type Participant } from './messages';
export { detectSelfEmail } from './self';
export { parseSignature, type Signature } from './signature';
export { parseGmailDate } from './dates';
export { isAutomatedAddress } from './automated';

/**
 * The people of the open Gmail thread other than the signed-in user, each with what their
 * signature says. Automated senders and addresses on `options.ignoreDomains` are left out.
 * Pure: reads only `doc` and `url`. Returns [] on lists and other pages; never throws.
 */
export function detectGmail(doc: Document, url: string, options?: ProspectOptions): Prospect[] {
  try {
    const self = selfEmails(doc);
    const messages = readThread(doc, url, [...self][0]);
    if (messages.length === 0) return [];
    // Whoever sent a message Gmail labels "me" is the user too (send-as aliases).
    for (const message of messages) if (message.senderIsMe) self.add(message.from.email);
    return prospectsFromMessages(messages, self, url, options);
  } catch {
    return [];
  }
}
