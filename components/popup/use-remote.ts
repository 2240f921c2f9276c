import { useEffect, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { MessageName, RequestOf, ResponseOf } from '../../lib/messaging/protocol';
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
const early = new Map<string, Promise<unknown>>();

/**
 * Sends a request the first render will make before React has drawn anything, so the background
 * is at work while the page draws; the first `useRemote` for the same request takes its answer.
 */
export function sendEarly<N extends MessageName>(name: N, request: RequestOf<N>): void {
  const pending = send(name, request);
  pending.catch(() => undefined); // the taker sees the failure; one never taken is not an error
  early.set(`${name}:${JSON.stringify(request)}`, pending);
}

function sendOrTake<N extends MessageName>(name: N, json: string): Promise<ResponseOf<N>> {
  const key = `${name}:${json}`;
  const pending = early.get(key) as Promise<ResponseOf<N>> | undefined;
  early.delete(key);
  return pending ?? send(name, JSON.parse(json) as RequestOf<N>);
}

/**
 * One request's answer: the cached answer at once, then the background's. While a new request
 * is on its way the previous answer stays on screen (no empty flash); an answer to an older
 * request never overwrites a newer one.
 */
export function useRemote<N extends MessageName>(name: N, request: RequestOf<N>, options: Options = {}): Remote<ResponseOf<N>> {
  const { cacheKey, refresh = 0, enabled = true } = options;
  const json = JSON.stringify(request);
  const key = `${name}:${json}`;
  const [state, setState] = useState<{ key: string; data?: ResponseOf<N>; error?: string }>({ key: '' });
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
