import type { PipelineMetrics } from '../../../lib/pipeline';
import type { Stage } from '../../../lib/model';
import { useT } from '../../i18n';
import { formatFigure, reasonDetail } from './metric-cards';

/** Stage-to-stage conversion and median time in stage, with the bottleneck named. */
export function StageFlow({ metrics, stages }: { metrics: PipelineMetrics; stages: Stage[] }) {
  const t = useT();
  const nameOf = (id: string) => stages.find((s) => s.id === id)?.name ?? id;
  const times = new Map(metrics.timeInStage.map((s) => [s.stageId, s]));
  const { bottleneck } = metrics;
  const cell = 'px-2 py-1 text-right tabular-nums';
  return (
    <section className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700" aria-labelledby="stage-flow-title">
      <h3 id="stage-flow-title" className="text-xs font-medium text-slate-700 dark:text-slate-200">{t('stageFlow')}</h3>
      <table className="w-full text-xs" data-testid="metric-stage-conversion">
        <thead className="text-slate-600 dark:text-slate-300">
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium">{t('stage')}</th>
            <th scope="col" className={`${cell} font-medium`}>{t('entered')}</th>
            <th scope="col" className={`${cell} font-medium`}>{t('convertedOn')}</th>
            <th scope="col" className={`${cell} font-medium`}>{t('medianTimeInStage')}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.stageConversion.map((row) => {
            const time = times.get(row.stageId)?.medianDays;
            const isBottleneck = bottleneck.value === row.stageId;
            return (
              <tr key={row.stageId} className={`border-t border-slate-100 dark:border-slate-800 ${isBottleneck ? 'bg-amber-50 dark:bg-amber-950' : ''}`}>
                <th scope="row" className="px-2 py-1 text-left font-normal">{nameOf(row.stageId)}</th>
                <td className={cell}>{row.entered}</td>
                <td className={cell} title={row.rate.value === null ? reasonDetail(row.rate.reason) : undefined}>
                  {row.rate.value === null ? t('none') : formatFigure(t, 'percent', row.rate.value)}
                </td>
                <td className={cell} data-testid="metric-time-in-stage" title={time?.value === null ? reasonDetail(time.reason) : undefined}>
                  {time?.value == null ? t('none') : formatFigure(t, 'days', time.value)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-xs text-slate-700 dark:text-slate-200" data-testid="metric-bottleneck">
        {bottleneck.value === null
          ? `${t('bottleneck')}: ${t('notEnoughData')} (${reasonDetail(bottleneck.reason)})`
          : t('bottleneckIs', nameOf(bottleneck.value), formatFigure(t, 'days', bottleneck.medianDays))}
      </p>
    </section>
  );
}
