import { sendUnchecked } from '../../lib/messaging/unchecked';
import type { MessageName, RequestOf, ResponseOf } from '../../lib/messaging/protocol';

interface Early {
  answer: Promise<unknown>;
  /** Set once the background has answered: the first render can draw it at once. */
  settled?: { data: unknown };
}

const pending = new Map<string, Early>();

export const requestKey = (name: MessageName, json: string) => `${name}:${json}`;

/**
 * Sends a request the first render will make before React and the protocol's zod schemas have
 * loaded, so the background is at work while the page draws. The answer is unchecked: the first
 * `useRemote` for the same request takes it and parses it.
 */
export function sendEarly<N extends MessageName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
  const answer = sendUnchecked(name, request);
  const early: Early = { answer };
  answer.then((data) => (early.settled = { data }), () => undefined); // the taker sees a failure
  pending.set(requestKey(name, JSON.stringify(request)), early);
  return answer;
}

/** The early answer to a request when it is already in (unchecked), without taking it. */
export function peekEarly(key: string): { data: unknown } | undefined {
  return pending.get(key)?.settled;
}

/** The unchecked answer to a request sent early, once: a later render asks again. */
export function takeEarly(key: string): Promise<unknown> | undefined {
  const early = pending.get(key);
  pending.delete(key);
  return early?.answer;
}
