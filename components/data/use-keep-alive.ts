import { useEffect, useEffectEvent } from 'react';
import { send } from '../../lib/messaging/client';

// Chrome stops an idle extension worker after 30 s; any message it receives restarts that clock.
const EVERY_MS = 20_000;

/**
 * While the page holds the id of a plan or upload the background keeps in memory, asks about
 * it now and then: the question keeps the worker awake, and the answer says whether it was lost.
 */
export function useKeepAlive(id: string | undefined, onLost: () => void): void {
  const lost = useEffectEvent(onLost);
  useEffect(() => {
    if (!id) return;
    const timer = setInterval(() => {
      send('io.keepAlive', { id })
        .then(({ alive }) => alive || lost())
        .catch(() => lost());
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [id]);
}
