import type { Browser } from 'wxt/browser';
import { describeZodError, Envelope, type Reply } from './envelope';
import { isMessageName, type MessageName, type ParsedRequestOf, protocol, type ResponseOf } from './protocol';

export type Sender = Browser.runtime.MessageSender;
type Handler<N extends MessageName> = (data: ParsedRequestOf<N>, sender: Sender) => Promise<ResponseOf<N>>;

/** Largest message we accept, in characters of JSON: a hostile page cannot make us parse more. */
const MAX_MESSAGE_CHARS = 64 * 1024 * 1024;

/**
 * The background's side of the protocol: `handle` registers one function per message name;
 * `dispatch` answers an incoming message, parsing its request before the handler runs.
 */
export function createRouter(isTrusted: (sender: Sender) => boolean) {
  const handlers = new Map<MessageName, Handler<MessageName>>();

  return {
    handle<N extends MessageName>(name: N, fn: Handler<N>): void {
      handlers.set(name, fn as unknown as Handler<MessageName>);
    },

    /** Returns the reply, or undefined for a message that is not Pipewell's (so others may answer). */
    async dispatch(raw: unknown, sender: Sender): Promise<Reply<unknown> | undefined> {
      const envelope = Envelope.safeParse(raw);
      if (!envelope.success) return undefined;
      if (!isTrusted(sender)) return { ok: false, error: 'sender is not part of Pipewell' };
      const { name, data } = envelope.data;
      if (!isMessageName(name)) return { ok: false, error: `unknown message "${name}"` };
      const handler = handlers.get(name);
      if (!handler) return { ok: false, error: `no handler for "${name}"` };
      if (JSON.stringify(data ?? null).length > MAX_MESSAGE_CHARS) return { ok: false, error: `${name}: message too large` };
      const request = protocol[name].request.safeParse(data);
      if (!request.success) return { ok: false, error: `${name}: ${describeZodError(request.error)}` };
      try {
        return { ok: true, data: await handler(request.data as ParsedRequestOf<MessageName>, sender) };
      } catch (error) {
        console.error(`[pipewell] ${name} failed`, error);
        return { ok: false, error: `${name}: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}

export type Router = ReturnType<typeof createRouter>;

/**
 * Only the extension's own pages and its content scripts on the hosts it works on are answered.
 */
export function isTrustedSender(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const url = sender.url ?? sender.tab?.url;
  if (!url) return false;
  if (url.startsWith(extensionOrigin)) return true;
  try {
    const { protocol: scheme, hostname } = new URL(url);
    return scheme === 'https:' && (hostname === 'mail.google.com' || /(^|\.)linkedin\.com$/.test(hostname));
  } catch {
    return false;
  }
}
