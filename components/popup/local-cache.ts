import { type MessageName, protocol, type ResponseOf } from '../../lib/messaging/protocol';

const PREFIX = 'pipewell:cache:';
const memory = new Map<string, unknown>();

/**
 * The last answer to `name` kept under `key`, so the popup opens on the data it showed last time.
 * Stored answers are data that outlive code: one that no longer parses is ignored.
 */
export function readCache<N extends MessageName>(name: N, key: string): ResponseOf<N> | undefined {
  const id = `${PREFIX}${name}:${key}`;
  if (memory.has(id)) return memory.get(id) as ResponseOf<N>;
  try {
    const raw = globalThis.localStorage?.getItem(id);
    const parsed = raw ? protocol[name].response.safeParse(JSON.parse(raw)) : undefined;
    const value = parsed?.success ? (parsed.data as ResponseOf<N>) : undefined;
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
    globalThis.localStorage?.setItem(id, JSON.stringify(value));
  } catch {
    // A full or disabled storage only costs the next popup its instant first paint.
  }
}

/** Forgets the in-memory copies (tests start each render from localStorage). */
export function clearCacheMemory(): void {
  memory.clear();
}
