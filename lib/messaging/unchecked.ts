import type { Reply } from './envelope';
import { extensionApi } from './extension-api';
import { PipewellError } from './pipewell-error';
import type { MessageName, RequestOf, ResponseOf } from './protocol';

function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, error } = value as { ok?: unknown; error?: unknown };
  return ok === true || (ok === false && typeof error === 'string');
}

/**
 * The content scripts' sender: typed like `send`, but without the protocol's zod schemas, which
 * would cost every LinkedIn and Gmail page their size and their construction time. The
 * background parses each request on receipt, so a bad one is still refused there; the answer
 * comes from our own background. Throws a `PipewellError` with the background's message.
 */
export async function sendUnchecked<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply: unknown = await extensionApi().runtime.sendMessage({ channel: 'pipewell', name, data });
  if (!isReply(reply)) throw new PipewellError(`${name}: no answer from the background`);
  if (!reply.ok) throw new PipewellError(reply.error);
  return reply.data as ResponseOf<N>;
}
