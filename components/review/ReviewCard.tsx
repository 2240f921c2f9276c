import type { Ref } from 'react';
import type { ReviewEntry } from '../../lib/messaging/protocol/hygiene';
import type { Stage } from '../../lib/model';
import { formatDate, formatMoney } from '../format';
import { useT } from '../i18n';

interface Props {
  entry: ReviewEntry;
  stages: Stage[];
  position: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The lead under review: who, where in the pipeline, and why it is here. */
export function ReviewCard({ entry, stages, position, total, headingRef }: Props) {
  const t = useT();
  const { lead } = entry;
  const stage = stages.find((s) => s.id === lead.stageId)?.name ?? lead.stageId;
  return (
    <article
      aria-labelledby="review-lead-name"
      className="rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-800"
      data-testid="review-item"
      data-lead-id={lead.id}
    >
      <p className="text-xs text-slate-500 dark:text-slate-400">{t('reviewPosition', position, total)}</p>
      <h2 id="review-lead-name" ref={headingRef} tabIndex={-1} className="truncate text-base font-semibold focus:outline-2 focus:outline-indigo-500">
        {lead.name}
      </h2>
      <p className="truncate text-sm text-slate-600 dark:text-slate-300">{[lead.title, lead.company].filter(Boolean).join(' · ') || '—'}</p>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-xs">
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t('stage')}</dt>
          <dd className="font-medium">{stage}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t('dealValue')}</dt>
          <dd className="font-medium">{formatMoney(lead.dealValue, lead.currency)}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t('score')}</dt>
          <dd className="font-medium">{lead.score ? `${lead.score.total} · ${lead.score.grade}` : t('notScored')}</dd>
        </div>
      </dl>
      <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label={t('reviewWhy')}>
        {entry.stale && (
          <li className="rounded bg-amber-100 px-2 py-0.5 text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            {t('reviewIdleDays', entry.daysIdle)}
          </li>
        )}
        {entry.overdue && (
          <li className="rounded bg-red-100 px-2 py-0.5 text-red-900 dark:bg-red-900 dark:text-red-100">
            {t('reviewOverdue', lead.nextStep ?? '—', formatDate(lead.nextStepAt))}
          </li>
        )}
      </ul>
    </article>
  );
}
