import { browser } from 'wxt/browser';
import type { MessageName, RequestOf } from './protocol';

/**
 * Sends without parsing the request or the reply here. Only the bootstrap content script uses
 * it: it must stay a few kilobytes on every LinkedIn and Gmail page, so it carries no schemas.
 * The background still parses the request on receipt, as it does for every message.
 */
export async function sendUnchecked<N extends MessageName>(name: N, data: RequestOf<N>): Promise<boolean> {
  const reply: unknown = await browser.runtime.sendMessage({ channel: 'pipewell', name, data });
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
}
