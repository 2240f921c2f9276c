import { type ReactNode, useId } from 'react';

/** A titled part of the lead detail. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 border-t border-slate-200 px-3 py-3 dark:border-slate-700">
      <h3 id={id} className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200">{title}</h3>
      {children}
    </section>
  );
}
