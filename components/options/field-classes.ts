/** Tailwind classes shared by the options page's controls, light and dark. */
export const INPUT =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-2 focus:outline-indigo-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
export const LABEL = 'flex flex-col gap-1 text-xs font-medium text-slate-700 dark:text-slate-300';
export const PRIMARY =
  'rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-2 focus:outline-offset-2 focus:outline-indigo-600 disabled:opacity-60';
export const SECONDARY =
  'rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 focus:outline-2 focus:outline-indigo-600 disabled:opacity-60 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800';
export const ICON_BUTTON =
  'rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-200 focus:outline-2 focus:outline-indigo-600 disabled:opacity-40 dark:text-slate-300 dark:hover:bg-slate-700';
export const MUTED = 'text-sm text-slate-600 dark:text-slate-400';
