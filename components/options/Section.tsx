import type { ReactNode } from 'react';
import { MUTED } from './field-classes';

/** One titled part of the options page; `id` is its anchor in the page's navigation. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-16 rounded-lg border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
      {intro && <p className={`mt-1 max-w-3xl ${MUTED}`}>{intro}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
