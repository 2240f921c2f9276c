import { useState } from 'react';
import { type MetricsPeriodDays, SERIES_DAYS } from '../../../lib/messaging/protocol/pipeline';
import type { Stage } from '../../../lib/model';
import { useT } from '../../i18n';
import { ReviewStatusBar } from '../../review/ReviewStatusBar';
import { useRemote } from '../use-remote';
import { CARDS, figureOf, formatFigure } from './metric-cards';
import { MetricCard } from './MetricCard';
import { PeriodPicker } from './PeriodPicker';
import { savedPeriod, savePeriod } from './health-period';
import { StageFlow } from './StageFlow';

/** The pipeline's health for a period the user picks: each figure with its trend, then the stage flow. */
export function HealthPanel({ stages }: { stages: Stage[] }) {
  const t = useT();
  const [days, setDays] = useState<MetricsPeriodDays>(savedPeriod);
  const { data, error, loading } = useRemote('pipeline.metrics', { days }, { cacheKey: String(days) });
  // The clean-up habit belongs to the pipeline's health: last clean-up and whether it is on schedule.
  // It reads every lead too, so it is asked for once the figures are in: the worker serves them first.
  const hygiene = useRemote('hygiene.status', {}, { cacheKey: 'health', enabled: data !== undefined || error !== undefined });
  const pick = (next: MetricsPeriodDays) => {
    setDays(next);
    savePeriod(next);
  };
  return (
    <div className="flex h-full flex-col gap-2 overflow-auto p-3" aria-busy={loading}>
      <h2 className="sr-only">{t('health')}</h2>
      <div className="flex items-center justify-between gap-2">
        <PeriodPicker value={days} onChange={pick} />
        {data && (
          <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="snapshot-days">
            {t('trendDays', data.snapshotDays, SERIES_DAYS)}
          </p>
        )}
      </div>
      {hygiene.data && <ReviewStatusBar status={hygiene.data} />}
      {error && <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">{t('errorPrefix', error)}</p>}
      {!data && <p role="status" className="p-6 text-center text-sm text-slate-600 dark:text-slate-300">{t('loading')}</p>}
      {data && (
        <>
          <div className="grid grid-cols-2 gap-2">
            {CARDS.map((spec) => (
              <MetricCard key={spec.id} spec={spec} figure={figureOf(data.metrics, spec.metric)} series={data.series}>
                {spec.id === 'new-leads' && data.metrics.newLeads.target !== null && (
                  <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="metric-new-leads-target">
                    {t('weeklyTarget', data.metrics.newLeads.target)}
                    {data.metrics.newLeads.ofTarget.value !== null && ` · ${formatFigure(t, 'percent', data.metrics.newLeads.ofTarget.value)}`}
                  </p>
                )}
              </MetricCard>
            ))}
          </div>
          <StageFlow metrics={data.metrics} stages={stages} />
        </>
      )}
    </div>
  );
}
