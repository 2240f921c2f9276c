import { useCallback, useEffect, useMemo, useState } from 'react';
import { send } from '../../lib/messaging/client';
import { describeZodError } from '../../lib/messaging/envelope';
import { DEFAULT_SCORING_MODEL, ScoringModel } from '../../lib/model';
import { setCriterionPoints } from '../../lib/scoring';
import { useModelPreview } from './use-model-preview';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The saved scoring model and the draft being edited: the draft is checked as it changes and,
 * when valid and different, previewed against the user's leads. `save` answers the job id of
 * the re-score it started.
 */
export function useScoringModel() {
  const [saved, setSaved] = useState<ScoringModel>();
  const [draft, setDraft] = useState<ScoringModel>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    send('scoring.getModel', {}).then(
      ({ model }) => {
        setSaved(model);
        setDraft(model);
      },
      (e: unknown) => setError(message(e)),
    );
  }, []);

  const invalid = useMemo(() => {
    const checked = draft && ScoringModel.safeParse(draft);
    return checked && !checked.success ? describeZodError(checked.error) : undefined;
  }, [draft]);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const preview = useModelPreview(draft && dirty && !invalid ? draft : undefined);

  const save = useCallback(async (): Promise<string | undefined> => {
    if (!draft) return undefined;
    setSaving(true);
    setError(undefined);
    try {
      const { model, jobId } = await send('scoring.saveModel', { model: draft });
      setSaved(model);
      setDraft(model);
      return jobId;
    } catch (e) {
      setError(message(e));
      return undefined;
    } finally {
      setSaving(false);
    }
  }, [draft]);

  return {
    draft,
    dirty,
    invalid,
    error,
    saving,
    preview,
    setDraft,
    save,
    discard: useCallback(() => setDraft(saved), [saved]),
    restoreDefault: useCallback(() => setDraft((d) => d && { ...DEFAULT_SCORING_MODEL, version: d.version }), []),
    /** A calibration suggestion lands in the draft, to be previewed and saved like any edit. */
    applySuggestion: useCallback(
      (s: { criterion: string; to: number }) => setDraft((d) => d && setCriterionPoints(d, s.criterion, s.to)),
      [],
    ),
  };
}

export type ScoringModelState = ReturnType<typeof useScoringModel>;
