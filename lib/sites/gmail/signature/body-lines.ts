import { GMAIL_SELECTORS, matchesAny } from '../selectors';

/** One visual line of a message body, with the links on it. */
export type BodyLine = {
  text: string;
  /** Inside Gmail's own signature container (`div.gmail_signature`). */
  inSignature: boolean;
  hrefs: string[];
};

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL',
]);
// Bodies can be huge newsletters; the signature never needs more than this.
const MAX_NODES = 20_000;
const MAX_LINES = 3_000;
const MAX_LINE = 1_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isHidden(element: Element): boolean {
  const style = element.getAttribute('style')?.toLowerCase() ?? '';
  return style.includes('none') && /display\s*:\s*none/.test(style);
}

/**
 * The visible, unquoted lines of a message body. An element is walked without changing it;
 * a string is taken as plain text (never parsed as HTML).
 */
export function bodyLines(body: Element | string): BodyLine[] {
  if (typeof body === 'string') {
    return body
      .slice(0, 200_000)
      .split(/\r?\n/)
      .slice(0, MAX_LINES)
      .map((text) => ({ text: text.slice(0, MAX_LINE), inSignature: false, hrefs: [] }));
  }
  const lines: BodyLine[] = [];
  let text = '';
  let hrefs: string[] = [];
  let inSignature = false;
  let budget = MAX_NODES;

  // Block boundaries end a line; only a `<br>` on an empty line makes a blank one.
  const flush = (blank = false) => {
    if (lines.length >= MAX_LINES) return;
    // HTML whitespace collapses as the browser renders it; no-break spaces stay (they align columns).
    const rendered = text.replace(/[ \t\r\n\f]+/g, ' ').slice(0, MAX_LINE);
    if (rendered.trim() || hrefs.length) lines.push({ text: rendered, inSignature, hrefs });
    else if (blank && lines.at(-1)?.text) lines.push({ text: '', inSignature, hrefs: [] });
    text = '';
    hrefs = [];
  };

  const walk = (node: Node, signature: boolean) => {
    if (budget-- <= 0) return;
    if (node.nodeType === TEXT_NODE) {
      if (text.length < MAX_LINE) text += (node.nodeValue ?? '').replace(/[\r\n]+/g, ' ');
      inSignature = signature;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || isHidden(element) || matchesAny(element, GMAIL_SELECTORS.quoted)) return;
    if (element.tagName === 'BR') {
      flush(true);
      return;
    }
    const block = BLOCKS.has(element.tagName);
    const inside = signature || matchesAny(element, GMAIL_SELECTORS.signature);
    if (block) flush();
    if (element.tagName === 'A') {
      const href = element.getAttribute('href');
      if (href) hrefs.push(href.slice(0, 500));
    }
    inSignature = inside;
    for (const child of Array.from(element.childNodes)) walk(child, inside);
    if (block) {
      inSignature = inside;
      flush();
    }
  };

  walk(body, false);
  flush();
  return lines;
}
