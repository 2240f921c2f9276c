import { useEffect, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { ModelPreview } from '../../lib/messaging/protocol/scoring';
import type { ScoringModel } from '../../lib/model';

interface Result {
  model?: ScoringModel;
  preview?: ModelPreview;
  error?: string;
}

/**
 * The background's preview of `model` against the saved one, asked `delayMs` after the last
 * edit; an answer for an older draft is dropped. Nothing is asked while `model` is undefined.
 */
export function useModelPreview(model: ScoringModel | undefined, delayMs = 300) {
  const [result, setResult] = useState<Result>({});
  useEffect(() => {
    if (!model) return;
    let live = true;
    const timer = setTimeout(() => {
      send('scoring.preview', { model }).then(
        (preview) => live && setResult({ model, preview }),
        (e: unknown) => live && setResult({ model, error: e instanceof Error ? e.message : String(e) }),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, delayMs]);
  const current = model && result.model === model ? result : undefined;
  return { preview: current?.preview, error: current?.error, pending: model !== undefined && !current };
}
