import { useCallback, useState } from 'react';
import { send } from '../../../lib/messaging/client';
import type { RequestOf } from '../../../lib/messaging/protocol';
import { readCache } from '../local-cache';
import { useRemote } from '../use-remote';

export type LeadChange = Omit<RequestOf<'lead.update'>, 'id'>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * One lead with its activities (newest first). Until the background answers, the lead as the
 * cached list showed it stands in, so the detail never opens empty.
 */
export function useLead(id: string) {
  const [refresh, setRefresh] = useState(0);
  const [saveError, setSaveError] = useState<string>();
  const remote = useRemote('lead.get', { id }, { refresh });
  const listed = readCache('lead.list', 'default')?.items.find((lead) => lead.id === id);
  const data = remote.data ?? (listed ? { lead: listed, activities: undefined } : undefined);
  const reload = useCallback(() => setRefresh((n) => n + 1), []);

  /** Saves a change; answers whether it landed. The lead and its timeline reload either way. */
  const update = useCallback(
    async (change: LeadChange): Promise<boolean> => {
      try {
        await send('lead.update', { id, ...change });
        setSaveError(undefined);
        return true;
      } catch (e) {
        setSaveError(message(e));
        return false;
      } finally {
        reload();
      }
    },
    [id, reload],
  );

  const remove = useCallback(async () => (await send('lead.delete', { id })).deleted, [id]);

  return { lead: data?.lead, activities: data?.activities, error: saveError ?? remote.error, update, remove, reload };
}
