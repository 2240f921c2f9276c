/** How far a long job got; `total` is in the same unit as `done` (rows, or characters of text). */
export interface Progress {
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

/**
 * Lets the page paint and handle input between chunks of a long job. A macrotask, not a
 * microtask: `await Promise.resolve()` would keep the event loop blocked.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
