import { type ComponentType, lazy } from 'react';

/**
 * A view whose code is loaded on first use, so the popup's first rows wait only for the board's
 * code. `prefetch` loads it ahead (once the board is drawn); once loaded it is drawn at once,
 * without passing through the Suspense fallback again.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const prefetch = () =>
    (pending ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        // A failed load (say, the extension was updated underneath) may be tried again.
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => prefetch().then((view) => ({ default: view })));
  function View(props: P) {
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }
  return { View, prefetch };
}

/** Runs `task` when the page is idle (soon after the first paint), at the latest after `timeout` ms. */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
