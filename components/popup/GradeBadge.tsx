import { useT } from '../i18n';

const TONE: Record<string, string> = {
  A: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  B: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  C: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  D: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

/** The lead's grade as a small coloured letter, read out as "Grade A". */
export function GradeBadge({ grade }: { grade: string | undefined }) {
  const t = useT();
  return (
    <span className={`inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-xs font-bold ${TONE[grade ?? ''] ?? TONE.D}`}>
      <span className="sr-only">{t('grade')} </span>
      {grade ?? t('none')}
    </span>
  );
}
