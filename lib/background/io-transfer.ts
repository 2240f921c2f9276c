import type { ParsedRequestOf, ResponseOf } from '../messaging/protocol';
import { partEnd } from '../messaging/protocol/io';
import type { BackgroundContext } from './context';

/*
 * Long texts cross the message boundary in parts: an export or backup waits here for the page
 * to fetch its next part, an upload collects its parts until a restore takes it. In memory only,
 * and few at a time: a worker that stops loses them, and the page starts again.
 */
const KEPT = 4;

interface Stores {
  outgoing: Map<string, { text: string; offset: number }>;
  incoming: Map<string, string[]>;
}

const stores = new WeakMap<BackgroundContext, Stores>();

function storesOf(ctx: BackgroundContext): Stores {
  let found = stores.get(ctx);
  if (!found) stores.set(ctx, (found = { outgoing: new Map(), incoming: new Map() }));
  return found;
}

function keep<V>(map: Map<string, V>, id: string, value: V): void {
  map.set(id, value);
  for (const oldest of map.keys()) {
    if (map.size <= KEPT) break;
    map.delete(oldest);
  }
}

/** The first part of `text`, keeping the rest for `io.nextPart` when it does not fit one message. */
export function firstPart(ctx: BackgroundContext, text: string): { text: string; more: string | null } {
  const end = partEnd(text, 0);
  if (end === text.length) return { text, more: null };
  const id = ctx.newId();
  keep(storesOf(ctx).outgoing, id, { text, offset: end });
  return { text: text.slice(0, end), more: id };
}

export async function nextPart(ctx: BackgroundContext, { id }: ParsedRequestOf<'io.nextPart'>): Promise<ResponseOf<'io.nextPart'>> {
  const outgoing = storesOf(ctx).outgoing;
  const pending = outgoing.get(id);
  if (!pending) throw new Error('this download is no longer available; start it again');
  const end = partEnd(pending.text, pending.offset);
  const text = pending.text.slice(pending.offset, end);
  if (end === pending.text.length) outgoing.delete(id);
  else pending.offset = end;
  return { text, more: end === pending.text.length ? null : id };
}

export async function receivePart(ctx: BackgroundContext, { id, text }: ParsedRequestOf<'io.upload'>): Promise<ResponseOf<'io.upload'>> {
  const incoming = storesOf(ctx).incoming;
  if (id === undefined) {
    const fresh = ctx.newId();
    keep(incoming, fresh, [text]);
    return { id: fresh, chars: text.length };
  }
  const parts = incoming.get(id);
  if (!parts) throw new Error('this upload is no longer available; choose the file again');
  parts.push(text);
  return { id, chars: parts.reduce((sum, part) => sum + part.length, 0) };
}

/** The whole uploaded text; `release` forgets it (after a restore), otherwise it stays for a second look. */
export function uploadedText(ctx: BackgroundContext, id: string, release: boolean): string {
  const incoming = storesOf(ctx).incoming;
  const parts = incoming.get(id);
  if (!parts) throw new Error('this upload is no longer available; choose the file again');
  if (release) incoming.delete(id);
  return parts.join('');
}

export const isUploadHeld = (ctx: BackgroundContext, id: string) => storesOf(ctx).incoming.has(id);
