/** Tailwind classes of the Data panel's own parts, light and dark (the controls use the options page's). */
export const ALERT = 'max-w-3xl rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200';
export const SUCCESS = 'max-w-3xl rounded border border-emerald-200 bg-emerald-50 p-2 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100';
export const HEADING = 'text-base font-semibold';
export const TABLE_WRAP = 'max-h-80 max-w-full overflow-auto rounded border border-slate-200 focus:outline-2 focus:outline-indigo-600 dark:border-slate-700';
export const TH = 'sticky top-0 bg-slate-100 px-2 py-1 text-left text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200';
export const TD = 'border-t border-slate-100 px-2 py-1 text-sm dark:border-slate-800';
export const DANGER =
  'rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus:outline-2 focus:outline-offset-2 focus:outline-red-600 disabled:opacity-60';
