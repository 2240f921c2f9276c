import { useCallback, useEffect, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { CalibrationReport } from '../../lib/messaging/protocol/scoring';

/** The calibration report of the saved model; `reload` after a save or a re-score. */
export function useCalibration() {
  const [report, setReport] = useState<CalibrationReport>();
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    send('scoring.calibrate', {}).then(
      (next) => {
        if (!live) return;
        setReport(next);
        setError(undefined);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [generation]);
  return { report, error, reload: useCallback(() => setGeneration((g) => g + 1), []) };
}
