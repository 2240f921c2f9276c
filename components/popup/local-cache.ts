import { type MessageName, protocol, type ResponseOf } from '../../lib/messaging/protocol';
import { cacheId, currentBuild, type Entry, forgetEntries, isEntry, isOwnEntry, readEntry } from './cache-entry';

const memory = new Map<string, unknown>();

function parseEntry<N extends MessageName>(name: N, stored: unknown): ResponseOf<N> | undefined {
  if (isOwnEntry(stored)) return stored.data as ResponseOf<N>;
  // Another build's entry (or one kept before entries said who wrote them): data outlives code.
  const parsed = protocol[name].response.safeParse(isEntry(stored) ? stored.data : stored);
  return parsed.success ? (parsed.data as ResponseOf<N>) : undefined;
}

/**
 * The last answer to `name` kept under `key`, so the popup opens on the data it showed last time.
 * Stored answers are data that outlive code: one that no longer parses is ignored.
 */
export function readCache<N extends MessageName>(name: N, key: string): ResponseOf<N> | undefined {
  const id = cacheId(name, key);
  if (memory.has(id)) return memory.get(id) as ResponseOf<N>;
  const stored = readEntry(name, key);
  const value = stored === undefined ? undefined : parseEntry(name, stored);
  memory.set(id, value);
  return value;
}

export function writeCache<N extends MessageName>(name: N, key: string, value: ResponseOf<N>): void {
  const id = cacheId(name, key);
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
  forgetEntries();
}
