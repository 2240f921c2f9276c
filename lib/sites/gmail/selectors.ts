/**
 * Every Gmail selector Pipewell uses, named by what it finds. Each is a fallback chain,
 * newest or most durable first, with the date it was last seen. Attributes (`email`,
 * `data-message-id`, `data-hovercard-id`) have outlived Gmail's obfuscated class tokens,
 * so they lead where they can. Evidence: ../shared/fixtures/real/SELECTORS.md §1.
 */
export const GMAIL_SELECTORS = {
  /** One element per message of the open conversation, expanded or collapsed (a union: `selectUnion`). */
  message: [
    // Expanded `div.adn.ads` and collapsed `div.adf.ads`: 2016-05, 2019-12 and 2025-08 captures.
    'div.adn.ads',
    'div.adf.ads',
    // The attributes alone: `#msg-f:<dec>` since the 2018-06 redesign (gmail.js #492).
    '[data-message-id]',
    '[data-legacy-message-id]',
  ],
  /** The sender inside a message. */
  sender: [
    // `span.gD[email][name]`: 2016-05, 2019-12, 2025-08 captures.
    'span.gD[email]',
    // InboxSDK PR #576 (2018-12): works collapsed and expanded.
    'td.gF span[email]',
    'h3.iw [email]',
    // Avatar `img.ajn[jid][data-name]`: 2025-08 capture.
    'img.ajn[jid]',
    'img[data-hovercard-id]',
    // Only a name: the user's own "me" label; the address then comes from `selfEmail`.
    'span.gD[name]',
  ],
  /** Recipients ("to …, cc …") of an expanded message. */
  recipient: [
    // `.hb span.g2[email]`: InboxSDK and gmail.js, 2025-08 capture.
    '.hb [email]',
    'span.g2[email]',
    '.hb [data-hovercard-id]',
  ],
  /** The body of an expanded message (signatures live here). */
  body: [
    // `div.a3s.aiL` (2025-08), `div.a3s.aXjCH` (2016-05); gmail.js `api.dom.email`.
    'div.a3s',
    // InboxSDK `getBodyElement()`, still used 2025.
    'div.ii.gt',
    '.adP',
  ],
  /** The message date; its `title` is the full, locale-formatted date. */
  date: [
    // `span.g3[title]`: G1-era code, 2025-08 capture ("20 Aug 2025, 13:19").
    'span.g3[title]',
    '.gH .gK [title]',
  ],
  /** Google-bar account link; its aria-label names the signed-in address. */
  accountLink: [
    // Account switcher "Google Account: Name (me@example.com)", 2019–2025 (InboxSDK user-info.ts).
    'a[href*="accounts.google.com/SignOutOptions"][aria-label]',
    '[role="banner"] a[aria-label*="@"]',
    'header a[aria-label*="@"]',
  ],
  /** Elements whose text is the signed-in address (gmail.js `api.get.user_email` fallback, 2026-03). */
  accountText: ['.eYSAde'],
  /** Hovercards record whose mailbox they belong to; seen on recipients 2025-08 (value format unknown). */
  hovercardOwner: ['[data-hovercard-owner-id]'],
  /** Any element naming a participant by address, for the "me" label scan. */
  namedAddress: ['[email][name]'],
  /** Inside these, an `[email]` element is not the message's sender (body, recipient line). */
  notSender: ['.a3s', '.ii', '.hb', 'blockquote'],
  /** Inside these, an `[email]` element is not a recipient (quoted text in the body). */
  notRecipient: ['.a3s', 'blockquote'],
  /** Quoted earlier messages inside a body: never the sender's own text (match any). */
  quoted: [
    // Gmail quotes, also prefixed `m_<n>gmail_quote` when quoted again (thoughtbot/griddler
    // spec/fixtures/gmail.html); Gmail-composed mail 2019-07 (G3) to 2025.
    '.gmail_quote',
    '[class*="gmail_quote"]',
    'blockquote',
    // Outlook on the web: reply header, and everything after its `#appendonsend` marker (2020s).
    '#divRplyFwdMsg',
    '#appendonsend ~ *',
  ],
  /** Gmail's own signature container inside a body (G3, 2019-07: `div.gmail_signature[data-smartmail]`). */
  signature: ['.gmail_signature', '[class*="gmail_signature"]', '[data-smartmail="gmail_signature"]'],
} as const;

export type SelectorChain = readonly string[];

/** Elements matched by the first selector of the chain that matches anything; never throws. */
export function selectAll(root: ParentNode, chain: SelectorChain): Element[] {
  for (const selector of chain) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return Array.from(found);
    } catch {
      // A selector the DOM implementation cannot parse is skipped, not fatal.
    }
  }
  return [];
}

/**
 * Elements matched by any selector of the chain, in document order, outermost only: for
 * lists whose members Gmail marks in different ways at once (expanded and collapsed messages).
 */
export function selectUnion(root: ParentNode, chain: SelectorChain): Element[] {
  try {
    // One query returns document order without sorting (compareDocumentPosition is slow in DOM
    // shims), and there an element's outermost ancestor in the list is the last one kept.
    const outermost: Element[] = [];
    for (const element of Array.from(root.querySelectorAll(chain.join(', ')))) {
      if (!outermost.at(-1)?.contains(element)) outermost.push(element);
    }
    return outermost;
  } catch {
    // One unparseable selector fails the joined query; fall back to the chain, entry by entry.
    const elements = [...new Set(chain.flatMap((selector) => selectAll(root, [selector])))];
    return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
  }
}

/** The first element, trying the chain in order, that `accept` takes; never throws. */
export function selectFirst(
  root: ParentNode,
  chain: SelectorChain,
  accept: (element: Element) => boolean = () => true,
): Element | undefined {
  for (const selector of chain) {
    try {
      for (const element of Array.from(root.querySelectorAll(selector))) {
        if (accept(element)) return element;
      }
    } catch {
      // As in selectAll.
    }
  }
  return undefined;
}

/** True when the element matches any selector of the chain; never throws. */
export function matchesAny(element: Element, chain: SelectorChain): boolean {
  try {
    return element.matches(chain.join(', '));
  } catch {
    return false;
  }
}

/** True when the element is inside (or is) an element matching any selector of the chain. */
export function isInsideAny(element: Element, chain: SelectorChain): boolean {
  try {
    return element.closest(chain.join(', ')) !== null;
  } catch {
    return false;
  }
}
