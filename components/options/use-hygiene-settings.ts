import { useCallback, useEffect, useRef, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { Hygiene } from '../../lib/model';
import { releaseNotificationPermission, requestNotificationPermission } from '../../lib/permissions/notifications';

type Schedule = Pick<Hygiene, 'cadence' | 'day' | 'notify'>;

/** The clean-up schedule and retention period, saved as they change. */
export function useHygieneSettings() {
  const [state, setState] = useState<{ hygiene?: Hygiene; retentionMonths?: number; error?: string; denied?: boolean }>({});

  useEffect(() => {
    let live = true;
    send('settings.get', {})
      .then(({ settings }) => live && setState({ hygiene: settings.hygiene, retentionMonths: settings.retentionMonths }))
      .catch((e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, []);

  const queue = useRef<Promise<void>>(Promise.resolve());

  /**
   * Saves one change after the previous one landed (a blur and a select change can fire together),
   * re-reading first so a review finished meanwhile keeps its place in `reviews`.
   */
  const save = useCallback((patch: Partial<Schedule>, retentionMonths?: number): Promise<void> => {
    const run = async () => {
      try {
        const { settings } = await send('settings.get', {});
        const hygiene = { ...settings.hygiene, ...patch };
        const next = await send('settings.update', { settings: { hygiene, ...(retentionMonths ? { retentionMonths } : {}) } });
        setState((s) => ({ ...s, hygiene: next.settings.hygiene, retentionMonths: next.settings.retentionMonths, error: undefined }));
      } catch (e) {
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
      }
    };
    queue.current = queue.current.then(run);
    return queue.current;
  }, []);

  /** Turning reminders on asks for the permission inside the click; a refusal leaves them off. */
  const setNotify = useCallback(async (on: boolean) => {
    const granted = on ? await requestNotificationPermission() : (await releaseNotificationPermission(), false);
    setState((s) => ({ ...s, denied: on && !granted }));
    await save({ notify: granted });
  }, [save]);

  return { ...state, save, setNotify };
}
