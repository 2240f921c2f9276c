import { browser } from 'wxt/browser';
import { describeZodError, PipewellError, ReplySchema } from './envelope';
import { type MessageName, protocol, type RequestOf, type ResponseOf } from './protocol';

/**
 * Sends a typed request to the background and returns its parsed answer; throws a
 * `PipewellError` with the background's message when it says no.
 */
export async function send<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const { request, response } = protocol[name];
  const checked = request.safeParse(data);
  if (!checked.success) throw new PipewellError(`${name}: ${describeZodError(checked.error)}`);
  const raw: unknown = await browser.runtime.sendMessage({ channel: 'pipewell', name, data: checked.data });
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new PipewellError(`${name}: no answer from the background`);
  if (!reply.data.ok) throw new PipewellError(reply.data.error);
  const parsed = response.safeParse(reply.data.data);
  if (!parsed.success) throw new PipewellError(`${name}: unexpected answer (${describeZodError(parsed.error)})`);
  return parsed.data as ResponseOf<N>;
}
