import { useEffect, useState } from 'react';
import type { LeadQueryInput } from '../../lib/model';
import type { ResponseOf } from '../../lib/messaging/protocol';

type LeadPage = ResponseOf<'lead.list'>;
export type ListLeads = (query: LeadQueryInput) => Promise<LeadPage>;

const CACHE_KEY = 'pipewell:last-leads';

/** The last page the popup showed, so it opens with data instead of an empty flash. */
function readCache(): LeadPage | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(CACHE_KEY);
    return raw ? (JSON.parse(raw) as LeadPage) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Leads for a query: cached leads at once (for the unfiltered first page), then the
 * background's answer; a slower answer for an older query never overwrites a newer one.
 */
export function useLeads(list: ListLeads, query: LeadQueryInput, refreshKey = 0) {
  const key = JSON.stringify(query);
  const cacheable = !query.text && !query.stageId && !query.grade && !query.source && query.qualified === undefined;
  const [result, setResult] = useState<{ key: string; page?: LeadPage; error?: string }>(() => ({
    key: '',
    page: cacheable ? readCache() : undefined,
  }));
  useEffect(() => {
    let live = true;
    list(JSON.parse(key) as LeadQueryInput)
      .then((page) => {
        if (!live) return;
        setResult({ key, page });
        if (cacheable) globalThis.localStorage?.setItem(CACHE_KEY, JSON.stringify(page));
      })
      .catch((e: unknown) => live && setResult((r) => ({ ...r, key, error: e instanceof Error ? e.message : String(e) })));
    return () => {
      live = false;
    };
  }, [list, key, cacheable, refreshKey]);
  return { page: result.page, error: result.error, loading: result.key !== key };
}
