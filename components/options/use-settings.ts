import { useCallback, useEffect, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { ResponseOf } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/model';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const countsOf = (board: ResponseOf<'pipeline.board'>) => Object.fromEntries(board.columns.map((c) => [c.stage.id, c.count]));

/**
 * The saved settings and each stage's lead count. `update` saves a partial change,
 * `removeStage` moves a stage's leads elsewhere and drops it; both answer whether it worked.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const loadCounts = useCallback(async () => setCounts(countsOf(await send('pipeline.board', {}))), []);

  useEffect(() => {
    Promise.all([send('settings.get', {}), send('pipeline.board', {})]).then(
      ([{ settings: loaded }, board]) => {
        setSettings(loaded);
        setCounts(countsOf(board));
      },
      (e: unknown) => setError(message(e)),
    );
  }, []);

  const run = useCallback(async (work: () => Promise<Settings>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      setSettings(await work());
      await loadCounts();
      return true;
    } catch (e) {
      setError(message(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, [loadCounts]);

  return {
    settings,
    counts,
    error,
    busy,
    update: useCallback(
      (patch: Partial<Settings>) => run(async () => (await send('settings.update', { settings: patch })).settings),
      [run],
    ),
    removeStage: useCallback(
      (stageId: string, moveTo: string) => run(async () => (await send('stage.remove', { stageId, moveTo })).settings),
      [run],
    ),
  };
}

export type SettingsState = ReturnType<typeof useSettings>;
