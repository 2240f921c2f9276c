import { normaliseEmail } from '../../model/identity';
import { isMeLabel } from './labels';
import { GMAIL_SELECTORS, selectAll } from './selectors';

// `[a-zA-Z]`, not the `i` flag: the same matches, and V8 compiles it faster on a page's first thread.
const EMAIL_IN_TEXT = /[^\s()<>"',;:[\]]+@[^\s()<>"',;:[\]]+\.[a-zA-Z]{2,}/g;

/**
 * The address in a Gmail tab title: "Inbox (3) - me@example.com - Gmail", "Subject -
 * me@example.com - Gmail" (Mailvelope `getGmailUser()`), also Workspace titles ending in the
 * organisation's name. The last " - "-separated part that is an address wins, because a
 * subject may itself contain one.
 */
export function emailFromTitle(title: string | null | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.slice(0, 1000).split(' - ');
  if (parts.length < 2) return undefined;
  for (let i = parts.length - 1; i >= 1; i -= 1) {
    const email = normaliseEmail(parts[i]);
    if (email) return email;
  }
  return undefined;
}

function emailsIn(text: string | null | undefined): string[] {
  const found = (text ?? '').slice(0, 500).match(EMAIL_IN_TEXT) ?? [];
  return found.map((raw) => normaliseEmail(raw)).filter((email): email is string => !!email);
}

/** Addresses the Google bar and hovercards name as the account's owner. */
function emailsFromAccountMarkers(doc: Document): string[] {
  const emails: string[] = [];
  for (const link of selectAll(doc, GMAIL_SELECTORS.accountLink)) {
    emails.push(...emailsIn(link.getAttribute('aria-label')));
  }
  for (const node of selectAll(doc, GMAIL_SELECTORS.accountText)) emails.push(...emailsIn(node.textContent));
  // The 2025-08 capture shows the attribute on recipients but not its value format; only an
  // address-shaped value is trusted.
  for (const node of selectAll(doc, GMAIL_SELECTORS.hovercardOwner).slice(0, 50)) {
    const email = normaliseEmail(node.getAttribute('data-hovercard-owner-id'));
    if (email) emails.push(email);
  }
  return emails;
}

/** Addresses Gmail labels "me" (or its translation) in `[email][name]` elements. */
function emailsLabelledMe(root: ParentNode): string[] {
  const emails: string[] = [];
  for (const node of selectAll(root, GMAIL_SELECTORS.namedAddress).slice(0, 2000)) {
    if (!isMeLabel(node.getAttribute('name'))) continue;
    const email = normaliseEmail(node.getAttribute('email'));
    if (email) emails.push(email);
  }
  return emails;
}

/**
 * The signed-in user's address: from the tab title, else the Google-bar account link, else
 * an address Gmail labels "me"/"jag"/… on the page. Undefined when the page shows none.
 */
export function detectSelfEmail(doc: Document): string | undefined {
  try {
    return emailFromTitle(doc.title) ?? emailsFromAccountMarkers(doc)[0] ?? emailsLabelledMe(doc)[0];
  } catch {
    return undefined;
  }
}

/**
 * Every address on the page that is the signed-in user: the detected account plus each
 * alias Gmail labels "me" (send-as addresses get the label too).
 */
export function selfEmails(doc: Document, known?: string): Set<string> {
  const emails = new Set<string>();
  const add = (email: string | undefined) => {
    const normal = normaliseEmail(email);
    if (normal) emails.add(normal);
  };
  add(known);
  try {
    add(emailFromTitle(doc.title));
    emailsFromAccountMarkers(doc).forEach(add);
    emailsLabelledMe(doc).forEach(add);
  } catch {
    // A partial page leaves whatever was found so far.
  }
  return emails;
}
