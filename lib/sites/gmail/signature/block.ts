import type { BodyLine } from './body-lines';
import { isSenderName } from './names';
import { isDisclaimerStart, isQuoteStart, isSentFromLine, matchClosing } from './phrases';

/** Where the signature is, and how sure we are that it is one. */
export type SignatureBlock = {
  lines: BodyLine[];
  /**
   * 'marked': Gmail's signature container or a "-- " line; 'closing'/'name': starts at a
   * sign-off or the sender's name; 'tail': only the last lines of the body, no anchor.
   */
  anchor: 'marked' | 'closing' | 'name' | 'tail';
  /** A sign-off found just above a marked signature ("Best regards," then "-- "). */
  closingAbove?: string;
};

const MAX_BLOCK_LINES = 20;
// The "-- " line (trimmed): what `/^(?:--|---|—)\s*$/u` matched, without a regex to compile.
const DELIMITERS = new Set(['--', '---', '—']);
const isDelimiter = (line: BodyLine) => DELIMITERS.has(line.text.trim());

/** The body up to the first quoted message, without ">" lines and phone footers. */
function ownLines(lines: readonly BodyLine[]): BodyLine[] {
  const own: BodyLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text.trim();
    if (text.startsWith('>') || isSentFromLine(text)) continue;
    const following = lines.slice(i + 1, i + 4).map((next) => next.text);
    if (isQuoteStart(text, following)) break;
    own.push(line);
  }
  return own;
}

/** Non-empty lines from `start`, cut at a disclaimer, at most MAX_BLOCK_LINES. */
function blockFrom(lines: readonly BodyLine[], start: number, end = lines.length): BodyLine[] {
  const block: BodyLine[] = [];
  for (const line of lines.slice(start, end)) {
    if (block.length >= MAX_BLOCK_LINES || isDisclaimerStart(line.text)) break;
    if (line.text.trim() || line.hrefs.length) block.push(line);
  }
  return block;
}

/** The sign-off among the (up to three) non-empty lines above `index`, if any. */
function closingAbove(lines: readonly BodyLine[], index: number): string | undefined {
  const above = lines.slice(Math.max(0, index - 6), index).filter((line) => line.text.trim() && !isDelimiter(line));
  for (const line of above.slice(-3).reverse()) {
    const closing = matchClosing(line.text);
    if (closing && !closing.rest) return closing.closing;
  }
  return undefined;
}

function lastIndex(lines: readonly BodyLine[], from: number, test: (line: BodyLine) => boolean): number {
  for (let i = lines.length - 1; i >= from; i -= 1) {
    const line = lines[i];
    if (line && test(line)) return i;
  }
  return -1;
}

/**
 * Find the sender's signature in a body's lines: Gmail's container, else the "-- " delimiter,
 * else the last sign-off, else the sender's name, else the last few lines. Quoted messages
 * are cut off first, so a quoted colleague's signature is never returned.
 */
export function findSignatureBlock(all: readonly BodyLine[], senderWords: Set<string>): SignatureBlock {
  const lines = ownLines(all);
  const first = lines.findIndex((line) => line.inSignature);
  if (first >= 0) {
    const last = lastIndex(lines, first, (line) => line.inSignature);
    return { lines: blockFrom(lines, first, last + 1), anchor: 'marked', closingAbove: closingAbove(lines, first) };
  }
  const delimiter = lastIndex(lines, 0, isDelimiter);
  if (delimiter >= 0 && lines.length - delimiter <= 40) {
    return { lines: blockFrom(lines, delimiter + 1), anchor: 'marked', closingAbove: closingAbove(lines, delimiter) };
  }
  // Only the end of the body can hold a signature; earlier sign-off-like lines are prose.
  const tailStart = Math.max(0, lines.length - 30);
  const closing = lastIndex(lines, tailStart, (line) => !!matchClosing(line.text));
  if (closing >= 0) return { lines: blockFrom(lines, closing), anchor: 'closing' };
  const name = lastIndex(lines, Math.max(0, lines.length - 15), (line) => isSenderName(line.text.trim(), senderWords));
  if (name >= 0) return { lines: blockFrom(lines, name), anchor: 'name' };
  const nonEmpty = lines.filter((line) => line.text.trim() || line.hrefs.length);
  return { lines: blockFrom(nonEmpty, Math.max(0, nonEmpty.length - 6)), anchor: 'tail' };
}
