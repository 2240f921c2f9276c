/**
 * A pattern created on its first use, then kept. V8 builds the character sets of a `\p{…}` class
 * when a literal is evaluated, used or not: 0.1–0.15 ms per class on a page's first thread, 2 ms
 * for the address and e-mail patterns at the Gmail overlay's load (fresh Chromium 156 pages,
 * 2026-11-27). Patterns that only some lines reach are wrapped in this.
 */
export function lazyPattern(create: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= create());
}
