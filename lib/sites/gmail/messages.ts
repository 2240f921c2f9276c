import { normaliseEmail } from '../../model/identity';
import { capOptional } from './cap-text';
import { parseGmailDate } from './dates';
import { isMeLabel } from './labels';
import { isThread } from './pages';
import { detectSelfEmail } from './self';
import { GMAIL_SELECTORS, isInsideAny, selectAll, selectFirst, selectUnion } from './selectors';

export type Participant = { email: string; name?: string };

/** One message of the open conversation, as logged for engagement. */
export type ThreadMessage = {
  messageId: string;
  from: Participant;
  to: Participant[];
  /** Epoch ms when the page shows a parseable date (wall-clock read as UTC), else undefined. */
  date?: number;
};

/** A message plus what the prospect detector also reads. */
export type MessageView = ThreadMessage & { body?: Element; senderIsMe: boolean };

// Gmail starts a new conversation after 100 messages; the caps only guard against odd pages.
const MAX_MESSAGES = 200;
const MAX_RECIPIENTS = 50;

/** Gmail's API id (16 hex) for a message: the legacy id, else the hex of `#msg-f:<decimal>`. */
function messageIdOf(node: Element): string | undefined {
  const legacy = node.getAttribute('data-legacy-message-id')?.trim();
  if (legacy && /^[0-9a-f]{6,20}$/i.test(legacy)) return legacy.toLowerCase();
  const raw = node.getAttribute('data-message-id')?.trim().replace(/^#/, '');
  // Since 2018-06 the attribute is "#msg-f:<decimal>"; its hex form is the legacy id
  // (gmail.js #478), so a message keeps one id before and after Gmail adds the legacy one.
  const decimal = raw ? /^msg-f:(\d{1,25})$/.exec(raw)?.[1] : undefined;
  if (decimal) return BigInt(decimal).toString(16);
  if (raw) return raw.slice(0, 100);
  // 2016 bodies carry the id in a class: `div.a3s.aXjCH.m<legacy id>`.
  const body = selectFirst(node, GMAIL_SELECTORS.body);
  const fromClass = Array.from(body?.classList ?? []).find((token) => /^m[0-9a-f]{16}$/.test(token));
  return fromClass?.slice(1);
}

/** The participant an `[email]`, `[data-hovercard-id]` or avatar `[jid]` element names. */
function participantOf(node: Element, selfEmail: string | undefined): (Participant & { isMe: boolean }) | undefined {
  const rawName = node.getAttribute('name') ?? node.getAttribute('data-name') ?? node.textContent;
  const isMe = isMeLabel(rawName);
  const email =
    normaliseEmail(node.getAttribute('email')) ??
    normaliseEmail(node.getAttribute('data-hovercard-id')) ??
    normaliseEmail(node.getAttribute('jid')) ??
    (isMe ? normaliseEmail(selfEmail) : undefined);
  if (!email) return undefined;
  const name = isMe ? undefined : capOptional(rawName, 200);
  return { email, ...(name && name.toLowerCase() !== email ? { name } : {}), isMe };
}

/** Header elements only: a body or the recipient line may also hold `[email]` elements. */
function isHeaderNode(node: Element): boolean {
  return !isInsideAny(node, GMAIL_SELECTORS.notSender);
}

function readMessage(node: Element, selfEmail: string | undefined, withDates: boolean): MessageView | undefined {
  const messageId = messageIdOf(node);
  const senderNode = selectFirst(node, GMAIL_SELECTORS.sender, isHeaderNode);
  const sender = senderNode ? participantOf(senderNode, selfEmail) : undefined;
  if (!messageId || !sender) return undefined;
  const to: Participant[] = [];
  for (const recipientNode of selectAll(node, GMAIL_SELECTORS.recipient).slice(0, MAX_RECIPIENTS)) {
    if (isInsideAny(recipientNode, GMAIL_SELECTORS.notRecipient)) continue;
    const recipient = participantOf(recipientNode, selfEmail);
    if (recipient && !to.some((seen) => seen.email === recipient.email)) {
      to.push(recipient.name ? { email: recipient.email, name: recipient.name } : { email: recipient.email });
    }
  }
  const date = withDates ? parseGmailDate(selectFirst(node, GMAIL_SELECTORS.date)?.getAttribute('title')) : undefined;
  const from = sender.name ? { email: sender.email, name: sender.name } : { email: sender.email };
  const body = selectFirst(node, GMAIL_SELECTORS.body);
  const senderIsMe = sender.isMe || (!!selfEmail && sender.email === normaliseEmail(selfEmail));
  const view: MessageView = { messageId, from, to, senderIsMe };
  if (date !== undefined) view.date = date;
  if (body) view.body = body;
  return view;
}

/**
 * Messages of the open conversation with their bodies; [] on any page that is not a thread.
 * Dates only with `withDates`: detection never reads them, and parsing them (every locale's
 * month names) took 2–5 ms of a 27–37 ms first detection of gmail/2025-08-long-thread.html
 * (median of 11–15 fresh Chromium pages, 2026-11-27).
 */
export function readThread(doc: Document, url: string, selfEmail?: string, withDates = false): MessageView[] {
  if (!isThread(url)) return [];
  const self = selfEmail ?? detectSelfEmail(doc);
  const seen = new Set<string>();
  const messages: MessageView[] = [];
  for (const node of selectUnion(doc, GMAIL_SELECTORS.message).slice(0, MAX_MESSAGES)) {
    const message = readMessage(node, self, withDates);
    if (!message || seen.has(message.messageId)) continue;
    seen.add(message.messageId);
    messages.push(message);
  }
  return messages;
}

/**
 * The open conversation's messages (expanded and collapsed) with sender, recipients (only
 * expanded messages show them) and date, for logging email engagement. The signed-in user
 * appears with their address and no name (Gmail shows "me"); `selfEmail` fills the address
 * where Gmail shows only the label. Never throws; [] when no thread is open.
 */
export function extractThreadMessages(doc: Document, url: string, options?: { selfEmail?: string }): ThreadMessage[] {
  try {
    return readThread(doc, url, options?.selfEmail, true).map(({ messageId, from, to, date }) =>
      date === undefined ? { messageId, from, to } : { messageId, from, to, date },
    );
  } catch {
    return [];
  }
}
