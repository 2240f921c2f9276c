/** How far a long job got; `total` is in the same unit as `done` (rows, or characters of text). */
export interface Progress {
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

/**
 * Lets the page paint and handle input between chunks of a long job. A macrotask, not a
 * microtask: `await Promise.resolve()` would keep the event loop blocked. A message on a
 * channel, not `setTimeout(0)`: browsers hold a timeout set from a timeout back to 4 ms once
 * they nest five deep (HTML's timer rules), which a job of many short slices would spend idle.
 */
export function yieldToEventLoop(): Promise<void> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Whether a slice of a long job that began at `start` (a `performance.now()`) has run its time. */
export const isSliceSpent = (start: number, budgetMs: number) => performance.now() - start >= budgetMs;
