/** Shared Tailwind classes for the popup's controls, light and dark. */
export const field =
  'mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm font-normal text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:placeholder:text-slate-400 dark:bg-slate-900 dark:text-slate-100';

const button = 'rounded px-3 py-1 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:opacity-60';

export const primaryButton = `${button} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-500 dark:text-slate-950 dark:hover:bg-indigo-400`;
export const secondaryButton = `${button} border border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-700`;
export const dangerButton = `${button} bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-slate-950 dark:hover:bg-red-300`;
