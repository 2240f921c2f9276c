import { useCallback, useState } from 'react';
import { send } from '../../lib/messaging/client';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model';
import { useRemote } from './use-remote';

const MAX_REASONS = 50;

/** The user's settings (the cached copy first, the defaults on the very first run) and the one change the popup makes. */
export function usePopupSettings() {
  const [refresh, setRefresh] = useState(0);
  const remote = useRemote('settings.get', {}, { cacheKey: 'default', refresh });
  const settings: Settings = remote.data?.settings ?? DEFAULT_SETTINGS;

  /** Keeps a new lost reason for next time; reads the settings fresh so a change made elsewhere is not undone. */
  const addLostReason = useCallback(async (reason: string) => {
    const { settings: current } = await send('settings.get', {});
    if (current.lostReasons.includes(reason) || current.lostReasons.length >= MAX_REASONS) return;
    await send('settings.update', { settings: { lostReasons: [...current.lostReasons, reason] } });
    setRefresh((n) => n + 1);
  }, []);

  return { settings, addLostReason };
}
