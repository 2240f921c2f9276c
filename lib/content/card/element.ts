type Child = Node | string | false | null | undefined;

export interface ElementOptions {
  class?: string;
  /** Set as `textContent`: page text is never parsed as markup. */
  text?: string;
  testid?: string;
  /** Attributes; an undefined value is left out. */
  attrs?: Record<string, string | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/**
 * A DOM element built from plain options. Children that are strings become text nodes; falsy
 * children are skipped, so `cond && child` reads like JSX without its runtime.
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.testid) node.dataset.testid = options.testid;
  for (const [name, value] of Object.entries(options.attrs ?? {})) if (value !== undefined) node.setAttribute(name, value);
  for (const [type, listener] of Object.entries(options.on ?? {})) node.addEventListener(type, listener as EventListener);
  if (options.text !== undefined) node.textContent = options.text;
  for (const child of children) if (child) node.append(child);
  return node;
}
