import type { HygieneStatus } from '../../lib/messaging/protocol/hygiene';
import { formatDate } from '../format';
import { type Translate, useT } from '../i18n';

function lastCleanup(t: Translate, days: number | null): string {
  if (days === null) return t('reviewNoCleanup');
  if (days === 0) return t('reviewLastCleanupToday');
  return days === 1 ? t('reviewLastCleanupOneDay') : t('reviewLastCleanupDays', days);
}

/** The clean-up habit at a glance: how many to review, the last clean-up and the schedule. */
export function ReviewStatusBar({ status }: { status: HygieneStatus }) {
  const t = useT();
  return (
    <section aria-label={t('reviewStatusLabel')} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm" data-testid="review-status">
      <p>
        <strong className={`text-lg font-bold ${status.toReview ? 'text-amber-700 dark:text-amber-300' : 'text-emerald-700 dark:text-emerald-300'}`} data-testid="review-count">{status.toReview}</strong>{' '}
        {t('reviewToReview')}
      </p>
      <p className="text-slate-600 dark:text-slate-300" data-testid="review-last-cleanup">{lastCleanup(t, status.daysSinceLastReview)}</p>
      {status.lastReviewAt !== null && (
        <p className={status.kept ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'} data-testid="review-schedule">
          {status.kept ? t('reviewScheduleKept') : t('reviewScheduleBehind')}
        </p>
      )}
      <p className="text-slate-600 dark:text-slate-300">
        {status.due ? t('reviewDueNow') : t('reviewNextDue', formatDate(status.nextDueAt))}
      </p>
    </section>
  );
}
