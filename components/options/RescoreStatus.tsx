import type { RescoreProgress } from '../../lib/messaging/protocol/scoring';
import { useT } from '../i18n';
import { countText } from './count-text';

/** A progress bar while the background re-scores every lead; a line once it is done. */
export function RescoreStatus({ progress }: { progress?: RescoreProgress }) {
  const t = useT();
  if (!progress?.jobId) return null;
  if (progress.error) {
    return <p role="alert" className="text-sm text-red-700 dark:text-red-400">{t('optionsRescoreFailed', progress.error)}</p>;
  }
  const label = progress.running ? t('optionsRescoring', progress.done, progress.total) : countText(t, progress.total, 'optionsRescoredOne', 'optionsRescored');
  return (
    <div className="flex flex-col gap-1" data-testid="rescore-status">
      <p role="status" className="text-sm">{label}</p>
      {progress.running && (
        <progress className="h-2 w-full accent-indigo-700" max={Math.max(1, progress.total)} value={progress.done} aria-label={label} />
      )}
    </div>
  );
}
