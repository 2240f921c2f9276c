import { MAX_PART_CHARS, partEnd } from '../../lib/messaging/protocol/io';
import type { Call } from './plan-import';

/** Every part of a long answer (`more` set), fetched in turn; the parts join into the whole text. */
export async function readParts(call: Call, first: { text: string; more: string | null }): Promise<string[]> {
  const parts = [first.text];
  for (let more = first.more; more; ) {
    const next = await call('io.nextPart', { id: more });
    parts.push(next.text);
    more = next.more;
  }
  return parts;
}

/** Sends a long text in parts (never splitting a surrogate pair); resolves with the upload's id. */
export async function uploadText(call: Call, text: string, partChars = MAX_PART_CHARS): Promise<string> {
  let id: string | undefined;
  let offset = 0;
  do {
    const end = partEnd(text, offset, partChars);
    ({ id } = await call('io.upload', { id, text: text.slice(offset, end) }));
    offset = end;
  } while (offset < text.length);
  return id;
}
