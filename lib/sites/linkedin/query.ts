import { LINKEDIN_SELECTORS, type SelectorName } from './selectors';
import { cleanText } from './text';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** How much raw text one read may gather before it stops walking. */
const TEXT_BUDGET = 6000;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CODE', 'BUTTON']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BR', 'DD', 'DT', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'UL']);

/** `querySelectorAll` that answers [] for a selector this browser cannot parse (e.g. `:has`). */
export function selectAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** `querySelector` that answers null for a selector this browser cannot parse. */
function selectFirst(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** First element found by the named fallback chain, trying its selectors in order. */
export function queryFirst(root: ParentNode, name: SelectorName): Element | null {
  for (const selector of LINKEDIN_SELECTORS[name]) {
    const found = selectFirst(root, selector);
    if (found) return found;
  }
  return null;
}

/** Every element the first selector of the chain that finds anything finds. */
export function queryEach(root: ParentNode, name: SelectorName): Element[] {
  for (const selector of LINKEDIN_SELECTORS[name]) {
    const found = selectAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** Whether `el` matches any selector of the chain. */
export function matchesAny(el: Element, name: SelectorName): boolean {
  return LINKEDIN_SELECTORS[name].some((selector) => matches(el, selector));
}

/** Closest ancestor-or-self of `el` matching any selector of the chain. */
export function closestMatch(el: Element, name: SelectorName): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (matchesAny(node, name)) return node;
  }
  return null;
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function collectText(node: Node, out: string[], budget: { left: number }): void {
  for (const child of Array.from(node.childNodes)) {
    if (budget.left <= 0) return;
    if (child.nodeType === TEXT_NODE) {
      const value = child.nodeValue ?? '';
      out.push(value);
      budget.left -= value.length;
    } else if (isElement(child)) {
      const tag = child.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || matchesAny(child, 'screenReaderOnly')) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) out.push(' ');
      collectText(child, out, budget);
      if (block) out.push(' ');
    }
  }
}

/** The text a sighted reader sees in `el` (screen-reader twins, scripts, buttons skipped). */
export function visibleText(el: Element | null | undefined, max: number): string | undefined {
  if (!el) return undefined;
  const out: string[] = [];
  collectText(el, out, { left: TEXT_BUDGET });
  return cleanText(out.join(''), max);
}
