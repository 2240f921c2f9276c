import { type MessageName, protocol, type ResponseOf } from '../../lib/messaging/protocol';

const PREFIX = 'pipewell:cache:';
const memory = new Map<string, unknown>();

/**
 * The build that wrote an entry: the page's entry script, whose file name carries a hash of its
 * code and of every chunk it imports, the protocol's schemas among them. An answer is parsed by
 * its schema before it is stored (`send`), so an entry this very build wrote is not parsed a
 * second time, which for a long list costs more than drawing it. Where the name carries no hash
 * (the dev server, tests) every entry is parsed.
 */
let build: string | null | undefined;
function currentBuild(): string | null {
  if (build !== undefined) return build;
  const src = globalThis.document?.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  build = src && /-[\w-]{8}\.js$/.test(src) ? src : null;
  return build;
}

interface Entry {
  build: string | null;
  data: unknown;
}

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && 'build' in value && 'data' in value;
}

function parseEntry<N extends MessageName>(name: N, raw: string): ResponseOf<N> | undefined {
  const stored: unknown = JSON.parse(raw);
  if (isEntry(stored) && stored.build !== null && stored.build === currentBuild()) return stored.data as ResponseOf<N>;
  // Another build's entry (or one kept before entries said who wrote them): data outlives code.
  const parsed = protocol[name].response.safeParse(isEntry(stored) ? stored.data : stored);
  return parsed.success ? (parsed.data as ResponseOf<N>) : undefined;
}

/**
 * The last answer to `name` kept under `key`, so the popup opens on the data it showed last time.
 * Stored answers are data that outlive code: one that no longer parses is ignored.
 */
export function readCache<N extends MessageName>(name: N, key: string): ResponseOf<N> | undefined {
  const id = `${PREFIX}${name}:${key}`;
  if (memory.has(id)) return memory.get(id) as ResponseOf<N>;
  try {
    const raw = globalThis.localStorage?.getItem(id);
    const value = raw ? parseEntry(name, raw) : undefined;
    memory.set(id, value);
    return value;
  } catch {
    return undefined;
  }
}

export function writeCache<N extends MessageName>(name: N, key: string, value: ResponseOf<N>): void {
  const id = `${PREFIX}${name}:${key}`;
  memory.set(id, value);
  try {
    const entry: Entry = { build: currentBuild(), data: value };
    globalThis.localStorage?.setItem(id, JSON.stringify(entry));
  } catch {
    // A full or disabled storage only costs the next popup its instant first paint.
  }
}

/** Forgets the in-memory copies (tests start each render from localStorage). */
export function clearCacheMemory(): void {
  memory.clear();
}
