import { useCallback, useEffect, useRef, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { RescoreProgress } from '../../lib/messaging/protocol/scoring';

export type PollProgress = () => Promise<RescoreProgress>;
const pollProgress: PollProgress = () => send('scoring.progress', {});

interface Options {
  /** How often to ask while a job runs (the work itself is in the background worker). */
  intervalMs?: number;
  /** Runs once when a job this hook saw running, or was told to watch, has finished. */
  onFinished?: (progress: RescoreProgress) => void;
  poll?: PollProgress;
}

/**
 * The background re-score's progress, for the options page and the popup: asked once on mount,
 * then every `intervalMs` while a job runs. `watch(jobId)` starts polling for a job just started.
 * Polling is a message every few hundred ms: the page's thread stays free.
 */
export function useRescoreProgress({ intervalMs = 300, onFinished, poll = pollProgress }: Options = {}) {
  const [progress, setProgress] = useState<RescoreProgress>();
  const [watching, setWatching] = useState<{ jobId: string | null }>({ jobId: null });
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sawRunning = false;
    const tick = async () => {
      try {
        const next = await poll();
        if (!live) return;
        setProgress(next);
        if (next.running) {
          sawRunning = true;
          timer = setTimeout(tick, intervalMs);
        } else if (sawRunning || (watching.jobId !== null && next.jobId === watching.jobId)) {
          finished.current?.(next);
        }
      } catch {
        // The worker may be restarting; ask again a little later.
        if (live) timer = setTimeout(tick, intervalMs * 5);
      }
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [watching, intervalMs, poll]);
  const watch = useCallback((jobId: string) => setWatching({ jobId }), []);
  return { progress, watch };
}
