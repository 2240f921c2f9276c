import { findSignatureBlock } from './block';
import { bodyLines } from './body-lines';
import { readSignature, type Signature } from './classify';
import { senderWords } from './names';

export type { Signature } from './classify';

/**
 * What the sender's signature in a message body says: title, company, phones, website,
 * canonical LinkedIn URL, address, e-mail addresses and the sign-off. `body` is the rendered
 * body element (`div.a3s`) or plain text. Quoted earlier messages are ignored, so a quoted
 * colleague's signature is never read as the sender's. Pure; never throws.
 */
export function parseSignature(body: Element | string, sender: { name?: string; email: string }): Signature {
  try {
    const words = senderWords(sender);
    return readSignature(findSignatureBlock(bodyLines(body), words), sender, words);
  } catch {
    return { phones: [], emails: [] };
  }
}
