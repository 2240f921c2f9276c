import type { ReactNode } from 'react';
import type { MetricTrend } from '../../../lib/messaging/protocol/pipeline';
import type { Figure, MoneyFigure } from '../../../lib/pipeline';
import { useT } from '../../i18n';
import { type CardSpec, formatFigure, reasonDetail, trendFor } from './metric-cards';
import { Sparkline } from './Sparkline';

interface Props {
  spec: CardSpec;
  figure: Figure | MoneyFigure;
  series: MetricTrend[];
  children?: ReactNode;
}

/** One health figure with its trend; a figure without enough data says why instead of showing a number. */
export function MetricCard({ spec, figure, series, children }: Props) {
  const t = useT();
  const rows: { key: string; text: string; points: (number | null)[]; format: (v: number) => string }[] = [];
  if (typeof figure.value === 'number') {
    const format = (v: number) => formatFigure(t, spec.format, v);
    rows.push({ key: '', text: format(figure.value), points: trendFor(series, spec.metric), format });
  } else if (figure.value) {
    for (const [currency, amount] of Object.entries(figure.value)) {
      const format = (v: number) => formatFigure(t, spec.format, v, currency);
      rows.push({ key: currency, text: format(amount), points: trendFor(series, spec.metric, currency), format });
    }
  }
  return (
    <div data-testid={`metric-${spec.id}`} className="flex flex-col gap-1 rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <h3 className="text-xs font-medium text-slate-700 dark:text-slate-200" title={t(spec.help)}>{t(spec.label)}</h3>
      {rows.map((row) => (
        <div key={row.key} className="flex items-center justify-between gap-2">
          <span className="truncate text-base leading-6 font-bold tabular-nums" data-testid="metric-value" title={row.text}>{row.text}</span>
          <Sparkline points={row.points} format={row.format} />
        </div>
      ))}
      {figure.value === null && (
        <p className="text-sm text-slate-700 dark:text-slate-200" data-testid="metric-no-data">
          {t('notEnoughData')}
          <span className="block text-xs text-slate-600 dark:text-slate-300">{reasonDetail(figure.reason)}</span>
        </p>
      )}
      {children}
    </div>
  );
}
