import { useEffect, useState } from 'react';
import { send } from '../../lib/messaging/client';
import { describeZodError } from '../../lib/messaging/envelope';
import { PipewellError } from '../../lib/messaging/pipewell-error';
import { type MessageName, protocol, type RequestOf, type ResponseOf } from '../../lib/messaging/protocol';
import { peekEarly, requestKey, takeEarly } from './early-requests';
import { readCache, writeCache } from './local-cache';

export interface Remote<T> {
  data: T | undefined;
  error: string | undefined;
  /** True until the background answered the current request. */
  loading: boolean;
}

interface Options {
  /** Keeps the answer in localStorage under this key and shows it first next time. */
  cacheKey?: string;
  /** Ask again whenever this changes (after a write). */
  refresh?: number;
  /** False holds the request back (the cached answer still shows), e.g. until a more urgent one is answered. */
  enabled?: boolean;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** An answer sent for before the schemas loaded (`sendEarly`) is checked as `send` checks its own. */
function checked<N extends MessageName>(name: N, answer: unknown): ResponseOf<N> {
  const parsed = protocol[name].response.safeParse(answer);
  if (!parsed.success) throw new PipewellError(`${name}: unexpected answer (${describeZodError(parsed.error)})`);
  return parsed.data as ResponseOf<N>;
}

/** The state a first render starts from: an early answer already in, checked, or nothing. */
function initialState<N extends MessageName>(name: N, key: string): { key: string; data?: ResponseOf<N> } {
  const early = peekEarly(key);
  try {
    return early ? { key, data: checked(name, early.data) } : { key: '' };
  } catch {
    return { key: '' }; // the effect takes the same answer and shows why it failed
  }
}

function sendOrTake<N extends MessageName>(name: N, json: string): Promise<ResponseOf<N>> {
  const early = takeEarly(requestKey(name, json));
  return early ? early.then((answer) => checked(name, answer)) : send(name, JSON.parse(json) as RequestOf<N>);
}

/**
 * One request's answer: the cached answer at once, then the background's. While a new request
 * is on its way the previous answer stays on screen (no empty flash); an answer to an older
 * request never overwrites a newer one.
 */
export function useRemote<N extends MessageName>(name: N, request: RequestOf<N>, options: Options = {}): Remote<ResponseOf<N>> {
  const { cacheKey, refresh = 0, enabled = true } = options;
  const json = JSON.stringify(request);
  const key = requestKey(name, json);
  const [state, setState] = useState<{ key: string; data?: ResponseOf<N>; error?: string }>(() => initialState(name, key));
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    sendOrTake(name, json).then(
      (data) => {
        if (!live) return;
        setState({ key, data });
        if (cacheKey) writeCache(name, cacheKey, data);
      },
      (e: unknown) => live && setState((s) => ({ ...s, key, error: message(e) })),
    );
    return () => {
      live = false;
    };
  }, [name, json, key, cacheKey, refresh, enabled]);
  const cached = cacheKey ? readCache(name, cacheKey) : undefined;
  const current = state.key === key;
  return {
    data: current ? (state.data ?? cached) : (cached ?? state.data),
    error: current ? state.error : undefined,
    loading: !current,
  };
}
