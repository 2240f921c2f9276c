import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../lib/messaging/protocol';
import type { LeadQueryInput } from '../../../lib/model';
import { readCache, writeCache } from '../local-cache';
import { type Remote, useRemote } from '../use-remote';
import { FIRST_PAGE, FIRST_PAINT_CACHE_KEY, firstPage, LIST_CACHE_KEY } from './filters';

export interface LeadList extends Remote<ResponseOf<'lead.list'>> {
  /** True while only the first page is on screen and the whole list is on its way. */
  partial: boolean;
}

const isCached = (cacheKey: string | undefined) => cacheKey !== undefined && readCache('lead.list', cacheKey) !== undefined;

/**
 * The board's leads for `query`. A board opened with nothing to show (no cached answer) asks
 * for the first screenful alone, so its first rows wait for a few dozen reads rather than the
 * whole list, and asks for the whole list once those are answered (the first paint sent that
 * first request before React loaded: `startFirstPaint`). A board opened on its cached
 * answer asks for the whole list at once: it replaces what is on screen in one go.
 */
export function useLeadList(query: LeadQueryInput, { cacheKey, refresh }: { cacheKey: string | undefined; refresh: number }): LeadList {
  const [cold] = useState(() => !isCached(cacheKey));
  const [firstQuery] = useState(() => firstPage(query));
  const first = useRemote('lead.list', firstQuery, { enabled: cold });
  const all = useRemote('lead.list', query, { cacheKey, refresh, enabled: !cold || first.data !== undefined || first.error !== undefined });
  const kept = cacheKey === LIST_CACHE_KEY && !all.loading ? all.data : undefined;
  useEffect(() => {
    if (kept) writeCache('lead.list', FIRST_PAINT_CACHE_KEY, { items: kept.items.slice(0, FIRST_PAGE), hasMore: kept.hasMore });
  }, [kept]);
  if (all.data === undefined && first.data !== undefined) return { ...first, error: all.error, partial: true };
  return { ...all, partial: false };
}
