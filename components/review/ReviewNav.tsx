import { useT } from '../i18n';

const BUTTON = 'rounded px-2 py-1 hover:bg-slate-100 focus:outline-2 focus:outline-indigo-500 disabled:opacity-50 dark:hover:bg-slate-800';

/** Previous / next lead, for pointer users; j/k and the arrows do the same from the keyboard. */
export function ReviewNav({ current, count, onMove }: { current: number; count: number; onMove: (step: 1 | -1) => void }) {
  const t = useT();
  if (count < 2) return null;
  return (
    <nav aria-label={t('reviewNavigation')} className="flex gap-2 text-sm">
      <button type="button" disabled={current === 0} onClick={() => onMove(-1)} aria-keyshortcuts="k" className={BUTTON}>
        ← {t('reviewPrevious')}
      </button>
      <button type="button" disabled={current >= count - 1} onClick={() => onMove(1)} aria-keyshortcuts="j" className={BUTTON}>
        {t('reviewNext')} →
      </button>
    </nav>
  );
}
