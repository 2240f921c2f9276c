import { useCallback, useEffect, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { HygieneStatus, RetentionEntry, ReviewEntry } from '../../lib/messaging/protocol/hygiene';
import type { Settings } from '../../lib/model';

/** What one review action does; `ids` has one lead for the card, several for a selection. */
export type ReviewAction =
  | { kind: 'archive'; reason: string }
  | { kind: 'lost'; reason: string; stageId: string }
  | { kind: 'snooze'; days: number }
  | { kind: 'touch'; note: string }
  | { kind: 'move'; stageId: string }
  | { kind: 'next'; nextStep: string; nextStepAt: number };

export interface ReviewData {
  items: ReviewEntry[];
  total: number;
  status: HygieneStatus;
  settings: Settings;
  retention: RetentionEntry[];
}

async function load(): Promise<ReviewData> {
  const [queue, status, { settings }, retention] = await Promise.all([
    send('hygiene.queue', {}),
    send('hygiene.status', {}),
    send('settings.get', {}),
    send('hygiene.retention', { horizonDays: 30 }),
  ]);
  return { items: queue.items, total: queue.total, status, settings, retention: retention.items };
}

async function apply(ids: string[], action: ReviewAction): Promise<unknown> {
  const [id] = ids;
  if (ids.length !== 1 || !id) {
    if (action.kind === 'move' || action.kind === 'next') throw new Error(`${action.kind} works on one lead at a time`);
    const { reason, days, note } = { reason: undefined, days: undefined, note: undefined, ...action };
    return send('hygiene.bulk', { ids, action: action.kind, reason, days, note });
  }
  switch (action.kind) {
    case 'archive':
      return send('lead.archive', { id, reason: action.reason });
    case 'lost':
      return send('lead.move', { id, stageId: action.stageId, reason: action.reason });
    case 'snooze':
      return send('lead.snooze', { id, days: action.days });
    case 'touch':
      return send('lead.touch', { id, note: action.note });
    case 'move':
      return send('lead.move', { id, stageId: action.stageId });
    case 'next':
      return send('lead.update', { id, qualification: { nextStep: action.nextStep, nextStepAt: action.nextStepAt } });
  }
}

/** The review's data from the background, and the actions that change it. */
export function useReview() {
  const [data, setData] = useState<ReviewData>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    load()
      .then((next) => live && (setData(next), setError(undefined)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  /** Applies an action; resolves true when it landed (the data reloads either way). */
  const act = useCallback(async (ids: string[], action: ReviewAction): Promise<boolean> => {
    try {
      await apply(ids, action);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      reload();
    }
  }, [reload]);

  const finish = useCallback(async (): Promise<boolean> => {
    try {
      const status = await send('hygiene.finish', {});
      setData((d) => d && { ...d, status });
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }, []);

  return { data, error, act, finish, reload };
}
