import type { MessageName, ResponseOf } from '../../lib/messaging/protocol';

/** Where an answer is kept in localStorage, shared by the React cache and the first paint. */
export const cacheId = (name: MessageName, key: string) => `pipewell:cache:${name}:${key}`;

export interface Entry {
  build: string | null;
  data: unknown;
}

export function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && 'build' in value && 'data' in value;
}

/**
 * The build that wrote an entry: the page's entry script, whose file name carries a hash of its
 * code and of every chunk it imports (statically or not), the protocol's schemas among them. An
 * answer is parsed by its schema before it is stored, so an entry this very build wrote needs no
 * second parse. Where the name carries no hash (the dev server, tests) every entry is parsed.
 */
let build: string | null | undefined;
export function currentBuild(): string | null {
  if (build !== undefined) return build;
  const src = globalThis.document?.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  build = src && /-[\w-]{8}\.js$/.test(src) ? src : null;
  return build;
}

// Read once per page: the first paint reads the list before React does, and a long list costs
// milliseconds to parse.
const read = new Map<string, unknown>();

/** The stored entry under `name` and `key`, parsed from JSON (not checked); undefined when there is none. */
export function readEntry(name: MessageName, key: string): unknown {
  const id = cacheId(name, key);
  if (read.has(id)) return read.get(id);
  let stored: unknown;
  try {
    const raw = globalThis.localStorage?.getItem(id);
    stored = raw ? JSON.parse(raw) : undefined;
  } catch {
    stored = undefined;
  }
  read.set(id, stored);
  return stored;
}

export const isOwnEntry = (stored: unknown): stored is Entry => isEntry(stored) && stored.build !== null && stored.build === currentBuild();

/** The answer this very build kept under `key`, read without zod; undefined for anything else. */
export function readOwnEntry<N extends MessageName>(name: N, key: string): ResponseOf<N> | undefined {
  const stored = readEntry(name, key);
  return isOwnEntry(stored) ? (stored.data as ResponseOf<N>) : undefined;
}

/** Forgets what was read (tests start each render from localStorage). */
export function forgetEntries(): void {
  read.clear();
}
