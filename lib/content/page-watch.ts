/** What a content script needs of WXT's context: its lifetime and its location events. */
export interface PageContext {
  signal: AbortSignal;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: { newUrl: URL }) => void): void;
}

export interface PageView {
  url: string;
  /** Aborted when the user leaves this page view (SPA navigation) or the script is invalidated. */
  signal: AbortSignal;
}

/**
 * Calls `onView` for the page and for every in-app navigation, each with its own AbortSignal,
 * so observers and listeners of the previous view stop before the next view starts.
 */
export function watchPageViews(ctx: PageContext, win: Window, onView: (view: PageView) => void): void {
  let current: AbortController | undefined;
  let lastUrl = '';
  ctx.signal.addEventListener('abort', () => current?.abort(), { once: true });
  const start = (url = win.location.href) => {
    if (url === lastUrl) return;
    lastUrl = url;
    current?.abort();
    current = new AbortController();
    onView({ url, signal: current.signal });
  };
  // WXT reports the URL being navigated to (the Navigation API fires before location changes).
  ctx.addEventListener(win, 'wxt:locationchange', (event) => start(event.newUrl.href));
  // Gmail moves between threads with the hash; these fire once location has changed.
  win.addEventListener('hashchange', () => start(), { signal: ctx.signal });
  win.addEventListener('popstate', () => start(), { signal: ctx.signal });
  start();
}

/**
 * Runs `callback` after DOM changes under `root` settle (debounced), until `signal` aborts.
 * Single-page apps render late and re-render often; one pass per quiet period keeps us light.
 */
export function observeSettled(root: Node, signal: AbortSignal, delayMs: number, callback: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    // Our own overlay's changes (the card coming and going, row badges) are not the page changing.
    if (records.every(isOwnRecord)) return;
    clearTimeout(timer);
    timer = setTimeout(callback, delayMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}

function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element?.closest('pipewell-overlay, pipewell-badge'));
}

function isOwnRecord(record: MutationRecord): boolean {
  if (isOwnNode(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnNode);
}
