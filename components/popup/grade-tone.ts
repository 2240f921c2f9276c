/** A grade's colours, light and dark; an unknown grade looks like D. */
export const GRADE_TONE: Record<string, string> = {
  A: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  B: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  C: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  D: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

export const gradeBadgeClass = (grade: string | undefined) =>
  `inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-xs font-bold ${GRADE_TONE[grade ?? ''] ?? GRADE_TONE.D}`;
